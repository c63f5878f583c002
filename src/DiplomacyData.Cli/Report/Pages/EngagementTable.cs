using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Cli.Report.Pages;

/// <summary>
/// A table of engagements (date, kind, title, people), a row each with the same filter data as the timeline's
/// marks: the accessible and printable companion of a chart, and the list on person and pair pages.
/// </summary>
internal static class EngagementTable
{
    public static void Write(Page page, IEnumerable<ReportEngagement> engagements, string caption)
    {
        var html = page.Body;
        html.Open("table", "class", "engagements").Element("caption", caption)
            .Raw("<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Kind</th><th scope=\"col\">Engagement</th><th scope=\"col\">People</th></tr></thead><tbody>");
        foreach (var engagement in engagements)
        {
            html.Open("tr", "class", "ev-row",
                    "data-people", string.Join(' ', engagement.People.Select(p => p.Id)),
                    "data-countries", string.Join(' ', engagement.Countries.Select(c => c.Id)),
                    "data-kind", engagement.Kind,
                    "data-years", Charts.TimelineChart.Years(engagement.Date, engagement.LastDay))
                .Open("td", "class", "date").Element("time", engagement.DateText, "datetime", Iso(engagement)).Close("td")
                .Element("td", engagement.Kind + (engagement.Status == "planned" ? " (planned)" : string.Empty))
                .Open("td").Link(page.Href(SitePaths.Engagement(engagement.Id)), engagement.Title).Close("td")
                .Open("td");
            var first = true;
            foreach (var person in engagement.People)
            {
                if (!first)
                {
                    html.Raw(", ");
                }

                html.Link(page.Href(SitePaths.Person(person.Id)), person.FullName);
                first = false;
            }

            html.Close("td").Close("tr");
        }

        html.Raw("</tbody>").Close("table");
    }

    /// <summary>The machine-readable date of a <c>time</c> element: the month for month precision, otherwise the first day.</summary>
    private static string Iso(ReportEngagement engagement) =>
        engagement.Precision == DatePrecision.Month
            ? engagement.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)
            : Output.IsoDate.Format(engagement.Date);
}
