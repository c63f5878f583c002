using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace DiplomacyData.Docs;

/// <summary>
/// The two places where the site's layout differs from the repository's, for the hand-written pages' links: the
/// README is the site's home page (index.md), and data/DIAGNOSTICS.md is not one page but a page per id (a link to an
/// id's section goes to the id's page, any other to the diagnostics' overview, with the same anchor).
/// </summary>
internal static class SiteLinks
{
    /// <summary>Rewrites the links of every Markdown file under <paramref name="source"/> but <paramref name="skip"/>; returns how many changed.</summary>
    public static int PointAtSitePages(string source, IReadOnlyCollection<string> skip)
    {
        var changed = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(source, file).Replace('\\', '/');
            if (skip.Contains(path))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var moved = MarkdownLinks.Rewrite(text, path, path, Map);
            if (moved != text)
            {
                File.WriteAllText(file, moved, new UTF8Encoding(false));
                changed++;
            }
        }

        return changed;
    }

    /// <summary>Where a link to a repository file goes in the site.</summary>
    public static (string Path, string? Anchor) Map(string path, string? anchor) =>
        path == "README.md" ? ("index.md", anchor) : DiagnosticPages.IntoPages(path, anchor);
}
