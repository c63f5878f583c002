using System.IO;
using DiplomacyData.Cli.Data;
using DiplomacyData.Unicode;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// What the tool shows people isolates right-to-left text from what surrounds it (UAX #9 isolates), in the terminal
/// and in the report's HTML and SVG; and its errors show what the user typed as the build shows values, with each
/// character that is not what it looks like as &lt;U+XXXX NAME&gt;.
/// </summary>
public class RightToLeftDisplayTests
{
    private const string Fsi = "\u2068";
    private const string Pdi = "\u2069";
    internal const string Adviser = "\u0645\u0634\u0627\u0648\u0631 \u0627\u0631\u0634\u062F";   // مشاور ارشد
    internal const string Khamenei = "\u0639\u0644\u06CC \u062E\u0627\u0645\u0646\u0647\u200C\u0627\u06CC"; // علی خامنه‌ای

    [Theory]
    [InlineData("Lavrov", "Lavrov")]
    [InlineData(Adviser + ", 2021-09-14", Fsi + Adviser + Pdi + ", 2021-09-14")]
    [InlineData("Acting " + Adviser + " (Iran)", "Acting " + Fsi + Adviser + Pdi + " (Iran)")]
    [InlineData("Ali Khamenei (" + Khamenei + ")", "Ali Khamenei (" + Fsi + Khamenei + Pdi + ")")]
    [InlineData(Adviser + " 1403 / Lavrov / " + Adviser, Fsi + Adviser + Pdi + " 1403 / Lavrov / " + Fsi + Adviser + Pdi)]
    [InlineData("\u05E9\u05DC\u05D5\u05DD!", Fsi + "\u05E9\u05DC\u05D5\u05DD" + Pdi + "!")]
    public void Each_run_of_right_to_left_text_is_isolated_and_what_surrounds_it_is_not(string text, string shown) =>
        BidiIsolation.IsolateRuns(text).ShouldBe(shown);

    [Fact]
    public void The_terminal_isolates_right_to_left_values_in_tables_and_facts_and_keeps_the_columns()
    {
        var data = PersianRoleDataset();

        var person = CliRun.Over(data, "person", "ali-adviser");
        var list = CliRun.Over(data, "list");

        person.ExitCode.ShouldBe(0, person.ToString());
        person.Out.ShouldContain(Fsi + Adviser + Pdi);
        person.Out.ShouldNotContain(Adviser + Pdi + Pdi);
        list.ExitCode.ShouldBe(0, list.ToString());
        var lines = CliRun.Lines(list.Out).Where(l => l.Contains(Adviser, StringComparison.Ordinal)).ToList();
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => l.Contains(Fsi + Adviser, StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_pads_an_isolated_cell_by_what_it_shows()
    {
        var table = new Output.TextTable("Title", "Date");
        table.AddRow(Adviser, "2021-09-14");
        table.AddRow("Adviser", "2021-09-14");
        using var output = new StringWriter();

        table.Write(output, Output.ConsoleStyle.Plain, width: null);

        var rows = CliRun.Lines(output.ToString()).Select(l => l.Replace(Fsi, "", StringComparison.Ordinal).Replace(Pdi, "", StringComparison.Ordinal)).ToList();
        rows[1].ShouldStartWith(Adviser);
        rows.Skip(1).Select(r => r.IndexOf("2021", StringComparison.Ordinal)).Distinct().ShouldBe([rows[0].IndexOf("Date", StringComparison.Ordinal)], string.Join("\n", rows));
        output.ToString().ShouldContain(Fsi + Adviser + Pdi);
    }

    [Theory]
    [InlineData("person", "\u200C", "<U+200C ZERO WIDTH NON-JOINER>")]
    [InlineData("person", "Nobody\u202E", "<U+202E RIGHT-TO-LEFT OVERRIDE>")]
    [InlineData("show", "talks\u200B", "<U+200B ZERO WIDTH SPACE>")]
    [InlineData("list", "--person=\u2060", "<U+2060 WORD JOINER>")]
    [InlineData("list", "--country=\u00A0", "<U+00A0 NO-BREAK SPACE>")]
    [InlineData("list", "--topic=unkn\u043Ewn", "<U+043E CYRILLIC SMALL LETTER O>")]
    public void An_error_shows_what_was_typed_as_the_build_shows_values(string command, string argument, string tag)
    {
        var result = CliRun.Run(command, argument);

        result.ExitCode.ShouldNotBe(0, result.ToString());
        result.Error.ShouldContain(tag, Case.Sensitive, result.ToString());
        result.Error.Where(c => VisibleText.IsAlwaysTagged(c) && c is not ('\n' or '\r' or '\u2068' or '\u2069')).ShouldBeEmpty(result.ToString());
    }

    /// <summary>A person whose office is written in Persian, from 2021-09-14, and one engagement of theirs titled in Persian.</summary>
    internal static Dataset PersianRoleDataset()
    {
        var iran = new Country("IRN", "Iran", "Islamic Republic of Iran", "IR");
        var russia = new Country("RUS", "Russia", "Russian Federation", "RU");
        var source = new Source("a-source", "A source", "An Agency", new DateOnly(2024, 1, 11), new Uri("https://example.org/a"), "fa");
        var adviser = new Person("ali-adviser", new PersonName("Ali", "Adviser", Khamenei), iran, [], [new Role(Adviser, null, new DateOnly(2021, 9, 14))]);
        var lavrov = new Person("sergey-lavrov", new PersonName("Sergey", "Lavrov"), russia, [], []);
        var engagement = new Engagement("adviser-lavrov-talks-2024-01-10", new DateOnly(2024, 1, 10), DatePrecision.Day, EngagementKind.Meeting, EngagementStatus.Happened, Adviser + " and Lavrov",
            [new Participant(adviser, ParticipantPart.Visitor, Adviser), new Participant(lavrov, ParticipantPart.Host)],
            [new Citation(source, ["They met."])], [], [], [], []);
        return Dataset.Of("1.0.0", "sha256:" + new string('1', 64), [engagement], [adviser, lavrov], [iran, russia], [], [], [], [source], []);
    }
}
