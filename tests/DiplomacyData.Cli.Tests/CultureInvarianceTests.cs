using System.Globalization;
using System.IO;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// Issue 9, item 8: the tool's tables, errors, parsed options and exported files are the same under every culture
/// (other calendars, digits, separators, casing) as under the invariant culture.
/// </summary>
public class CultureInvarianceTests
{
    private static readonly string[][] Commands =
    [
        new[] { "list" },
        new[] { "list", "--from", "2022-01-01", "--to", "2024-12-31", "--person", "lavrov" },
        new[] { "show", "bagheri-kani-lavrov-meeting-2024-07-16" },
        new[] { "people" },
        new[] { "person", "Lavrov" },
        new[] { "person", "ALI" },
        new[] { "stats" },
        new[] { "stats", "--format", "json" },
        new[] { "list", "--from", "2024-13-01" },
    ];

    [Theory]
    [MemberData(nameof(Cultures.Names), MemberType = typeof(Cultures))]
    public void Every_command_prints_the_same_under_the_culture(string name)
    {
        foreach (var command in Commands)
        {
            var expected = Cultures.With(CultureInfo.InvariantCulture, () => CliRun.Run(command));

            var actual = Cultures.With(Cultures.Get(name), () => CliRun.Run(command));

            actual.ShouldBe(expected, string.Join(' ', command) + " under " + name);
        }
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void The_export_is_byte_for_byte_the_same_under_the_culture(string name)
    {
        using var invariant = new TempDirectory();
        using var other = new TempDirectory();

        Cultures.With(CultureInfo.InvariantCulture, () => CliRun.Expect(0, "export", "--format", "all", "--output", invariant.Path));
        Cultures.With(Cultures.Get(name), () => CliRun.Expect(0, "export", "--format", "all", "--output", other.Path));

        var files = Directory.GetFiles(invariant.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(invariant.Path, f)).Order(StringComparer.Ordinal).ToList();
        files.ShouldNotBeEmpty();
        Directory.GetFiles(other.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(other.Path, f)).Order(StringComparer.Ordinal).ShouldBe(files);
        foreach (var file in files)
        {
            File.ReadAllBytes(Path.Combine(other.Path, file)).ShouldBe(File.ReadAllBytes(Path.Combine(invariant.Path, file)), file);
        }
    }
}
