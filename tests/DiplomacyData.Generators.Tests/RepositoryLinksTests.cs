using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Nothing the project writes points at a file or address its reader cannot open: relative links of every
/// Markdown file resolve (with their anchors), the shipped data text names no file of the repository (a package
/// user has none of them), and no address names the project except the configured repository. Help links are
/// checked in <see cref="HelpLinkTests"/>.
/// </summary>
public class RepositoryLinksTests
{
    private static readonly string[] s_skippedFolders = ["bin", "obj", "node_modules", "artifacts", "TestResults"];

    private static readonly Regex s_inlineLink = new(@"\]\(\s*<?([^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)", RegexOptions.CultureInvariant);
    private static readonly Regex s_referenceLink = new(@"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", RegexOptions.CultureInvariant | RegexOptions.Multiline);
    private static readonly Regex s_scheme = new(@"^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant);
    private static readonly Regex s_heading = new(@"^#{1,6}\s+(.*?)\s*#*\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_explicitAnchor = new(@"<a\s+(?:id|name)=""([^""]+)""", RegexOptions.CultureInvariant);

    /// <summary>A path to a file as prose names one: folders and a name with a file extension the repository uses.</summary>
    private static readonly Regex s_filePath = new(
        @"(?<![\w/.:@-])(?:[\w.-]+/)*[\w-][\w.-]*\.(?:md|txt|ya?ml|cs|csproj|props|targets|sln|json|sh)(?![\w/])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>An address that names the project (its name in the host or path).</summary>
    private static readonly Regex s_projectAddress = new(@"https?://[^\s)""'<>`]*diplomacy-?data[^\s)""'<>`]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static TheoryData<string> MarkdownFiles => Data(Files("*.md"));

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Relative_links_of_every_markdown_file_resolve_with_their_anchors(string relativePath)
    {
        var path = Repository.PathOf(relativePath);
        var broken = new List<string>();
        foreach (var target in LinksOf(File.ReadAllText(path)).Where(t => !s_scheme.IsMatch(t)))
        {
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add($"{target}: no such file or folder");
            }
            else if (anchor is { Length: > 0 } && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !AnchorsOf(File.ReadAllText(resolved)).Contains(anchor))
            {
                broken.Add($"{target}: no heading or anchor '{anchor}' in {Path.GetFileName(resolved)}");
            }
        }

        broken.ShouldBeEmpty(relativePath);
    }

    [Fact]
    public void Shipped_data_text_names_no_file_of_the_repository()
    {
        var named = new List<string>();
        foreach (var relativePath in Files("*.yaml").Concat(Files("*.yml")).Where(p => p.StartsWith("data/", StringComparison.Ordinal)))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(Repository.PathOf(relativePath))));
            foreach (var scalar in stream.Documents.SelectMany(d => d.AllNodes).OfType<YamlScalarNode>())
            {
                foreach (Match match in s_filePath.Matches(scalar.Value ?? string.Empty))
                {
                    named.Add($"{relativePath}({scalar.Start.Line},{scalar.Start.Column}): '{match.Value}'");
                }
            }
        }

        named.ShouldBeEmpty("values are shipped in the package and shown by 'diplomacy show'; say what the file says instead of pointing at it");
    }

    [Fact]
    public void The_path_pattern_finds_the_paths_prose_names()
    {
        s_filePath.Matches("the date (see seeds/ORIGINS.md) and data/sources/kuna-2025-04-18.txt").Select(m => m.Value)
            .ShouldBe(["seeds/ORIGINS.md", "data/sources/kuna-2025-04-18.txt"]);
        s_filePath.Matches("https://en.mehrnews.com/news/217925/Iran-Russia-FMs; the page's URL path (/Detail/2022/01/20/)").ShouldBeEmpty();
    }

    [Fact]
    public void The_project_address_is_written_in_one_place_only()
    {
        string[] patterns = ["*.md", "*.cs", "*.csproj", "*.props", "*.targets", "*.yaml", "*.yml", "*.json", "*.sh", "*.js", "*.mjs"];

        var found = new List<string>();
        foreach (var relativePath in patterns.SelectMany(Files).Where(p => p != "Directory.Build.props"))
        {
            foreach (Match match in s_projectAddress.Matches(File.ReadAllText(Repository.PathOf(relativePath))))
            {
                found.Add($"{relativePath}: {match.Value}");
            }
        }

        // Help links, package metadata and docs derive it from RepositoryUrl in Directory.Build.props; a copy
        // elsewhere goes stale or, as before, names a repository that does not exist.
        found.ShouldBeEmpty();
    }

    private static IEnumerable<string> LinksOf(string markdown)
    {
        var prose = WithoutCode(markdown);
        return s_inlineLink.Matches(prose).Concat(s_referenceLink.Matches(prose)).Select(m => m.Groups[1].Value);
    }

    /// <summary>The anchors a Markdown renderer gives the file: GitHub's slug of each heading, and explicit &lt;a id&gt;.</summary>
    private static HashSet<string> AnchorsOf(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in WithoutCode(markdown, keepCodeSpans: true).Split('\n'))
        {
            foreach (Match anchor in s_explicitAnchor.Matches(line))
            {
                anchors.Add(anchor.Groups[1].Value);
            }

            if (s_heading.Match(line) is { Success: true } heading)
            {
                var slug = Slug(heading.Groups[1].Value);
                var count = seen.GetValueOrDefault(slug);
                seen[slug] = count + 1;
                anchors.Add(count == 0 ? slug : $"{slug}-{count}");
            }
        }

        return anchors;
    }

    private static string Slug(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        foreach (var c in heading.Replace("`", string.Empty, StringComparison.Ordinal).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    /// <summary>The text with fenced code blocks (and code spans, unless kept for headings) blanked: links and headings in code are not links.</summary>
    private static string WithoutCode(string markdown, bool keepCodeSpans = false)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal) || lines[i].TrimStart().StartsWith("~~~", StringComparison.Ordinal);
            if (fence || inFence)
            {
                inFence ^= fence;
                lines[i] = string.Empty;
                continue;
            }

            if (!keepCodeSpans)
            {
                lines[i] = Regex.Replace(lines[i], "`[^`]*`", string.Empty);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The repository's files matching <paramref name="pattern"/>, as '/'-separated paths from the root, build output and hidden folders left out.</summary>
    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Repository.Root, pattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').SkipLast(1).Any(folder => folder.StartsWith('.') || s_skippedFolders.Contains(folder)))
            .OrderBy(path => path, StringComparer.Ordinal);

    private static TheoryData<string> Data(IEnumerable<string> items)
    {
        var data = new TheoryData<string>();
        foreach (var item in items)
        {
            data.Add(item);
        }

        return data;
    }
}
