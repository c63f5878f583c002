using System;
using System.CommandLine;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Commands;

/// <summary><c>diplomacy people</c>: everyone in the dataset, with their country, latest role and number of engagements.</summary>
internal static class PeopleCommand
{
    /// <summary>The command, reading <paramref name="data"/> and writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, Dataset data)
    {
        var country = new Option<string>("--country", "-c")
        {
            Description = "Only people from this country: ISO alpha-3 or alpha-2 code, or name.",
            HelpName = "country",
        };
        var command = new Command("people", "List the people in the dataset with their country, latest role and number of engagements.")
        {
            country,
        };
        command.SetAction(result =>
        {
            var only = result.GetValue(country) is { } c ? Lookup.CountryLookup.Resolve(data, c) : null;
            var table = new TextTable("ID", "NAME", "COUNTRY", "ENGAGEMENTS", "LATEST ROLE");
            foreach (var person in data.People.OrderBy(p => p.Id, StringComparer.Ordinal).Where(p => only is null || p.Country.Id == only.Id))
            {
                table.AddRow(person.Id, person.Name.Full, person.Country.Id, data.EngagementsOf(person).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), LatestRole(person));
            }

            table.Write(console.Out, console.OutStyle, console.Width);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The last recorded role, with its end when it has ended: no "today" is involved, so the output is stable.</summary>
    private static string LatestRole(Person person)
    {
        if (person.Roles.Count == 0)
        {
            return "";
        }

        var role = person.Roles[^1];
        var text = role.ToString();
        return role.To is { } end ? $"{text} (until {IsoDate.Format(end)})" : text;
    }
}
