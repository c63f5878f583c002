using System.IO;
using DiplomacyData.Generators.Emit;
using DiplomacyData.Generators.Validate;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// No data and no model can make the generated code fail to compile or the generator fail: every name the generator
/// writes is one of <see cref="GeneratedNames"/>, and a name the data or the model chooses that would collide with
/// one, or break a limit of C# or of the file system, is a DD diagnostic at the YAML or model location.
/// </summary>
public class GeneratedNamesTests
{
    [Fact]
    public void Every_file_the_generator_writes_is_one_generated_names_accounts_for()
    {
        var run = new MiniDataset().Run();
        var handleClasses = new[] { "Engagements", "People", "Countries", "Organizations", "Topics", "Sources", "Places", "CameoCodes" };

        foreach (var hint in run.Result.Results.Single().GeneratedSources.Select(s => s.HintName))
        {
            var accounted = GeneratedNames.OwnFiles.Contains(hint)
                || handleClasses.Any(c => hint == GeneratedNames.KindFile(c) || (hint.StartsWith(c + ".", StringComparison.Ordinal) && hint == GeneratedNames.ChunkFile(c, hint.Substring(c.Length + 1, 4))));
            accounted.ShouldBeTrue($"{hint} is not a name GeneratedNames knows, so nothing stops data or a model from colliding with it");
        }

        GeneratedNames.OwnFiles.ShouldAllBe(file => run.Result.Results.Single().GeneratedSources.Any(s => s.HintName == file));
    }

    public static TheoryData<string, string> UnusableCollections() => new()
    {
        { "data-release", "the generator writes a file DataRelease.g.cs of its own" },
        { "dataset-readers", "the generator writes a file DatasetReaders.g.cs of its own" },
        { "catalog", "the generator writes a file Catalog.g.cs of its own" },
        { "CATALOG", "the generator writes a file CATALOG.g.cs of its own" },
        { "widget", "a type Widget is already declared in DiplomacyData" },
        { "person", "a type Person is already declared in DiplomacyData" },
        { "version", "Catalog already has a member Version" },
        { "content-hash", "Catalog already has a member ContentHash" },
        { "find-person", "Catalog already has a member FindPerson" },
        { "2024", "'2024' is not a valid C# identifier" },
        { "-", "it has no letters or digits" },
        { "people", "the collection 'people' of Person names it too" },
    };

    [Theory]
    [MemberData(nameof(UnusableCollections))]
    public void A_kind_whose_collection_names_an_unusable_class_is_DD0193_and_no_compiler_error(string collection, string problem)
    {
        var source = $"namespace DiplomacyData;\n[DiplomacyData.Schema.DatasetEntity(\"{collection}\")]\npublic sealed record Widget(string Id, string Name);\n";
        var compilation = GeneratorHarness.ModelCompilation([CSharpSyntaxTree.ParseText(source, path: "/repo/src/Widget.cs")]);
        var data = new MiniDataset().Files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToList();
        data.Add(new InMemoryText("/repo/data/widgets.yaml", $"\"{collection}\":\n  - id: one\n    name: One\n"));

        GeneratorHarness.CreateDriver(data).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        var reported = diagnostics.Where(d => d.Id == "DD0193").ToList();
        reported.Count.ShouldBe(1, string.Join(Environment.NewLine, diagnostics));
        reported[0].Message().ShouldContain(problem);
        reported[0].Location.GetLineSpan().Path.ShouldBe("/repo/src/Widget.cs");
        diagnostics.ShouldNotContain(d => d.Id == "DD9999" || d.Id.StartsWith("CS", StringComparison.Ordinal));
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("all", "All")]
    [InlineData("at", "At")]
    [InlineData("create", "Create")]
    [InlineData("read-0000", "Read0000")]
    [InlineData("data-0001", "Data0001")]
    [InlineData("text-00000", "Text00000")]
    [InlineData("to-string", "ToString")]
    [InlineData("topics", "Topics")]
    public void A_handle_that_would_collide_with_a_member_the_generator_writes_is_DD0205(string id, string handle)
    {
        var dataset = MiniDataset.With("  - id: jcpoa\n    name: Joint Comprehensive Plan of Action\n",
            $"  - id: jcpoa\n    name: Joint Comprehensive Plan of Action\n  - id: {id}\n    name: Colliding\n");

        var run = dataset.Run();

        run.Single("DD0205").Message().ShouldContain($"'{handle}' is reserved in the class Topics");
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void An_id_longer_than_the_tools_can_name_a_file_after_is_DD0203_and_no_compiler_error()
    {
        var id = "lavrov-araghchi-" + string.Join("-", Enumerable.Repeat("talks", 205));
        id.Length.ShouldBeGreaterThan(1000);
        var dataset = MiniDataset.With("  - id: lavrov-araghchi-talks-2025-04-18\n", $"  - id: {id}\n");

        var run = dataset.Run();

        var diagnostic = run.GeneratorDiagnostics.First(d => d.Id == "DD0203");
        diagnostic.Message().ShouldContain($"at most {Validator.MaxIdLength}");
        run.CompilationErrors.ShouldBeEmpty(string.Join(Environment.NewLine, run.CompilationErrors));
        run.GeneratorDiagnostics.ShouldNotContain(d => d.Id.StartsWith("CS", StringComparison.Ordinal) || d.Id == "DD9999");
    }

    [Fact]
    public void An_id_of_the_longest_length_builds()
    {
        var id = "t" + new string('a', Validator.MaxIdLength - 1);
        var run = new MiniDataset(MiniDataset.Yaml.Replace("jcpoa", id, StringComparison.Ordinal)).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_country_name_longer_than_a_csharp_name_may_be_is_DD0205()
    {
        var run = MiniDataset.With("    name: Russia\n", $"    name: Russia {string.Join(" ", Enumerable.Repeat("Federation", 60))}\n").Run();

        run.Single("DD0205").Message().ShouldContain($"longer than the {GeneratedNames.MaxNameBytes} bytes");
        run.CompilationErrors.ShouldBeEmpty();
    }
}
