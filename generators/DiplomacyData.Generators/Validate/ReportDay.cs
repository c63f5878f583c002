using System;
using DiplomacyData.Generators.Bind;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// The day a report speaks from, which its relative days count back from: the dateline's day when the article
/// prints one (a copy may be posted days after the dispatch), else the publication date.
/// </summary>
/// <param name="Description">How the message names it: <c>the dateline 'MOSCOW, April 18' of kuna-2025-04-18</c>.</param>
internal sealed record ReportDay(DateTime Day, string Description)
{
    /// <summary>Null when the report has no publication date, which gives a dateline its year.</summary>
    public static ReportDay? Of(CitedReport report)
    {
        if (report.Published is not { } publishedDay)
        {
            return null;
        }

        var published = publishedDay.AsDateTime;

        if (report.Dateline is { } dateline && Datelines.Read(dateline)?.In(published) is { } day)
        {
            return new ReportDay(day, $"the dateline '{dateline}' of {report.SourceId} ({EngagementSpan.Iso(day)}, a {day.DayOfWeek})");
        }

        return new ReportDay(published, $"the publication date of {report.SourceId} ({publishedDay}, a {published.DayOfWeek})");
    }
}
