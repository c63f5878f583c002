using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generators.Tests;

/// <summary>One test per diagnostic: each breaks the mini dataset in one place and expects that id at that place.</summary>
public class DiagnosticTests
{
    private static void Expect(MiniDataset dataset, string id, string needle, int occurrence = 1, string? messageContains = null)
    {
        var run = dataset.Run();
        var diagnostic = run.ShouldReportAt(id, MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), needle, occurrence);
        if (messageContains is not null)
        {
            diagnostic.GetMessage().ShouldContain(messageContains);
        }

        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void DD0001_yaml_syntax_error()
    {
        var dataset = MiniDataset.With("    title: Lavrov and Araghchi hold talks\n", "    title: \"Lavrov and Araghchi hold talks\n");

        var run = dataset.Run();

        var diagnostic = run.Single("DD0001");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Location.GetLineSpan().Path.ShouldBe(MiniDataset.DataPath);
        // The unterminated quote is found where the quoted scalar starts.
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(DiagnosticAssertions.PositionOf(dataset.Text(MiniDataset.DataPath), "\"Lavrov and").Line - 1);
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void DD0002_duplicate_key() =>
        Expect(MiniDataset.With("    kind: meeting\n", "    kind: meeting\n    kind: visit\n"), "DD0002", "kind: visit", messageContains: "'kind'");

    [Fact]
    public void DD0003_alias_is_not_expanded() =>
        Expect(MiniDataset.With("    topics: [jcpoa]\n", "    topics: *shared\n"), "DD0003", "*shared", messageContains: "aliases");

    [Fact]
    public void DD0003_anchor_is_reported() =>
        Expect(MiniDataset.With("    topics: [jcpoa]\n", "    topics: &shared [jcpoa]\n"), "DD0003", "&shared", messageContains: "anchors");

    [Fact]
    public void DD0004_nesting_deeper_than_the_limit()
    {
        var deep = new string('[', 80) + new string(']', 80);
        // topics' list is at depth 4 (file, engagements, engagement, topics), so bracket k is at depth 4 + k
        // and the first past the limit of 64 is bracket 61: the one followed by 18 more.
        Expect(MiniDataset.With("    topics: [jcpoa]\n", $"    topics: {deep}\n"), "DD0004", new string('[', 19) + "]");
    }

    [Fact]
    public void DD0005_file_of_only_comments_is_a_warning()
    {
        const string path = "/repo/data/notes.yaml";
        var dataset = new MiniDataset().AndFile(path, "# just a comment\n# and another\n");

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0005", path, dataset.Text(path), "# just");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        run.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void DD0006_second_document() =>
        Expect(new MiniDataset(MiniDataset.Yaml + "---\ntopics: []\n"), "DD0006", "---");

    [Fact]
    public void DD0007_complex_key() =>
        Expect(MiniDataset.With("    kind: meeting\n", "    kind: meeting\n    ? [a, b]\n    : c\n"), "DD0007", "[a, b]");

    [Fact]
    public void DD0008_unreadable_file()
    {
        var run = GeneratorHarness.Run([new UnreadableText("/repo/data/locked.yaml")]);

        run.Single("DD0008").GetMessage().ShouldContain("locked.yaml");
    }

    [Fact]
    public void DD0012_raw_control_character_that_yaml_forbids() =>
        Expect(MiniDataset.With("hold talks\n", "hold t\u0001lks\n"), "DD0012", "\u0001", messageContains: "U+0001");

    [Fact]
    public void DD0101_unknown_key_suggests_the_closest() =>
        Expect(MiniDataset.With("    title: Lavrov and Araghchi hold talks\n", "    titel: Lavrov and Araghchi hold talks\n"), "DD0101", "titel", messageContains: "did you mean 'title'");

    [Theory]
    // The example: 'publishedDate' extends 'published', though 'publishedNote' is fewer edits away.
    [InlineData("    published: 2025-04-18\n", "    publishedDate: 2025-04-18\n", "publishedDate", "did you mean 'published'?")]
    // Cut short: 'dateNot' starts 'dateNote' and extends 'date'; the nearer of the two wins.
    [InlineData("    precision: day\n", "    precision: day\n    dateNot: resolved from the dateline\n", "dateNot", "did you mean 'dateNote'?")]
    [InlineData("    title: Test article\n", "    titleText: Test article\n", "titleText", "did you mean 'title'?")]
    [InlineData("    title: Test article\n", "    Title: Test article\n", "Title", "did you mean 'title'?")]
    public void DD0101_suggests_the_key_the_typo_extends_or_starts(string original, string replacement, string needle, string suggestion) =>
        Expect(MiniDataset.With(original, replacement), "DD0101", needle, messageContains: suggestion);

    [Fact]
    public void DD0104_suggests_the_value_the_typo_starts() =>
        Expect(MiniDataset.With("    kind: meeting\n", "    kind: phone\n"), "DD0104", "phone", messageContains: "did you mean 'phone-call'");

    [Fact]
    public void DD0202_suggests_the_id_that_contains_the_typo() =>
        Expect(MiniDataset.With("person: sergey-lavrov\n", "person: lavrov\n"), "DD0202", "lavrov\n        part", messageContains: "did you mean 'sergey-lavrov'");

    [Fact]
    public void DD0106_suggests_the_collection_the_typo_extends() =>
        Expect(MiniDataset.With("people:\n", "peopleList:\n"), "DD0106", "peopleList:", messageContains: "did you mean 'people'");

    [Fact]
    public void DD0102_missing_required_key_points_at_the_record() =>
        Expect(MiniDataset.With("    status: happened\n", string.Empty), "DD0102", "id: lavrov-araghchi-talks", messageContains: "'status'");

    [Fact]
    public void DD0103_date_that_is_not_a_calendar_date() =>
        Expect(MiniDataset.With("    date: 2025-04-18\n", "    date: 2025-02-30\n"), "DD0103", "2025-02-30", messageContains: "'2025-02-30'");

    [Fact]
    public void DD0103_text_in_a_date_field() =>
        Expect(MiniDataset.With("    date: 2025-04-18\n", "    date: last Friday\n"), "DD0103", "last Friday", messageContains: "yyyy-MM-dd");

    [Fact]
    public void DD0104_unknown_enum_value_lists_the_allowed_ones() =>
        Expect(MiniDataset.With("    kind: meeting\n", "    kind: meating\n"), "DD0104", "meating", messageContains: "did you mean 'meeting'");

    [Fact]
    public void DD0105_scalar_where_a_list_belongs() =>
        Expect(MiniDataset.With("    topics: [jcpoa]\n", "    topics: jcpoa\n"), "DD0105", "jcpoa\n    cameo", messageContains: "a list");

    [Fact]
    public void DD0106_unknown_kind_of_record() =>
        Expect(MiniDataset.With("people:\n", "peopel:\n"), "DD0106", "peopel:", messageContains: "did you mean 'people'");

    [Fact]
    public void DD0107_null_in_a_required_value() =>
        Expect(MiniDataset.With("    title: Lavrov and Araghchi hold talks\n", "    title: ~\n"), "DD0107", "~", messageContains: "'title'");

    [Fact]
    public void DD0190_schema_member_type_the_generator_cannot_bind()
    {
        var extra = CSharpSyntaxTree.ParseText("""
            namespace DiplomacyData;
            [DiplomacyData.Schema.DatasetValue]
            public sealed record Odd(System.Collections.Generic.Dictionary<string, string> Map);
            """, path: "/repo/src/Odd.cs");
        var compilation = GeneratorHarness.ModelCompilation([extra]);

        GeneratorHarness.CreateDriver([]).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        var diagnostic = diagnostics.Single(d => d.Id == "DD0190");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/repo/src/Odd.cs");
        // At the parameter: line 3, where "Map" stands.
        diagnostic.Location.GetLineSpan().StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(2, "public sealed record Odd(System.Collections.Generic.Dictionary<string, string> ".Length));
        diagnostic.GetMessage().ShouldContain("'Map'");
    }

    [Fact]
    public void DD0191_schema_record_without_constructor()
    {
        var extra = CSharpSyntaxTree.ParseText("""
            namespace DiplomacyData;
            [DiplomacyData.Schema.DatasetValue]
            public sealed class Empty { }
            """, path: "/repo/src/Empty.cs");
        var compilation = GeneratorHarness.ModelCompilation([extra]);

        GeneratorHarness.CreateDriver([]).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        var span = diagnostics.Single(d => d.Id == "DD0191").Location.GetLineSpan();
        span.Path.ShouldBe("/repo/src/Empty.cs");
        span.StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(2, "public sealed class ".Length));
    }

    [Fact]
    public void DD0201_duplicate_id_names_the_first_definition() =>
        Expect(MiniDataset.With("  - id: RUS\n    name: Russia\n", "  - id: IRN\n    name: Russia\n"), "DD0201", "IRN", occurrence: 2, messageContains: "mini.yaml(2,9)");

    [Fact]
    public void DD0201_duplicate_id_in_another_file_is_reported_in_the_later_file_by_path()
    {
        const string later = "/repo/data/zz-more-topics.yaml";
        var run = new MiniDataset().AndFile(later, "topics:\n  - id: jcpoa\n    name: The nuclear deal again\n").Run();

        var duplicate = run.Single("DD0201");
        duplicate.Location.GetLineSpan().Path.ShouldBe(later);
        duplicate.Location.GetLineSpan().StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(1, 8));
        duplicate.GetMessage().ShouldContain("mini.yaml(");
    }

    [Fact]
    public void DD0202_unknown_reference_suggests_the_closest_id() =>
        Expect(MiniDataset.With("person: sergey-lavrov\n", "person: sergey-lavorv\n"), "DD0202", "sergey-lavorv", messageContains: "did you mean 'sergey-lavrov'");

    [Fact]
    public void DD0203_id_that_is_not_kebab_case() =>
        Expect(MiniDataset.With("  - id: jcpoa\n", "  - id: JCPOA_deal\n"), "DD0203", "JCPOA_deal");

    [Fact]
    public void DD0203_country_id_that_is_not_alpha3() =>
        Expect(MiniDataset.With("  - id: IRN\n", "  - id: IRAN\n").With("country: IRN\n", "country: IRAN\n"), "DD0203", "IRAN");

    [Fact]
    public void DD0204_two_records_with_the_same_handle() =>
        Expect(MiniDataset.With("    name: Russia\n", "    name: Iran\n"), "DD0204", "Iran\n    officialName: Russian", messageContains: "Countries.Iran");

    [Fact]
    public void DD0205_name_that_cannot_be_a_handle() =>
        Expect(MiniDataset.With("    name: Russia\n", "    name: Countries\n"), "DD0205", "Countries", messageContains: "reserved");

    [Fact]
    public void DD0301_range_without_end_date() =>
        Expect(MiniDataset.With("    precision: day\n", "    precision: range\n"), "DD0301", "range", messageContains: "endDate");

    [Fact]
    public void DD0302_role_that_ends_before_it_starts() =>
        Expect(MiniDataset.With("        from: 2004-03-09\n", "        from: 2004-03-09\n        to: 2003-01-01\n"), "DD0302", "2003-01-01");

    [Fact]
    public void DD0303_engagement_without_participants() =>
        Expect(MiniDataset.With("""
                participants:
                  - person: sergey-lavrov
                    part: host
                  - person: abbas-araghchi
                    part: visitor

            """, "    participants: []\n"), "DD0303", "[]", messageContains: "lavrov-araghchi-talks-2025-04-18");

    [Fact]
    public void DD0401_evidence_not_in_the_archived_text_reports_the_near_miss() =>
        Expect(MiniDataset.With("Lavrov met Araghchi in Moscow on Friday.", "Lavrov met Araghchi in Moscow on Thursday."), "DD0401", "\"Lavrov met", messageContains: "then the evidence has <U+0054 LATIN CAPITAL LETTER T> where the text has <U+0046 LATIN CAPITAL LETTER F>");

    [Fact]
    public void DD0401_forgives_only_whitespace_and_typographic_quotes()
    {
        var run = MiniDataset.With("Lavrov met Araghchi in Moscow on Friday.", "Lavrov   met\u00a0Araghchi in Moscow on Friday.").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void DD0402_source_without_archived_text() =>
        Expect(new MiniDataset().Without(MiniDataset.ArchivePath), "DD0402", "test-source");

    [Fact]
    public void DD0403_citation_without_evidence() =>
        Expect(MiniDataset.With("        evidence:\n          - \"Lavrov met Araghchi in Moscow on Friday.\"\n", "        evidence: []\n"), "DD0403", "source: test-source");

    [Fact]
    public void DD0404_engagement_without_sources_points_at_the_engagement() =>
        Expect(MiniDataset.With("""
                sources:
                  - source: test-source
                    evidence:
                      - "Lavrov met Araghchi in Moscow on Friday."

            """, string.Empty), "DD0404", "id: lavrov-araghchi-talks", messageContains: "cites no source");

    [Fact]
    public void DD0009_file_larger_than_the_limit()
    {
        const string path = "/repo/data/huge.yaml";
        var dataset = new MiniDataset().AndFile(path, "# " + new string('x', 8 * 1024 * 1024) + "\n");

        dataset.Run().ShouldReportAt("DD0009", path, dataset.Text(path), "# xxx");
    }

    [Fact]
    public void DD0010_value_longer_than_the_limit()
    {
        var longTitle = new string('a', 70_000);
        Expect(MiniDataset.With("    title: Lavrov and Araghchi hold talks\n", $"    title: {longTitle}\n"), "DD0010", longTitle, messageContains: "70000");
    }

    [Fact]
    public void DD0011_bytes_that_were_not_utf8() =>
        Expect(MiniDataset.With("hold talks\n", "hold t\uFFFDlks\n"), "DD0011", "\uFFFD");

    [Fact]
    public void DD0206_alias_that_is_another_persons_name() =>
        Expect(MiniDataset.With("aliases: [Sergei Lavrov]", "aliases: [Sergei Lavrov, ABBAS araghchi]"), "DD0206", "ABBAS araghchi", messageContains: "'abbas-araghchi'");

    [Fact]
    public void DD0207_record_nothing_refers_to_is_a_warning()
    {
        var run = MiniDataset.With("topics:\n", "topics:\n  - id: gaza\n    name: Gaza\n").Run();

        run.ShouldReportAt("DD0207", MiniDataset.DataPath, MiniDataset.Yaml.Replace("topics:\n", "topics:\n  - id: gaza\n    name: Gaza\n", StringComparison.Ordinal), "gaza")
            .Severity.ShouldBe(DiagnosticSeverity.Warning);
        run.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void DD0304_planned_engagement_dated_before_its_announcement() =>
        Expect(MiniDataset.With("    status: happened\n", "    status: planned\n"), "DD0304", "2025-04-18\n    precision", messageContains: "test-source");

    [Fact]
    public void DD0305_reported_title_on_a_day_the_person_held_no_role() =>
        Expect(MiniDataset.With("        part: visitor\n", "        part: visitor\n        reportedTitle: Iranian Foreign Minister\n"), "DD0305", "Iranian Foreign Minister", messageContains: "abbas-araghchi");

    [Fact]
    public void DD0306_reported_as_acting_but_the_role_is_not()
    {
        var run = MiniDataset.With("        part: host\n", "        part: host\n        reportedTitle: Acting Foreign Minister\n").Run();

        run.Single("DD0306").Severity.ShouldBe(DiagnosticSeverity.Warning);
        run.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void DD0307_same_office_held_twice_at_once() =>
        Expect(
            MiniDataset.With("        from: 2004-03-09\n", "        from: 2004-03-09\n      - title: Minister of Foreign Affairs\n        organization: russia-mfa\n        from: 2010-01-01\n"),
            "DD0307",
            "title: Minister of Foreign Affairs",
            occurrence: 2);

    [Fact]
    public void DD0309_likely_duplicate_engagement_is_a_warning()
    {
        var engagement = MiniDataset.Yaml[MiniDataset.Yaml.IndexOf("  - id: lavrov-araghchi-talks", StringComparison.Ordinal)..];
        var dataset = new MiniDataset(MiniDataset.Yaml + engagement.Replace("talks-2025-04-18", "meeting-2025-04-18", StringComparison.Ordinal));

        var run = dataset.Run();

        // Reported on the later of the two in catalogue order (date, then id), naming the earlier.
        run.ShouldReportAt("DD0309", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), "lavrov-araghchi-talks-2025-04-18")
            .GetMessage().ShouldContain("lavrov-araghchi-meeting-2025-04-18");
        run.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void DD0405_engagement_dated_after_every_source_reporting_it() =>
        Expect(MiniDataset.With("    date: 2025-04-18\n", "    date: 2025-04-19\n"), "DD0405", "2025-04-19", messageContains: "test-source on 2025-04-18");

    [Fact]
    public void DD0406_archived_text_without_a_source()
    {
        const string path = "/repo/data/sources/orphan.txt";
        var run = new MiniDataset().AndFile(path, "Some article.\n").Run();

        var diagnostic = run.Single("DD0406");
        diagnostic.Location.GetLineSpan().Path.ShouldBe(path);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void DD0408_two_archived_texts_with_the_same_name()
    {
        const string elsewhere = "/repo/data/sources/wip/test-source.txt";
        var run = new MiniDataset().AndFile(elsewhere, "Another copy of the article.\n").Run();

        var diagnostic = run.Single("DD0408");
        diagnostic.Location.GetLineSpan().Path.ShouldBe(elsewhere);
        diagnostic.Location.GetLineSpan().StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(0, 0));
        diagnostic.GetMessage().ShouldBe(
            "The archived texts 'test-source.txt' and 'wip/test-source.txt' both name source 'test-source'; evidence is checked against 'test-source.txt' only, so keep one of them (delete or rename the other)");
        run.Errors.Count.ShouldBe(1);
    }

    [Fact]
    public void DD0208_country_code_that_iso_does_not_assign() =>
        Expect(MiniDataset.With("  - id: IRN\n", "  - id: IRX\n").With("country: IRN\n", "country: IRX\n"), "DD0208", "IRX", messageContains: "not an officially assigned");

    [Fact]
    public void DD0208_alpha2_that_does_not_match_the_alpha3() =>
        Expect(MiniDataset.With("    alpha2: IR\n", "    alpha2: IQ\n"), "DD0208", "IQ", messageContains: "alpha2: IR");

    [Fact]
    public void DD0308_cameo_codes_that_map_to_another_plover_event_is_a_warning()
    {
        var dataset = MiniDataset.With("plover: {event: consult,", "plover: {event: cooperate,");

        var run = dataset.Run();

        run.ShouldReportAt("DD0308", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), "cooperate")
            .GetMessage().ShouldContain("043 → consult");
        run.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void DD0407_statement_quote_in_none_of_the_cited_sources() =>
        Expect(
            MiniDataset.With("    topics: [jcpoa]\n", "    topics: [jcpoa]\n    statements:\n      - {speaker: sergey-lavrov, summary: Spoke of the file., quote: \"They discussed the nuclear dossier.\"}\n"),
            "DD0407",
            "\"They discussed the nuclear dossier.\"",
            messageContains: "first 27 characters");

    [Fact]
    public void DD0407_accepts_a_quote_found_in_a_cited_source()
    {
        var run = MiniDataset.With("    topics: [jcpoa]\n", "    topics: [jcpoa]\n    statements:\n      - {speaker: sergey-lavrov, summary: Spoke of the file., quote: \"They discussed the nuclear file.\"}\n").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(System.Threading.CancellationToken cancellationToken = default) => null;
    }
}

internal static class MiniDatasetExtensions
{
    public static MiniDataset With(this MiniDataset dataset, string original, string replacement)
    {
        var yaml = dataset.Text(MiniDataset.DataPath);
        yaml.Split(original).Length.ShouldBe(2);
        return new MiniDataset(yaml.Replace(original, replacement, StringComparison.Ordinal));
    }
}
