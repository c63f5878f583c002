using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// One mistake, one diagnostic: a record dropped or left incomplete by an error that is reported does not also
/// cause "unknown reference", "unreferenced", "missing key", "without participants", "no source", "archived
/// text without a source" or "quote not found" diagnostics elsewhere. Each test fixes the whole list of ids
/// reported, so a new cascade fails it.
/// </summary>
public class CascadeTests
{
    private const string OtherSourcePath = "/repo/data/sources/other-source.yaml";
    private const string OtherArchivePath = "/repo/data/sources/other-source.txt";

    private const string CitationOfTestSource = "        evidence:\n          - \"Lavrov met Araghchi in Moscow on Friday.\"\n";

    /// <summary>The engagement cites a second source, declared in a file of its own; <paramref name="edit"/> changes mini.yaml.</summary>
    private static MiniDataset CitingOtherSource(string otherSourceFile, string? otherArchive = "MOSCOW -- The ministers met on Friday.\n", Func<MiniDataset, MiniDataset>? edit = null)
    {
        var dataset = MiniDataset.With(
            CitationOfTestSource,
            CitationOfTestSource + "      - source: other-source\n        evidence:\n          - \"The ministers met on Friday.\"\n");
        dataset = edit?.Invoke(dataset) ?? dataset;
        dataset.AndFile(OtherSourcePath, otherSourceFile);
        if (otherArchive is not null)
        {
            dataset.AndFile(OtherArchivePath, otherArchive);
        }

        return dataset;
    }

    private const string OtherSource = """
        sources:
          - id: other-source
            title: Another article
            publisher: Other Agency
            published: 2025-04-19
            url: https://example.org/other
            language: en

        """;

    private static void ShouldReportOnly(GeneratorRun run, params string[] ids)
    {
        run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal)
            .ShouldBe(ids.OrderBy(id => id, StringComparer.Ordinal), string.Join(Environment.NewLine, run.GeneratorDiagnostics));
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void Valid_baseline_with_a_second_source_reports_nothing() =>
        ShouldReportOnly(CitingOtherSource(OtherSource).Run());

    [Fact]
    public void Error_in_a_source_record_does_not_disown_its_archived_text()
    {
        // The example: the source is dropped, and its .txt was reported as belonging to no source
        // ("remove the file"), telling the curator to delete the right file.
        var run = CitingOtherSource(OtherSource.Replace("2025-04-19", "2025-13-19", StringComparison.Ordinal)).Run();

        ShouldReportOnly(run, "DD0103");
    }

    [Fact]
    public void Misspelt_required_key_is_not_also_missing()
    {
        var run = CitingOtherSource(OtherSource.Replace("    title:", "    titel:", StringComparison.Ordinal)).Run();

        ShouldReportOnly(run, "DD0101");
        run.Single("DD0101").GetMessage().ShouldContain("did you mean 'title'");
    }

    [Fact]
    public void File_that_does_not_parse_hides_neither_its_ids_nor_its_archived_texts()
    {
        var run = CitingOtherSource(OtherSource.Replace("title: Another article", "title: \"Another article", StringComparison.Ordinal)).Run();

        // Not DD0202 for 'other-source' in mini.yaml, nor DD0406 for other-source.txt.
        ShouldReportOnly(run, "DD0001");
    }

    [Fact]
    public void Record_without_an_id_hides_references_to_its_kind()
    {
        var run = MiniDataset.With("  - id: jcpoa\n    name:", "  - name:").Run();

        ShouldReportOnly(run, "DD0102");
        run.Single("DD0102").GetMessage().ShouldContain("'id'");
    }

    [Fact]
    public void Record_that_is_not_a_mapping_hides_references_to_its_kind()
    {
        var run = MiniDataset.With("  - id: jcpoa\n    name: Joint Comprehensive Plan of Action\n", "  - jcpoa\n").Run();

        ShouldReportOnly(run, "DD0105");
    }

    [Fact]
    public void File_of_an_unknown_collection_only_is_not_also_empty()
    {
        const string path = "/repo/data/extra.yaml";
        var run = new MiniDataset().AndFile(path, "topic:\n  - id: gaza\n    name: Gaza\n").Run();

        ShouldReportOnly(run, "DD0106");
    }

    [Fact]
    public void Misspelt_participants_key_is_not_an_engagement_without_participants_nor_unreferenced_people()
    {
        var run = MiniDataset.With("    participants:\n", "    participant:\n").Run();

        ShouldReportOnly(run, "DD0101");
        run.Single("DD0101").GetMessage().ShouldContain("did you mean 'participants'");
    }

    [Fact]
    public void Misspelt_sources_key_is_not_an_engagement_without_sources_nor_an_unreferenced_source()
    {
        var run = MiniDataset.With("    sources:\n      - source: test-source\n", "    source:\n      - source: test-source\n").Run();

        ShouldReportOnly(run, "DD0101");
    }

    [Fact]
    public void Misspelt_end_date_is_not_a_range_without_an_end()
    {
        var run = MiniDataset.With("    precision: day\n", "    precision: range\n    endDat: 2025-04-19\n").Run();

        ShouldReportOnly(run, "DD0101");
        run.Single("DD0101").GetMessage().ShouldContain("did you mean 'endDate'");
    }

    [Fact]
    public void Person_whose_roles_are_misspelt_does_not_make_a_participant_roleless()
    {
        var run = MiniDataset.With("        part: host\n", "        part: host\n        reportedTitle: Foreign Minister\n")
            .With("    roles:\n", "    role:\n")
            .Run();

        // Neither DD0305 (no role on the day) nor DD0207 for russia-mfa, which only the unread roles refer to.
        ShouldReportOnly(run, "DD0101");
    }

    [Fact]
    public void Value_of_the_wrong_shape_hides_what_it_refers_to()
    {
        var run = MiniDataset.With("    topics: [jcpoa]\n", "    topics: {first: jcpoa}\n").Run();

        ShouldReportOnly(run, "DD0105");
    }

    [Fact]
    public void Source_with_an_error_does_not_make_an_engagement_predate_its_sources()
    {
        // test-source (2025-04-18) is before the engagement moved to the 19th; other-source's date has a typo, so
        // it is dropped: DD0405 "every source was published before" would judge on one source of two. The id and
        // the evidence move with the date, so that the date rules (DD0316, DD0318) have nothing to say.
        var run = CitingOtherSource(
            OtherSource.Replace("2025-04-19", "2025-04-1p", StringComparison.Ordinal),
            edit: d => d.With("  - id: lavrov-araghchi-talks-2025-04-18\n    date: 2025-04-18\n", "  - id: lavrov-araghchi-talks-2025-04-19\n    date: 2025-04-19\n")
                .With("\"Lavrov met Araghchi in Moscow on Friday.\"", "\"They discussed the nuclear file.\"")).Run();

        ShouldReportOnly(run, "DD0103");
    }

    [Fact]
    public void Quote_is_not_reported_missing_while_a_cited_text_is_missing()
    {
        var run = CitingOtherSource(
            OtherSource,
            otherArchive: null,
            edit: d => d.With("    topics: [jcpoa]\n", "    topics: [jcpoa]\n    statements:\n      - {speaker: sergey-lavrov, summary: Spoke., quote: \"Words only the other article has.\"}\n")).Run();

        // DD0402 says the text is missing; the quote may be in it.
        ShouldReportOnly(run, "DD0402");
    }

    [Theory]
    [InlineData("    title: Lavrov and Araghchi hold talks\n", "    title: *title\n")]
    [InlineData("    participants:\n      - person: sergey-lavrov\n        part: host\n      - person: abbas-araghchi\n        part: visitor\n", "    participants: [*host]\n")]
    [InlineData("    topics: [jcpoa]\n", "    topics: [*jcpoa]\n")]
    [InlineData("  - id: jcpoa\n    name: Joint Comprehensive Plan of Action\n", "  - *topic\n")]
    public void Value_the_reader_left_out_is_not_also_missing_or_null(string original, string replacement)
    {
        // DD0003 says the alias is not supported; before, the value stood as null (DD0107 'title' may not be
        // null), or an empty list (DD0303 no participants), or unresolved ids (DD0202).
        var run = MiniDataset.With(original, replacement).Run();

        ShouldReportOnly(run, "DD0003");
    }

    [Fact]
    public void Archived_text_that_cannot_be_read_is_reported_rather_than_left_unchecked()
    {
        var dataset = new MiniDataset().Without(MiniDataset.ArchivePath);
        var files = dataset.Files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).Append(new NullText(MiniDataset.ArchivePath));

        var run = GeneratorHarness.Run(files);

        var diagnostic = run.Single("DD0008");
        diagnostic.Location.GetLineSpan().Path.ShouldBe(MiniDataset.ArchivePath);
        diagnostic.GetMessage().ShouldContain("test-source.txt");
    }

    private sealed class NullText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(System.Threading.CancellationToken cancellationToken = default) => null;
    }
}
