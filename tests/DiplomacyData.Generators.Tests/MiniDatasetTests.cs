using System.Collections.Immutable;
namespace DiplomacyData.Generators.Tests;

public class MiniDatasetTests
{
    [Fact]
    public void Valid_dataset_reports_nothing_and_generated_code_compiles()
    {
        var run = new MiniDataset().Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationErrors.ShouldBeEmpty();
        run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal).ShouldBe(
            [
                "CameoCodes.0000.g.cs", "CameoCodes.g.cs", "Catalog.g.cs", "Countries.0000.g.cs", "Countries.g.cs", "DataRelease.g.cs", "DatasetReaders.g.cs",
                "Engagements.0000.g.cs", "Engagements.g.cs", "Organizations.0000.g.cs", "Organizations.g.cs", "People.0000.g.cs", "People.g.cs", "Places.g.cs",
                "Sources.0000.g.cs", "Sources.g.cs", "Topics.0000.g.cs", "Topics.g.cs",
            ]);
    }

    [Fact]
    public void Generated_people_match_the_approved_snapshot()
    {
        var run = new MiniDataset().Run();

        run.GeneratedKind("People").ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator("People").NoDiff());
    }

    [Fact]
    public void Generated_engagements_match_the_approved_snapshot()
    {
        var run = new MiniDataset().Run();

        run.GeneratedKind("Engagements").ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator("Engagements").NoDiff());
    }

    [Fact]
    public void Generated_readers_match_the_approved_snapshot()
    {
        var run = new MiniDataset().Run();

        run.Generated("DatasetReaders.g.cs").ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator("DatasetReaders").NoDiff());
    }

    [Fact]
    public void Generated_code_holds_data_and_readers_but_no_decoder()
    {
        var run = new MiniDataset().Run();

        // The decoder is the package's own compiled code (src/DiplomacyData/Decoding): no generated file defines
        // a type of it, and every generated file compiles against it.
        var sources = run.Result.Results.Single().GeneratedSources;
        sources.Select(s => s.HintName).ShouldNotContain("DatasetReader.g.cs");
        foreach (var source in sources)
        {
            var text = source.SourceText.ToString();
            text.ShouldNotContain("struct ", customMessage: source.HintName);
            text.ShouldNotContain("delegate ", customMessage: source.HintName);
        }

        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void Generated_catalog_matches_the_approved_snapshot()
    {
        var run = new MiniDataset().Run();

        run.Generated("Catalog.g.cs").ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator("Catalog").NoDiff());
    }

    [Fact]
    public void A_kind_with_more_records_than_a_class_can_hold_handles_for_gets_none_and_still_compiles()
    {
        var run = new MiniDataset().Run(trackSteps: true);
        var steps = run.Result.Results.Single().TrackedSteps;
        T Output<T>(string step) => (T)steps[step].Single().Outputs.Single().Value;
        var kept = Output<DiplomacyData.Generators.Prune.KeptRecords>(TrackingNames.Kept);
        var schema = Output<DiplomacyData.Generators.Schema.DatasetSchema>(TrackingNames.Schema);
        var release = Output<DiplomacyData.Generators.Release.ReleaseInfo>(TrackingNames.Release);
        var order = Output<DiplomacyData.Generators.Prune.CatalogOrder>(TrackingNames.CatalogOrder);
        var files = steps[TrackingNames.FileHandles].SelectMany(s => s.Outputs).Select(o => (DiplomacyData.Generators.Name.FileHandles)o.Value).ToImmutableArray();

        // The Name stage's decision, with a limit of 1 (the real one is 50,000: 65,535 methods per type at run time)
        // so that every kind with two records exceeds it; then Emit's steps, as the driver runs them, from it.
        var handles = DiplomacyData.Generators.Name.HandleTable.Build(files, schema, maxHandlesPerKind: 1);
        var index = DiplomacyData.Generators.Emit.EmitIndex.Create(order, handles, schema);
        var targets = DiplomacyData.Generators.Emit.ReferenceTargets.Of(order, schema);
        var chunks = DiplomacyData.Generators.Emit.ChunkInput.Split(kept, DiplomacyData.Generators.Emit.ChunkPlan.Of(order, handles, schema), schema).Select(chunk => DiplomacyData.Generators.Emit.EmitChunk.Encode(chunk, targets));
        var generated = DiplomacyData.Generators.Emit.Emitter.EmitIndexFiles(index).Files
            .Concat(DiplomacyData.Generators.Emit.Emitter.EmitReleaseFiles(index, release).Files)
            .Concat(chunks.Select(DiplomacyData.Generators.Emit.Emitter.EmitChunkFile))
            .ToList();

        handles.Diagnostics.Where(d => d.DescriptorId == "DD0209").Select(d => d.MessageArgs[0]).ShouldBe(["CameoCodes", "Countries", "People"], ignoreOrder: true);
        var people = string.Concat(generated.Where(f => f.HintName.StartsWith("People.", StringComparison.Ordinal)).Select(f => f.Text));
        people.ShouldNotContain("public static global::DiplomacyData.Person SergeyLavrov =>");
        people.ShouldNotContain("public static global::DiplomacyData.Person ");
        people.ShouldContain("internal static global::DiplomacyData.Person At(int index)");
        var compilation = GeneratorHarness.ModelCompilation(generated.Select(f => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(f.Text, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest), f.HintName)));
        compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void Catalog_version_comes_from_the_build_property()
    {
        var run = GeneratorHarness.Run(new MiniDataset().Files, version: "9.8.7-rc.1");

        run.Generated("Catalog.g.cs").ShouldContain("public static string Version => \"9.8.7-rc.1\";");
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var yaml = MiniDataset.Yaml
            .Replace("precision: day", "precision: dai", StringComparison.Ordinal)
            .Replace("part: visitor", "part: guest", StringComparison.Ordinal)
            .Replace("alpha2: RU", "alpha2: RU\n    flag: white-blue-red", StringComparison.Ordinal);

        var run = new MiniDataset(yaml).Run();

        run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ShouldBe(["DD0101", "DD0104", "DD0104"]);
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Fact]
    public void A_broken_record_drops_out_with_what_refers_to_it_and_the_rest_still_compiles()
    {
        var run = MiniDataset.With("    country: IRN\n", "    country: IRQ\n").Run();

        run.Single("DD0202");
        run.CompilationErrors.ShouldBeEmpty();
        var people = run.GeneratedKind("People");
        people.ShouldContain("SergeyLavrov");
        people.ShouldNotContain("AbbasAraghchi");
        run.GeneratedKind("Engagements").ShouldNotContain("LavrovAraghchiTalks20250418");
    }
}
