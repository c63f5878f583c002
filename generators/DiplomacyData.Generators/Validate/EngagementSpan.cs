using System;
using System.Globalization;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// The days an engagement may have taken place on, by its precision: the day; the range or the bounds of an
/// approximate date; the whole month.
/// </summary>
internal readonly record struct EngagementSpan(DateTime First, DateTime Last)
{
    public static bool TryGet(EngagementFacts engagement, out EngagementSpan span)
    {
        span = default;
        var first = engagement.Date.AsDateTime;
        var last = first;
        if (engagement.Precision == SpanPrecision.Month)
        {
            last = first.AddDays(DateTime.DaysInMonth(first.Year, first.Month) - first.Day);
        }
        else if (engagement.EndDate?.AsDateTime is { } endDate && endDate >= first)
        {
            last = endDate;
        }

        span = new EngagementSpan(first, last);
        return true;
    }

    public bool Contains(DateTime day) => day >= First && day <= Last;

    public bool Overlaps(EngagementSpan other) => First <= other.Last && other.First <= Last;

    /// <summary>As a message shows it: <c>2020-07-20 (a Monday)</c> for one day, <c>2024-06-10 to 2024-06-11</c> otherwise.</summary>
    public override string ToString() =>
        First == Last ? $"{Iso(First)} (a {First.DayOfWeek})" : $"{Iso(First)} to {Iso(Last)}";

    public static string Iso(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
