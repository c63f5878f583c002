using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.Cli.Output;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Cli.Report.Charts;

/// <summary>
/// A person's offices over time as an SVG Gantt chart over the dataset's coverage (widened to any role date outside
/// it), so that every person's chart reads on the same years: a row per role in the order they began, a bar from
/// its first to its last day (hatched for an acting holder; drawn to the data's last day, with a dashed end, while
/// the role is held). A role whose start is not recorded is drawn as unknown: from the chart's left edge, fading in
/// up to its end. A last row has a tick on each day they had an engagement.
/// </summary>
internal static class RoleGantt
{
    private const double Width = 960;
    private const double Left = 10;
    // A row is its label above its bar, so that long office names are never cut.
    private const double RowHeight = 36;
    private const double AxisHeight = 24;

    /// <param name="coverage">The dataset's first and last day (<see cref="ReportModel.FirstDay"/>, <see cref="ReportModel.LastDay"/>).</param>
    public static void Write(Markup svg, ReportPerson person, (DateOnly First, DateOnly Last) coverage)
    {
        var dated = person.Roles.SelectMany(r => new[] { r.From, r.To }).OfType<DateOnly>()
            .Concat(person.Engagements.Select(e => e.Date))
            .Append(coverage.First)
            .ToList();
        var first = dated.Min();
        var last = person.Engagements.Select(e => e.LastDay).Concat(dated).Append(coverage.Last).Max();
        var scale = new TimeScale(CalendarDays.AddDays(first, -15), CalendarDays.AddDays(last, 15), Left, Width - 2 * Left);
        var dataLastDay = coverage.Last;
        var rows = person.Roles.Count + 1;
        var height = AxisHeight + rows * RowHeight + 6;

        var summary = person.Roles.Count == 0
            ? "No office recorded."
            : string.Join("; ", person.Roles.Select(r => Label(r) + ", " + Span(r)));
        svg.Open("figure", "class", "chart gantt")
            .Open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Markup.Coordinate(height)}"),
                "width", Markup.Coordinate(Width), "height", Markup.Coordinate(height), "role", "img", "aria-labelledby", "gantt-title gantt-desc")
            .Element("title", "Offices of " + person.FullName + " over time, and the days of their engagements", "id", "gantt-title")
            .Element("desc", summary + string.Create(CultureInfo.InvariantCulture, $" Engagements: {person.Engagements.Count}."), "id", "gantt-desc")
            .Raw("<defs><pattern id=\"acting\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">" +
                 "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#0072B2\" stroke-width=\"3\"/></pattern>" +
                 "<linearGradient id=\"unknown-start\"><stop offset=\"0\" stop-color=\"#0072B2\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#0072B2\" stop-opacity=\"0.6\"/></linearGradient></defs>");

        foreach (var (day, label) in scale.Ticks())
        {
            var x = Markup.Coordinate(scale.Start(day));
            svg.Empty("line", "class", "grid", "x1", x, "x2", x, "y1", "16", "y2", Markup.Coordinate(height - 4))
                .Element("text", label, "class", "tick", "x", x, "y", "12", "text-anchor", "middle");
        }

        for (var i = 0; i < person.Roles.Count; i++)
        {
            var role = person.Roles[i];
            var y = AxisHeight + i * RowHeight;
            var x2 = scale.End(role.To ?? dataLastDay);
            var classes = "role" + (role.Acting ? " acting" : string.Empty) + (role.From is null ? " open-start" : string.Empty) + (role.To is null ? " open-end" : string.Empty);
            svg.Element("text", Label(role) + ", " + Span(role), "class", "row-label", "x", Markup.Coordinate(Left), "y", Markup.Coordinate(y + 13))
                .Open("g", "class", classes);
            if (role.From is { } from)
            {
                var x1 = scale.Start(from);
                svg.Empty("rect", "x", Markup.Coordinate(x1), "y", Markup.Coordinate(y + 17), "width", Markup.Coordinate(Math.Max(2, x2 - x1)), "height", "14",
                    "fill", role.Acting ? "url(#acting)" : "#0072B2", "stroke", "#0072B2");
            }
            else
            {
                // Not known when it began: the bar fades in from the chart's edge, over the data's whole coverage before
                // the role's end, rather than claiming a first day.
                svg.Empty("rect", "class", "unknown", "x", Markup.Coordinate(Left), "y", Markup.Coordinate(y + 17), "width", Markup.Coordinate(Math.Max(2, x2 - Left)), "height", "14",
                    "fill", "url(#unknown-start)", "stroke", "none");
            }

            svg.Element("title", Label(role) + ": " + Span(role))
                .Close("g");
        }

        var ticksY = AxisHeight + person.Roles.Count * RowHeight;
        svg.Element("text", "Engagements (a tick on each day)", "class", "row-label", "x", Markup.Coordinate(Left), "y", Markup.Coordinate(ticksY + 13));
        // One tick per distinct position: a person with thousands of engagements gets a readable row and a small file.
        foreach (var x in person.Engagements.Select(e => Markup.Coordinate(scale.Start(e.Date) + 0.5)).Distinct())
        {
            svg.Empty("line", "class", "tick-mark", "x1", x, "x2", x, "y1", Markup.Coordinate(ticksY + 17), "y2", Markup.Coordinate(ticksY + 31));
        }

        svg.Close("svg").Close("figure");
    }

    /// <summary>The office, its organization, and "acting" where it applies.</summary>
    public static string Label(ReportRole role) =>
        (role.Acting ? "Acting " : string.Empty) + role.Title + (role.Organization is { } organization ? " (" + organization + ")" : string.Empty);

    /// <summary>The role's dates as text: <c>2024-05-20 to 2024-08-21</c>, <c>start not recorded</c>, <c>in office</c>.</summary>
    public static string Span(ReportRole role) =>
        (IsoDate.Format(role.From) ?? "start not recorded") + " to " + (IsoDate.Format(role.To) ?? "in office (end of the data)");
}
