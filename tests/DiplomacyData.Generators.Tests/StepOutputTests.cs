using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// No pipeline step's output holds a Roslyn symbol, syntax, tree, compilation or Location: they would tie the
/// driver's cache to one compilation (every run different, nothing cached) and keep compilations alive in the
/// IDE. Every step (every tracking name, read from <see cref="TrackingNames"/>) is walked, object by object.
/// </summary>
public sealed class StepOutputTests
{
    private static readonly string[] s_steps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    private static readonly Type[] s_roslynObjects =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxToken), typeof(SyntaxTrivia), typeof(SyntaxTree), typeof(SyntaxReference),
        typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(AttributeData), typeof(AdditionalText), typeof(Diagnostic),
    ];

    [Fact]
    public void No_step_output_holds_a_roslyn_object()
    {
        // Valid data, a file with errors (diagnostics with positions), a release file and an archived text: every step has output.
        var files = new MiniDataset()
            .AndFile("/repo/data/broken.yaml", "topics:\n  - id: Syria\n    nmae: Syria\n")
            .AndFile("/repo/data/CHANGELOG.md", "# Changelog\n")
            .Files;

        var run = GeneratorHarness.Run(files, trackSteps: true);

        var tracked = run.Result.Results.Single().TrackedSteps;
        foreach (var step in s_steps)
        {
            tracked.ShouldContainKey(step, "every tracking name is a step that ran");
            var outputs = tracked[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            outputs.ShouldNotBeEmpty(step);
            foreach (var output in outputs)
            {
                RoslynObjectsIn(output).ShouldBeEmpty($"step {step}");
            }
        }
    }

    [Fact]
    public void The_walk_finds_a_roslyn_object_however_deep()
    {
        var location = Location.Create("/repo/data/a.yaml", default, default);
        var nested = new Holder(new object[] { 1, "text", new Holder(new List<object> { new Holder(location) }) });

        var found = RoslynObjectsIn(nested).ShouldHaveSingleItem();
        found.ShouldContain("[2]");
        found.ShouldContain("_items[0]");
        found.ShouldEndWith("(" + location.GetType().Name + ")");
        RoslynObjectsIn(new Holder(new KeyValuePair<string, object>("k", CSharpSyntaxTreeOf("class C {}")))).Count.ShouldBe(1);
        RoslynObjectsIn(new Holder(new object[] { 1, "text" })).ShouldBeEmpty();
    }

    private static SyntaxTree CSharpSyntaxTreeOf(string text) => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(text);

    /// <summary>Where in <paramref name="root"/>'s object graph a Roslyn object sits (the one walk, <see cref="ObjectGraph"/>).</summary>
    private static List<string> RoslynObjectsIn(object? root) =>
        ObjectGraph.Find(root, type => s_roslynObjects.Any(roslyn => roslyn.IsAssignableFrom(type)));

    private sealed record Holder(object Value);
}
