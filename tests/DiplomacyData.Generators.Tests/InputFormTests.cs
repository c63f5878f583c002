using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generators.Tests;

/// <summary>How files are written on disk (encodings, line endings, indentation) is handled or reported, never a crash.</summary>
public class InputFormTests
{
    [Fact]
    public void Crlf_line_endings_read_the_same_and_report_the_same_positions()
    {
        var crlf = MiniDataset.Yaml.Replace("\n", "\r\n", StringComparison.Ordinal);
        var dataset = new MiniDataset(crlf);

        var run = dataset.Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.GeneratedKind("People").ShouldBe(new MiniDataset().Run().GeneratedKind("People"));

        var broken = new MiniDataset(crlf.Replace("kind: meeting", "kind: meating", StringComparison.Ordinal));
        broken.Run().ShouldReportAt("DD0104", MiniDataset.DataPath, broken.Text(MiniDataset.DataPath), "meating");
    }

    [Fact]
    public void Utf8_file_with_a_byte_order_mark_is_read_without_it()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(MiniDataset.Yaml)).ToArray();
        var text = SourceText.From(new System.IO.MemoryStream(bytes), canBeEmbedded: true);
        var files = new List<AdditionalText>
        {
            new SourceTextFile(MiniDataset.DataPath, text),
            new InMemoryText(MiniDataset.ArchivePath, MiniDataset.Archive),
        };

        var run = GeneratorHarness.Run(files);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.GeneratedKind("Countries").ShouldContain("public static global::DiplomacyData.Country Iran => s_all[0];");
        run.GeneratedKind("Countries").ShouldContain("\"IRNIranIslamic Republic of IranIR");
    }

    [Fact]
    public void Byte_order_mark_left_in_the_text_is_also_accepted()
    {
        var run = new MiniDataset("\uFEFF" + MiniDataset.Yaml).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Invalid_utf8_bytes_are_reported_where_they_stand()
    {
        var yaml = System.Text.Encoding.UTF8.GetBytes(MiniDataset.Yaml.Replace("hold talks", "hold tXlks", StringComparison.Ordinal));
        var at = Array.IndexOf(yaml, (byte)'X');
        yaml[at] = 0xC3; // a lead byte followed by an ASCII letter: not UTF-8
        var text = SourceText.From(new System.IO.MemoryStream(yaml), System.Text.Encoding.UTF8, canBeEmbedded: true);

        var run = GeneratorHarness.Run([new SourceTextFile(MiniDataset.DataPath, text), new InMemoryText(MiniDataset.ArchivePath, MiniDataset.Archive)]);

        var diagnostic = run.Single("DD0011");
        var expected = DiagnosticAssertions.PositionOf(MiniDataset.Yaml, "hold talks");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(expected.Line - 1);
    }

    [Fact]
    public void Tab_indentation_is_reported_at_the_tab_saying_that_indentation_takes_spaces()
    {
        var dataset = MiniDataset.With("    status: happened\n", "\tstatus: happened\n");

        var run = dataset.Run();

        // YamlDotNet reports this at the end of the line above, as "found a tab character that violate indentation".
        var diagnostic = run.ShouldReportAt("DD0015", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), "\tstatus");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("YAML indentation takes spaces only");
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD0001");
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    public void Empty_files_are_a_warning_not_a_crash(string content)
    {
        var run = new MiniDataset().AndFile("/repo/data/empty.yaml", content).Run();

        run.Single("DD0005").Severity.ShouldBe(DiagnosticSeverity.Warning);
        run.Errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("- a\n- b\n", "DD0105")]
    [InlineData("just a sentence\n", "DD0105")]
    [InlineData("people: not a list\n", "DD0105")]
    [InlineData("meetings:\n  - id: x\n", "DD0106")]
    public void A_yaml_file_that_matches_no_kind_of_record_is_an_error(string content, string id)
    {
        var run = new MiniDataset().AndFile("/repo/data/odd.yaml", content).Run();

        run.Single(id).Location.GetLineSpan().Path.ShouldBe("/repo/data/odd.yaml");
    }

    [Fact]
    public void Input_on_which_yamldotnet_throws_a_plain_exception_is_a_syntax_error_not_a_generator_failure()
    {
        // Found by the fuzz test (then reduced): on this input YamlDotNet's scanner throws
        // InvalidOperationException rather than a YamlException.
        const string path = "/repo/data/broken.yaml";
        var run = new MiniDataset().AndFile(path, "    dateNote:\n    {\n    n").Run();

        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD9999");
        var diagnostic = run.Single("DD0001");
        diagnostic.GetMessage().ShouldContain("InvalidOperationException");
        diagnostic.Location.GetLineSpan().Path.ShouldBe(path);
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void Misspelt_collection_key_drops_its_records_and_what_refers_to_them_and_the_rest_compiles()
    {
        var run = MiniDataset.With("topics:\n  - id: jcpoa", "topic:\n  - id: jcpoa").Run();

        run.Single("DD0106");
        // The engagement's reference to 'jcpoa' is not reported as unknown as well: DD0106 is its cause.
        run.GeneratorDiagnostics.Select(d => d.Id).ShouldBe(["DD0106"]);
        run.CompilationErrors.ShouldBeEmpty();
        run.GeneratedKind("Topics").ShouldContain("new global::DiplomacyData.Topic[0]");
        run.GeneratedKind("Engagements").ShouldContain("new global::DiplomacyData.Engagement[0]");
    }

    private sealed class SourceTextFile(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => text;
    }
}
