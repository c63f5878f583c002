using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyData.Docs;

/// <summary>
/// The relative links of a Markdown text, moved: each <c>](target)</c> outside code blocks and code spans is resolved
/// against the file it was written in, mapped (a link into one file may be sent to another), and written again
/// relative to the file the text now stands in. Paths are the repository's, with '/' between folders, because the site
/// keeps the repository's layout; links with a scheme (https:, mailto:) stay as they are.
/// </summary>
internal static partial class MarkdownLinks
{
    /// <summary>Where a resolved link goes: a file (repository path) and an anchor, or null for none.</summary>
    public delegate (string Path, string? Anchor) Map(string path, string? anchor);

    public static string Rewrite(string markdown, string writtenIn, string standsIn, Map map)
    {
        var lines = markdown.Split('\n');
        var fence = (string?)null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (fence is not null)
            {
                fence = trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim().Trim(fence[0]).Length == 0 ? null : fence;
                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
                continue;
            }

            // Between backticks is code: the even-numbered pieces of the line are text.
            var pieces = lines[i].Split('`');
            for (var p = 0; p < pieces.Length; p += 2)
            {
                pieces[p] = Link().Replace(pieces[p], match => "](" + Moved(match.Groups["target"].Value, writtenIn, standsIn, map) + ")");
            }

            lines[i] = string.Join('`', pieces);
        }

        return string.Join('\n', lines);
    }

    private static string Moved(string target, string writtenIn, string standsIn, Map map)
    {
        if (Scheme().IsMatch(target))
        {
            return target;
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? target : target[..hash];
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        var resolved = path.Length == 0 ? writtenIn : Resolve(Folder(writtenIn), path);
        var (file, mappedAnchor) = map(resolved, anchor);
        if (writtenIn == standsIn && file == resolved && mappedAnchor == anchor)
        {
            return target;
        }

        var relative = file == standsIn && mappedAnchor is not null ? string.Empty : Relative(Folder(standsIn), file);
        return relative + (mappedAnchor is null ? string.Empty : "#" + mappedAnchor);
    }

    /// <summary><paramref name="path"/> (relative, '/'-separated, maybe with '..') read from <paramref name="folder"/>, as a repository path.</summary>
    public static string Resolve(string folder, string path)
    {
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    throw new DocsException($"a link to '{path}' from '{folder}/' leaves the repository");
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The repository path <paramref name="file"/> as a link from a page in <paramref name="folder"/>.</summary>
    public static string Relative(string folder, string file)
    {
        var from = folder.Length == 0 ? [] : folder.Split('/');
        var to = file.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var text = new StringBuilder();
        for (var i = common; i < from.Length; i++)
        {
            text.Append("../");
        }

        return text.Append(string.Join('/', to.Skip(common))).ToString();
    }

    private static string Folder(string file) => file.Contains('/', StringComparison.Ordinal) ? file[..file.LastIndexOf('/')] : string.Empty;

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
