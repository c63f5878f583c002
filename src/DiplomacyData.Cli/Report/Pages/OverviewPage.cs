using System;
using System.Globalization;
using System.Linq;
using DiplomacyData.Cli.Report.Charts;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Cli.Report.Pages;

/// <summary>The front page: the data's release and hash, counts, the period covered, how much of it is coded, engagements per year and per kind.</summary>
internal static class OverviewPage
{
    public static Page Create(ReportModel model)
    {
        var page = new Page(SitePaths.Overview, "DiplomacyData report");
        var html = page.Body;
        var engagements = model.Engagements;

        html.Open("dl", "class", "facts")
            .Element("dt", "Data release").Element("dd", model.DataVersion)
            .Element("dt", "Content hash").Open("dd").Element("code", model.ContentHash).Close("dd")
            .Element("dt", "Coverage").Element("dd", Coverage(model))
            .Close("dl");

        html.Open("p")
            .Link(page.Href(SitePaths.Timeline), "Timeline").Text(": every engagement by date, filtered by person, country or kind. ")
            .Link(page.Href(SitePaths.People), "People").Text(": each person's offices over time and engagements. ")
            .Link(page.Href(SitePaths.Matrix), "Who met whom").Text(": people and countries that took part in the same engagements.")
            .Close("p");

        html.Element("h2", "Counts")
            .Raw("<table class=\"counts\"><thead><tr><th scope=\"col\">Records</th><th scope=\"col\" class=\"number\">Count</th></tr></thead><tbody>");
        Count(html, "Engagements", engagements.Count);
        Count(html, "Engagements that happened", engagements.Count(e => e.Status == "happened"));
        Count(html, "Planned engagements", engagements.Count(e => e.Status == "planned"));
        Count(html, "People", model.People.Count);
        Count(html, "Countries", model.Countries.Count);
        Count(html, "Source articles", model.SourceCount);
        Count(html, "Reports of engagements (citations)", engagements.Sum(e => e.Citations.Count));
        Count(html, "Verbatim evidence passages", engagements.Sum(e => e.Citations.Sum(c => c.Evidence.Count)));
        Count(html, "Statements", engagements.Sum(e => e.Statements.Count));
        html.Raw("</tbody></table>");

        html.Element("h2", "Details recorded")
            .Element("p", "How many engagements record each kind of detail.")
            .Raw("<table class=\"counts\"><thead><tr><th scope=\"col\">Engagements with</th><th scope=\"col\" class=\"number\">Count</th><th scope=\"col\" class=\"number\">Share</th></tr></thead><tbody>");
        Share(html, "the exact day", engagements.Count(e => e.Precision == DatePrecision.Day), engagements.Count);
        Share(html, "a place", engagements.Count(e => e.Country is not null), engagements.Count);
        Share(html, "topics", engagements.Count(e => e.Topics.Count > 0), engagements.Count);
        Share(html, "statements", engagements.Count(e => e.Statements.Count > 0), engagements.Count);
        Share(html, "CAMEO codes", engagements.Count(e => e.Cameo.Count > 0), engagements.Count);
        Share(html, "a PLOVER coding", engagements.Count(e => e.PloverEvent is not null), engagements.Count);
        Share(html, "two or more sources", engagements.Count(e => e.Citations.Count > 1), engagements.Count);
        html.Raw("</tbody></table>");

        // Every year of the coverage, a year without engagements as a bar of 0, so that a gap shows as one; over a span
        // too long for a bar each (a synthetic calendar), only the years that have engagements.
        var counted = engagements.GroupBy(e => e.Date.Year).ToDictionary(g => g.Key, g => g.Count());
        var span = counted.Count == 0 ? 0 : counted.Keys.Max() - counted.Keys.Min() + 1;
        var years = (span is > 0 and <= 60 ? Enumerable.Range(counted.Keys.Min(), span) : counted.Keys.Order())
            .Select(year => (Year: year, Count: counted.TryGetValue(year, out var count) ? count : 0))
            .ToList();
        html.Element("h2", "Engagements per year");
        YearBars.Write(html, years, "Engagements per year (by their first day)");

        html.Element("h2", "Engagements per kind")
            .Raw("<table class=\"counts\"><thead><tr><th scope=\"col\">Kind</th><th scope=\"col\" class=\"number\">Count</th></tr></thead><tbody>");
        foreach (var kind in engagements.GroupBy(e => e.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            Count(html, kind.Key, kind.Count());
        }

        html.Raw("</tbody></table>");
        return page;
    }

    /// <summary>
    /// The period the engagements cover, from the first one's first day to the last day any may have taken place, and
    /// its length: <c>2020-07-16 to 2025-04-18 (4 years and 9 months)</c>.
    /// </summary>
    internal static string Coverage(ReportModel model)
    {
        if (model.Engagements.Count == 0)
        {
            return "no engagements";
        }

        var first = model.Engagements.Min(e => e.Date);
        var last = model.Engagements.Max(e => e.LastDay);
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month - (last.Day < first.Day ? 1 : 0);
        var length = months switch
        {
            0 => Plural(last.DayNumber - first.DayNumber + 1, "day"),
            < 12 => Plural(months, "month"),
            _ when months % 12 == 0 => Plural(months / 12, "year"),
            _ => Plural(months / 12, "year") + " and " + Plural(months % 12, "month"),
        };
        return Output.IsoDate.Format(first) + " to " + Output.IsoDate.Format(last) + " (" + length + ")";
    }

    private static string Plural(int count, string unit) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? string.Empty : "s");

    private static void Count(Markup html, string what, int count) =>
        html.Open("tr").Element("th", what, "scope", "row").Element("td", count.ToString(CultureInfo.InvariantCulture), "class", "number").Close("tr");

    private static void Share(Markup html, string what, int count, int total) =>
        html.Open("tr").Element("th", what, "scope", "row").Element("td", count.ToString(CultureInfo.InvariantCulture), "class", "number")
            .Element("td", total == 0 ? "—" : (100.0 * count / total).ToString("0", CultureInfo.InvariantCulture) + " %", "class", "number").Close("tr");
}
