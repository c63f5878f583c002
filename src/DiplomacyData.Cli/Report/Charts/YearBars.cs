using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.Cli.Report.Html;

namespace DiplomacyData.Cli.Report.Charts;

/// <summary>A bar chart of counts per year, as an SVG image with its numbers in the description and on the bars.</summary>
internal static class YearBars
{
    private const double Height = 180;
    private const double Bottom = 22;
    private const double Top = 16;

    public static void Write(Markup svg, IReadOnlyList<(int Year, int Count)> years, string title)
    {
        var barWidth = years.Count > 40 ? 12.0 : 28.0;
        var width = Math.Max(200, years.Count * (barWidth + 4) + 20);
        var max = Math.Max(1, years.Select(y => y.Count).DefaultIfEmpty(0).Max());
        svg.Open("figure", "class", "chart years")
            .Open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + Markup.Coordinate(width) + " " + Markup.Coordinate(Height),
                "width", Markup.Coordinate(width), "height", Markup.Coordinate(Height), "role", "img", "aria-labelledby", "years-title years-desc")
            .Element("title", title, "id", "years-title")
            .Element("desc", string.Join(", ", years.Select(y => string.Create(CultureInfo.InvariantCulture, $"{y.Year}: {y.Count}"))), "id", "years-desc");
        for (var i = 0; i < years.Count; i++)
        {
            var (year, count) = years[i];
            var x = 10 + i * (barWidth + 4);
            var h = (Height - Bottom - Top) * count / max;
            var y = Height - Bottom - h;
            svg.Empty("rect", "class", "year-bar", "x", Markup.Coordinate(x), "y", Markup.Coordinate(y), "width", Markup.Coordinate(barWidth), "height", Markup.Coordinate(h))
                .Element("text", count.ToString(CultureInfo.InvariantCulture), "class", "value", "x", Markup.Coordinate(x + barWidth / 2), "y", Markup.Coordinate(y - 3), "text-anchor", "middle");
            if (years.Count <= 40 || year % 5 == 0)
            {
                svg.Element("text", year.ToString(CultureInfo.InvariantCulture), "class", "tick", "x", Markup.Coordinate(x + barWidth / 2), "y", Markup.Coordinate(Height - 6), "text-anchor", "middle");
            }
        }

        svg.Close("svg").Close("figure");
    }
}
