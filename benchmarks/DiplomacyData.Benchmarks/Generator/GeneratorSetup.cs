using System.Collections.Immutable;
using System.Threading;
using DiplomacyData.Generators;
using DiplomacyData.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Benchmarks.Generator;

/// <summary>
/// The generator as the compiler runs it: over the real model records (read from src/DiplomacyData) and a
/// synthetic dataset held in memory, so that file I/O is not part of what is measured.
/// </summary>
internal sealed class GeneratorSetup
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    public GeneratorSetup(int engagements)
    {
        Files = SyntheticDataset.Files(engagements)
            .Select(f => (AdditionalText)new MemoryText("/synthetic/data/" + f.Path.Replace('\\', '/'), f.Text))
            .ToImmutableArray();
        YamlTexts = Files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => f.GetText()!.ToString()).ToArray();
        Compilation = CSharpCompilation.Create(
            "DiplomacyData",
            ModelSources().Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), s_parseOptions, path)),
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public ImmutableArray<AdditionalText> Files { get; }

    public string[] YamlTexts { get; }

    public CSharpCompilation Compilation { get; }

    public GeneratorDriver NewDriver() => NewDriver(new DatasetGenerator());

    public GeneratorDriver NewDriver(IIncrementalGenerator generator, bool trackSteps = false) => CSharpGeneratorDriver.Create(
        [generator.AsSourceGenerator()],
        Files,
        s_parseOptions,
        new Options(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private static IEnumerable<string> ModelSources()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DiplomacyData.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository");
        var separator = Path.DirectorySeparatorChar;
        // The package's own files and the shared ones it compiles (src/Shared/Unicode, through Unicode.targets).
        return Directory.EnumerateFiles(Path.Combine(root, "src", "DiplomacyData"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src", "Shared", "Unicode"), "*.cs"))
            .Where(p => !p.Contains($"{separator}obj{separator}") && !p.Contains($"{separator}bin{separator}"))
            .Order(StringComparer.Ordinal);
    }

    internal sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values();

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Values : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "1.0.0-bench";
                return key == DatasetGenerator.VersionProperty;
            }
        }
    }
}
