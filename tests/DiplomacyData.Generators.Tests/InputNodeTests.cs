using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The generator reads the compiler's additional files through one input node. Every read of
/// <c>context.AdditionalTextsProvider</c> is a node of its own, and on every run the driver takes each file into
/// each such node again (hashing it to tell which files are new), so five reads cost an edit at 100,000 engagements
/// five walks over 40,000 files. Measured against a generator that reads the provider once, since how often the
/// driver hashes a file in one node is the driver's business.
/// </summary>
public sealed class InputNodeTests
{
    [Fact]
    public void A_run_after_an_edit_takes_the_additional_files_in_as_one_input_node_does()
    {
        HashesOfAnEdit(new DatasetGenerator()).ShouldBe(HashesOfAnEdit(new OneInputNode()));
    }

    /// <summary>How often the driver hashes the files in the run after one file's edit.</summary>
    private static int HashesOfAnEdit(IIncrementalGenerator generator)
    {
        var files = new MiniDataset()
            .AndFile("/repo/data/CHANGELOG.md", "# Changelog\n")
            .Files
            .Select(f => new CountedText(f.Path, f.Text))
            .ToList();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()], files, new CSharpParseOptions(LanguageVersion.Latest), new TestOptionsProvider(GeneratorHarness.DefaultVersion));
        driver = driver.RunGenerators(GeneratorHarness.ModelCompilation());

        var edited = files.First(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal));
        var replacement = new CountedText(edited.Path, edited.GetText().ToString() + "\n# a comment\n");
        files.ForEach(f => f.Hashed = 0);
        driver.ReplaceAdditionalText(edited, replacement).RunGenerators(GeneratorHarness.ModelCompilation());
        return files.Where(f => f != edited).Append(replacement).Sum(f => f.Hashed);
    }

    /// <summary>The least a generator of these files can be: one read of the provider, one output.</summary>
    private sealed class OneInputNode : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.AdditionalTextsProvider.Select(static (text, _) => text.Path.Length).Collect(), static (_, _) => { });
    }

    /// <summary>An in-memory file that counts how often the driver hashes it.</summary>
    private sealed class CountedText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public int Hashed { get; set; }

        public override string Path { get; } = path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode()
        {
            Hashed++;
            return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
        }
    }
}
