using System;
using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyData.Generators.Bind;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// The day a report speaks from, which its relative days count back from: the dateline's day when the article
/// prints one (a copy may be posted days after the dispatch), else the publication date.
/// </summary>
/// <param name="Description">How the message names it: <c>the dateline 'MOSCOW, April 18' of kuna-2025-04-18</c>.</param>
internal sealed record ReportDay(DateTime Day, string Description)
{
    private static readonly string[] s_months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Days in ASCII digits only ([0-9], not \d, which takes the digits of every script): what the parser below reads.
    private static readonly Regex s_monthDay = new(
        @"\b(?<month>[A-Z][a-z]{2,8})\.?\s+(?<day>[0-9]{1,2})\b|\b(?<day>[0-9]{1,2})\s+(?<month>[A-Z][a-z]{2,8})\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Null when the report has no publication date, which gives a dateline its year.</summary>
    public static ReportDay? Of(CitedReport report)
    {
        if (report.Published is not { } publishedDay)
        {
            return null;
        }

        var published = publishedDay.AsDateTime;

        if (report.Dateline is { } dateline && FromDateline(dateline, published) is { } day)
        {
            return new ReportDay(day, $"the dateline '{dateline}' of {report.SourceId} ({EngagementSpan.Iso(day)}, a {day.DayOfWeek})");
        }

        return new ReportDay(published, $"the publication date of {report.SourceId} ({publishedDay}, a {published.DayOfWeek})");
    }

    /// <summary>The dateline's month and day in the year of publication, or the year before when that day would follow it.</summary>
    private static DateTime? FromDateline(string dateline, DateTime published)
    {
        foreach (Match match in s_monthDay.Matches(dateline))
        {
            var name = match.Groups["month"].Value;
            var month = Array.FindIndex(s_months, m => m.StartsWith(name, StringComparison.OrdinalIgnoreCase) && name.Length >= 3) + 1;
            if (month == 0 || !int.TryParse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                continue;
            }

            foreach (var year in new[] { published.Year, published.Year - 1 })
            {
                if (year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && new DateTime(year, month, day) <= published)
                {
                    return new DateTime(year, month, day);
                }
            }
        }

        return null;
    }
}
