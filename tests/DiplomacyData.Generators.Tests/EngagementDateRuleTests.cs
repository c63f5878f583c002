using System.Linq;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The rules that hold an engagement's date to its words (weekdays, DD0316 and DD0317), to its id (DD0318) and to
/// the engagements beside it (DD0309, DD0319, DD0320), each at its exact position in the mini dataset.
/// </summary>
public class EngagementDateRuleTests
{
    private const string Evidence = "\"Lavrov met Araghchi in Moscow on Friday.\"";

    /// <summary>The mini dataset whose article says <paramref name="sentence"/> instead of its Friday sentence, quoted as the evidence.</summary>
    private static MiniDataset Saying(string sentence, MiniDataset? dataset = null)
    {
        dataset ??= new MiniDataset();
        var archive = MiniDataset.Archive.Replace("Lavrov met Araghchi in Moscow on Friday.", sentence, StringComparison.Ordinal);
        return dataset.With(Evidence, $"\"{sentence}\"").Without(MiniDataset.ArchivePath).AndFile(MiniDataset.ArchivePath, archive);
    }

    private static string Yaml(MiniDataset dataset) => dataset.Text(MiniDataset.DataPath);

    private static IReadOnlyList<Diagnostic> All(GeneratorRun run, string id) => run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();

    [Fact]
    public void DD0316_the_issue_example_monday_date_with_on_tuesday_in_evidence_and_date_note()
    {
        // Dated Monday 2020-07-20; the article of Wednesday 2020-07-22 says "on Tuesday", which is 2020-07-21.
        var dataset = Saying("Lavrov met Araghchi in Moscow on Tuesday.", MiniDataset
            .With("    published: 2025-04-18\n", "    published: 2020-07-22\n")
            .With("  - id: lavrov-araghchi-talks-2025-04-18\n    date: 2025-04-18\n", "  - id: lavrov-araghchi-talks-2020-07-20\n    date: 2020-07-20\n    dateNote: '\"on Tuesday\": resolved to 2020-07-20.'\n"));

        var run = dataset.Run();

        var found = All(run, "DD0316");
        found.Count.ShouldBe(2, string.Join("\n", found));
        var atEvidence = found.Single(d => Line(d) == DiagnosticAssertions.PositionOf(Yaml(dataset), "\"Lavrov met Araghchi in Moscow on Tuesday.\"").Line);
        Position(atEvidence).ShouldBe(DiagnosticAssertions.PositionOf(Yaml(dataset), "\"Lavrov met Araghchi in Moscow on Tuesday.\""));
        atEvidence.GetMessage().ShouldContain("names Tuesday 2020-07-21");
        atEvidence.GetMessage().ShouldContain("2020-07-20 (a Monday)");
        atEvidence.Severity.ShouldBe(DiagnosticSeverity.Warning);
        var atNote = found.Single(d => d != atEvidence);
        Position(atNote).ShouldBe(DiagnosticAssertions.PositionOf(Yaml(dataset), "'\"on Tuesday\": resolved"));
        atNote.GetMessage().ShouldContain("in the dateNote");
        atNote.GetMessage().ShouldContain("Tuesday 2020-07-21");
        run.Errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Lavrov met Araghchi in Moscow last Friday.", "last Friday", "Friday 2025-04-11")]
    [InlineData("Lavrov met Araghchi in Moscow on Thursday evening.", "on Thursday evening", "Thursday 2025-04-17")]
    [InlineData("Lavrov met Araghchi in Moscow Thursday night.", "Thursday night", "Thursday 2025-04-17")]
    [InlineData("On Monday, Lavrov met Araghchi in Moscow.", "On Monday", "Monday 2025-04-14")]
    [InlineData("Lavrov will meet Araghchi in Moscow next Monday.", "next Monday", "Monday 2025-04-21")]
    public void DD0316_each_form_of_weekday_phrase_is_resolved_against_the_publication_date(string sentence, string phrase, string named)
    {
        // Published Friday 2025-04-18, the engagement's own date.
        var dataset = Saying(sentence);

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0316", MiniDataset.DataPath, Yaml(dataset), $"\"{sentence}\"");
        diagnostic.GetMessage().ShouldContain($"'{phrase}'");
        diagnostic.GetMessage().ShouldContain($"names {named}");
        diagnostic.GetMessage().ShouldContain("the publication date of test-source (2025-04-18, a Friday)");
    }

    [Fact]
    public void DD0316_accepts_the_weekday_that_is_the_date()
    {
        var run = new MiniDataset().Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void DD0316_counts_back_from_the_dateline_when_there_is_one()
    {
        // Posted on Saturday 2025-04-26, a week after the dispatch: "on Friday" is the dispatch's Friday.
        var posted = MiniDataset.With("    published: 2025-04-18\n", "    published: 2025-04-26\n");
        var withDateline = posted.With("    language: en\n", "    language: en\n    dateline: MOSCOW, April 18\n");

        withDateline.Run().GeneratorDiagnostics.Where(d => d.Id == "DD0316").ShouldBeEmpty();
        var withoutDateline = posted.Run();
        withoutDateline.ShouldReportAt("DD0316", MiniDataset.DataPath, Yaml(posted), Evidence)
            .GetMessage().ShouldContain("names Friday 2025-04-25");
    }

    /// <summary>
    /// The build reads a dateline as the draft does (src/Shared/Datelines.cs): abbreviated months as Mehr prints them,
    /// the day before the month, and Russian months.
    /// </summary>
    [Theory]
    [InlineData("TEHRAN, Apr. 18 (MNA)")]
    [InlineData("TEHRAN, Apr 18")]
    [InlineData("LONDON, 18 April")]
    [InlineData("МОСКВА, 18 апреля")]
    [InlineData("МОСКВА, 18 апр. — РИА Новости")]
    public void DD0316_counts_back_from_a_dateline_in_any_form_the_agencies_print(string dateline)
    {
        var posted = MiniDataset.With("    published: 2025-04-18\n", "    published: 2025-04-26\n");
        var withDateline = posted.With("    language: en\n", $"    language: en\n    dateline: \"{dateline}\"\n");

        withDateline.Run().GeneratorDiagnostics.Where(d => d.Id == "DD0316").ShouldBeEmpty();
    }

    /// <summary>Evidence in Russian or Persian is read in its language: its weekday must be the engagement's day too.</summary>
    [Theory]
    [InlineData("ru", "Лавров провёл переговоры с Аракчи в Москве во вторник.", "во вторник", "Tuesday 2025-04-15")]
    [InlineData("ru", "Лавров встретился с Аракчи в прошлую пятницу.", "в прошлую пятницу", "Friday 2025-04-11")]
    [InlineData("ru", "Лавров встретится с Аракчи в следующий понедельник.", "в следующий понедельник", "Monday 2025-04-21")]
    [InlineData("fa", "لاوروف و عراقچی روز سه‌شنبه در مسکو دیدار کردند.", "روز سه‌شنبه", "Tuesday 2025-04-15")]
    [InlineData("fa", "لاوروف و عراقچی روز سه شنبه در مسکو دیدار کردند.", "روز سه شنبه", "Tuesday 2025-04-15")]
    [InlineData("fa", "لاوروف و عراقچی دوشنبه گذشته در مسکو دیدار کردند.", "دوشنبه گذشته", "Monday 2025-04-14")]
    [InlineData("fa", "لاوروف و عراقچی دوشنبه هفته آینده دیدار خواهند کرد.", "دوشنبه هفته آینده", "Monday 2025-04-21")]
    public void DD0316_reads_weekdays_in_russian_and_persian_evidence(string language, string sentence, string phrase, string named)
    {
        var dataset = Saying(sentence).With("    language: en\n", $"    language: {language}\n");

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0316", MiniDataset.DataPath, Yaml(dataset), $"\"{sentence}\"");
        // Messages show an invisible character by its name, the Persian ZERO WIDTH NON-JOINER too.
        diagnostic.GetMessage().ShouldContain($"'{phrase.Replace("\u200C", "<U+200C ZERO WIDTH NON-JOINER>", StringComparison.Ordinal)}'");
        diagnostic.GetMessage().ShouldContain($"names {named}");
    }

    /// <summary>A bare weekday dates nothing in any language (Friday prayers, «نماز جمعه»), as in English.</summary>
    [Theory]
    [InlineData("fa", "عراقچی پس از نماز جمعه با لاوروف دیدار کرد.")]
    [InlineData("ru", "Лавров говорил о пятничной встрече с Аракчи.")]
    public void DD0316_a_bare_weekday_in_russian_or_persian_dates_nothing(string language, string sentence)
    {
        var dataset = Saying(sentence).With("    language: en\n", $"    language: {language}\n");

        dataset.Run().GeneratorDiagnostics.Where(d => d.Id == "DD0316").ShouldBeEmpty();
    }

    [Fact]
    public void DD0316_a_weekday_that_dates_something_else_is_explained_by_the_date_note()
    {
        var dayBefore = MiniDataset.With("  - id: lavrov-araghchi-talks-2025-04-18\n    date: 2025-04-18\n", "  - id: lavrov-araghchi-talks-2025-04-17\n    date: 2025-04-17\n");

        dayBefore.ShouldReportAt("DD0316", MiniDataset.DataPath, Yaml(dayBefore), Evidence);
        var explained = dayBefore.With("    date: 2025-04-17\n", "    date: 2025-04-17\n    dateNote: 'Lavrov spoke of the talks \"on Friday\" (2025-04-18); the talks were the day before (public record).'\n");
        explained.Run().GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("    precision: day\n", "    precision: range\n    endDate: 2025-04-18\n")]
    [InlineData("    precision: day\n", "    precision: approximate\n    endDate: 2025-04-18\n")]
    public void DD0316_accepts_a_weekday_within_a_range_or_approximate_date(string original, string replacement)
    {
        var dataset = MiniDataset
            .With("  - id: lavrov-araghchi-talks-2025-04-18\n    date: 2025-04-18\n", "  - id: lavrov-araghchi-talks-2025-04-17\n    date: 2025-04-17\n")
            .With(original, replacement);

        dataset.Run().GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("    language: en\n", "    language: de\n")]
    [InlineData("    language: en\n", "    language: ru\n")]
    [InlineData("    published: 2025-04-18\n", "    published: ~\n    publishedNote: The page gives no date.\n")]
    public void DD0316_is_not_judged_in_a_language_it_does_not_read_or_without_a_day_to_count_from(string original, string replacement)
    {
        var dataset = MiniDataset.With("    date: 2025-04-18\n", "    date: 2025-04-16\n").With(original, replacement)
            .With("  - id: lavrov-araghchi-talks-2025-04-18\n", "  - id: lavrov-araghchi-talks-2025-04-16\n");

        dataset.Run().GeneratorDiagnostics.Where(d => d.Id == "DD0316").ShouldBeEmpty();
    }

    [Fact]
    public void DD0317_weekday_written_beside_a_date_of_another_weekday()
    {
        var dataset = MiniDataset.With("    date: 2025-04-18\n", "    date: 2025-04-18\n    dateNote: Resolved against the publication date (Thursday 2025-04-18).\n");

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0317", MiniDataset.DataPath, Yaml(dataset), "Resolved against");
        diagnostic.GetMessage().ShouldContain("'Thursday' beside 2025-04-18, which was a Friday");
        run.GeneratorDiagnostics.Where(d => d.Id == "DD0316").ShouldBeEmpty();
    }

    /// <summary>
    /// Digits of other scripts (\\d in .NET takes them all) are not read as a date: the weekday rules read dates in ASCII
    /// digits only, and no parser behind them throws, whatever the note holds.
    /// </summary>
    [Theory]
    [InlineData("Friday, January \u0662\u0660, 2025")]                    // Arabic-Indic digits
    [InlineData("Friday, April \u06F1\u06F8, \u06F2\u06F0\u06F2\u06F5")] // Persian digits
    [InlineData("Friday \u0662\u0660\u0662\u0665-\u0660\u0664-\u0661\u0668")]
    [InlineData("Friday, April \uFF11\uFF18, 2025")]                      // full-width digits
    [InlineData("Friday, April 00, 2025")]
    [InlineData("Friday, April 99999999999, 2025")]
    [InlineData("Friday, February 30, 2025")]
    public void DD0317_reads_no_date_from_digits_it_cannot_parse_and_never_throws(string note)
    {
        var run = MiniDataset.With("    date: 2025-04-18\n", $"    date: 2025-04-18\n    dateNote: \"{note}\"\n").Run();

        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD9999" || d.Id == "DD0317" || d.Id == "DD0207", string.Join(Environment.NewLine, run.GeneratorDiagnostics));
    }

    [Theory]
    [InlineData("MOSCOW, April \u0661\u0668 (KUNA)")]
    [InlineData("MOSCOW, \u06F1\u06F8 April")]
    [InlineData("MOSCOW, April 0")]
    public void A_dateline_whose_day_is_not_in_ascii_digits_or_not_a_day_is_no_dateline_and_no_failure(string dateline)
    {
        var run = MiniDataset.With("    language: en\n", $"    language: en\n    dateline: \"{dateline}\"\n").Run();

        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD9999", string.Join(Environment.NewLine, run.GeneratorDiagnostics));
    }

    [Theory]
    [InlineData("2025-04-18\n    dateNote: Dated outright (Friday, April 18, 2025).\n")]
    [InlineData("2025-04-18\n    dateNote: Dated outright (Friday 2025-04-18).\n")]
    public void DD0317_accepts_a_weekday_beside_its_own_date(string replacement)
    {
        MiniDataset.With("    date: 2025-04-18\n", "    date: " + replacement).Run().GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("lavrov-araghchi-talks-2025-04-17", "2025-04-17")]
    [InlineData("lavrov-araghchi-talks-2025-03", "2025-03")]
    [InlineData("lavrov-araghchi-2025-04-17-talks", "2025-04-17")]
    public void DD0318_id_carrying_another_date(string id, string carried)
    {
        var dataset = MiniDataset.With("  - id: lavrov-araghchi-talks-2025-04-18\n", $"  - id: {id}\n");

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0318", MiniDataset.DataPath, Yaml(dataset), id);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldContain($"carries the date {carried}, but the engagement is dated 2025-04-18 (a Friday); rename it to end with 2025-04-18");
    }

    [Theory]
    [InlineData("lavrov-araghchi-talks-2025-04", "    precision: day\n")]
    [InlineData("lavrov-araghchi-talks", "    precision: day\n")]
    [InlineData("lavrov-araghchi-talks-2025-04-16", "    precision: approximate\n    endDate: 2025-04-18\n")]
    [InlineData("lavrov-araghchi-talks-2025-04", "    precision: approximate\n    endDate: 2025-04-18\n")]
    public void DD0318_accepts_an_id_whose_date_fits(string id, string precision)
    {
        var dataset = MiniDataset.With("  - id: lavrov-araghchi-talks-2025-04-18\n    date: 2025-04-18\n    precision: day\n", $"  - id: {id}\n    date: 2025-04-14\n{precision}")
            .With(Evidence, "\"They discussed the nuclear file.\"");

        dataset.Run().GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void DD0318_day_outside_the_bounds_of_an_approximate_date()
    {
        var dataset = MiniDataset.With("  - id: lavrov-araghchi-talks-2025-04-18\n    date: 2025-04-18\n    precision: day\n", "  - id: lavrov-araghchi-talks-2025-04-12\n    date: 2025-04-14\n    precision: approximate\n    endDate: 2025-04-18\n");

        dataset.Run().ShouldReportAt("DD0318", MiniDataset.DataPath, Yaml(dataset), "lavrov-araghchi-talks-2025-04-12")
            .GetMessage().ShouldContain("rename it to end with 2025-04");
    }

    [Theory]
    [InlineData("    published: 2025-04-18\n", "    published: 0001-01-01\n    dateline: MOSCOW, January 1\n", "  - id: lavrov-araghchi-talks-2025-04-18\n    date: 2025-04-18\n", "  - id: lavrov-araghchi-talks-0001-01-01\n    date: 0001-01-01\n    dateNote: On Tuesday.\n")]
    [InlineData("    published: 2025-04-18\n", "    published: 9999-12-31\n", "  - id: lavrov-araghchi-talks-2025-04-18\n    date: 2025-04-18\n    precision: day\n", "  - id: lavrov-araghchi-talks-9999-12\n    date: 9999-12-01\n    precision: month\n")]
    public void Date_rules_report_and_never_fail_at_the_ends_of_the_calendar(string source, string sourceReplacement, string engagement, string engagementReplacement)
    {
        var run = MiniDataset.With(source, sourceReplacement).With(engagement, engagementReplacement).Run();

        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "DD9999", string.Join("\n", run.GeneratorDiagnostics));
        run.CompilationErrors.ShouldBeEmpty();
    }

    /// <summary>A second engagement appended to the mini dataset.</summary>
    private static MiniDataset WithSecond(string id, string dates, string kind = "phone-call", string participants = "abbas-araghchi, sergey-lavrov", string extra = "")
    {
        var people = string.Concat(participants.Split(", ").Select(p => $"      - person: {p}\n        part: counterpart\n"));
        return new MiniDataset(MiniDataset.Yaml + $"""
              - id: {id}
            {dates}    kind: {kind}
                status: happened
                title: Another record
                participants:
            {people}{extra}    sources:
                  - source: test-source
                    evidence:
                      - They discussed the nuclear file.

            """);
    }

    [Theory]
    [InlineData("phone-call", "    date: 2025-04-18\n    precision: day\n")]
    [InlineData("meeting", "    date: 2025-04-17\n    precision: range\n    endDate: 2025-04-18\n")]
    [InlineData("press-conference", "    date: 2025-04-14\n    precision: approximate\n    endDate: 2025-04-18\n")]
    [InlineData("visit", "    date: 2025-04-01\n    precision: month\n")]
    public void DD0309_overlapping_days_and_two_shared_participants_whatever_the_kinds(string kind, string dates)
    {
        var dataset = WithSecond("lavrov-araghchi-other-2025-04", dates, kind);

        var run = dataset.Run();

        // Reported on the later in catalogue order (first day, then id), naming the earlier: here the talks
        // start no earlier than the other record, and on the same day their id sorts after it.
        var diagnostic = run.ShouldReportAt("DD0309", MiniDataset.DataPath, Yaml(dataset), "lavrov-araghchi-talks-2025-04-18");
        diagnostic.GetMessage().ShouldContain("'lavrov-araghchi-other-2025-04'");
        diagnostic.GetMessage().ShouldContain("share the participants abbas-araghchi, sergey-lavrov");
        diagnostic.GetMessage().ShouldContain(kind);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void DD0309_is_reported_on_the_later_in_catalogue_order_naming_the_earlier()
    {
        var dataset = WithSecond("zarif-lavrov-call-2025-04-18", "    date: 2025-04-18\n    precision: approximate\n    endDate: 2025-04-19\n");

        var run = dataset.Run();

        run.ShouldReportAt("DD0309", MiniDataset.DataPath, Yaml(dataset), "zarif-lavrov-call-2025-04-18")
            .GetMessage().ShouldContain("'lavrov-araghchi-talks-2025-04-18', meeting on 2025-04-18 (a Friday), and 'zarif-lavrov-call-2025-04-18'");
    }

    [Theory]
    [InlineData("    date: 2025-04-17\n    precision: day\n", "abbas-araghchi, sergey-lavrov")]
    [InlineData("    date: 2025-04-18\n    precision: day\n", "sergey-lavrov")]
    public void DD0309_not_for_other_days_or_one_shared_participant(string dates, string participants)
    {
        var run = WithSecond("lavrov-call-2025-04", dates, participants: participants).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DD0309_is_silenced_by_distinct_from_on_either_record(bool onTheNewOne)
    {
        var dataset = onTheNewOne
            ? WithSecond("lavrov-araghchi-call-2025-04-18", "    date: 2025-04-18\n    precision: day\n", extra: "    distinctFrom: [lavrov-araghchi-talks-2025-04-18]\n")
            : WithSecond("lavrov-araghchi-call-2025-04-18", "    date: 2025-04-18\n    precision: day\n")
                .With("    topics: [jcpoa]\n", "    topics: [jcpoa]\n    distinctFrom: [lavrov-araghchi-call-2025-04-18]\n");

        dataset.Run().GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void DD0319_distinct_from_an_id_that_is_no_engagement()
    {
        var dataset = MiniDataset.With("    topics: [jcpoa]\n", "    topics: [jcpoa]\n    distinctFrom: [lavrov-araghchi-talk-2025-04-18]\n");

        var run = dataset.Run();

        // The id names itself here, and a one-letter slip is suggested.
        var diagnostic = run.ShouldReportAt("DD0319", MiniDataset.DataPath, Yaml(dataset), "lavrov-araghchi-talk-2025-04-18]");
        diagnostic.GetMessage().ShouldContain("'lavrov-araghchi-talk-2025-04-18'");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void DD0320_distinct_from_an_engagement_that_does_not_look_alike()
    {
        var dataset = WithSecond("lavrov-araghchi-call-2025-04-17", "    date: 2025-04-17\n    precision: day\n", extra: "    distinctFrom: [lavrov-araghchi-talks-2025-04-18]\n");

        var run = dataset.Run();

        run.ShouldReportAt("DD0320", MiniDataset.DataPath, Yaml(dataset), "lavrov-araghchi-talks-2025-04-18]")
            .GetMessage().ShouldContain("they share 2");
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }
}

internal static class MiniDatasetRunExtensions
{
    public static Diagnostic ShouldReportAt(this MiniDataset dataset, string id, string path, string text, string needle) =>
        dataset.Run().ShouldReportAt(id, path, text, needle);
}
