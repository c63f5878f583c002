using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Testing.Browser;

namespace DiplomacyData.Report.Tests.Browser;

/// <summary>
/// The report as people look at it, measured in Chromium: no page scrolls sideways on a phone, the timeline gives
/// every year its band and every mark room, and a person's offices span the dataset's coverage with an unknown start
/// drawn as such.
/// </summary>
public sealed class ReportLayoutTests : IClassFixture<ReportInBrowserFixture>
{
    private readonly ReportInBrowserFixture _fixture;

    public ReportLayoutTests(ReportInBrowserFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task No_page_scrolls_sideways_on_a_420_pixel_wide_phone()
    {
        var tab = await _fixture.Chromium.OpenTabAsync();
        await tab.SetWidthAsync(BrowserTab.PhoneWidth, mobile: true);
        var pages = Directory.GetFiles(_fixture.RealSite, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        pages.ShouldNotBeEmpty();
        var wide = new List<string>();
        foreach (var page in pages)
        {
            await tab.LoadAsync(new Uri(page).AbsoluteUri);
            var widths = await tab.EvaluateAsync("[window.innerWidth, document.documentElement.scrollWidth]");
            var (viewport, content) = (widths[0].GetInt32(), widths[1].GetInt32());
            viewport.ShouldBe(BrowserTab.PhoneWidth);
            if (content > viewport)
            {
                wide.Add($"{Path.GetRelativePath(_fixture.RealSite, page)}: {content} px wide");
            }
        }

        wide.ShouldBeEmpty();
    }

    /// <summary>
    /// Each year with engagements has a band of its own, every mark lies in the band of its first day's year, is at
    /// least 8 pixels wide on a desktop screen, and overlaps no other.
    /// </summary>
    [Fact]
    public async Task The_timeline_gives_each_year_a_band_and_every_mark_room()
    {
        var tab = await _fixture.Chromium.OpenTabAsync();
        await tab.LoadAsync(ReportInBrowserFixture.Url(_fixture.RealSite, SitePaths.Timeline));

        var bands = (await tab.EvaluateAsync("""
            [...document.querySelectorAll('g.band:not(.gap)')].map(g => {
              const r = g.querySelector('rect').getBoundingClientRect();
              return { id: g.id, top: r.top, bottom: r.bottom };
            })
            """)).EnumerateArray().Select(b => (Id: b.GetProperty("id").GetString()!, Top: b.GetProperty("top").GetDouble(), Bottom: b.GetProperty("bottom").GetDouble())).ToList();
        var marks = (await tab.EvaluateAsync("""
            [...document.querySelectorAll('svg a.ev')].map(a => {
              const r = a.firstElementChild.getBoundingClientRect();
              return { id: a.id, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
            })
            """)).EnumerateArray().Select(m => (Id: m.GetProperty("id").GetString()!, Left: m.GetProperty("left").GetDouble(), Right: m.GetProperty("right").GetDouble(),
                Top: m.GetProperty("top").GetDouble(), Bottom: m.GetProperty("bottom").GetDouble())).ToList();

        var years = Catalog.Engagements.Select(e => e.Date.Year).Distinct().Order().Select(y => "y" + y.ToString(CultureInfo.InvariantCulture)).ToList();
        bands.Select(b => b.Id).ShouldBe(years);
        marks.Count.ShouldBe(Catalog.Engagements.Count);
        foreach (var mark in marks)
        {
            var engagement = Catalog.FindEngagement(mark.Id["t-".Length..])!;
            var band = bands.Single(b => b.Id == "y" + engagement.Date.Year.ToString(CultureInfo.InvariantCulture));
            var middle = (mark.Top + mark.Bottom) / 2;
            middle.ShouldBeInRange(band.Top, band.Bottom, mark.Id);
            (mark.Right - mark.Left).ShouldBeGreaterThanOrEqualTo(8, mark.Id);
        }

        var overlapping = from a in marks
                          from b in marks
                          where string.CompareOrdinal(a.Id, b.Id) < 0 && a.Left < b.Right - 0.5 && b.Left < a.Right - 0.5 && a.Top < b.Bottom - 0.5 && b.Top < a.Bottom - 0.5
                          select a.Id + " and " + b.Id;
        overlapping.ShouldBeEmpty();
    }

    /// <summary>
    /// A person's offices are drawn over the dataset's coverage, and a role whose start is unknown is a bar fading in
    /// from the chart's edge, not a square where the data happens to begin.
    /// </summary>
    [Fact]
    public async Task A_persons_offices_span_the_coverage_and_an_unknown_start_is_drawn_as_unknown()
    {
        var person = Catalog.People.First(p => p.Roles.Any(r => r.From is null));
        var tab = await _fixture.Chromium.OpenTabAsync();
        await tab.LoadAsync(ReportInBrowserFixture.Url(_fixture.RealSite, SitePaths.Person(person.Id)));

        var ticks = (await tab.EvaluateAsync("[...document.querySelectorAll('figure.gantt text.tick')].map(t => t.textContent)"))
            .EnumerateArray().Select(t => t.GetString()).ToList();
        var first = Catalog.Engagements.Min(e => e.Date).Year;
        var last = Catalog.Engagements.Max(e => e.EndDate ?? e.Date).Year;
        ticks.ShouldContain(last.ToString(CultureInfo.InvariantCulture));
        ticks.ShouldContain((first + 1).ToString(CultureInfo.InvariantCulture));

        var sizes = await tab.EvaluateAsync("""
            (() => {
              const chart = document.querySelector('figure.gantt svg').getBoundingClientRect();
              return [...document.querySelectorAll('figure.gantt g.open-start rect.unknown')].map(r => r.getBoundingClientRect().width / chart.width);
            })()
            """);
        sizes.GetArrayLength().ShouldBe(person.Roles.Count(r => r.From is null));
        foreach (var share in sizes.EnumerateArray())
        {
            share.GetDouble().ShouldBeGreaterThan(0.05, "an unknown start is drawn from the chart's edge, not as a small square");
        }

        var fill = await tab.EvaluateAsync("document.querySelector('figure.gantt rect.unknown').getAttribute('fill')");
        fill.GetString().ShouldBe("url(#unknown-start)");
        tab.Errors.ShouldBeEmpty();
    }

    /// <summary>A native name sits beside its label in an isolate of its own, not pushed to the far edge by its direction.</summary>
    [Fact]
    public async Task A_native_name_sits_beside_its_label()
    {
        var person = Catalog.People.First(p => p.Name.Native is { } native && native.Any(c => c is >= '\u0600' and <= '\u06FF'));
        var tab = await _fixture.Chromium.OpenTabAsync();
        await tab.LoadAsync(ReportInBrowserFixture.Url(_fixture.RealSite, SitePaths.Person(person.Id)));

        var layout = await tab.EvaluateAsync("""
            (() => {
              const dt = [...document.querySelectorAll('dl.facts dt')].find(d => d.textContent === 'Native name');
              const name = dt.nextElementSibling.querySelector('bdi');
              return [dt.getBoundingClientRect().right, name.getBoundingClientRect().left, name.textContent];
            })()
            """);
        // The text as written; the isolate marks the report adds around right-to-left runs aside.
        Regex.Replace(layout[2].GetString()!, "[\u2066-\u2069]", string.Empty).ShouldBe(person.Name.Native);
        (layout[1].GetDouble() - layout[0].GetDouble()).ShouldBeLessThan(60, "the name starts right after its label");
    }
}
