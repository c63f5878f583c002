using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DiplomacyData.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Docs;

/// <summary>
/// The site's diagnostics: a page per descriptor of the generator's catalogue, at the path its help link names
/// (<see cref="HelpLinks.PagePath"/>), holding the descriptor's severity, category and message and its section of
/// the curators' reference (what it means, an example, the message as printed, the fix); an overview made from the
/// reference's introduction with every id; and the folder's table of contents. A descriptor without its section, or
/// with one that disagrees with it, stops the build: no id can lack its page.
/// </summary>
internal static class DiagnosticPages
{
    /// <summary>The curators' reference in the repository, the pages' source.</summary>
    public const string ReferencePath = "data/DIAGNOSTICS.md";

    /// <summary>The overview of every id, beside the pages.</summary>
    public const string OverviewPath = "docs/diagnostics/index.md";

    /// <summary>The page of <paramref name="id"/>, as a Markdown file of the site's source.</summary>
    public static string PagePath(string id) => Path.ChangeExtension(HelpLinks.PagePath(id), ".md");

    /// <summary>Where a link into the reference goes in the site: an id's section to its page, anything else to the overview.</summary>
    public static (string Path, string? Anchor) IntoPages(string path, string? anchor)
    {
        if (path != ReferencePath)
        {
            return (path, anchor);
        }

        return anchor is { Length: 6 } && anchor.StartsWith("dd", StringComparison.Ordinal) && anchor[2..].All(char.IsAsciiDigit)
            ? (PagePath(anchor.ToUpperInvariant()), null)
            : (OverviewPath, anchor);
    }

    /// <summary>Writes the pages, the overview and the table of contents under <paramref name="source"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(IEnumerable<DiagnosticDescriptor> descriptors, DiagnosticsReference reference, string source)
    {
        var ordered = descriptors.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var problems = ordered.SelectMany(d => Problems(d, reference)).ToList();
        var known = ordered.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(reference.Sections.Keys.Where(id => !known.Contains(id)).Order(StringComparer.Ordinal)
            .Select(id => $"{id} has a section in {ReferencePath} but is no descriptor of the generator; remove the section"));
        if (problems.Count > 0)
        {
            throw new DocsException("the diagnostics' pages cannot be made:\n  " + string.Join("\n  ", problems));
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var descriptor in ordered)
        {
            files[PagePath(descriptor.Id)] = Page(descriptor, reference.Sections[descriptor.Id]);
        }

        files[OverviewPath] = Overview(ordered, reference);
        files[Path.GetDirectoryName(OverviewPath)!.Replace('\\', '/') + "/toc.yml"] = Toc(ordered);
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(source, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text, new UTF8Encoding(false));
        }

        return [.. files.Keys];
    }

    /// <summary>What keeps the id's section from making its page: none, one, or several things, each in a line.</summary>
    private static IEnumerable<string> Problems(DiagnosticDescriptor descriptor, DiagnosticsReference reference)
    {
        if (!reference.Sections.TryGetValue(descriptor.Id, out var section))
        {
            yield return $"{descriptor.Id} has no section in {ReferencePath}: add '<a id=\"{descriptor.Id.ToLowerInvariant()}\"></a>' and '## {descriptor.Id}: {Title(descriptor)}' with what it means, an example, the message and the fix";
            yield break;
        }

        if (section.Title != Title(descriptor))
        {
            yield return $"{descriptor.Id}'s heading in {ReferencePath} says '{section.Title}', its descriptor '{Title(descriptor)}'";
        }

        if (!section.Body.Contains("**Severity:** " + descriptor.DefaultSeverity))
        {
            yield return $"{descriptor.Id}'s section in {ReferencePath} needs the line '**Severity:** {descriptor.DefaultSeverity}'";
        }

        if (!section.Body.Any(line => line.StartsWith("```text", StringComparison.Ordinal)))
        {
            yield return $"{descriptor.Id}'s section in {ReferencePath} shows no message as the build prints it (a ```text block)";
        }

        if (!section.Body.Any(line => line.StartsWith("**Fix:**", StringComparison.Ordinal)))
        {
            yield return $"{descriptor.Id}'s section in {ReferencePath} says not how to fix it (a paragraph starting '**Fix:**')";
        }
    }

    private static string Page(DiagnosticDescriptor descriptor, DiagnosticsReference.Section section)
    {
        var page = PagePath(descriptor.Id);
        var text = new StringBuilder();
        text.Append("# ").Append(descriptor.Id).Append(": ").Append(Title(descriptor)).Append("\n\n");
        text.Append("| severity | category | message |\n| --- | --- | --- |\n");
        text.Append("| ").Append(descriptor.DefaultSeverity).Append(" | ").Append(Category(descriptor)).Append(" | ")
            .Append(CodeCell(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture))).Append(" |\n\n");

        // The section's own severity line is the table's first row now; its sub-headings move up with it.
        var body = section.Body.Where(line => !line.StartsWith("**Severity:**", StringComparison.Ordinal)).Select(line => line.StartsWith("###", StringComparison.Ordinal) ? line[1..] : line);
        text.Append(MarkdownLinks.Rewrite(string.Join('\n', body).Trim('\n'), ReferencePath, page, IntoPages)).Append("\n\n");
        text.Append("This page is made from ").Append(descriptor.Id).Append("'s section of `").Append(ReferencePath)
            .Append("`, the curators' reference in the repository. Every id: [Diagnostics](")
            .Append(MarkdownLinks.Relative(Folder(page), OverviewPath)).Append(").\n");
        return text.ToString();
    }

    private static string Overview(IReadOnlyList<DiagnosticDescriptor> descriptors, DiagnosticsReference reference)
    {
        var text = new StringBuilder();
        text.Append(MarkdownLinks.Rewrite(string.Join('\n', reference.Introduction).Trim('\n'), ReferencePath, OverviewPath, IntoPages)).Append("\n\n");
        text.Append("## Every diagnostic\n\n| id | title | severity |\n| --- | --- | --- |\n");
        foreach (var descriptor in descriptors)
        {
            text.Append("| [").Append(descriptor.Id).Append("](").Append(MarkdownLinks.Relative(Folder(OverviewPath), PagePath(descriptor.Id))).Append(") | ")
                .Append(Cell(Title(descriptor))).Append(" | ").Append(descriptor.DefaultSeverity).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>The folder's table of contents: the overview, then the ids by category, in the order their first id comes.</summary>
    private static string Toc(IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        var text = new StringBuilder();
        text.Append("- name: Overview\n  href: index.md\n");
        foreach (var category in descriptors.GroupBy(Category))
        {
            text.Append("- name: ").Append(Quoted(category.Key)).Append("\n  items:\n");
            foreach (var descriptor in category)
            {
                text.Append("  - name: ").Append(Quoted(descriptor.Id + " " + Title(descriptor))).Append('\n')
                    .Append("    href: ").Append(Path.GetFileName(PagePath(descriptor.Id))).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Title(DiagnosticDescriptor descriptor) => descriptor.Title.ToString(CultureInfo.InvariantCulture);

    /// <summary>The category's own word: <c>DiplomacyData.Schema</c> is "Schema".</summary>
    private static string Category(DiagnosticDescriptor descriptor) => descriptor.Category[(descriptor.Category.LastIndexOf('.') + 1)..];

    private static string Folder(string path) => path[..path.LastIndexOf('/')];

    /// <summary>A table cell's text: '|' would end the cell.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>A table cell holding <paramref name="text"/> as code, fenced by more backticks than it holds in a row.</summary>
    private static string CodeCell(string text)
    {
        var fence = new string('`', LongestRun(text, '`') + 1);
        return fence + " " + Cell(text) + " " + fence;
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
