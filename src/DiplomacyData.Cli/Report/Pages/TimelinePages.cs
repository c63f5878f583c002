using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.Cli.Report.Charts;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Cli.Report.Pages;

/// <summary>
/// The timeline: every engagement by date, <see cref="PageSize"/> to a page (one page for the real data), each
/// page a chart, the filters (person, country, kind: <c>assets/report.js</c>) and the table of its engagements.
/// </summary>
internal static class TimelinePages
{
    /// <summary>Engagements per timeline page: about 0.5 MB of HTML, so that a page opens quickly at any size of data.</summary>
    public const int PageSize = 1000;

    /// <summary>The timeline page that shows each engagement, by id.</summary>
    public static Dictionary<string, string> PageOf(IReadOnlyList<ReportEngagement> engagements)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < engagements.Count; i++)
        {
            pages[engagements[i].Id] = SitePaths.Numbered(SitePaths.Timeline, i / PageSize + 1);
        }

        return pages;
    }

    public static IEnumerable<Page> Create(ReportModel model)
    {
        var chunks = SitePaths.Paginate(model.Engagements, PageSize);
        var labels = chunks.Select(c => c.Count == 0 ? "—" : Output.IsoDate.Format(c[0].Date)).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var title = chunks.Count == 1 ? "Timeline" : string.Create(CultureInfo.InvariantCulture, $"Timeline, page {i + 1} of {chunks.Count}");
            var page = new Page(SitePaths.Numbered(SitePaths.Timeline, i + 1), title);
            page.Body.Element("p", chunks.Count == 1
                ? "Every engagement of the dataset by date, a row per year. Pick a person, country, kind or year to show only theirs."
                : "Engagements by date, a thousand to a page; the filters apply to this page. Pages start on the date shown.");
            page.Pager(SitePaths.Timeline, i + 1, chunks.Count, labels);
            Filters(page.Body, chunk);
            Legend(page.Body, chunk);
            TimelineChart.Write(page, chunk, title + ": engagements by date");
            EngagementTable.Write(page, chunk, "The engagements of the chart, by date");
            yield return page;
        }
    }

    private static void Filters(Markup html, IReadOnlyList<ReportEngagement> engagements)
    {
        html.Open("form", "class", "filters", "aria-label", "Filter the engagements");
        Select(html, "person", "Person", engagements.SelectMany(e => e.People).Distinct()
            .OrderBy(p => p.FullName, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).Select(p => (p.Id, p.FullName)));
        Select(html, "country", "Country", engagements.SelectMany(e => e.Countries).Distinct()
            .OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (c.Id, c.Name)));
        Select(html, "kind", "Kind", engagements.Select(e => e.Kind).Distinct().OrderBy(k => k, StringComparer.Ordinal).Select(k => (k, k)));
        // One year at a time: the marks and rows of the other years hide, and so do their bands of the chart.
        Select(html, "year", "Year", engagements.SelectMany(e => Enumerable.Range(e.Date.Year, Math.Min(e.LastDay.Year - e.Date.Year, 50) + 1)).Distinct().Order()
            .Select(y => y.ToString(CultureInfo.InvariantCulture)).Select(y => (y, y)));
        html.Element("output", string.Create(CultureInfo.InvariantCulture, $"{engagements.Count} of {engagements.Count} engagements shown"),
            "class", "status", "aria-live", "polite").Close("form");
    }

    private static void Select(Markup html, string name, string label, IEnumerable<(string Value, string Text)> options)
    {
        html.Open("label").Text(label + " ").Open("select", "name", name).Element("option", "any", "value", string.Empty);
        foreach (var (value, text) in options)
        {
            html.Element("option", text, "value", value);
        }

        html.Close("select").Close("label");
    }

    private static void Legend(Markup html, IReadOnlyList<ReportEngagement> engagements)
    {
        html.Open("ul", "class", "legend", "aria-label", "Colours of the kinds");
        foreach (var kind in engagements.Select(e => e.Kind).Distinct().OrderBy(k => k, StringComparer.Ordinal))
        {
            html.Open("li").Element("span", string.Empty, "class", "swatch", "style", "background:" + KindPalette.Of(kind)).Text(kind).Close("li");
        }

        html.Open("li").Element("span", string.Empty, "class", "swatch dot").Text("a day").Close("li")
            .Open("li").Element("span", string.Empty, "class", "swatch span").Text("several days").Close("li")
            .Open("li").Element("span", string.Empty, "class", "swatch uncertain").Text("a month, or some day in a range").Close("li")
            .Close("ul");
    }
}
