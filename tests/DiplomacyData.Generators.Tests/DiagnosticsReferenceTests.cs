using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using DiplomacyData.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// Keeps data/DIAGNOSTICS.md, the curators' reference and the source of each id's page in the docs site, complete:
/// one section per descriptor, in id order, with its anchor and the descriptor's severity.
/// </summary>
public class DiagnosticsReferenceTests
{
    private const string PagePath = "data/DIAGNOSTICS.md";

    private static readonly Regex s_idPattern = new(@"^DD\d{4}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_anyHeading = new(@"^#{1,6}\s*(DD\d+)\b", RegexOptions.CultureInvariant);
    private static readonly Regex s_anyAnchor = new(@"<a\s+id=""(dd\d+)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex s_severityLine = new(@"^\*\*Severity:\*\*\s*(\w+)", RegexOptions.CultureInvariant);

    private static readonly Lazy<string[]> s_lines = new(ReadOutsideCodeBlocks);

    /// <summary>The page's lines, with the lines of fenced code blocks blanked (YAML comments there are not headings).</summary>
    private static string[] Lines => s_lines.Value;

    public static TheoryData<string> DescriptorIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var id in DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal))
            {
                data.Add(id);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Every_descriptor_has_one_heading_with_its_title_and_an_anchor_before_it(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var heading = $"## {descriptor.Id}: {Title(descriptor)}";
        var anchor = $"<a id=\"{descriptor.Id.ToLowerInvariant()}\"></a>";

        var headings = Indexes(line => line.TrimEnd() == heading);
        headings.Count.ShouldBe(1, $"{PagePath} needs exactly one heading '{heading}'");
        Indexes(line => line.Contains(anchor, StringComparison.Ordinal)).Count.ShouldBe(1, $"{PagePath} needs exactly one anchor {anchor}");
        (headings[0] > 0 ? Lines[headings[0] - 1].Trim() : string.Empty).ShouldBe(anchor, $"the anchor must be on the line before '{heading}'");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Each_section_states_the_descriptors_severity(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var severities = Section(id)
            .Select(line => s_severityLine.Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToList();

        severities.ShouldBe([descriptor.DefaultSeverity.ToString()], $"the section of {id} must have one line '**Severity:** {descriptor.DefaultSeverity}'");
        descriptor.DefaultSeverity.ShouldBeOneOf(DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info);
    }

    [Fact]
    public void The_page_has_no_section_or_anchor_for_an_id_that_is_not_a_descriptor()
    {
        var known = DiagnosticDescriptors.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        var headingIds = Lines.Select(line => s_anyHeading.Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var anchorIds = Lines.SelectMany(line => s_anyAnchor.Matches(line)).Select(m => m.Groups[1].Value.ToUpperInvariant()).ToList();

        headingIds.Where(id => !known.Contains(id)).ShouldBeEmpty($"{PagePath} has sections for ids that are not descriptors");
        anchorIds.Where(id => !known.Contains(id)).ShouldBeEmpty($"{PagePath} has anchors for ids that are not descriptors");
        headingIds.ShouldBe(headingIds.OrderBy(id => id, StringComparer.Ordinal).ToList(), "sections must be in id order");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Help_link_points_at_the_ids_page_in_the_published_site(string id)
    {
        // A published docs site, as set in Directory.Build.props (HelpLinkTests checks the site built in this
        // checkout, which every build without a published site links to; the docs build makes the page from this section).
        var site = HelpLinks.PageUri("https://example.org/team/diplomacy/")!;
        var descriptor = HelpLinks.WithLink(DiagnosticDescriptors.ById(id), site);
        var link = descriptor.HelpLinkUri;

        link.ShouldBe("https://example.org/team/diplomacy/docs/diagnostics/" + descriptor.Id.ToLowerInvariant() + ".html");
        Uri.IsWellFormedUriString(link, UriKind.Absolute).ShouldBeTrue(link);
    }

    [Fact]
    public void Ids_are_unique_and_well_formed_and_every_declared_descriptor_is_listed()
    {
        var declared = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToList();
        var ids = declared.Select(d => d.Id).ToList();

        ids.ShouldNotBeEmpty();
        ids.Where(id => !s_idPattern.IsMatch(id)).ShouldBeEmpty("ids are DD and four digits");
        ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("ids must be unique");
        DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal)
            .ShouldBe(ids.OrderBy(id => id, StringComparer.Ordinal), "DiagnosticDescriptors.All must list every declared descriptor");
    }

    private static string[] ReadOutsideCodeBlocks()
    {
        var lines = File.ReadAllText(Repository.PathOf("data", "DIAGNOSTICS.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            var marker = trimmed.StartsWith("```", StringComparison.Ordinal) ? "```" : trimmed.StartsWith("~~~", StringComparison.Ordinal) ? "~~~" : null;
            if (fence is null && marker is not null)
            {
                fence = marker;
                lines[i] = string.Empty;
            }
            else if (fence is not null)
            {
                if (marker == fence && trimmed.TrimEnd() == new string(fence[0], trimmed.TrimEnd().Length))
                {
                    fence = null;
                }

                lines[i] = string.Empty;
            }
        }

        fence.ShouldBeNull($"{PagePath} has a code block that is not closed");
        return lines;
    }

    private static string Title(DiagnosticDescriptor descriptor) => descriptor.Title.ToString(CultureInfo.InvariantCulture);

    private static List<int> Indexes(Func<string, bool> predicate) =>
        Enumerable.Range(0, Lines.Length).Where(i => predicate(Lines[i])).ToList();

    /// <summary>The lines from the id's heading to the next heading of the same or a higher level.</summary>
    private static IEnumerable<string> Section(string id)
    {
        var start = Array.FindIndex(Lines, line => line.StartsWith($"## {id}:", StringComparison.Ordinal));
        start.ShouldBeGreaterThanOrEqualTo(0, $"{PagePath} has no section for {id}");
        var end = Array.FindIndex(Lines, start + 1, line => line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal));
        return Lines.Skip(start + 1).Take((end < 0 ? Lines.Length : end) - start - 1);
    }
}
