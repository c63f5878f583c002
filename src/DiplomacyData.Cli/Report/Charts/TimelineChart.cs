using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.Cli.Output;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Cli.Report.Charts;

/// <summary>
/// The timeline as SVG: one element of class <c>ev</c> per engagement, a mark (circle) for an engagement on a
/// known day, a bar for a range of days (solid) or a month or approximate date (dashed outline, lighter), each a
/// link to the engagement's page carrying the people, countries and kind the filters match. Items are stacked
/// in lanes so that none hides another.
/// </summary>
internal static class TimelineChart
{
    private const double Width = 960;
    private const double Margin = 12;
    private const double AxisHeight = 26;
    private const double LaneHeight = 16;
    private const double MarkRadius = 5;
    private const double MinBarWidth = 10;

    public static void Write(Page page, IReadOnlyList<ReportEngagement> engagements, string title)
    {
        var svg = page.Body;
        var first = engagements.Count == 0 ? new DateOnly(2000, 1, 1) : engagements.Min(e => e.Date);
        var last = engagements.Count == 0 ? first : engagements.Max(e => e.LastDay);
        var scale = new TimeScale(CalendarDays.AddDays(first, -3), CalendarDays.AddDays(last, 3), Margin, Width - 2 * Margin);

        var lanes = new List<double>();
        var placed = new List<(ReportEngagement Engagement, double X1, double X2, int Lane)>(engagements.Count);
        foreach (var engagement in engagements)
        {
            var (x1, x2) = Extent(scale, engagement);
            var lane = lanes.FindIndex(end => end + 2 <= x1);
            if (lane < 0)
            {
                lanes.Add(x2);
                lane = lanes.Count - 1;
            }
            else
            {
                lanes[lane] = x2;
            }

            placed.Add((engagement, x1, x2, lane));
        }

        var height = AxisHeight + Math.Max(1, lanes.Count) * LaneHeight + 8;
        var span = engagements.Count == 0 ? "none" : engagements[0].DateText + " to " + engagements[^1].DateText;
        svg.Open("figure", "class", "chart timeline")
            .Open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + Markup.Coordinate(Width) + " " + Markup.Coordinate(height),
                "width", Markup.Coordinate(Width), "height", Markup.Coordinate(height), "role", "group", "aria-labelledby", "timeline-title timeline-desc")
            .Element("title", title, "id", "timeline-title")
            .Element("desc", string.Create(CultureInfo.InvariantCulture,
                $"{engagements.Count} engagements from {span}. A circle is an engagement on a known day; a solid bar spans several days; a dashed bar is a month or some day within a range. Each links to its page."), "id", "timeline-desc");

        foreach (var (day, label) in scale.Ticks())
        {
            var x = Markup.Coordinate(scale.Start(day));
            svg.Empty("line", "class", "grid", "x1", x, "x2", x, "y1", "18", "y2", Markup.Coordinate(height - 4))
                .Element("text", label, "class", "tick", "x", x, "y", "13", "text-anchor", "middle");
        }

        foreach (var (engagement, x1, x2, lane) in placed)
        {
            var y = AxisHeight + lane * LaneHeight + LaneHeight / 2;
            var colour = KindPalette.Of(engagement.Kind);
            var label = engagement.DateText + ", " + engagement.Kind + ": " + engagement.Title;
            svg.Open("a", "class", "ev", "id", "t-" + SitePaths.FileName(engagement.Id), "href", page.Href(SitePaths.Engagement(engagement.Id)),
                "data-people", string.Join(' ', engagement.People.Select(p => p.Id)),
                "data-countries", string.Join(' ', engagement.Countries.Select(c => c.Id)),
                "data-kind", engagement.Kind, "aria-label", label);
            if (engagement.Precision == DatePrecision.Day && engagement.EndDate is null)
            {
                svg.Empty("circle", "class", "mark", "cx", Markup.Coordinate((x1 + x2) / 2), "cy", Markup.Coordinate(y), "r", Markup.Coordinate(MarkRadius), "fill", colour);
            }
            else
            {
                svg.Empty("rect", "class", engagement.Precision == DatePrecision.Range ? "bar" : "bar uncertain",
                    "x", Markup.Coordinate(x1), "y", Markup.Coordinate(y - MarkRadius), "width", Markup.Coordinate(x2 - x1), "height", Markup.Coordinate(2 * MarkRadius),
                    "rx", "2", "fill", colour, "stroke", colour);
            }

            svg.Element("title", label).Close("a");
        }

        svg.Close("svg").Close("figure");
    }

    /// <summary>The x span an engagement takes: a day's centre ± the mark's radius, or its days widened to at least <see cref="MinBarWidth"/>.</summary>
    private static (double X1, double X2) Extent(TimeScale scale, ReportEngagement engagement)
    {
        var start = scale.Start(engagement.Date);
        var end = scale.End(engagement.LastDay);
        if (engagement.Precision == DatePrecision.Day && engagement.EndDate is null)
        {
            var centre = (start + end) / 2;
            return (centre - MarkRadius, centre + MarkRadius);
        }

        return (start, Math.Max(end, start + MinBarWidth));
    }
}
