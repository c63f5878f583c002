using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Lookup;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Commands;

/// <summary><c>diplomacy list</c>: engagements as a table, filtered by person, country, topic, kind, status and dates.</summary>
internal static class ListCommand
{
    /// <summary>The command, reading <paramref name="data"/> and writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, Dataset data)
    {
        var person = new Option<string[]>("--person", "-p")
        {
            Description = "Only engagements this person took part in: an id, name or alias (\"Sergei Lavrov\", \"lavrov\"). Repeat it for engagements between several people.",
            HelpName = "name",
            Arity = ArgumentArity.OneOrMore,
        };
        var country = new Option<string>("--country", "-c")
        {
            Description = "Only engagements involving someone from this country: ISO alpha-3 or alpha-2 code, or name (IRN, IR, Iran).",
            HelpName = "country",
        };
        var topic = new Option<string>("--topic", "-t")
        {
            Description = "Only engagements where this topic was discussed: an id or name (jcpoa).",
            HelpName = "topic",
        };
        var kind = OptionFactory.Enum<EngagementKind>("--kind", $"Only engagements of this kind, spelled as in the YAML, in any case: {string.Join(", ", Kebab.All<EngagementKind>())}.", "kind");
        var status = OptionFactory.Enum<EngagementStatus>("--status", "Only engagements that happened, or only planned ones.");
        var from = OptionFactory.Date("--from", "Only engagements whose first day is on or after this date.");
        var to = OptionFactory.Date("--to", "Only engagements whose first day is on or before this date.");

        var command = new Command("list", "List engagements, oldest first, as a table of date, kind, id and title.")
        {
            person, country, topic, kind, status, from, to,
        };
        command.SetAction(result =>
        {
            var filter = new EngagementFilter(
                result.Values(person).Select(p => PersonLookup.Resolve(data, p)).ToList(),
                result.GetValue(country) is { } c ? CountryLookup.Resolve(data, c) : null,
                result.GetValue(topic) is { } t ? TopicLookup.Resolve(data, t) : null,
                result.GetValue(kind),
                result.GetValue(status),
                result.GetValue(from),
                result.GetValue(to));
            return Run(console, data, filter);
        });
        return command;
    }

    private static int Run(CliConsole console, Dataset data, EngagementFilter filter)
    {
        if (filter.From is { } first && filter.To is { } last && first > last)
        {
            throw new CliException(ExitCodes.UsageError, $"--from {IsoDate.Format(first)} is after --to {IsoDate.Format(last)}.");
        }

        var engagements = filter.Apply(data).ToList();
        if (engagements.Count == 0)
        {
            console.Error.WriteLine("No engagement matches these filters.");
            return ExitCodes.NotFound;
        }

        var table = new TextTable("DATE", "KIND", "ID", "TITLE");
        foreach (var engagement in engagements)
        {
            table.AddRow(EngagementDates.Describe(engagement), Kebab.Of(engagement.Kind), engagement.Id, engagement.Title);
        }

        table.Write(console.Out, console.OutStyle, console.Width);
        if (console.Width is not null)
        {
            // A count under the table helps a person; scripts reading a pipe get rows only.
            console.Out.WriteLine(console.OutStyle.Dim($"{engagements.Count} of {data.Engagements.Count} engagements"));
        }

        return ExitCodes.Success;
    }
}

/// <summary>The filters of <c>list</c>; every one given must hold.</summary>
internal sealed record EngagementFilter(
    IReadOnlyList<Person> People,
    Country? Country,
    Topic? Topic,
    EngagementKind? Kind,
    EngagementStatus? Status,
    DateOnly? From,
    DateOnly? To)
{
    /// <summary>The engagements of <paramref name="data"/> every filter holds for, by date.</summary>
    public IEnumerable<Engagement> Apply(Dataset data)
    {
        // Start from the narrowest indexed list the catalogue offers: a person's engagements or a date range.
        IEnumerable<Engagement> engagements = People.Count > 0
            ? data.EngagementsOf(People[0])
            : From is not null || To is not null
                ? data.EngagementsBetween(From ?? DateOnly.MinValue, To ?? DateOnly.MaxValue)
                : data.Engagements;

        return engagements.Where(e =>
            People.All(e.Involves) &&
            (Country is null || e.Involves(Country)) &&
            (Topic is null || e.Topics.Any(t => t.Id == Topic.Id)) &&
            (Kind is null || e.Kind == Kind) &&
            (Status is null || e.Status == Status) &&
            (From is null || e.Date >= From) &&
            (To is null || e.Date <= To));
    }
}
