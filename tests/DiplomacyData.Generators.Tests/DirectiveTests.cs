using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Directives at the top of a file are checked as YAML 1.2 reads them, not taken as YamlDotNet does (which reads
/// '%YAML 1.1#...' as version 1.1 and a comment, and directives without a document as an empty file).
/// </summary>
public class DirectiveTests
{
    private const string Other = "/repo/data/directives.yaml";

    [Theory]
    [InlineData("%YAML 1.1#...\n", 1, 10)]
    [InlineData("%YAML 1.1#...\n---\n", 1, 10)]
    [InlineData("%YAML 1.2#\n---\n", 1, 10)]
    [InlineData("# the version:\n%YAML 1.1#...\n---\n", 2, 10)]
    [InlineData("%YAML 1.1#...\r---\r", 1, 10)]
    [InlineData("%YAML\n---\n", 1, 6)]
    [InlineData("%YAML one.two\n---\n", 1, 7)]
    [InlineData("%YAML 1.\n---\n", 1, 7)]
    [InlineData("%YAML 2.0\n---\n", 1, 7)]
    [InlineData("%YAML 1.2 1.3\n---\n", 1, 11)]
    [InlineData("%YAML 1.2\n%YAML 1.2\n---\n", 2, 1)]
    [InlineData("% YAML 1.2\n---\n", 1, 1)]
    [InlineData("%YAML 1.2\n", 2, 1)]
    [InlineData("%YAML 1.2\n# no '---' follows\n", 3, 1)]
    [InlineData("%YAML 1.2\n---topics:\n", 2, 1)]
    public void A_directive_yaml_1_2_cannot_read_is_an_error_at_its_cause_and_the_file_is_not_read(string yaml, int line, int column)
    {
        var run = new MiniDataset().AndFile(Other, yaml + "topics:\n  - id: extra\n    name: Extra\n").Run();

        run.ShouldReportAtLineColumn("DD0016", Other, line, column);
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0005" || d.Id == "DD0001");
        run.GeneratedKind("Topics").ShouldNotContain("Extra");
    }

    [Fact]
    public void The_issues_case_is_not_taken_for_an_empty_file()
    {
        var run = new MiniDataset().AndFile(Other, "%YAML 1.1#...\n").Run();

        var diagnostic = run.ShouldReportAtLineColumn("DD0016", Other, 1, 10);
        diagnostic.Message().ShouldContain("'#' starts a comment only after a space or a tab");
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0005");
    }

    [Theory]
    [InlineData("%YAML 1.2\n", 1, 1)]
    [InlineData("%YAML 1.2 # and nothing else\n\n# a comment\n", 1, 1)]
    public void Directives_with_no_document_after_them_are_an_error_not_an_empty_file(string yaml, int line, int column)
    {
        var run = new MiniDataset().AndFile(Other, yaml).Run();

        run.ShouldReportAtLineColumn("DD0016", Other, line, column).Message().ShouldContain("the file ends here");
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0005");
    }

    [Theory]
    [InlineData("%YAML 1.1\n---\n", "not 1.1")]
    [InlineData("%YAML 1.1 # the old one\n---\n", "not 1.1")]
    [InlineData("%YAML 1.3\n---\n", "not 1.3")]
    [InlineData("%FOO bar baz\n---\n", "'%FOO' is not a directive of YAML 1.2")]
    public void A_directive_the_dataset_does_not_follow_is_a_warning_and_the_file_is_read(string directive, string reason)
    {
        var run = new MiniDataset(directive + MiniDataset.Yaml).Run();

        var diagnostic = run.ShouldReportAtLineColumn("DD0017", MiniDataset.DataPath, 1, 1);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Message().ShouldContain(reason);
        run.Errors.ShouldBeEmpty();
        run.GeneratedKind("People").ShouldContain("SergeyLavrov");
    }

    [Theory]
    [InlineData("%YAML 1.2\n---\n")]
    [InlineData("%YAML 1.2 # the version\n---\n")]
    [InlineData("# about this file\n\n%YAML 1.2\n--- # the records\n")]
    [InlineData("%YAML 1.2\r\n---\r\n")]
    [InlineData("---\n")]
    public void Yaml_1_2_with_its_document_start_is_read_without_a_word(string prefix)
    {
        var run = new MiniDataset(prefix + MiniDataset.Yaml).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_tag_directive_is_reported_as_an_unsupported_feature()
    {
        var run = new MiniDataset("%TAG !dd! tag:diplomacydata,2026:\n---\n" + MiniDataset.Yaml).Run();

        run.ShouldReportAtLineColumn("DD0003", MiniDataset.DataPath, 1, 1).Message().ShouldContain("tag directives");
    }

    [Fact]
    public void A_percent_sign_inside_the_document_is_not_a_directive()
    {
        var run = MiniDataset.With("    title: Lavrov and Araghchi hold talks\n", "    title: >-\n      Lavrov and Araghchi\n%hold talks\n").Run();

        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0016" || d.Id == "DD0017");
    }
}
