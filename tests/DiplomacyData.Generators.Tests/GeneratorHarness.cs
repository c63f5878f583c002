using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Runs the real generator over the real model records (src/DiplomacyData, read from disk) and the given
/// YAML and text files, the way the compiler does in a build.
/// </summary>
internal static class GeneratorHarness
{
    public const string DefaultVersion = "1.2.3-test";

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    // The package's own files and the shared ones it compiles (src/Shared/Unicode, through Unicode.targets).
    private static readonly Lazy<ImmutableArray<SyntaxTree>> s_modelTrees = new(() =>
        Directory.EnumerateFiles(Repository.PathOf("src", "DiplomacyData"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.PathOf("src", "Shared", "Unicode"), "*.cs"))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), s_parseOptions, path))
            .ToImmutableArray());

    /// <summary>The running runtime's own assemblies: enough to compile the model and the generated code.</summary>
    public static ImmutableArray<MetadataReference> References { get; } =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    // One compilation of the model for every run that adds nothing to it: compilations are immutable and safe to share
    // across threads, and the symbols the generator reads from it are then bound once, not once per test.
    private static readonly Lazy<CSharpCompilation> s_model = new(() => CreateModelCompilation([]));

    public static CSharpCompilation ModelCompilation(IEnumerable<SyntaxTree>? extraTrees = null) =>
        extraTrees is null ? s_model.Value : CreateModelCompilation(extraTrees);

    private static CSharpCompilation CreateModelCompilation(IEnumerable<SyntaxTree> extraTrees) => CSharpCompilation.Create(
        "DiplomacyData",
        s_modelTrees.Value.Concat(extraTrees),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The model with one edit in one of its files (<paramref name="fileName"/>: e.g. Engagement.cs), to see what the generator says of it.</summary>
    public static CSharpCompilation EditedModelCompilation(string fileName, string find, string replace)
    {
        var trees = s_modelTrees.Value.Select(tree =>
        {
            if (Path.GetFileName(tree.FilePath) != fileName)
            {
                return tree;
            }

            var text = tree.GetText().ToString();
            text.ShouldContain(find, Case.Sensitive, "the edit must apply to the model as it is");
            return CSharpSyntaxTree.ParseText(text.Replace(find, replace), s_parseOptions, tree.FilePath);
        }).ToList();
        trees.Count(tree => Path.GetFileName(tree.FilePath) == fileName).ShouldBe(1);
        return CSharpCompilation.Create(
            "DiplomacyData",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>
    /// A driver over <paramref name="files"/>. <paramref name="trackSteps"/> records every step's inputs, outputs and
    /// run reasons (<c>TrackedSteps</c>), for the tests that read them; it costs more than the run itself on large
    /// data, so it is off unless asked for, and a test that reads the steps of an untracked run finds none and fails.
    /// </summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, string version = DefaultVersion, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new DatasetGenerator().AsSourceGenerator()],
            files,
            s_parseOptions,
            new TestOptionsProvider(version),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorRun Run(IEnumerable<(string Path, string Text)> files, string version = DefaultVersion, bool trackSteps = false) =>
        Run(files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)), version, trackSteps);

    public static GeneratorRun Run(IEnumerable<AdditionalText> files, string version = DefaultVersion, bool trackSteps = false)
    {
        var compilation = ModelCompilation();
        var driver = CreateDriver(files, version, trackSteps).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, output, generatorDiagnostics);
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    public IReadOnlyList<Diagnostic> Errors => GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>Compiler errors in the model plus generated code (the generated code must always compile).</summary>
    public IReadOnlyList<Diagnostic> CompilationErrors => Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    public string Generated(string hintName) =>
        Result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>A kind's generated code: its class file (e.g. <c>People.g.cs</c>) and then each of its chunk files (<c>People.0000.g.cs</c> …), in order.</summary>
    public string GeneratedKind(string handleClass) => string.Concat(
        Result.Results.Single().GeneratedSources
            .Where(s => s.HintName == handleClass + ".g.cs" || (s.HintName.StartsWith(handleClass + ".", StringComparison.Ordinal) && s.HintName.Length == handleClass.Length + 10))
            .OrderBy(s => s.HintName.Length).ThenBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => s.SourceText.ToString()));

    public Diagnostic Single(string id)
    {
        var matching = GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        matching.Count.ShouldBe(1, $"expected one {id}, got: {string.Join(Environment.NewLine, GeneratorDiagnostics)}");
        return matching[0];
    }
}

internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

internal sealed class TestOptionsProvider(string version) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>
    {
        [DatasetGenerator.VersionProperty] = version,
    });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
