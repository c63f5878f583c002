using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DiplomacyData.Docs;

/// <summary>
/// The curators' reference, data/DIAGNOSTICS.md, as the docs site reads it: its introduction (everything before the
/// first id's section) and each id's section, which starts at the anchor line and heading its tests require
/// (<c>&lt;a id="dd0101"&gt;&lt;/a&gt;</c>, then <c>## DD0101: Title</c>) and runs to the next one. Lines inside
/// fenced code blocks are never taken for either: YAML comments there start with '#'.
/// </summary>
internal sealed partial class DiagnosticsReference
{
    private DiagnosticsReference(IReadOnlyList<string> introduction, IReadOnlyDictionary<string, Section> sections)
    {
        Introduction = introduction;
        Sections = sections;
    }

    /// <summary>The lines before the first section, without the rule and blank lines that end it.</summary>
    public IReadOnlyList<string> Introduction { get; }

    /// <summary>The sections by id (<c>DD0101</c>).</summary>
    public IReadOnlyDictionary<string, Section> Sections { get; }

    /// <param name="Id">The id, as its heading writes it (<c>DD0101</c>).</param>
    /// <param name="Title">The heading's text after the id.</param>
    /// <param name="Body">The lines after the heading, up to the next section (trailing blank lines dropped).</param>
    public sealed record Section(string Id, string Title, IReadOnlyList<string> Body);

    public static DiagnosticsReference Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var starts = new List<int>();
        var fence = (string?)null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim().Trim(fence[0]).Length == 0)
                {
                    fence = null;
                }
            }
            else if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
            }
            else if (Anchor().IsMatch(lines[i]))
            {
                starts.Add(i);
            }
        }

        if (fence is not null)
        {
            throw new DocsException($"{DiagnosticPages.ReferencePath}: a code block ({fence}) is not closed");
        }

        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        for (var s = 0; s < starts.Count; s++)
        {
            var anchor = Anchor().Match(lines[starts[s]]).Groups["id"].Value;
            var heading = starts[s] + 1 < lines.Length ? Heading().Match(lines[starts[s] + 1]) : Match.Empty;
            if (!heading.Success || !heading.Groups["id"].Value.Equals(anchor, StringComparison.OrdinalIgnoreCase))
            {
                throw new DocsException($"{DiagnosticPages.ReferencePath} line {starts[s] + 1}: the anchor <a id=\"{anchor}\"></a> must be followed by its heading '## {anchor.ToUpperInvariant()}: <title>'");
            }

            var id = heading.Groups["id"].Value;
            var end = s + 1 < starts.Count ? starts[s + 1] : lines.Length;
            var body = lines[(starts[s] + 2)..end].ToList();
            if (!sections.TryAdd(id, new Section(id, heading.Groups["title"].Value.Trim(), TrimEnd(body, line => line.Trim().Length == 0))))
            {
                throw new DocsException($"{DiagnosticPages.ReferencePath}: {id} has two sections");
            }
        }

        var introduction = lines[..(starts.Count > 0 ? starts[0] : lines.Length)].ToList();
        return new DiagnosticsReference(TrimEnd(introduction, line => line.Trim().Length == 0 || line.Trim() == "---"), sections);
    }

    private static List<string> TrimEnd(List<string> lines, Func<string, bool> drop)
    {
        while (lines.Count > 0 && drop(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    [GeneratedRegex(@"^<a id=""(?<id>dd\d{4})""></a>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"^## (?<id>DD\d{4}): (?<title>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
