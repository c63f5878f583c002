using System;
using System.Collections.Generic;
using System.Globalization;
using DiplomacyData.Cli.Report.Html;

namespace DiplomacyData.Cli.Report.Charts;

/// <summary>
/// A who-met-whom matrix as SVG: the same actors down and across, a cell per pair that met, shaded by how many
/// engagements they share and linking to the page that lists them. Symmetric; the diagonal is left empty.
/// </summary>
internal static class MeetingMatrix
{
    private const double Cell = 20;
    private const double LabelSpace = 190;

    /// <param name="svg">Where to write.</param>
    /// <param name="id">The chart's id prefix, unique on the page.</param>
    /// <param name="title">What the chart shows.</param>
    /// <param name="names">The actors' names, in row (and column) order.</param>
    /// <param name="counts">Engagements shared by actors i and j (i ≠ j).</param>
    /// <param name="href">The link of a cell (i, j) with a count above zero.</param>
    public static void Write(Markup svg, string id, string title, IReadOnlyList<string> names, int[,] counts, Func<int, int, string> href)
    {
        var n = names.Count;
        var size = LabelSpace + n * Cell + 4;
        // Room on the right for the slanted column labels.
        var width = size + 120;
        var max = 1;
        foreach (var count in counts)
        {
            max = Math.Max(max, count);
        }

        svg.Open("figure", "class", "chart matrix")
            .Open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + Markup.Coordinate(width) + " " + Markup.Coordinate(size),
                "width", Markup.Coordinate(width), "height", Markup.Coordinate(size), "role", "group", "aria-labelledby", id + "-title " + id + "-desc")
            .Element("title", title, "id", id + "-title")
            .Element("desc", string.Create(CultureInfo.InvariantCulture,
                $"{n} by {n} grid. Each filled cell is a pair that took part in the same engagements; darker is more. Each filled cell links to the list of their engagements."), "id", id + "-desc");

        for (var i = 0; i < n; i++)
        {
            var centre = Markup.Coordinate(LabelSpace + i * Cell + Cell / 2 + 4);
            svg.Element("text", names[i], "class", "row-label", "x", Markup.Coordinate(LabelSpace - 4), "y", centre, "text-anchor", "end")
                .Element("text", names[i], "class", "row-label", "x", "0", "y", "0", "transform", "translate(" + centre + " " + Markup.Coordinate(LabelSpace - 4) + ") rotate(-60)");
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var x = Markup.Coordinate(LabelSpace + j * Cell);
                var y = Markup.Coordinate(LabelSpace + i * Cell);
                var count = i == j ? 0 : counts[i, j];
                if (count == 0)
                {
                    svg.Empty("rect", "class", i == j ? "cell self" : "cell none", "x", x, "y", y, "width", Markup.Coordinate(Cell - 1), "height", Markup.Coordinate(Cell - 1));
                    continue;
                }

                var label = string.Create(CultureInfo.InvariantCulture, $"{names[i]} and {names[j]}: {count} engagement{(count == 1 ? string.Empty : "s")}");
                // Shade by the logarithm, so that one pair with hundreds of meetings does not wash out the rest.
                var shade = 0.2 + 0.8 * Math.Log(1 + count) / Math.Log(1 + max);
                svg.Open("a", "class", "cell-link", "href", href(i, j), "aria-label", label)
                    .Empty("rect", "class", "cell met", "x", x, "y", y, "width", Markup.Coordinate(Cell - 1), "height", Markup.Coordinate(Cell - 1),
                        "fill-opacity", shade.ToString("0.00", CultureInfo.InvariantCulture))
                    .Element("title", label)
                    // The number itself, so that the matrix reads without colour (in print, to the colour-blind).
                    .Element("text", count.ToString(CultureInfo.InvariantCulture), "class", shade > 0.6 ? "count dark" : "count",
                        "x", Markup.Coordinate(LabelSpace + j * Cell + (Cell - 1) / 2), "y", Markup.Coordinate(LabelSpace + i * Cell + Cell / 2 + 3), "text-anchor", "middle")
                    .Close("a");
            }
        }

        svg.Close("svg").Close("figure");
    }
}
