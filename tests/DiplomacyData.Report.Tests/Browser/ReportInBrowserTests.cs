using System.IO;
using System.Text.Json;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Testing.Browser;

namespace DiplomacyData.Report.Tests.Browser;

/// <summary>
/// The report of the real data in headless Chromium: every page loads with no console error and asks for nothing
/// but its own files; every link resolves to a file of the site (and an anchor in it) or to a source's URL; the
/// timeline has one mark or bar per engagement and its filters work; screenshots for review.
/// </summary>
public sealed class ReportInBrowserTests : IClassFixture<ReportInBrowserFixture>
{
    private readonly ReportInBrowserFixture _fixture;

    public ReportInBrowserTests(ReportInBrowserFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Every_page_loads_without_errors_and_every_link_resolves()
    {
        var tab = await _fixture.Chromium.OpenTabAsync();
        var site = _fixture.RealSite;
        var sourceUrls = Catalog.Sources.Select(s => s.Url.OriginalString).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        pages.Count.ShouldBeGreaterThan(Catalog.Engagements.Count + Catalog.People.Count);
        var problems = new List<string>();
        var linkedFiles = new HashSet<string>(StringComparer.Ordinal);

        foreach (var page in pages)
        {
            var url = new Uri(page).AbsoluteUri;
            await tab.LoadAsync(url);
            problems.AddRange(tab.Errors.Select(e => $"{Rel(site, page)}: {e}"));
            problems.AddRange(tab.Requests.Where(r => !r.StartsWith("file://", StringComparison.Ordinal) && !r.StartsWith("data:", StringComparison.Ordinal))
                .Select(r => $"{Rel(site, page)} requested {r}"));

            var links = await tab.EvaluateAsync("[...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), document.baseURI).href)");
            foreach (var link in links.EnumerateArray().Select(l => l.GetString()!))
            {
                var target = new Uri(link);
                if (target.IsFile)
                {
                    var file = Uri.UnescapeDataString(target.AbsolutePath);
                    if (!File.Exists(file))
                    {
                        problems.Add($"{Rel(site, page)} links to a missing file {link}");
                        continue;
                    }

                    linkedFiles.Add(file);
                    var anchor = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                    if (anchor.Length > 0 && !File.ReadAllText(file).Contains("id=\"" + anchor + "\"", StringComparison.Ordinal))
                    {
                        problems.Add($"{Rel(site, page)} links to {link}, which has no element with that id");
                    }
                }
                else if (!sourceUrls.Contains(link) && !sourceUrls.Contains(target.OriginalString))
                {
                    problems.Add($"{Rel(site, page)} links to {link}, which is neither a file of the site nor a source's URL");
                }
            }
        }

        problems.ShouldBeEmpty();
        // Every page is reachable: linked from some page, or the overview itself.
        pages.Where(p => !linkedFiles.Contains(p) && Rel(site, p) != SitePaths.Overview).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_timeline_has_one_mark_or_bar_per_engagement()
    {
        var tab = await _fixture.Chromium.OpenTabAsync();
        await tab.LoadAsync(ReportInBrowserFixture.Url(_fixture.RealSite, SitePaths.Timeline));

        var ids = await tab.EvaluateAsync("[...document.querySelectorAll('svg a.ev')].map(a => a.id)");
        ids.EnumerateArray().Select(i => i.GetString()).ShouldBe(
            Catalog.Engagements.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => "t-" + e.Id));

        // A dot for a day, a bracket (a group of a bar and two caps) for a range, a dashed box for a month or an approximate date.
        var shapes = await tab.EvaluateAsync("[...document.querySelectorAll('svg a.ev')].map(a => a.firstElementChild.tagName + '.' + (a.firstElementChild.getAttribute('class') || ''))");
        var expected = Catalog.Engagements.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Precision == DatePrecision.Day && e.EndDate is null ? "circle.mark" : e.Precision == DatePrecision.Range ? "g.span" : "rect.bar uncertain");
        shapes.EnumerateArray().Select(s => s.GetString()).ShouldBe(expected);
        tab.Errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("sergey-lavrov", "", "", 0)]
    [InlineData("", "TUR", "", 0)]
    [InlineData("", "IRN", "meeting", 0)]
    [InlineData("", "", "", 2024)]
    [InlineData("", "RUS", "", 2022)]
    public async Task The_timeline_filters_show_only_the_matching_engagements(string person, string country, string kind, int year)
    {
        var tab = await _fixture.Chromium.OpenTabAsync();
        await tab.LoadAsync(ReportInBrowserFixture.Url(_fixture.RealSite, SitePaths.Timeline));

        await tab.EvaluateAsync($$"""
            (() => {
              const form = document.querySelector('form.filters');
              form.elements.person.value = {{JsonSerializer.Serialize(person)}};
              form.elements.country.value = {{JsonSerializer.Serialize(country)}};
              form.elements.kind.value = {{JsonSerializer.Serialize(kind)}};
              form.elements.year.value = {{JsonSerializer.Serialize(year == 0 ? "" : year.ToString(System.Globalization.CultureInfo.InvariantCulture))}};
              form.elements.kind.dispatchEvent(new Event('change', { bubbles: true }));
            })()
            """);
        var shown = await tab.EvaluateAsync("[...document.querySelectorAll('svg a.ev')].filter(a => getComputedStyle(a).display !== 'none').map(a => a.id)");
        var rows = await tab.EvaluateAsync("[...document.querySelectorAll('tr.ev-row')].filter(r => getComputedStyle(r).display !== 'none').length");
        var status = await tab.EvaluateAsync("document.querySelector('form.filters output').textContent");

        var expected = Catalog.Engagements
            .Where(e => person.Length == 0 || e.Participants.Any(p => p.Person.Id == person))
            .Where(e => country.Length == 0 || e.Participants.Any(p => p.Person.Country.Id == country))
            .Where(e => kind.Length == 0 || DiplomacyData.Cli.Output.Kebab.Of(e.Kind) == kind)
            .Where(e => year == 0 || (e.Date.Year <= year && (e.EndDate ?? e.Date).Year >= year))
            .OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => "t-" + e.Id)
            .ToList();
        expected.Count.ShouldBeGreaterThan(0);
        expected.Count.ShouldBeLessThan(Catalog.Engagements.Count);
        shown.EnumerateArray().Select(s => s.GetString()).ShouldBe(expected);
        rows.GetInt32().ShouldBe(expected.Count);
        status.GetString().ShouldBe($"{expected.Count} of {Catalog.Engagements.Count} engagements shown");
        if (year != 0)
        {
            // One year seen on its own: the other years' bands step back.
            var faded = await tab.EvaluateAsync("[...document.querySelectorAll('g.band.other-year')].map(g => g.id)");
            faded.EnumerateArray().Select(f => f.GetString()).ShouldNotContain("y" + year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            faded.GetArrayLength().ShouldBeGreaterThan(0);
        }

        tab.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Hostile_text_arrives_as_text_and_runs_nothing()
    {
        var tab = await _fixture.Chromium.OpenTabAsync();
        var site = _fixture.SyntheticSite;
        foreach (var page in new[] { SitePaths.Engagement("engagement-000000"), SitePaths.Timeline, SitePaths.Person("person-000000"), SitePaths.People })
        {
            await tab.LoadAsync(ReportInBrowserFixture.Url(site, page));
            (await tab.EvaluateAsync("typeof window.injected")).GetString().ShouldBe("undefined", page);
            (await tab.EvaluateAsync("document.querySelectorAll('main script, main b').length")).GetInt32().ShouldBe(0, page);
            tab.Errors.ShouldBeEmpty(page);
        }

        await tab.LoadAsync(ReportInBrowserFixture.Url(site, SitePaths.Engagement("engagement-000000")));
        (await tab.EvaluateAsync("document.querySelector('h1').textContent")).GetString().ShouldBe(DiplomacyData.Unicode.BidiIsolation.IsolateRuns("Engagement 0: " + SyntheticReportRows.Hostile), "the title, as text, its Persian words isolated from what surrounds them");
        (await tab.EvaluateAsync("document.querySelector('blockquote.evidence').textContent")).GetString().ShouldBe(DiplomacyData.Unicode.BidiIsolation.IsolateRuns("Passage 0: " + SyntheticReportRows.Hostile));
        (await tab.EvaluateAsync("document.querySelector('.source h3 a').getAttribute('href')")).GetString().ShouldBe("https://news.example.org/report/0?a=1&b=\"2\"");
    }

    [Fact]
    public async Task Screenshots_of_the_timeline_and_a_person_page_are_written_for_review()
    {
        var tab = await _fixture.Chromium.OpenTabAsync();
        Directory.CreateDirectory(ReportInBrowserFixture.Screenshots);
        var pages = new[] { (SitePaths.Overview, "overview"), (SitePaths.Timeline, "timeline"), (SitePaths.Person("abbas-araghchi"), "person"), (SitePaths.Matrix, "who-met-whom") };
        foreach (var (page, name) in pages)
        {
            foreach (var (width, mobile, suffix) in new[] { (1100, false, "desktop"), (BrowserTab.PhoneWidth, true, "phone") })
            {
                await tab.LoadAsync(ReportInBrowserFixture.Url(_fixture.RealSite, page));
                var png = await tab.ScreenshotAsync(width, mobile);
                png.Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
                png.Length.ShouldBeGreaterThan(20_000, "a blank page compresses to a few kilobytes");
                File.WriteAllBytes(Path.Combine(ReportInBrowserFixture.Screenshots, $"report-{name}-{suffix}.png"), png);
            }
        }
    }

    private static string Rel(string site, string file) => Path.GetRelativePath(site, file).Replace(Path.DirectorySeparatorChar, '/');
}
