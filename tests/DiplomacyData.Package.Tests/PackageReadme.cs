using System.Text.RegularExpressions;

namespace DiplomacyData.Package.Tests;

/// <summary>Links of a Markdown text as a package page renders them: inline links and autolinks.</summary>
internal static partial class PackageReadme
{
    public static IReadOnlyList<string> Links(string markdown) =>
        [.. InlineLink().Matches(markdown).Select(m => m.Groups["target"].Value), .. AutoLink().Matches(markdown).Select(m => m.Groups["target"].Value)];

    /// <summary>GitHub's anchor for a heading: lower case, punctuation but '-' and '_' dropped, spaces as '-'.</summary>
    public static IReadOnlyList<string> Anchors(string markdown) =>
        [.. Heading().Matches(markdown).Select(m => Regex.Replace(m.Groups["text"].Value.Trim().ToLowerInvariant(), @"[^\p{L}\p{N}\s_-]", string.Empty).Replace(' ', '-'))];

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"<(?<target>[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"^#{1,6} (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
