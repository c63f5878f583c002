using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Lookup;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Commands;

/// <summary><c>diplomacy show &lt;id&gt;</c>: everything recorded about one engagement, down to each source's verbatim evidence.</summary>
internal static class ShowCommand
{
    /// <summary>The command, reading <paramref name="data"/> and writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, Dataset data)
    {
        var id = new Argument<string>("id") { Description = "The engagement's id, as printed by 'diplomacy list'." };
        var command = new Command("show", "Show one engagement: date, kind, place, participants, topics, statements, codes, and every source with its evidence quotes.")
        {
            id,
        };
        command.SetAction(result =>
        {
            Write(console, EngagementLookup.Resolve(data, result.GetValue(id)!));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(CliConsole console, Engagement engagement)
    {
        var output = console.Out;
        var style = console.OutStyle;
        output.WriteLine(style.Heading(engagement.Title));
        output.WriteLine(style.Accent(engagement.Id));
        output.WriteLine();

        var facts = new FactList();
        facts.Add("Date", $"{EngagementDates.Describe(engagement)} (precision: {Kebab.Of(engagement.Precision)})");
        facts.Add("Date note", engagement.DateNote);
        facts.Add("Kind", Kebab.Of(engagement.Kind));
        facts.Add("Status", Kebab.Of(engagement.Status));
        facts.Add("Location", engagement.Location is { } place
            ? place.ToString() + (place.Venue is { } venue ? $" ({venue})" : "")
            : "none recorded");
        facts.Add("Forum", engagement.Forum is { } forum ? $"{forum.Name} ({forum.Id})" : null);
        facts.Write(output, style);

        Section(output, style, "Participants", engagement.Participants.Count);
        var participants = new TextTable("PERSON", "ID", "PART", "REPORTED TITLE");
        foreach (var participant in engagement.Participants)
        {
            participants.AddRow(participant.Person.Name.Full, participant.Person.Id, Kebab.Of(participant.Part), participant.ReportedTitle ?? "");
        }

        Indented(output, writer => participants.Write(writer, style, null));

        Section(output, style, "Topics", engagement.Topics.Count);
        NoneRecorded(output, engagement.Topics.Count);
        foreach (var topic in engagement.Topics)
        {
            output.WriteLine($"  {topic.Id}: {topic.Name}");
        }

        Section(output, style, "Statements", engagement.Statements.Count);
        NoneRecorded(output, engagement.Statements.Count);
        foreach (var statement in engagement.Statements)
        {
            output.WriteLine($"  {statement.Speaker.Name.Full}: {statement.Summary}");
            if (statement.Quote is { } quote)
            {
                output.WriteLine($"    \"{quote}\"");
            }
        }

        Section(output, style, "Codes", null);
        output.WriteLine("  CAMEO:  " + (engagement.CameoCodes.Count == 0
            ? "not coded"
            : string.Join("; ", engagement.CameoCodes.Select(c => $"{c.Id} {c.Name}"))));
        output.WriteLine("  PLOVER: " + (engagement.Plover is { } plover
            ? $"event {Kebab.Of(plover.Event)}, mode {plover.Mode ?? "none"}, context {(plover.Context.Count == 0 ? "none" : string.Join(", ", plover.Context))}"
            : "not coded"));

        Section(output, style, "Sources", engagement.Sources.Count);
        var number = 0;
        foreach (var citation in engagement.Sources)
        {
            var source = citation.Source;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{++number}] {style.Heading(source.Title)}"));
            var details = new FactList();
            details.Add("Id", source.Id);
            details.Add("Publisher", source.Publisher ?? "unknown");
            details.Add("Published", IsoDate.Format(source.Published) ?? "undated");
            details.Add("Dateline", source.Dateline);
            details.Add("URL", source.Url.OriginalString);
            details.Add("Language", source.Language);
            details.Add("Publication note", source.PublishedNote);
            Indented(output, writer => details.Write(writer, style), "      ");
            output.WriteLine("      Evidence:");
            foreach (var quote in citation.Evidence)
            {
                output.WriteLine($"        \"{quote}\"");
            }

            if (citation.Note is { } note)
            {
                output.WriteLine($"      Curator's note: {note}");
            }
        }

        if (engagement.Notes is { } notes)
        {
            Section(output, style, "Notes", null);
            output.WriteLine("  " + notes);
        }
    }

    private static void Section(TextWriter output, ConsoleStyle style, string title, int? count)
    {
        output.WriteLine();
        output.WriteLine(style.Heading(count is { } n ? string.Create(CultureInfo.InvariantCulture, $"{title} ({n})") : title));
    }

    private static void NoneRecorded(TextWriter output, int count)
    {
        if (count == 0)
        {
            output.WriteLine("  none recorded");
        }
    }

    private static void Indented(TextWriter output, System.Action<TextWriter> write, string indent = "  ")
    {
        using var buffer = new StringWriter();
        write(buffer);
        foreach (var line in buffer.ToString().Split('\n'))
        {
            if (line.Length > 0)
            {
                output.WriteLine(indent + line.TrimEnd('\r'));
            }
        }
    }
}
