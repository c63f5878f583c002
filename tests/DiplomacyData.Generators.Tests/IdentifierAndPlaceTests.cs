using DiplomacyData.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Issue 10, item 3: identifiers kept in other systems (Wikidata items, GeoNames ids, Correlates of War and
/// Gleditsch–Ward state codes) and the coordinates of places are checked like any other value: a malformed one
/// is reported at its exact line and column (DD0108), two records claiming one identifier (DD0213), half a point
/// (DD0313), a location whose place lies elsewhere (DD0314) and an identifier with no note of where it came from
/// (DD0315) are reported too. The formats are the model's [DatasetPattern]/[DatasetRange] rules.
/// </summary>
public class IdentifierAndPlaceTests
{
    private const string PlacesPath = "/repo/data/places.yaml";

    /// <summary>A valid places file: line 2 is the id, 6 the GeoNames id, 7 latitude, 8 longitude, 9 the Wikidata id.</summary>
    private const string Places = """
        places:
          - id: moscow
            name: Moscow
            country: RUS
            resolution: city
            geoNamesId: 524901
            latitude: 55.75222
            longitude: 37.61556
            wikidataId: ~
            identifierNote: GeoNames record 524901.

        """;

    private static MiniDataset WithPlaces(string places) =>
        MiniDataset.With("    title: Lavrov and Araghchi hold talks\n", "    title: Lavrov and Araghchi hold talks\n    location: {city: Moscow, country: RUS, place: moscow}\n")
            .AndFile(PlacesPath, places);

    private static string Place(string original, string replacement)
    {
        (Places.Split(original).Length - 1).ShouldBe(1, $"'{original}' must occur once in the places file");
        return Places.Replace(original, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_place_and_identifiers_report_nothing()
    {
        var run = WithPlaces(Places).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("    geoNamesId: 524901\n", "    geoNamesId: 0\n", 6, 17, "'0' is not a valid value for 'geoNamesId' of place 'moscow': expected a GeoNames id")]
    [InlineData("    geoNamesId: 524901\n", "    geoNamesId: -524901\n", 6, 17, "'-524901' is not a valid value for 'geoNamesId'")]
    [InlineData("    latitude: 55.75222\n", "    latitude: 90.5\n", 7, 15, "'90.5' is not a valid value for 'latitude' of place 'moscow': expected degrees of latitude, a decimal number from -90 to 90")]
    [InlineData("    latitude: 55.75222\n", "    latitude: -91\n", 7, 15, "'-91' is not a valid value for 'latitude'")]
    [InlineData("    longitude: 37.61556\n", "    longitude: 180.00001\n", 8, 16, "'180.00001' is not a valid value for 'longitude' of place 'moscow': expected degrees of longitude, a decimal number from -180 to 180")]
    [InlineData("    longitude: 37.61556\n", "    longitude: -200\n", 8, 16, "'-200' is not a valid value for 'longitude'")]
    [InlineData("    wikidataId: ~\n", "    wikidataId: Q0649\n", 9, 17, "'Q0649' is not a valid value for 'wikidataId' of place 'moscow': expected a Wikidata item id: Q and digits without a leading zero")]
    [InlineData("    wikidataId: ~\n", "    wikidataId: q649\n", 9, 17, "'q649'")]
    [InlineData("    wikidataId: ~\n", "    wikidataId: Q\n", 9, 17, "'Q' is not a valid value")]
    [InlineData("    wikidataId: ~\n", "    wikidataId: Q649a\n", 9, 17, "'Q649a'")]
    [InlineData("    wikidataId: ~\n", "    wikidataId: https://www.wikidata.org/wiki/Q649\n", 9, 17, "expected a Wikidata item id")]
    [InlineData("    wikidataId: ~\n", "    wikidataId: P625\n", 9, 17, "'P625'")]
    public void Malformed_identifier_or_coordinate_of_a_place_is_DD0108_at_the_value(string original, string replacement, int line, int column, string message)
    {
        var run = WithPlaces(Place(original, replacement)).Run();

        run.ShouldReportAtLineColumn("DD0108", PlacesPath, line, column).Message().ShouldContain(message);
        run.Errors.Select(e => e.Id).ShouldBe(["DD0108"], "the record is not also reported as incomplete or unknown");
    }

    [Theory]
    [InlineData("    alpha2: IR\n", "    alpha2: IR\n    cowCode: 0\n    identifierNote: COW list.\n", 6, 14, "'0' is not a valid value for 'cowCode' of country 'IRN': expected a state number of one to three digits")]
    [InlineData("    alpha2: IR\n", "    alpha2: IR\n    cowCode: 1000\n    identifierNote: COW list.\n", 6, 14, "'1000' is not a valid value for 'cowCode'")]
    [InlineData("    alpha2: IR\n", "    alpha2: IR\n    gleditschWardCode: -630\n    identifierNote: GW list.\n", 6, 24, "'-630' is not a valid value for 'gleditschWardCode' of country 'IRN'")]
    [InlineData("    alpha2: IR\n", "    alpha2: IR\n    cowAbbreviation: Irn\n    identifierNote: COW list.\n", 6, 22, "'Irn' is not a valid value for 'cowAbbreviation' of country 'IRN': expected a Correlates of War state abbreviation")]
    [InlineData("    alpha2: IR\n", "    alpha2: IR\n    cowAbbreviation: IRAN\n    identifierNote: COW list.\n", 6, 22, "'IRAN'")]
    [InlineData("    alpha2: IR\n", "    alpha2: IR\n    wikidataId: Q00794\n    identifierNote: Wikidata.\n", 6, 17, "'Q00794' is not a valid value for 'wikidataId' of country 'IRN'")]
    [InlineData("    country: RUS\n    aliases:", "    country: RUS\n    wikidataId: '58217'\n    identifierNote: Wikidata.\n    aliases:", 24, 17, "'58217' is not a valid value for 'wikidataId' of person 'sergey-lavrov'")]
    [InlineData("    country: RUS\ntopics:", "    country: RUS\n    wikidataId: Q 7\n    identifierNote: Wikidata.\ntopics:", 15, 17, "'Q 7' is not a valid value for 'wikidataId' of organization 'russia-mfa'")]
    public void Malformed_identifier_of_a_country_person_or_organization_is_DD0108_at_the_value(string original, string replacement, int line, int column, string message)
    {
        var run = MiniDataset.With(original, replacement).Run();

        run.ShouldReportAtLineColumn("DD0108", MiniDataset.DataPath, line, column).Message().ShouldContain(message);
        run.Errors.Select(e => e.Id).ShouldBe(["DD0108"]);
    }

    [Theory]
    [InlineData("    cowCode: 2\n")]
    [InlineData("    cowCode: 999\n")]
    [InlineData("    gleditschWardCode: 365\n")]
    [InlineData("    cowAbbreviation: GMY\n")]
    [InlineData("    wikidataId: Q1\n")]
    [InlineData("    wikidataId: Q123456789\n")]
    public void Identifiers_at_the_edges_of_their_rules_are_accepted(string line)
    {
        var run = MiniDataset.With("    alpha2: IR\n", "    alpha2: IR\n" + line + "    identifierNote: Looked up.\n").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("90", "180")]
    [InlineData("-90", "-180")]
    [InlineData("0", "0")]
    [InlineData("55.750", "+37.6")]
    public void Coordinates_at_the_edges_of_the_ranges_are_accepted(string latitude, string longitude)
    {
        var run = WithPlaces(Place("    latitude: 55.75222\n    longitude: 37.61556\n", $"    latitude: {latitude}\n    longitude: {longitude}\n")).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("1e2")]
    [InlineData("55,75")]
    [InlineData("1,000.5")]
    [InlineData("N55.75")]
    [InlineData("true")]
    public void A_coordinate_that_is_not_a_plain_decimal_number_is_DD0103(string latitude)
    {
        var run = WithPlaces(Place("    latitude: 55.75222\n", $"    latitude: {latitude}\n")).Run();

        run.ShouldReportAtLineColumn("DD0103", PlacesPath, 7, 15).Message().ShouldContain("expected a decimal number");
    }

    [Fact]
    public void The_same_coordinate_written_two_ways_is_one_value_to_the_content_hash()
    {
        var plain = WithPlaces(Places).Run().Generated("Catalog.g.cs");
        var padded = WithPlaces(Place("    latitude: 55.75222\n", "    latitude: 55.752220\n")).Run().Generated("Catalog.g.cs");
        var other = WithPlaces(Place("    latitude: 55.75222\n", "    latitude: 55.75223\n")).Run().Generated("Catalog.g.cs");

        padded.ShouldBe(plain);
        other.ShouldNotBe(plain);
    }

    [Fact]
    public void Two_people_with_one_wikidata_item_is_DD0213_at_the_later_by_id()
    {
        var run = MiniDataset
            .With("    country: RUS\n    aliases:", "    country: RUS\n    wikidataId: Q58217\n    identifierNote: Wikidata.\n    aliases:")
            .With("    country: IRN\n", "    country: IRN\n    wikidataId: Q58217\n    identifierNote: Wikidata.\n")
            .Run();

        var diagnostic = run.ShouldReportAtLineColumn("DD0213", MiniDataset.DataPath, 24, 17);
        diagnostic.Message().ShouldBe("Person 'abbas-araghchi' and 'sergey-lavrov' both have wikidataId Q58217; an identifier names one thing, so check both against the record they come from and correct one");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("cowCode: 630", "cowCode: 630", "cowCode 630")]
    [InlineData("gleditschWardCode: 365", "gleditschWardCode: 365", "gleditschWardCode 365")]
    [InlineData("cowAbbreviation: RUS", "cowAbbreviation: RUS", "cowAbbreviation RUS")]
    public void Two_countries_with_one_state_code_is_DD0213(string first, string second, string message)
    {
        var run = MiniDataset
            .With("    alpha2: IR\n", $"    alpha2: IR\n    {first}\n    identifierNote: Looked up.\n")
            .With("    alpha2: RU\n", $"    alpha2: RU\n    {second}\n    identifierNote: Looked up.\n")
            .Run();

        run.ShouldReportAtLineColumn("DD0213", MiniDataset.DataPath, 12, second.IndexOf(':') + 7).Message().ShouldContain($"Country 'IRN' and 'RUS' both have {message}");
    }

    [Fact]
    public void Two_places_with_one_geonames_id_is_DD0213()
    {
        var run = WithPlaces(Places + """
              - id: moscow-city
                name: Moscow City
                country: RUS
                resolution: venue
                geoNamesId: 524901
                identifierNote: GeoNames.

            """).Run();

        run.ShouldReportAtLineColumn("DD0213", PlacesPath, 15, 17).Message().ShouldContain("Place 'moscow' and 'moscow-city' both have geoNamesId 524901");
    }

    [Theory]
    [InlineData("    longitude: 37.61556\n", "    longitude: ~\n", 7, 15, "Place 'moscow' has a latitude but no longitude")]
    [InlineData("    latitude: 55.75222\n", "    latitude: ~\n", 8, 16, "Place 'moscow' has a longitude but no latitude")]
    public void Half_a_point_is_DD0313_at_the_coordinate_given(string original, string replacement, int line, int column, string message)
    {
        var run = WithPlaces(Place(original, replacement)).Run();

        run.ShouldReportAtLineColumn("DD0313", PlacesPath, line, column).Message().ShouldContain(message);
    }

    [Fact]
    public void No_coordinates_at_all_is_not_half_a_point()
    {
        var run = WithPlaces(Place("    latitude: 55.75222\n    longitude: 37.61556\n", string.Empty)).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{city: Moscow, country: IRN, place: moscow}", "country 'IRN', but its place 'moscow' has country 'RUS'")]
    [InlineData("{city: Tehran, country: RUS, place: moscow}", "city 'Tehran', but its place 'moscow' has city 'Moscow'")]
    public void A_location_that_disagrees_with_its_place_is_DD0314_at_the_place(string location, string message)
    {
        var run = MiniDataset
            .With("    title: Lavrov and Araghchi hold talks\n", $"    title: Lavrov and Araghchi hold talks\n    location: {location}\n")
            .AndFile(PlacesPath, Places)
            .Run();

        var column = location.IndexOf("moscow", StringComparison.Ordinal) + 15;
        run.ShouldReportAtLineColumn("DD0314", MiniDataset.DataPath, 57, column).Message()
            .ShouldBe($"The location of engagement 'lavrov-araghchi-talks-2025-04-18' gives {message}; correct the location or choose the right place");
    }

    [Fact]
    public void A_venue_place_need_not_have_the_citys_name()
    {
        var run = MiniDataset
            .With("    title: Lavrov and Araghchi hold talks\n", "    title: Lavrov and Araghchi hold talks\n    location: {city: Moscow, country: RUS, venue: the Kremlin, place: kremlin}\n")
            .AndFile(PlacesPath, Place("  - id: moscow\n    name: Moscow\n", "  - id: kremlin\n    name: Moscow Kremlin\n").Replace("resolution: city", "resolution: venue", StringComparison.Ordinal))
            .Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("    alpha2: IR\n", "    alpha2: IR\n    cowCode: 630\n", 2, 9, "Country 'IRN' gives cowCode but no 'identifierNote'")]
    [InlineData("    alpha2: IR\n", "    alpha2: IR\n    wikidataId: Q794\n    gleditschWardCode: 630\n", 2, 9, "Country 'IRN' gives wikidataId, gleditschWardCode but no 'identifierNote'")]
    [InlineData("    country: IRN\n", "    country: IRN\n    wikidataId: Q4664440\n", 29, 9, "Person 'abbas-araghchi' gives wikidataId but no 'identifierNote'")]
    [InlineData("    country: RUS\ntopics:", "    country: RUS\n    wikidataId: Q1\ntopics:", 11, 9, "Organization 'russia-mfa' gives wikidataId but no 'identifierNote'")]
    public void An_identifier_without_a_note_of_its_source_is_DD0315_at_the_id(string original, string replacement, int line, int column, string message)
    {
        var run = MiniDataset.With(original, replacement).Run();

        var diagnostic = run.ShouldReportAtLineColumn("DD0315", MiniDataset.DataPath, line, column);
        diagnostic.Message().ShouldStartWith(message);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void A_place_with_a_point_and_no_note_is_DD0315()
    {
        var run = WithPlaces(Place("    identifierNote: GeoNames record 524901.\n", string.Empty)).Run();

        run.ShouldReportAtLineColumn("DD0315", PlacesPath, 2, 9).Message().ShouldStartWith("Place 'moscow' gives geoNamesId, latitude, longitude but no 'identifierNote'");
    }

    [Fact]
    public void A_note_without_identifiers_is_allowed_it_says_why_they_are_empty()
    {
        var run = MiniDataset.With("    alpha2: IR\n", "    alpha2: IR\n    wikidataId: ~\n    identifierNote: No source named the item.\n").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    /// <summary>
    /// A value a YAML 1.2 reader (the editor's) takes for a number or a boolean is not text to the build either: an
    /// unquoted CAMEO code keeps its leading zero only for the build, so both ask for quotes.
    /// </summary>
    [Theory]
    [InlineData("    cameoCodes: ['043']\n", "    cameoCodes: [043]\n", "043", "a number")]
    [InlineData("    cameoCodes: ['043']\n", "    cameoCodes: [0x43]\n", "0x43", "a number")]
    [InlineData("    title: Lavrov and Araghchi hold talks\n", "    title: 2025\n", "2025", "a number")]
    [InlineData("    title: Lavrov and Araghchi hold talks\n", "    title: 1.5e3\n", "1.5e3", "a number")]
    [InlineData("    title: Lavrov and Araghchi hold talks\n", "    title: .inf\n", ".inf", "a number")]
    [InlineData("    kind: meeting\n", "    kind: TRUE\n", "TRUE", "a boolean")]
    public void An_unquoted_value_yaml_1_2_reads_as_a_number_or_a_boolean_is_not_text(string original, string replacement, string value, string what)
    {
        var dataset = MiniDataset.With(original, replacement);

        var run = dataset.Run();

        var (line, column) = DiagnosticAssertions.PositionOf(dataset.Text(MiniDataset.DataPath), replacement);
        var diagnostic = run.ShouldReportAtLineColumn("DD0103", MiniDataset.DataPath, line, column + replacement.IndexOf(value, StringComparison.Ordinal));
        diagnostic.Message().ShouldContain($"reads {value} unquoted as {what}; quote it: '{value}'");
    }

    [Theory]
    [InlineData("    title: Lavrov and Araghchi hold talks\n", "    title: '2025'\n")]
    [InlineData("    title: Lavrov and Araghchi hold talks\n", "    title: 2025 talks\n")]
    [InlineData("    title: Lavrov and Araghchi hold talks\n", "    title: 1.2.3\n")]
    [InlineData("    title: Lavrov and Araghchi hold talks\n", "    title: yes\n")]
    public void Text_yaml_1_2_reads_as_text_needs_no_quotes(string original, string replacement) =>
        MiniDataset.With(original, replacement).Run().GeneratorDiagnostics.ShouldBeEmpty();

    [Theory]
    [InlineData("[DiplomacyData.Schema.DatasetPattern(\"(\", \"x\")] string? Code = null", "Code", "the pattern '(' cannot be used: it is not a regular expression (the editor's schema reads it as ECMAScript, and the build must read it the same)")]
    [InlineData("[DiplomacyData.Schema.DatasetPattern(\"^(?<=Q)1$\", \"x\")] string? Code = null", "Code", "the pattern '^(?<=Q)1$' cannot be used: lookbehind is read differently by ECMAScript and .NET (the editor's schema reads it as ECMAScript, and the build must read it the same)")]
    [InlineData("[DiplomacyData.Schema.DatasetPattern(\"^\\\\p{L}+$\", \"x\")] string? Code = null", "Code", "the pattern '^\\p{L}+$' cannot be used: \\p is read differently by ECMAScript and .NET (the editor's schema reads it as ECMAScript, and the build must read it the same)")]
    [InlineData("[DiplomacyData.Schema.DatasetPattern(\"(?i)^q1$\", \"x\")] string? Code = null", "Code", "the pattern '(?i)^q1$' cannot be used: inline options and other (? groups are .NET's own (the editor's schema reads it as ECMAScript, and the build must read it the same)")]
    [InlineData("[DiplomacyData.Schema.DatasetPattern(\"^[0-9]+$\", \"x\")] int? Code = null", "Code", "a pattern applies to text, and the parameter's type is int?")]
    [InlineData("[DiplomacyData.Schema.DatasetRange(1, 9, \"x\")] string? Code = null", "Code", "a range applies to numbers (int or double), and the parameter's type is string?")]
    [InlineData("[DiplomacyData.Schema.DatasetRange(9, 1, \"x\")] double? Code = null", "Code", "the minimum 9 is above the maximum 1")]
    public void A_rule_in_the_model_that_cannot_apply_is_DD0109_at_the_parameter(string parameter, string name, string message)
    {
        var line = "public sealed record Gadget(string Id, " + parameter + ");";
        var extra = CSharpSyntaxTree.ParseText(
            "namespace DiplomacyData;\n[DiplomacyData.Schema.DatasetEntity(\"gadgets\")]\n" + line + "\n",
            path: "/repo/src/Gadget.cs");
        var compilation = GeneratorHarness.ModelCompilation([extra]);

        GeneratorHarness.CreateDriver([]).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        var diagnostic = diagnostics.Single(d => d.Id == "DD0109");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/repo/src/Gadget.cs");
        diagnostic.Location.GetLineSpan().StartLinePosition.ShouldBe(new LinePosition(2, line.IndexOf(name + " =", StringComparison.Ordinal)));
        diagnostic.Message().ShouldBe($"The rule on parameter '{name}' of Gadget cannot be applied: {message}; fix the [DatasetPattern] or [DatasetRange] attribute in the model");
    }

    [Fact]
    public void The_new_ids_are_in_the_ranges_this_work_may_use()
    {
        string[] ids = ["DD0108", "DD0109", "DD0213", "DD0313", "DD0314", "DD0315"];

        ids.Select(DiagnosticDescriptors.ById).Select(d => d.Id).ShouldBe(ids);
        DiagnosticDescriptors.ById("DD0315").DefaultSeverity.ShouldBe(DiagnosticSeverity.Warning);
    }
}
