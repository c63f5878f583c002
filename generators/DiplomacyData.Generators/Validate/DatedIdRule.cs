using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// An engagement id that carries a date (<c>…-2020-07-21</c>, or <c>…-2024-06</c> for an approximate date) must
/// carry the engagement's (DD0318): the id is read as the date by anyone who sees only the id.
/// </summary>
/// <remarks>
/// A day in the id must be the first day, except for an approximate date, where any day within its bounds is
/// a day the engagement may have had. A month in the id must be a month the engagement's days fall in.
/// </remarks>
internal static class DatedIdRule
{
    private static readonly Regex s_date = new(@"(?<=^|-)(?<year>[0-9]{4})-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?(?=-|\z)", RegexOptions.CultureInvariant);

    public static IEnumerable<DiagnosticInfo> Check(EngagementFacts engagement)
    {
        if (!EngagementSpan.TryGet(engagement, out var span))
        {
            yield break;
        }

        foreach (Match match in s_date.Matches(engagement.Id))
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (year < 1 || month is < 1 or > 12)
            {
                continue; // a number that is no date
            }

            bool fits;
            if (match.Groups["day"].Success)
            {
                if (!IsoDay.TryParse(match.Value, out var idDay))
                {
                    continue;
                }

                var day = idDay.AsDateTime;
                fits = engagement.Precision == SpanPrecision.Approximate ? span.Contains(day) : day == span.First;
            }
            else
            {
                var first = new DateTime(year, month, 1);
                fits = span.Overlaps(new EngagementSpan(first, new DateTime(year, month, DateTime.DaysInMonth(year, month))));
            }

            if (!fits)
            {
                yield return DiagnosticInfo.At(
                    DiagnosticDescriptors.IdDateDisagreesWithDate, engagement.IdPlace, engagement.Id, match.Value, span.ToString(), Expected(engagement, span));
            }
        }
    }

    /// <summary>The date an id of this engagement ends with, by the curating guide's convention.</summary>
    private static string Expected(EngagementFacts engagement, EngagementSpan span) => engagement.Precision switch
    {
        SpanPrecision.Approximate => span.Last.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        SpanPrecision.Month => span.First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => EngagementSpan.Iso(span.First),
    };
}
