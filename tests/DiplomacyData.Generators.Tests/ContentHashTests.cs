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

    /// <summary>A place of the mini dataset, for the number-valued fields (the mini dataset itself has none).</summary>
    private const string Places = """
        places:
          - id: moscow
            name: Moscow
            country: RUS
            resolution: city
            geoNamesId: 524901
            latitude: 55.75222
            longitude: 37.61556
            identifierNote: GeoNames record 524901.
        """;

    private const string PlacesPath = "/repo/data/places.yaml";

    public static TheoryData<string, string> SameValueOtherSpelling => new()
    {
        // Numbers by their value, the double the package holds: two texts of one double are one value.
        { "longitude: 37.61556", "longitude: 37.615560000000000001" },
        { "longitude: 37.61556", "longitude: 37.61555999999999999999" },
        { "latitude: 55.75222", "latitude: 55.752220" },
        { "latitude: 55.75222", "latitude: +55.75222" },
        { "latitude: 55.75222", "latitude: 055.75222" },
        { "geoNamesId: 524901", "geoNamesId: +524901" },
        { "geoNamesId: 524901", "geoNamesId: 0524901" },
    };

    [Theory]
    [MemberData(nameof(SameValueOtherSpelling))]
    public void Another_spelling_of_the_same_number_has_the_same_hash(string original, string spelling)
    {
        var run = new MiniDataset().AndFile(PlacesPath, Places.Replace(original, spelling, StringComparison.Ordinal)).Run();

        run.Errors.ShouldBeEmpty();
        HashOf(run).ShouldBe(HashOf(new MiniDataset().AndFile(PlacesPath, Places).Run()));
    }

    [Theory]
    [InlineData("longitude: 37.61556", "longitude: 37.61557")]
    [InlineData("longitude: 37.61556", "longitude: 37.61556000000001")]
    [InlineData("latitude: 55.75222", "latitude: -55.75222")]
    [InlineData("geoNamesId: 524901", "geoNamesId: 524902")]
    public void Another_number_changes_the_hash(string original, string changed)
    {
        var run = new MiniDataset().AndFile(PlacesPath, Places.Replace(original, changed, StringComparison.Ordinal)).Run();

        run.Errors.ShouldBeEmpty();
        HashOf(run).ShouldNotBe(HashOf(new MiniDataset().AndFile(PlacesPath, Places).Run()));
    }

    [Fact]
    public void A_boolean_written_out_in_another_case_hashes_as_its_default_left_out()
    {
        var run = MiniDataset.With("from: 2004-03-09", "from: 2004-03-09\n        acting: FALSE").Run();

        run.Errors.ShouldBeEmpty();
        HashOf(run).ShouldBe(HashOf(new MiniDataset().Run()));
    }

    [Fact]
    public void A_text_default_written_out_hashes_as_the_key_left_out()
    {
        var model = GeneratorHarness.EditedModelCompilation("Topic.cs", "string? Description = null)", "string? Description = \"none\")");
        var written = MiniDataset.With("name: Joint Comprehensive Plan of Action", "name: Joint Comprehensive Plan of Action\n    description: none");

        HashOf(RunWith(model, written)).ShouldBe(HashOf(RunWith(model, new MiniDataset())));
    }

    [Fact]
    public void A_number_default_written_out_hashes_as_the_key_left_out()
    {
        var place = Places.Replace("    latitude: 55.75222\n    longitude: 37.61556\n", "{0}", StringComparison.Ordinal);
        place.ShouldContain("{0}");
        // Both halves of the point given a default, so that the point is whole (DD0313) left out and written out.
        const string longitude = "[DatasetRange(-180, 180, \"degrees of longitude, a decimal number from -180 to 180\")] double? Longitude";
        var model = GeneratorHarness.EditedModelCompilation("Place.cs", $"double? Latitude = null,\n    {longitude} = null,", $"double? Latitude = 0.5,\n    {longitude} = 37.61556,");
        var leftOut = new MiniDataset().AndFile(PlacesPath, place.Replace("{0}", string.Empty, StringComparison.Ordinal));
        var written = new MiniDataset().AndFile(PlacesPath, place.Replace("{0}", "    latitude: 0.50\n    longitude: 37.615560000000000001\n", StringComparison.Ordinal));

        HashOf(RunWith(model, written)).ShouldBe(HashOf(RunWith(model, leftOut)));
    }

    private static GeneratorRun RunWith(Microsoft.CodeAnalysis.CSharp.CSharpCompilation model, MiniDataset dataset)
    {
        var driver = GeneratorHarness.CreateDriver(dataset.Files.Select(f => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryText(f.Path, f.Text)))
            .RunGeneratorsAndUpdateCompilation(model, out var output, out var diagnostics);
        var run = new GeneratorRun(driver, output, diagnostics);
        run.Errors.ShouldBeEmpty();
        return run;
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
