using System.IO;
using System.Text.RegularExpressions;
using DiplomacyData.Generators;
using DiplomacyData.Generators.Tests;
using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// <c>diplomacy draft</c> on articles that are not in data/: the fictional Draft/fictional-article.txt (see
/// Draft/PROVENANCE.md) and short fictional texts below. The draft is built with the real generator over the real
/// data: what the curator must decide is a diagnostic at its line, and once decided the rest builds.
/// </summary>
public class DraftCommandTests
{
    private const string Published = "2026-03-15";
    private const string SourceId = "test-wire-2026-03-15";

    private static readonly string s_article = Repository.PathOf("tests", "DiplomacyData.Cli.Tests", "Draft", "fictional-article.txt");

    [Fact]
    public void Every_undecided_value_is_a_diagnostic_at_its_line_and_nothing_else_is()
    {
        using var temp = new TempDirectory();
        var yamlPath = Draft(temp, s_article);
        var yaml = File.ReadAllText(yamlPath);

        var run = Build(temp);

        var undecided = LinesWith(yaml, ": ~$");
        undecided.Count.ShouldBeGreaterThan(10);
        var reported = run.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path == yamlPath).ToList();
        reported.ShouldAllBe(d => d.Id == "DD0107" && d.Severity == DiagnosticSeverity.Error);
        reported.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).Order().ShouldBe(undecided);
        run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path != yamlPath).ShouldBeEmpty();
        foreach (var diagnostic in reported)
        {
            var line = yaml.Split('\n')[diagnostic.Location.GetLineSpan().StartLinePosition.Line];
            diagnostic.GetMessage().ShouldContain("'" + line.Trim().TrimStart('-', ' ').Split(':')[0] + "'");
        }
    }

    [Fact]
    public void Once_decided_the_draft_builds_its_passages_are_verbatim_and_its_references_resolve()
    {
        using var temp = new TempDirectory();
        var yamlPath = Draft(temp, s_article);
        var number = 0;
        var date = "";
        var lines = File.ReadAllLines(yamlPath).Select(line =>
        {
            var match = Regex.Match(line, "^(?<indent>\\s*-?\\s*)(?<key>\\w+): (?<value>.*)$");
            if (!match.Success || match.Groups["value"].Value != "~")
            {
                date = match.Success && match.Groups["key"].Value == "date" ? match.Groups["value"].Value : date;
                return line;
            }

            return match.Groups["indent"].Value + match.Groups["key"].Value + ": " + match.Groups["key"].Value switch
            {
                "id" => $"test-engagement-{++number}",
                "language" => "en",
                "date" => "2026-03-14",
                "precision" => "day",
                "kind" => "meeting",
                // What the article announces for after its publication is planned (DD0405 otherwise).
                "status" => string.CompareOrdinal(date, Published) > 0 ? "planned" : "happened",
                "title" => "A test engagement",
                "part" => "counterpart",
                var key => throw new InvalidOperationException("the draft left an unexpected key undecided: " + key),
            };
        });
        var decided = string.Join("\n", lines) + "\n";
        File.WriteAllText(yamlPath, decided);

        var run = Build(temp);

        // Schema, references and evidence (DD01xx, DD02xx, DD04xx): the draft's own values are right.
        run.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path == yamlPath && Regex.IsMatch(d.Id, "^DD0[124]"))
            .ShouldBeEmpty(string.Join("\n", run.GeneratorDiagnostics));
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void The_archived_text_is_a_byte_for_byte_copy_and_the_source_record_is_as_given()
    {
        using var temp = new TempDirectory();
        var yaml = Load(Draft(temp, s_article, "--language", "en"));

        File.ReadAllBytes(temp.Combine("sources", SourceId + ".txt")).ShouldBe(File.ReadAllBytes(s_article));
        var source = (YamlMappingNode)((YamlSequenceNode)yaml["sources"])[0];
        Scalar(source, "id").ShouldBe(SourceId);
        Scalar(source, "publisher").ShouldBe("Test Wire");
        Scalar(source, "published").ShouldBe(Published);
        Scalar(source, "url").ShouldBe("https://example.org/test-wire/1");
        Scalar(source, "language").ShouldBe("en");
        Scalar(source, "dateline").ShouldBe("MOSCOW, March 14");
    }

    [Fact]
    public void Weekdays_resolve_against_the_dateline_with_a_date_note_saying_how()
    {
        using var temp = new TempDirectory();
        var engagements = Engagements(Load(Draft(temp, s_article)));

        // MOSCOW, March 14 (2026-03-14, a Saturday): "on Tuesday" → the Tuesday of the week up to it.
        var tuesday = Dated(engagements).Single(e => Evidence(e).Single().Contains("on Tuesday", StringComparison.Ordinal));
        Scalar(tuesday, "date").ShouldBe("2026-03-10");
        Scalar(tuesday, "precision").ShouldBe("day");
        Scalar(tuesday, "dateNote").ShouldBe("\"on Tuesday\": Tuesday resolved against the dateline \"MOSCOW, March 14\" (2026-03-14, a Saturday), the Tuesday in the week up to it: 2026-03-10.");
        // "last Friday": the week before the dateline; "next Monday": the week after it.
        Scalar(Dated(engagements).Single(e => Evidence(e).Single().Contains("last Friday", StringComparison.Ordinal)), "date").ShouldBe("2026-03-13");
        Scalar(Dated(engagements).Single(e => Evidence(e).Single().Contains("next Monday", StringComparison.Ordinal)), "date").ShouldBe("2026-03-16");
    }

    /// <summary>Fictional test inputs (no dateline): weekday phrases resolved against the publication date.</summary>
    [Theory]
    [InlineData("Lavrov spoke to reporters on Wednesday.", "2026-03-11", "\"on Wednesday\": Wednesday resolved against the publication date (2026-03-15, a Sunday), the Wednesday in the week up to it: 2026-03-11.")]
    [InlineData("Lavrov spoke to reporters Sunday evening.", "2026-03-15", "\"Sunday evening\": Sunday resolved against the publication date (2026-03-15, a Sunday), the Sunday in the week up to it: 2026-03-15.")]
    [InlineData("Lavrov spoke to reporters last Sunday.", "2026-03-08", "\"last Sunday\": Sunday resolved against the publication date (2026-03-15, a Sunday), the Sunday in the week before it: 2026-03-08.")]
    [InlineData("Lavrov will speak to reporters next Sunday.", "2026-03-22", "\"next Sunday\": Sunday resolved against the publication date (2026-03-15, a Sunday), the Sunday in the week after it: 2026-03-22.")]
    public void Without_a_dateline_weekdays_resolve_against_the_publication_date(string text, string date, string note)
    {
        using var temp = new TempDirectory();
        var article = temp.Combine("article.txt");
        File.WriteAllText(article, "A fictional test article\n\n" + text + "\n");

        var engagement = Engagements(Load(Draft(temp, article))).Single(e => e.Children.ContainsKey("dateNote"));

        Scalar(engagement, "date").ShouldBe(date);
        Scalar(engagement, "dateNote").ShouldBe(note);
        Persons(engagement).ShouldBe(["sergey-lavrov"]);
    }

    [Fact]
    public void People_are_found_through_the_alias_table_and_only_people_of_the_dataset()
    {
        using var temp = new TempDirectory();
        var engagements = Engagements(Load(Draft(temp, s_article)));

        // "Sergei Lavrov" and "Andrei Rudenko" are aliases; "Lavrov's" a possessive.
        Persons(Dated(engagements).Single(e => Evidence(e).Single().Contains("on Tuesday", StringComparison.Ordinal))).ShouldBe(["sergey-lavrov", "abbas-araghchi"]);
        Persons(Dated(engagements).Single(e => Evidence(e).Single().Contains("last Friday", StringComparison.Ordinal))).ShouldBe(["sergey-lavrov", "andrey-rudenko"]);
    }

    /// <summary>Fictional test inputs: names that are nobody of the dataset find nobody.</summary>
    [Theory]
    [InlineData("Mohammad Rezaei met reporters on Monday.")]
    [InlineData("Mohammad met reporters on Monday.")]
    [InlineData("Ali met reporters on Monday.")]
    [InlineData("The Foreign Ministry met reporters on Monday.")]
    public void A_name_of_nobody_in_the_dataset_finds_nobody(string text)
    {
        using var temp = new TempDirectory();
        var article = temp.Combine("article.txt");
        File.WriteAllText(article, "A fictional test article\n\n" + text + "\n");

        Persons(Engagements(Load(Draft(temp, article))).Single(e => e.Children.ContainsKey("dateNote"))).ShouldBeEmpty();
    }

    [Fact]
    public void Candidate_passages_are_copied_verbatim_from_the_text()
    {
        using var temp = new TempDirectory();
        var text = File.ReadAllText(s_article);

        var passages = Engagements(Load(Draft(temp, s_article))).SelectMany(Evidence).ToList();

        passages.ShouldNotBeEmpty();
        passages.ShouldAllBe(p => text.Contains(p, StringComparison.Ordinal));
        passages.ShouldContain("The two ministers discussed \"a corridor for grain\" and the 2025 harvest.", "a passage that speaks of talks is a candidate, though it names nobody");
        passages.ShouldNotContain("Comments are closed.");
    }

    [Fact]
    public void Existing_files_are_never_overwritten_and_bad_options_are_usage_errors()
    {
        using var temp = new TempDirectory();
        var yamlPath = Draft(temp, s_article);
        File.WriteAllText(yamlPath, "# curated\n");

        CliRun.Expect(ExitCodes.OutputError, Arguments(temp, s_article)).Error.ShouldContain("already exists");
        File.ReadAllText(yamlPath).ShouldBe("# curated\n");
        CliRun.Expect(ExitCodes.NotFound, Arguments(temp, temp.Combine("missing.txt"), "--id", "other")).Error.ShouldContain("is not a file");
        CliRun.Expect(ExitCodes.UsageError, [.. Arguments(temp, s_article, "--id", "other"), "--published", "15 March 2026"]);
        CliRun.Expect(ExitCodes.UsageError, "draft", s_article, "--publisher", "X", "--published", Published, "--title", "T", "--url", "ftp://example.org/", "--data", temp.Path, "--id", "other").Error.ShouldContain("--url");
        CliRun.Expect(ExitCodes.UsageError, "draft", s_article, "--publisher", "X", "--published", Published, "--url", "https://example.org/", "--data", temp.Path).Error.ShouldContain("--title");
        CliRun.Expect(ExitCodes.UsageError, Arguments(temp, s_article, "--id", "Not_Kebab")).Error.ShouldContain("kebab-case");
        Directory.EnumerateFiles(temp.Combine("sources")).Count().ShouldBe(2);
    }

    /// <summary>
    /// Digits of other scripts in an article (a dateline, a date, a weekday beside a date) are not read as a date, and
    /// nothing fails on them: the readers take ASCII digits only.
    /// </summary>
    [Theory]
    [InlineData("TEHRAN, January \u0662\u0660 (IRNA) -- Lavrov met Araghchi in Moscow on Tuesday, January \u0662\u0660, \u0662\u0660\u0662\u0665.")]
    [InlineData("TEHRAN, \u06F1\u06F8 April -- Lavrov met Araghchi in Moscow on \u06F2\u06F0\u06F2\u06F5-\u06F0\u06F4-\u06F1\u06F8, a Friday.")]
    [InlineData("MOSCOW, April 99 -- Lavrov met Araghchi in Moscow on Friday, April 0, 2025.")]
    public void An_article_with_digits_of_other_scripts_drafts_without_failing(string text)
    {
        using var temp = new TempDirectory();
        var article = temp.Combine("article.txt");
        File.WriteAllText(article, text + "\n");

        var result = CliRun.Run(Arguments(temp, article, "--id", "digits"));

        result.ExitCode.ShouldBe(ExitCodes.Success, result.ToString());
        result.Error.ShouldBeEmpty();
    }

    /// <summary>
    /// <c>--id</c> gives the source id's first part and the publication date is appended, as CURATING.md and the help say
    /// (<c>--id kuna</c> writes <c>kuna-2025-04-18</c>); an id already ending in that date is not dated twice.
    /// </summary>
    [Theory]
    [InlineData("mehr", "mehr-" + Published)]
    [InlineData("mehr-" + Published, "mehr-" + Published)]
    [InlineData("mehr-english", "mehr-english-" + Published)]
    public void Id_option_gives_the_prefix_and_the_publication_date_is_appended(string given, string sourceId)
    {
        using var temp = new TempDirectory();

        var result = CliRun.Expect(ExitCodes.Success, Arguments(temp, s_article, "--id", given));

        Directory.EnumerateFiles(temp.Combine("sources")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe([sourceId + ".txt", sourceId + ".yaml"]);
        File.ReadAllText(temp.Combine("sources", sourceId + ".yaml")).ShouldContain("\n  - id: " + sourceId + "\n");
        result.Out.ShouldContain(sourceId + ".yaml");
    }

    [Fact]
    public void Id_option_help_says_the_date_is_appended()
    {
        var help = CliRun.Expect(ExitCodes.Success, "draft", "--help").Out;

        help.ShouldContain("--id kuna writes kuna-2025-04-18");
    }

    /// <summary>
    /// The draft reads a dateline as the build does (src/Shared/Datelines.cs): the month abbreviated as Mehr prints
    /// every dateline, the day first, a Russian month; its weekdays are then resolved against it, not against the
    /// publication date.
    /// </summary>
    [Theory]
    [InlineData("TEHRAN, Apr. 13 (MNA) -- Araghchi met Lavrov in Tehran on Tuesday.", "2025-04-14", "TEHRAN, Apr. 13", "2025-04-08")]
    [InlineData("TEHRAN, April 13 (IRNA) -- Araghchi met Lavrov in Tehran on Tuesday.", "2025-04-14", "TEHRAN, April 13", "2025-04-08")]
    [InlineData("LONDON, 13 April -- Araghchi met Lavrov in London on Tuesday.", "2025-04-14", "LONDON, 13 April", "2025-04-08")]
    [InlineData("МОСКВА, 14 марта. Лавров во вторник провёл переговоры с Аракчи.", "2026-03-15", "МОСКВА, 14 марта", "2026-03-10")]
    public void A_dateline_as_the_agencies_print_it_is_read_and_dates_the_weekdays(string text, string published, string dateline, string date)
    {
        using var temp = new TempDirectory();
        var article = temp.Combine("article.txt");
        File.WriteAllText(article, "Headline\n\n" + text + "\n");

        CliRun.Expect(ExitCodes.Success, "draft", article, "--publisher", "Wire", "--published", published, "--title", "T", "--url", "https://example.org/a", "--data", temp.Path, "--id", "wire");

        var yaml = File.ReadAllText(temp.Combine("sources", "wire-" + published + ".yaml"));
        yaml.ShouldContain("\n    dateline: " + dateline + "\n");
        yaml.ShouldContain("\n    date: " + date + "\n");
        yaml.ShouldContain($"against the dateline \\\"{dateline}\\\"");
    }

    /// <summary>
    /// People are found by the catalogue's names and aliases in any script: a native name in Persian (a name word
    /// typed with a space for its ZERO WIDTH NON-JOINER too), Russian names in other cases, a hyphenated family name
    /// written with a space, a possessive. A given name alone names nobody.
    /// </summary>
    [Theory]
    [InlineData("عباس عراقچی روز دوشنبه در تهران با آیت‌الله علی خامنه ای دیدار کرد.", "abbas-araghchi ali-khamenei")]
    [InlineData("Послание передали Владимиру Путину в Кремле.", "vladimir-putin")]
    [InlineData("Сергей Лавров провёл переговоры с Аббасом Аракчи.", "sergey-lavrov abbas-araghchi")]
    [InlineData("Переговоры с Сергеем Лавровым прошли в Москве.", "sergey-lavrov")]
    [InlineData("Amir Abdollahian met Lavrov's deputy in Tehran.", "hossein-amir-abdollahian sergey-lavrov")]
    [InlineData("علی و محمد در تهران دیدار کردند.", "")]
    [InlineData("Mohammad met Ali in Tehran.", "")]
    public void People_are_found_by_their_names_and_aliases_in_any_script(string sentence, string ids)
    {
        using var temp = new TempDirectory();
        var article = temp.Combine("article.txt");
        File.WriteAllText(article, sentence + "\n");

        var yaml = File.ReadAllText(Draft(temp, article, "--id", "test-wire"));

        Regex.Matches(yaml, "(?m)^ +- person: (?<id>.+)$").Select(m => m.Groups["id"].Value).Distinct().ShouldBe(ids.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var id in ids.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Catalog.FindPerson(id).ShouldNotBeNull(id);
        }
    }

    /// <summary>Weekday phrases are resolved in the languages of the dataset's sources: English, Russian, Persian.</summary>
    [Theory]
    [InlineData("Лавров встретился с Аракчи в прошлую пятницу.", "ru", "в прошлую пятницу", "2026-03-13")]
    [InlineData("Лавров встретится с Аракчи в следующий понедельник.", "ru", "в следующий понедельник", "2026-03-16")]
    [InlineData("В понедельник Лавров встретился с Аракчи.", null, "В понедельник", "2026-03-09")]
    [InlineData("عراقچی روز سه‌شنبه با لاوروف دیدار کرد.", "fa", "روز سه‌شنبه", "2026-03-10")]
    [InlineData("عراقچی دوشنبه گذشته با لاوروف دیدار کرد.", null, "دوشنبه گذشته", "2026-03-09")]
    public void Weekday_phrases_in_russian_and_persian_are_resolved(string sentence, string? language, string phrase, string date)
    {
        using var temp = new TempDirectory();
        var article = temp.Combine("article.txt");
        File.WriteAllText(article, sentence + "\n");

        var yaml = File.ReadAllText(language is null ? Draft(temp, article) : Draft(temp, article, "--language", language));

        // Published Sunday 2026-03-15, no dateline.
        yaml.ShouldContain("\n    date: " + date + "\n");
        yaml.ShouldContain($"dateNote: \"\\\"{phrase}\\\": ");
    }

    [Fact]
    public void A_language_whose_weekdays_it_cannot_read_is_said_plainly()
    {
        using var temp = new TempDirectory();

        var result = CliRun.Expect(ExitCodes.Success, Arguments(temp, s_article, "--language", "de"));

        result.Out.ShouldContain("Weekdays were not resolved: the draft reads weekday phrases in en, ru, fa, not in 'de'");
        File.ReadAllText(temp.Combine("sources", SourceId + ".yaml")).ShouldNotContain("    date: 2026-");
    }

    private static string Draft(TempDirectory temp, string article, params string[] more)
    {
        CliRun.Expect(ExitCodes.Success, Arguments(temp, article, more));
        return temp.Combine("sources", SourceId + ".yaml");
    }

    private static string[] Arguments(TempDirectory temp, string article, params string[] more) =>
        ["draft", article, "--publisher", "Test Wire", "--published", Published, "--title", "Lavrov and Araghchi discuss grain corridor in Moscow", "--url", "https://example.org/test-wire/1", "--data", temp.Path, .. more];

    /// <summary>The real generator over the real data (data/) and the draft's two files.</summary>
    private static GeneratorRun Build(TempDirectory temp) =>
        GeneratorHarness.Run(Directory.EnumerateFiles(Repository.PathOf("data"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories))
            .Where(p => ReadStage.IsDatasetFile(p) || ReadStage.IsArchivedText(p))
            .Select(p => (p, File.ReadAllText(p))));

    private static List<int> LinesWith(string text, string pattern) =>
        text.Split('\n').Select((line, i) => (line, i)).Where(l => Regex.IsMatch(l.line, pattern)).Select(l => l.i + 1).ToList();

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Dated(List<YamlMappingNode> engagements) => engagements.Where(e => e.Children.ContainsKey("dateNote"));

    private static List<YamlMappingNode> Engagements(YamlMappingNode root) => ((YamlSequenceNode)root["engagements"]).Cast<YamlMappingNode>().ToList();

    private static string? Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value;

    private static List<string> Evidence(YamlMappingNode engagement) =>
        ((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)engagement["sources"])[0])["evidence"]).Cast<YamlScalarNode>().Select(s => s.Value!).ToList();

    private static List<string> Persons(YamlMappingNode engagement) =>
        engagement.Children.TryGetValue("participants", out var list) ? ((YamlSequenceNode)list).Cast<YamlMappingNode>().Select(p => Scalar(p, "person")!).ToList() : [];
}
