using DiplomacyData.Generators.Diagnostics;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Reporting is part of the generator: no position or message built from input may make it throw, and one bad file
/// never stops the others (their records and their own diagnostics still come out).
/// </summary>
public class ReportingTests
{
    private const string Bad = "/repo/data/flow-keys.yaml";

    /// <summary>
    /// Collections used as keys inside flow collections: YamlDotNet gives the single-pair mappings they make no
    /// position (the start of the file), which once made a location that ends before it starts (issue 9, item 15).
    /// Each case: the file, then the one-based line and column of every key that is not a plain value.
    /// </summary>
    public static TheoryData<string, (int, int)[]> FlowKeys => new()
    {
        { "---\n[\n  [ a, [ [[b,c]]: d, e]]: 23\n]\n", [(3, 10), (3, 3)] },
        { "[ a, [ [[b,c]]: d, e]]: 23\n", [(1, 8), (1, 1)] },
        { "topics:\n  - [ [a]: b ]\n", [(2, 7)] },
        { "topics:\n  - [ {a: b}: c ]\n", [(2, 7)] },
        { "topics:\n  - { [a]: b }\n", [(2, 7)] },
        { "topics: [\n    x,\n    [ [a, b]: c ]\n  ]\n", [(3, 7)] },
        { "topics:\n  - [ ? [a] : b ]\n", [(2, 9)] },
    };

    [Theory]
    [MemberData(nameof(FlowKeys))]
    public void Collections_as_keys_inside_flow_collections_are_reported_where_they_stand_without_a_crash(string yaml, (int, int)[] keys)
    {
        var run = new MiniDataset().AndFile(Bad, yaml).Run();

        run.Result.Results.Single().Exception.ShouldBeNull();
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "CS8785" || d.Id == "DD9999");
        run.PositionsOf("DD0007").ShouldBe(keys, ignoreOrder: true);
        run.GeneratorDiagnostics.Where(d => d.Id == "DD0007").ShouldAllBe(d => d.Location.GetLineSpan().Path == Bad);
    }

    [Fact]
    public void One_bad_file_does_not_stop_the_other_files_records_or_diagnostics()
    {
        var dataset = MiniDataset.With("kind: meeting", "kind: meating").AndFile(Bad, "---\n[\n  [ a, [ [[b,c]]: d, e]]: 23\n]\n");

        var run = dataset.Run();

        run.ShouldReportAt("DD0104", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), "meating");
        run.GeneratorDiagnostics.Count(d => d.Id == "DD0007").ShouldBe(2);
        run.CompilationErrors.ShouldBeEmpty();
        run.GeneratedKind("People").ShouldContain("SergeyLavrov");
        run.GeneratedKind("Topics").ShouldContain("Jcpoa");
    }

    /// <summary>Positions no reader should build, handed to the one place every location passes through.</summary>
    [Theory]
    [InlineData(10, 5, 1, 0, 0, 0)]
    [InlineData(0, 0, 3, 4, 1, 2)]
    [InlineData(-5, -1, -1, -1, -2, -3)]
    [InlineData(7, 7, 2, 9, 2, 3)]
    public void A_location_is_built_from_any_position_without_throwing_and_never_ends_before_it_starts(int start, int end, int startLine, int startColumn, int endLine, int endColumn)
    {
        var location = new LocationInfo("/repo/data/x.yaml", new TextPosition(start, end, startLine, startColumn, endLine, endColumn)).ToLocation();

        var span = location.GetLineSpan();
        span.Path.ShouldBe("/repo/data/x.yaml");
        span.StartLinePosition.Line.ShouldBeGreaterThanOrEqualTo(0);
        span.StartLinePosition.Character.ShouldBeGreaterThanOrEqualTo(0);
        span.EndLinePosition.ShouldBeGreaterThanOrEqualTo(span.StartLinePosition);
        location.SourceSpan.Start.ShouldBeGreaterThanOrEqualTo(0);
        location.SourceSpan.End.ShouldBeGreaterThanOrEqualTo(location.SourceSpan.Start);
    }
}
