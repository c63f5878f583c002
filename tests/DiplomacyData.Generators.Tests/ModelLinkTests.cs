using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// DD0192: the domain rules read the model through links checked once, when the schema is read; a model that
/// no longer has what a rule reads (a member renamed or retyped, an enum member gone, an identifier without
/// its note) fails the build at the model's declaration instead of the rule going quiet.
/// </summary>
public sealed class ModelLinkTests
{
    private const string Remedy = "; restore it in the model, or change the generator's link to it (Schema/ModelLinks.cs) and the rules that read it";

    [Theory]
    [InlineData("Engagement.cs", "DateOnly? EndDate = null,", "DateOnly? LastDay = null,", "public sealed partial record Engagement(", "Engagement(",
        "the member 'EndDate' (DateOnly) of Engagement, but Engagement has no member 'EndDate'")]
    [InlineData("Engagement.cs", "    DateOnly Date,", "    string Date,", "    string Date,", "Date,",
        "the member 'Date' (DateOnly) of Engagement, but it is declared as string")]
    [InlineData("Engagement.cs", "    Happened,", "    Occurred,", "public enum EngagementStatus", "EngagementStatus",
        "the member 'Happened' of EngagementStatus, but EngagementStatus has no member 'Happened'")]
    [InlineData("Role.cs", "bool Acting = false,", "bool IsActing = false,", "public sealed partial record Role(", "Role(",
        "the member 'Acting' (bool) of Role, but Role has no member 'Acting'")]
    [InlineData("Engagement.cs", "IReadOnlyList<Participant> Participants,", "IReadOnlyList<Person> Participants,", "IReadOnlyList<Person> Participants,", "Participants,",
        "the member 'Participants' (IReadOnlyList<Participant>) of Engagement, but it is declared as IReadOnlyList<Person>")]
    [InlineData("Place.cs", "string? IdentifierNote = null)", "string? SourceNote = null)", "public sealed partial record Place(", "Place(",
        "the member 'IdentifierNote' (string?) of Place, which says where its 'geoNamesId' comes from, but Place has no member 'IdentifierNote'")]
    public void A_model_without_what_a_rule_reads_is_DD0192_at_its_declaration(string file, string find, string replace, string line, string at, string message)
    {
        var compilation = GeneratorHarness.EditedModelCompilation(file, find, replace);

        GeneratorHarness.CreateDriver([]).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        var reported = diagnostics.Where(d => d.Id == "DD0192").ToList();
        reported.Count.ShouldBe(1, string.Join("\n", diagnostics));
        var diagnostic = reported[0];
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("The domain rules read " + message + Remedy);
        var span = diagnostic.Location.GetLineSpan();
        Path.GetFileName(span.Path).ShouldBe(file);
        var text = compilation.SyntaxTrees.Single(t => Path.GetFileName(t.FilePath) == file).GetText().ToString();
        var lineStart = text.IndexOf(line, System.StringComparison.Ordinal);
        var expected = DiagnosticAssertions.PositionOf(text, at, Occurrence(text, at, lineStart));
        (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).ShouldBe(expected);
    }

    [Fact]
    public void A_type_the_rules_read_that_is_gone_is_one_DD0192_without_a_location()
    {
        var compilation = GeneratorHarness.EditedModelCompilation("Place.cs", "public enum PlaceResolution", "public enum PlaceKind");

        GeneratorHarness.CreateDriver([]).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        // Its members (Place.Resolution, PlaceResolution.City) are that one problem, not more.
        var diagnostic = diagnostics.Single(d => d.Id == "DD0192");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(
            "The domain rules read the type DiplomacyData.PlaceResolution, but the model declares no [DatasetEntity] or [DatasetValue] type of that name" + Remedy);
        diagnostic.Location.ShouldBe(Location.None);
    }

    [Fact]
    public void The_model_as_it_is_has_everything_the_rules_read()
    {
        var run = GeneratorHarness.Run(System.Array.Empty<AdditionalText>());

        run.GeneratorDiagnostics.Where(d => d.Id == "DD0192").ShouldBeEmpty();
    }

    /// <summary>Which occurrence of <paramref name="needle"/> is the first at or after <paramref name="from"/>.</summary>
    private static int Occurrence(string text, string needle, int from)
    {
        from.ShouldBeGreaterThanOrEqualTo(0);
        var count = 0;
        for (var index = text.IndexOf(needle, System.StringComparison.Ordinal); index >= 0; index = text.IndexOf(needle, index + 1, System.StringComparison.Ordinal))
        {
            count++;
            if (index >= from)
            {
                return count;
            }
        }

        throw new Xunit.Sdk.XunitException($"'{needle}' not found after {from}");
    }
}
