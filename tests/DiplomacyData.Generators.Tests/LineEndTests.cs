namespace DiplomacyData.Generators.Tests;

/// <summary>
/// One definition of a line for every position (YAML 1.2: a line ends at CR LF, CR or LF): diagnostics found by
/// scanning characters, by YamlDotNet and by the binder land on the same line and column whatever the file's line
/// ends, which are the line and column of the same text with LF line ends.
/// </summary>
public class LineEndTests
{
    public static TheoryData<string> LineEnds => new() { "CR", "CRLF", "mixed" };

    [Theory]
    [MemberData(nameof(LineEnds))]
    public void Invalid_utf8_is_reported_at_its_line_and_column(string lineEnds) =>
        AssertSamePlace(lineEnds, "hold talks", "hold t\uFFFDlks", "DD0011", "\uFFFDlks");

    [Theory]
    [MemberData(nameof(LineEnds))]
    public void A_character_yaml_forbids_is_reported_at_its_line_and_column(string lineEnds) =>
        AssertSamePlace(lineEnds, "hold talks", "hold t\u0001lks", "DD0012", "\u0001lks");

    [Theory]
    [MemberData(nameof(LineEnds))]
    public void A_binder_diagnostic_is_reported_at_its_line_and_column(string lineEnds) =>
        AssertSamePlace(lineEnds, "kind: meeting", "kind: meating", "DD0104", "meating");

    [Theory]
    [MemberData(nameof(LineEnds))]
    public void A_line_separator_is_reported_at_its_line_and_column(string lineEnds) =>
        AssertSamePlace(lineEnds, "hold talks", "hold\u2028talks", "DD0013", "\u2028talks");

    [Theory]
    [MemberData(nameof(LineEnds))]
    public void A_syntax_error_from_the_yaml_reader_is_placed_as_with_lf_line_ends(string lineEnds)
    {
        var lf = MiniDataset.Yaml.Replace("    precision: day\n", "    precision: day: again\n", StringComparison.Ordinal);
        var expected = new MiniDataset(lf).Run().Single("DD0001").Location.GetLineSpan().StartLinePosition;
        (expected.Line + 1).ShouldBe(DiagnosticAssertions.PositionOf(lf, "precision: day: again").Line);

        var run = new MiniDataset(WithLineEnds(lf, lineEnds)).Run();

        run.ShouldReportAtLineColumn("DD0001", MiniDataset.DataPath, expected.Line + 1, expected.Character + 1);
    }

    [Theory]
    [MemberData(nameof(LineEnds))]
    public void A_line_number_inside_a_message_counts_lines_the_same_way(string lineEnds)
    {
        var lf = MiniDataset.Yaml.Replace("    kind: meeting\n", "    kind: meeting\n    kind: visit\n", StringComparison.Ordinal);
        var first = DiagnosticAssertions.PositionOf(lf, "kind: meeting");

        var run = new MiniDataset(WithLineEnds(lf, lineEnds)).Run();

        var (line, column) = DiagnosticAssertions.PositionOf(lf, "kind: visit");
        run.ShouldReportAtLineColumn("DD0002", MiniDataset.DataPath, line, column)
            .Message().ShouldContain($"first at line {first.Line}, column {first.Column}");
    }

    /// <summary>
    /// Replaces <paramref name="original"/> in the mini dataset, converts its line ends, and expects one
    /// <paramref name="id"/> where <paramref name="needle"/> stands in the LF version of the same text.
    /// </summary>
    private static void AssertSamePlace(string lineEnds, string original, string replacement, string id, string needle)
    {
        var lf = MiniDataset.Yaml.Replace(original, replacement, StringComparison.Ordinal);
        var (line, column) = DiagnosticAssertions.PositionOf(lf, needle);
        line.ShouldBeGreaterThan(40, "the case is meant to sit far down the file");

        var run = new MiniDataset(WithLineEnds(lf, lineEnds)).Run();

        run.ShouldReportAtLineColumn(id, MiniDataset.DataPath, line, column);
    }

    /// <summary>The text with CR, CR LF, or, for "mixed", LF, CR LF and CR in turn, line by line.</summary>
    internal static string WithLineEnds(string lf, string lineEnds)
    {
        var lines = lf.Split('\n');
        string[] ends = lineEnds switch
        {
            "CR" => ["\r"],
            "CRLF" => ["\r\n"],
            "mixed" => ["\n", "\r\n", "\r"],
            _ => throw new ArgumentOutOfRangeException(nameof(lineEnds)),
        };
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                builder.Append(ends[i % ends.Length]);
            }
        }

        return builder.ToString();
    }
}
