using System.Globalization;
using DiplomacyData.Generators.Diagnostics;
using Xunit.Abstractions;

namespace DiplomacyData.Docs.Tests;

/// <summary>
/// The docs site opened in headless Chromium, every page of it: no console error, no request to another address,
/// every link into the site opens a page or file of it and every anchor an element of that page; a page for every DD
/// id at the path its help link names, one for every public type of the package, one for every guide.
/// </summary>
// Builds the whole site with docfx and opens every page: in CI and "tests/run.sh --all", not in the quick run.
[Trait("Category", "Long")]
public sealed class DocsSiteTests(DocsSiteFixture site, ITestOutputHelper output) : IClassFixture<DocsSiteFixture>
{
    [Fact]
    public void The_site_has_pages_and_every_page_opens_without_a_console_error()
    {
        output.WriteLine(FormattableString.Invariant($"docs/build.sh: {site.Durations.Build.TotalSeconds:F0} s; {site.Pages.Count} pages opened in {site.Durations.Visit.TotalSeconds:F0} s"));

        site.Pages.Keys.ShouldContain("index.html", "the home page (the README)");
        site.Pages.Values.Where(page => page.Errors.Count > 0)
            .Select(page => page.Path + ":\n  " + string.Join("\n  ", page.Errors))
            .ShouldBeEmpty();
    }

    [Fact]
    public void No_page_loads_anything_from_another_address()
    {
        site.Pages.Values
            .SelectMany(page => page.Requests.Where(url => !IsInSite(url) && !url.StartsWith("data:", StringComparison.Ordinal)).Select(url => $"{page.Path}: {url}"))
            .ShouldBeEmpty("the site works offline: everything it loads is its own");
    }

    [Fact]
    public void Every_link_into_the_site_opens_a_file_of_it_and_every_anchor_an_element_of_that_page()
    {
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var page in site.Pages.Values)
        {
            foreach (var link in page.Links.Where(IsInSite).Select(link => new Uri(link)))
            {
                checkedLinks++;
                var path = Uri.UnescapeDataString(link.AbsolutePath.TrimStart('/'));
                path = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                if (!File.Exists(Path.Combine(DocsSiteFixture.Site, path)))
                {
                    broken.Add($"{page.Path}: {link} (no file {path})");
                    continue;
                }

                var anchor = Uri.UnescapeDataString(link.Fragment.TrimStart('#'));
                if (anchor.Length > 0 && (!site.Pages.TryGetValue(path, out var target) || !target.Ids.Contains(anchor)))
                {
                    broken.Add($"{page.Path}: {link} (no element with id '{anchor}' in {path})");
                }
            }
        }

        checkedLinks.ShouldBeGreaterThan(site.Pages.Count, "every page links somewhere");
        broken.Distinct().ShouldBeEmpty();
    }

    public static TheoryData<string> DiagnosticIds => [.. DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(DiagnosticIds))]
    public void Every_diagnostic_has_its_page_where_its_help_link_points(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);

        site.Pages.TryGetValue(HelpLinks.PagePath(id), out var page).ShouldBeTrue($"no page {HelpLinks.PagePath(id)}");
        page!.Heading.ShouldBe($"{id}: {descriptor.Title.ToString(CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public void Every_public_type_of_the_package_has_its_api_page()
    {
        var types = typeof(Catalog).Assembly.GetExportedTypes();

        types.ShouldNotBeEmpty();
        foreach (var type in types)
        {
            var path = "docs/api/" + type.FullName!.Replace('+', '.').Replace('`', '-') + ".html";
            site.Pages.TryGetValue(path, out var page).ShouldBeTrue($"{type.FullName} has no API page {path}");
            page!.Heading.ShouldEndWith(" " + type.Name.Split('`')[0], Case.Sensitive, $"{path}: '{page.Heading}'");
        }
    }

    [Fact]
    public void Every_guide_and_the_pages_it_includes_from_elsewhere_are_in_the_site()
    {
        var guides = Directory.GetFiles(Repository.PathOf("docs"), "*.md").Select(file => "docs/" + Path.ChangeExtension(Path.GetFileName(file), ".html"));

        foreach (var page in guides.Concat(["data/CURATING.html", "data/CHANGELOG.html", "benchmarks/README.html", "benchmarks/LOG.html", "docs/diagnostics/index.html"]))
        {
            site.Pages.Keys.ShouldContain(page);
        }
    }

    private bool IsInSite(string url) => url.StartsWith(site.Root.AbsoluteUri, StringComparison.Ordinal);
}
