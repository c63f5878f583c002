using System.IO;
using System.Text.RegularExpressions;

namespace DiplomacyData.Package.Tests;

/// <summary>What data/CHANGELOG.md says, read here as a curator reads it: the first release heading is the newest.</summary>
internal static partial class DataChangelog
{
    public static string NewestVersion(string? changelog = null)
    {
        var text = File.ReadAllText(changelog ?? Repository.PathOf("data", "CHANGELOG.md"));
        var heading = ReleaseHeading().Match(text);
        heading.Success.ShouldBeTrue("data/CHANGELOG.md has no release heading");
        return heading.Groups[1].Value;
    }

    /// <summary>
    /// The entry of release <paramref name="version"/>: its heading line and every line up to the next release
    /// heading, trimmed; null when the changelog has no such release.
    /// </summary>
    public static string? Entry(string version, string? changelog = null)
    {
        var lines = File.ReadAllText(changelog ?? Repository.PathOf("data", "CHANGELOG.md")).Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith($"## {version} - ", StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        var end = Array.FindIndex(lines, start + 1, l => ReleaseHeading().IsMatch(l));
        return string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]).Trim();
    }

    /// <summary>The version of data that differs from release <paramref name="release"/> (x.y.z): x.y.(z+1)-dev.hash12.</summary>
    public static string Unreleased(string release, string hash12)
    {
        var parts = release.Split('.').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return $"{parts[0]}.{parts[1]}.{parts[2] + 1}-dev.{hash12}";
    }

    [GeneratedRegex(@"^## (\d+\.\d+\.\d+) - \d{4}-\d{2}-\d{2}\s*$", RegexOptions.Multiline)]
    private static partial Regex ReleaseHeading();
}
