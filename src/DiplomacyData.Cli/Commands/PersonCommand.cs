using System.CommandLine;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Lookup;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Commands;

/// <summary><c>diplomacy person &lt;name&gt;</c>: one person's names, roles over time and engagements.</summary>
internal static class PersonCommand
{
    /// <summary>The command, reading <paramref name="data"/> and writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, Dataset data)
    {
        var name = new Argument<string>("name")
        {
            Description = "An id, full name, native-script name or alias, in any case and transliteration the dataset knows (\"Sergei Lavrov\"); a family name or other part of a name when only one person has it (\"lavrov\", \"kani\"). Apostrophes and Arabic/Persian letter variants do not matter.",
        };
        var command = new Command("person", "Show a person: names and aliases, roles over time (from, to, title, organization, acting) and the engagements they took part in.")
        {
            name,
        };
        command.SetAction(result =>
        {
            Write(console, data, PersonLookup.Resolve(data, result.GetValue(name)!));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(CliConsole console, Dataset data, Person person)
    {
        var output = console.Out;
        var style = console.OutStyle;
        output.WriteLine(style.Heading(person.Name.Full) + (person.Name.Native is { } native ? $" ({native})" : ""));
        output.WriteLine(style.Accent(person.Id));
        output.WriteLine();

        var facts = new FactList();
        facts.Add("Given name", person.Name.Given);
        facts.Add("Family name", person.Name.Family);
        facts.Add("Country", person.Country.ToString());
        facts.Add("Aliases", string.Join("; ", person.Aliases));
        facts.Add("Wikidata", person.WikidataId);
        facts.Write(output, style);

        output.WriteLine();
        output.WriteLine(style.Heading($"Roles ({person.Roles.Count})"));
        var roles = new TextTable("FROM", "TO", "TITLE", "ORGANIZATION", "COUNTRY", "ACTING");
        foreach (var role in person.Roles)
        {
            roles.AddRow(
                IsoDate.Format(role.From) ?? "unknown",
                IsoDate.Format(role.To) ?? "in office",
                role.Title,
                role.Organization is { } organization ? $"{organization.Name} ({organization.Id})" : "",
                role.Organization?.Country?.Id ?? "",
                role.Acting ? "yes" : "no");
        }

        roles.Write(output, style, console.Width);

        var engagements = data.EngagementsOf(person);
        output.WriteLine();
        output.WriteLine(style.Heading($"Engagements ({engagements.Count})"));
        var table = new TextTable("DATE", "KIND", "PART", "ID", "TITLE");
        foreach (var engagement in engagements)
        {
            var part = engagement.Participants.First(p => p.Person.Id == person.Id).Part;
            table.AddRow(EngagementDates.Describe(engagement), Kebab.Of(engagement.Kind), Kebab.Of(part), engagement.Id, engagement.Title);
        }

        table.Write(output, style, console.Width);
    }
}
