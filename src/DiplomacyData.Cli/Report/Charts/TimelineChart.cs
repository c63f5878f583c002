using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Cli.Report.Charts;

/// <summary>
/// The timeline as SVG, a band per year (or per month, for a page of a few weeks; <see cref="TimelineBands"/>) with
/// the months along the top, so that every day has room for its mark. One link of class <c>ev</c> per engagement,
/// carrying the people, countries, kind and years the filters match: a dot for a known day, a bracket (a bar with
/// end caps) for a range of days, a dashed box for a month or some unknown day within a range. An engagement that
/// runs into the next band is drawn in each band it covers. Items are stacked in lanes within a band so that none
/// hides another.
/// </summary>
internal static class TimelineChart
{
    private const double Width = 960;
    private const double Left = 64;
    private const double Right = 8;
    private const double AxisHeight = 22;
    private const double LaneHeight = 16;
    private const double BandPadding = 6;
    private const double GapHeight = 18;
    private const double MarkRadius = 5;
    private const double MinSpanWidth = 8;

    public static void Write(Page page, IReadOnlyList<ReportEngagement> engagements, string title)
    {
        var svg = page.Body;
        var first = engagements.Count == 0 ? new DateOnly(2000, 1, 1) : engagements.Min(e => e.Date);
        var last = engagements.Count == 0 ? first : engagements.Max(e => e.LastDay);
        var layout = TimelineBands.For(first, last, engagements.Select(e => e.Date));
        var column = (Width - Left - Right) / layout.Columns;

        // Each engagement's pieces, band by band, placed in the first lane of their band that is free.
        var pieces = new List<(ReportEngagement Engagement, int Band, double X1, double X2, int Lane)>();
        var lanesOf = layout.Bands.Select(_ => new List<double>()).ToList();
        foreach (var engagement in engagements)
        {
            for (var b = 0; b < layout.Bands.Count; b++)
            {
                if (TimelineBands.Overlap(layout.Bands[b], engagement.Date, engagement.LastDay) is not { } days)
                {
                    continue;
                }

                var (x1, x2) = Extent(layout, column, engagement, days.First, days.Last);
                var lanes = lanesOf[b];
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

                pieces.Add((engagement, b, x1, x2, lane));
            }
        }

        var tops = new double[layout.Bands.Count];
        var y = AxisHeight;
        for (var b = 0; b < layout.Bands.Count; b++)
        {
            tops[b] = y;
            y += layout.Bands[b].IsGap && lanesOf[b].Count == 0 ? GapHeight : Math.Max(1, lanesOf[b].Count) * LaneHeight + 2 * BandPadding;
        }

        var height = y + 4;
        var span = engagements.Count == 0 ? "none" : engagements[0].DateText + " to " + engagements[^1].DateText;
        svg.Open("figure", "class", "chart timeline")
            .Open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + Markup.Coordinate(Width) + " " + Markup.Coordinate(height),
                "width", Markup.Coordinate(Width), "height", Markup.Coordinate(height), "role", "group", "aria-labelledby", "timeline-title timeline-desc")
            .Element("title", title, "id", "timeline-title")
            .Element("desc", string.Create(CultureInfo.InvariantCulture,
                $"{engagements.Count} engagements from {span}, a row per {(layout.ByYear ? "year" : "month")}. A dot is an engagement on a known day; a bracket spans several days; a dashed box is a month or some day within a range. Each links to its page."), "id", "timeline-desc");

        foreach (var (tick, label) in layout.Ticks())
        {
            var x = Markup.Coordinate(Left + tick * column);
            svg.Empty("line", "class", "grid", "x1", x, "x2", x, "y1", "16", "y2", Markup.Coordinate(height - 4))
                .Element("text", label, "class", "tick", "x", Markup.Coordinate(Left + tick * column + 2), "y", "12");
        }

        for (var b = 0; b < layout.Bands.Count; b++)
        {
            var band = layout.Bands[b];
            var bandHeight = (b + 1 < tops.Length ? tops[b + 1] : height - 4) - tops[b];
            svg.Open("g", "class", band.IsGap ? "band gap" : "band", "id", band.Id, "data-years", Years(band.First, band.Last))
                .Empty("rect", "class", b % 2 == 0 ? "band-bg" : "band-bg alt", "x", "0", "y", Markup.Coordinate(tops[b]), "width", Markup.Coordinate(Width), "height", Markup.Coordinate(bandHeight))
                .Element("text", band.Label, "class", band.IsGap ? "band-label gap" : "band-label", "x", "4", "y", Markup.Coordinate(tops[b] + (band.IsGap ? 13 : BandPadding + 11)))
                .Close("g");
        }

        foreach (var group in pieces.GroupBy(p => p.Engagement))
        {
            var engagement = group.Key;
            var colour = KindPalette.Of(engagement.Kind);
            var label = engagement.DateText + ", " + engagement.Kind + ": " + engagement.Title;
            svg.Open("a", "class", "ev", "id", "t-" + SitePaths.FileName(engagement.Id), "href", page.Href(SitePaths.Engagement(engagement.Id)),
                "data-people", string.Join(' ', engagement.People.Select(p => p.Id)),
                "data-countries", string.Join(' ', engagement.Countries.Select(c => c.Id)),
                "data-kind", engagement.Kind, "data-years", Years(engagement.Date, engagement.LastDay), "aria-label", label);
            foreach (var (_, band, x1, x2, lane) in group)
            {
                var middle = tops[band] + BandPadding + lane * LaneHeight + LaneHeight / 2;
                Shape(svg, engagement, x1, x2, middle, colour);
            }

            svg.Element("title", label).Close("a");
        }

        svg.Close("svg").Close("figure");
    }

    /// <summary>The first and last year of the days from <paramref name="first"/> to <paramref name="last"/> (<c>2024</c>, <c>2024 2025</c>): what the year filter compares.</summary>
    public static string Years(DateOnly first, DateOnly last) =>
        first.Year == last.Year
            ? first.Year.ToString(CultureInfo.InvariantCulture)
            : first.Year.ToString(CultureInfo.InvariantCulture) + " " + last.Year.ToString(CultureInfo.InvariantCulture);

    private static void Shape(Markup svg, ReportEngagement engagement, double x1, double x2, double middle, string colour)
    {
        if (engagement.Precision == DatePrecision.Day && engagement.EndDate is null)
        {
            svg.Empty("circle", "class", "mark", "cx", Markup.Coordinate((x1 + x2) / 2), "cy", Markup.Coordinate(middle), "r", Markup.Coordinate(MarkRadius), "fill", colour);
        }
        else if (engagement.Precision == DatePrecision.Range)
        {
            // A bracket: the days as a thin bar, their first and last marked by caps taller than a dot.
            svg.Open("g", "class", "span")
                .Empty("rect", "class", "bar", "x", Markup.Coordinate(x1), "y", Markup.Coordinate(middle - 2), "width", Markup.Coordinate(x2 - x1), "height", "4", "fill", colour)
                .Empty("rect", "class", "cap", "x", Markup.Coordinate(x1), "y", Markup.Coordinate(middle - 6), "width", "2", "height", "12", "fill", colour)
                .Empty("rect", "class", "cap", "x", Markup.Coordinate(x2 - 2), "y", Markup.Coordinate(middle - 6), "width", "2", "height", "12", "fill", colour)
                .Close("g");
        }
        else
        {
            svg.Empty("rect", "class", "bar uncertain", "x", Markup.Coordinate(x1), "y", Markup.Coordinate(middle - MarkRadius), "width", Markup.Coordinate(x2 - x1),
                "height", Markup.Coordinate(2 * MarkRadius), "rx", "2", "fill", colour, "stroke", colour);
        }
    }

    /// <summary>The x span of an engagement's days within a band: a day's centre ± the dot's radius, or its days widened to at least <see cref="MinSpanWidth"/>.</summary>
    private static (double X1, double X2) Extent(TimelineBands layout, double column, ReportEngagement engagement, DateOnly first, DateOnly last)
    {
        var start = Left + layout.Column(first) * column;
        var end = Left + (layout.Column(last) + 1) * column;
        if (engagement.Precision == DatePrecision.Day && engagement.EndDate is null)
        {
            var centre = (start + end) / 2;
            return (centre - MarkRadius, centre + MarkRadius);
        }

        return (start, Math.Max(end, start + MinSpanWidth));
    }
}
