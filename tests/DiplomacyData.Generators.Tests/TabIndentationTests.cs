namespace DiplomacyData.Generators.Tests;

/// <summary>
/// A tab where YAML needs indentation spaces is DD0015 at the tab itself, whether YamlDotNet rejects it (with its own
/// words, at the end of the line above) or reads it without a word; tabs YAML allows are not reported.
/// </summary>
public class TabIndentationTests
{
    private const string Other = "/repo/data/tabs.yaml";

    /// <summary>A line of the mini dataset, its replacement with a tab, and the text that starts at the reported tab.</summary>
    public static TheoryData<string, string, string> TabsInTheMiniDataset => new()
    {
        // YamlDotNet rejects these, at the end of the line above.
        { "    status: happened\n", "\tstatus: happened\n", "\tstatus" },
        { "    status: happened\n", "  \t  status: happened\n", "\t  status" },
        { "      - person: abbas-araghchi\n", "    \t- person: abbas-araghchi\n", "\t- person" },
        { "        part: host\n", "\t\tpart: host\n", "\t\tpart" },
        // YamlDotNet reads these without a word.
        { "    title: Lavrov and Araghchi hold talks\n", "    title: \"Lavrov and\n\tAraghchi hold talks\"\n", "\tAraghchi" },
        { "    title: Lavrov and Araghchi hold talks\n", "    title: 'Lavrov and\n  \tAraghchi hold talks'\n", "\tAraghchi" },
        { "    topics: [jcpoa]\n", "    topics: [\n\tjcpoa]\n", "\tjcpoa" },
    };

    [Theory]
    [MemberData(nameof(TabsInTheMiniDataset))]
    public void A_tab_in_the_indentation_is_reported_at_the_tab(string original, string replacement, string at)
    {
        var dataset = MiniDataset.With(original, replacement);

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0015", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), at);
        diagnostic.Message().ShouldContain("YAML indentation takes spaces only");
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0001");
    }

    /// <summary>Valid YAML 1.2 that YamlDotNet cannot read: reported at the tab, saying so, instead of YamlDotNet's words a line above.</summary>
    [Theory]
    [InlineData("    status: happened\n\t\n", "\t\n", "YAML 1.2 allows a tab there, but the generator's YAML reader takes it for indentation")]
    [InlineData("    status: happened\n\t# a comment after a tab\n", "\t# a comment", "YAML 1.2 allows a tab before it, but the generator's YAML reader takes it for indentation")]
    [InlineData("    status: happened\n  \t  # a comment after a tab\n", "\t  # a comment", "YAML 1.2 allows a tab before it, but the generator's YAML reader takes it for indentation")]
    public void A_tab_on_a_blank_or_comment_line_inside_a_record_is_reported_at_the_tab_saying_why(string replacement, string at, string reason)
    {
        var dataset = MiniDataset.With("    status: happened\n", replacement);

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0015", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), at);
        diagnostic.Message().ShouldContain(reason);
    }

    /// <summary>A list or mapping that starts after '-', '?' or ':' on the same line is indented by its column: a tab there is indentation.</summary>
    [Theory]
    [InlineData("topics:\n-\t- a\n", 2, 2)]
    [InlineData("topics:\n- \t- a\n", 2, 3)]
    [InlineData("topics:\n  -\tid: x\n    name: X\n", 2, 4)]
    [InlineData("topics:\n  - id: x\n    name:\n      ?\tkey: value\n", 4, 8)]
    [InlineData("topics:\n  - id: x\n    name:\n      ? key\n      :\t- value\n", 5, 8)]
    public void A_tab_before_a_list_or_mapping_on_an_indicators_line_is_reported_at_the_tab(string yaml, int line, int column)
    {
        var run = new MiniDataset().AndFile(Other, yaml).Run();

        run.PositionsOf("DD0015").ShouldBe([(line, column)]);
        run.GeneratorDiagnostics.Single(d => d.Id == "DD0015").Location.GetLineSpan().Path.ShouldBe(Other);
    }

    [Theory]
    [InlineData("    title: Lavrov\tand Araghchi hold talks\n")]
    [InlineData("    title:\tLavrov and Araghchi hold talks\n")]
    [InlineData("    title: Lavrov and Araghchi hold talks\t# a comment\n")]
    [InlineData("    title: \"Lavrov and\n     \tAraghchi hold talks\"\n")]
    [InlineData("    title: |-\n      Lavrov and\n      \tAraghchi hold talks\n")]
    [InlineData("    title: Lavrov and Araghchi hold talks\n    dateNote: [\n     \tnot a list]\n")]
    public void Tabs_that_yaml_allows_are_not_reported(string replacement)
    {
        var run = MiniDataset.With("    title: Lavrov and Araghchi hold talks\n", replacement).Run();

        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0015" || d.Id == "DD0001");
    }
}
