using System.Text.RegularExpressions;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// <c>Catalog.ContentHash</c> is a digest of the data, not of its YAML: the same records written differently
/// hash the same, and any value that differs changes it.
/// </summary>
public partial class ContentHashTests
{
    /// <summary>The mini dataset's records, written another way: two files, other key order, quoting, flow style, comments, explicit defaults.</summary>
    private const string SharedEntities = """
        # The shared entities, in a file of their own.
        topics: [{name: "Joint Comprehensive Plan of Action", id: jcpoa}]
        organizations:
          - {kind: ministry, id: russia-mfa, country: RUS, name: 'Ministry of Foreign Affairs of the Russian Federation'}
        countries:
          - alpha2: RU
            officialName: Russian Federation
            name: Russia
            id: RUS

          - {id: IRN, name: Iran, alpha2: "IR", officialName: Islamic Republic of Iran}
        people:
          - id: abbas-araghchi
            country: IRN
            name:
              family: Araghchi
              given: Abbas
            aliases: []
          - country: RUS
            id: sergey-lavrov
            roles:
              - {from: 2004-03-09, title: Minister of Foreign Affairs, organization: russia-mfa, acting: false}
            name: {family: Lavrov, given: Sergey}
            aliases:
              - "Sergei Lavrov"
        """;

    private const string RecordsOfTheArticle = """
        engagements:
          - id: lavrov-araghchi-talks-2025-04-18
            title: "Lavrov and Araghchi hold talks"   # the headline
            kind: meeting
            status: happened
            date: 2025-04-18
            precision: day
            notes: ~
            participants:
              - {part: host, person: sergey-lavrov}
              - {part: visitor, person: abbas-araghchi}
            topics:
              - jcpoa
            cameoCodes: ["043"]
            plover:
              context: [diplomatic]
              mode: visit
              event: consult
            sources:
              - evidence: ['Lavrov met Araghchi in Moscow on Friday.']
                source: test-source
        cameoCodes:
          - {id: '051', name: Praise or endorse, plover: support}
          - {id: '043', name: Host a visit, plover: consult, ploverMode: visit}
          - {id: '04', name: Consult, plover: consult}
        sources:
          - language: en
            url: https://example.org/article
            published: 2025-04-18
            publisher: "Test Agency"
            title: >-
              Test article
            id: test-source
        """;

    [Fact]
    public void Same_records_written_differently_have_the_same_hash()
    {
        var original = new MiniDataset().Run();
        var rewritten = GeneratorHarness.Run(
        [
            ("/repo/data/shared.yaml", SharedEntities),
            ("/repo/data/sources/test-source.yaml", RecordsOfTheArticle),
            (MiniDataset.ArchivePath, MiniDataset.Archive),
        ]);

        original.GeneratorDiagnostics.ShouldBeEmpty();
        rewritten.GeneratorDiagnostics.ShouldBeEmpty();
        HashOf(rewritten).ShouldBe(HashOf(original));
        HashOf(original).ShouldMatch("^sha256:[0-9a-f]{64}$");
    }

    [Fact]
    public void Crlf_line_ends_and_a_comment_leave_the_hash_as_it_is()
    {
        var original = HashOf(new MiniDataset().Run());

        HashOf(new MiniDataset("# curated 2025-04-19\n" + MiniDataset.Yaml.Replace("\n", "\r\n", StringComparison.Ordinal)).Run()).ShouldBe(original);
    }

    public static TheoryData<string, string> OneValueChanged => new()
    {
        { "title: Lavrov and Araghchi hold talks", "title: Lavrov and Araghchi hold talks." },
        { "date: 2025-04-18\n    precision: day", "date: 2025-04-17\n    precision: day" },
        { "kind: meeting", "kind: visit" },
        { "part: visitor", "part: counterpart" },
        { "aliases: [Sergei Lavrov]", "aliases: [Sergei Lavrov, Sergej Lawrow]" },
        { "from: 2004-03-09", "from: 2004-03-09\n        acting: true" },
        { "name: Joint Comprehensive Plan of Action", "name: Joint Comprehensive Plan Of Action" },
        { "url: https://example.org/article", "url: https://example.org/article2" },
        { "publisher: Test Agency", "publisher: ~" },
        { "plover: {event: consult, mode: visit, context: [diplomatic]}", "plover: {event: consult, mode: ~, context: [diplomatic]}" },
    };

    [Theory]
    [MemberData(nameof(OneValueChanged))]
    public void Any_value_that_differs_changes_the_hash(string original, string changed)
    {
        var run = MiniDataset.With(original, changed).Run();

        run.Errors.ShouldBeEmpty();
        HashOf(run).ShouldNotBe(HashOf(new MiniDataset().Run()));
    }

    [Fact]
    public void A_record_added_changes_the_hash()
    {
        var run = new MiniDataset().AndFile("/repo/data/codes.yaml", "cameoCodes:\n  - {id: '036', name: Express intent to meet or negotiate, plover: consult}\n").Run();

        run.Errors.ShouldBeEmpty();
        HashOf(run).ShouldNotBe(HashOf(new MiniDataset().Run()));
    }

    internal static string HashOf(GeneratorRun run)
    {
        var match = ContentHashLine().Match(run.Generated("Catalog.g.cs"));
        match.Success.ShouldBeTrue();
        return match.Groups[1].Value;
    }

    [GeneratedRegex("public static string ContentHash => \"([^\"]*)\";")]
    private static partial Regex ContentHashLine();
}
