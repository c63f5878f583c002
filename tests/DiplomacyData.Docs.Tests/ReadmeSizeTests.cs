namespace DiplomacyData.Docs.Tests;

/// <summary>
/// The READMEs are a quick start and links into the docs, not the docs: at most 8 KB each (UTF-8 bytes), the
/// repository's and the tool's. The benchmarks page opens with its targets; each round's history is in its log.
/// </summary>
public sealed class ReadmeSizeTests
{
    private const int MaxBytes = 8 * 1024;

    [Theory]
    [InlineData("README.md")]
    [InlineData("src/DiplomacyData.Cli/README.md")]
    public void A_readme_is_at_most_8_KB(string readme)
    {
        var bytes = new FileInfo(Repository.PathOf(readme.Split('/'))).Length;

        bytes.ShouldBeLessThanOrEqualTo(MaxBytes, $"{readme} is {bytes} bytes: move the detail into a page of docs/ and link to it");
    }

    [Fact]
    public void The_benchmarks_page_opens_with_its_table_of_targets()
    {
        var lines = File.ReadAllLines(Repository.PathOf("benchmarks", "README.md"));
        var firstSection = Array.FindIndex(lines, line => line.StartsWith("## ", StringComparison.Ordinal));
        var secondSection = Array.FindIndex(lines, firstSection + 1, line => line.StartsWith("## ", StringComparison.Ordinal));

        lines[firstSection].ShouldStartWith("## Targets");
        lines[firstSection..secondSection].ShouldContain(line => line.StartsWith("| target |", StringComparison.Ordinal), "the section has the table of targets");
        File.Exists(Repository.PathOf("benchmarks", "LOG.md")).ShouldBeTrue("each round's history is in the dated log");
    }
}
