using DiplomacyData.Generators.Diagnostics;

namespace DiplomacyData.Docs.Tests;

/// <summary>
/// The diagnostics' pages as DiplomacyData.Docs makes them from the descriptor catalogue and data/DIAGNOSTICS.md: no
/// id without its section, and the sections' links rebased to where the pages stand in the site.
/// </summary>
public sealed class DiagnosticPagesTests : IDisposable
{
    private readonly string _source = Path.Combine(Path.GetTempPath(), "diplomacydata-docs-" + Guid.NewGuid().ToString("N"));

    private static string Reference => File.ReadAllText(Repository.PathOf("data", "DIAGNOSTICS.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Every_descriptor_gets_its_page_from_the_repositorys_reference()
    {
        var written = DiagnosticPages.Write(DiagnosticDescriptors.All, DiagnosticsReference.Parse(Reference), _source);

        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            written.ShouldContain(DiagnosticPages.PagePath(descriptor.Id));
            File.ReadAllText(Path.Combine(_source, DiagnosticPages.PagePath(descriptor.Id))).ShouldStartWith($"# {descriptor.Id}: ");
        }
    }

    [Fact]
    public void A_descriptor_without_its_section_stops_the_build_and_is_named()
    {
        var start = Reference.IndexOf("<a id=\"dd0102\"></a>", StringComparison.Ordinal);
        var end = Reference.IndexOf("<a id=\"dd0103\"></a>", StringComparison.Ordinal);
        var withoutDd0102 = Reference[..start] + Reference[end..];

        var failure = Should.Throw<DocsException>(() => DiagnosticPages.Write(DiagnosticDescriptors.All, DiagnosticsReference.Parse(withoutDd0102), _source));

        failure.Message.ShouldContain("DD0102 has no section in data/DIAGNOSTICS.md");
        Directory.Exists(_source).ShouldBeFalse("nothing is written when a page cannot be made");
    }

    [Fact]
    public void A_section_without_its_fix_stops_the_build()
    {
        var section = Reference.IndexOf("<a id=\"dd0103\"></a>", StringComparison.Ordinal);
        var fix = Reference.IndexOf("**Fix:**", section, StringComparison.Ordinal);
        var withoutFix = Reference[..fix] + "**Remedy:**" + Reference[(fix + "**Fix:**".Length)..];

        Should.Throw<DocsException>(() => DiagnosticPages.Write(DiagnosticDescriptors.All, DiagnosticsReference.Parse(withoutFix), _source))
            .Message.ShouldContain("DD0103's section in data/DIAGNOSTICS.md says not how to fix it");
    }

    [Fact]
    public void A_sections_links_are_rebased_to_its_page_and_links_to_an_id_go_to_its_page()
    {
        const string text = "See [the guide](CURATING.md#dates), [DD0503](#dd0503), [the rules](#characters-unicodes-data), [names](../docs/consumers.md#how-names-are-compared), [semver](https://semver.org/) and `[code](#dd0001)`.";

        var moved = MarkdownLinks.Rewrite(text, "data/DIAGNOSTICS.md", "docs/diagnostics/dd0001.md", DiagnosticPages.IntoPages);

        moved.ShouldBe("See [the guide](../../data/CURATING.md#dates), [DD0503](dd0503.md), [the rules](index.md#characters-unicodes-data), [names](../consumers.md#how-names-are-compared), [semver](https://semver.org/) and `[code](#dd0001)`.");
    }

    [Fact]
    public void A_hand_written_pages_links_to_the_readme_and_the_reference_go_to_the_sites_pages()
    {
        const string text = "[home](../README.md#quick-start), [DD0012](../data/DIAGNOSTICS.md#dd0012), [all](../data/DIAGNOSTICS.md), [guide](../data/CURATING.md)";

        var moved = MarkdownLinks.Rewrite(text, "docs/curating.md", "docs/curating.md", SiteLinks.Map);

        moved.ShouldBe("[home](../index.md#quick-start), [DD0012](diagnostics/dd0012.md), [all](diagnostics/index.md), [guide](../data/CURATING.md)");
    }

    public void Dispose()
    {
        if (Directory.Exists(_source))
        {
            Directory.Delete(_source, recursive: true);
        }
    }
}
