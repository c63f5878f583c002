namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Where YamlDotNet's own message is raw ("found invalid mapping", "did not find expected key") and the cause is a
/// known one, the diagnostic says the cause in the curator's words, at the cause.
/// </summary>
public class SyntaxErrorCauseTests
{
    private const string TitleLine = "    title: Lavrov and Araghchi hold talks\n";

    /// <summary>The replacement of the title line, the text where the diagnostic must start, and what its message must say.</summary>
    public static TheoryData<string, string, string> Causes => new()
    {
        { "    title: Lavrov and Araghchi: talks\n", ": talks", "the value after 'title:' holds ': '" },
        { "    title: \"Lavrov\" and Araghchi hold talks\n", "and Araghchi", "text follows the closing quote (\")" },
        { "    title: 'Lavrov' and Araghchi hold talks\n", "and Araghchi", "text follows the closing quote (')" },
        { "    title: Lavrov and Araghchi hold talks\n    notes:x\n", ":x", "'notes:x' has no space after its ':'" },
        { "    title:Lavrov and Araghchi hold talks\n", ":Lavrov", "'title:Lavrov and Araghchi hold talks' has no space after its ':'" },
        { "    title: Lavrov and Araghchi hold talks\n     notes: x\n", "notes: x", "this line is indented deeper than the key above it" },
    };

    [Theory]
    [MemberData(nameof(Causes))]
    public void A_known_cause_is_said_in_the_curators_words_at_the_cause(string replacement, string at, string cause)
    {
        var dataset = MiniDataset.With(TitleLine, replacement);

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0001", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), at);
        diagnostic.Message().ShouldContain(cause);
        diagnostic.Message().ShouldNotContain("While ");
    }

    [Fact]
    public void A_key_without_a_space_says_how_to_write_it()
    {
        var dataset = MiniDataset.With("    kind: meeting\n", "    kind:meeting\n");

        var run = dataset.Run();

        run.ShouldReportAt("DD0001", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), ":meeting")
            .Message().ShouldContain("write 'kind: meeting'");
    }

    [Fact]
    public void An_error_with_no_known_cause_keeps_the_readers_words()
    {
        var dataset = MiniDataset.With("    kind: meeting\n", "   kind: meeting\n");

        var run = dataset.Run();

        run.ShouldReportAt("DD0001", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), "kind: meeting")
            .Message().ShouldContain("did not find expected '-' indicator");
    }
}
