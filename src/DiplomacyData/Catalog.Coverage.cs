using System;

namespace DiplomacyData;

public static partial class Catalog
{
    private static Period? s_coverage;

    /// <summary>
    /// The period the dataset covers: from the first day of its earliest engagement to the last day of its latest
    /// (an <see cref="Engagement.EndDate"/>, or the month's last day for <see cref="DatePrecision.Month"/>),
    /// planned engagements included. Within it every person's offices are recorded, each with its source, so that
    /// <see cref="Person.RoleOn(DateOnly)"/> returning null for a day inside it means the person held no recorded
    /// office that day; outside it, null may mean only that nothing was recorded.
    /// </summary>
    /// <remarks>
    /// Derived from the engagements rather than declared in the data, so that it cannot disagree with them: an
    /// article that adds an earlier or later engagement widens it, and the curating guide (data/CURATING.md,
    /// "Roles") requires the offices of every person to be completed over the wider period in the same change.
    /// What counts as an office is stated there too (memberships of councils and assemblies do not).
    /// </remarks>
    public static Period Coverage => s_coverage ??= Span(Engagements);

    internal static Period Span(System.Collections.Generic.IReadOnlyList<Engagement> engagements)
    {
        if (engagements.Count == 0)
        {
            return new Period(DateOnly.MaxValue, DateOnly.MinValue); // empty: contains no day
        }

        var first = DateOnly.MaxValue;
        var last = DateOnly.MinValue;
        foreach (var engagement in engagements)
        {
            var end = engagement.EndDate
                ?? (engagement.Precision == DatePrecision.Month
                    ? new DateOnly(engagement.Date.Year, engagement.Date.Month, DateTime.DaysInMonth(engagement.Date.Year, engagement.Date.Month))
                    : engagement.Date);
            first = engagement.Date < first ? engagement.Date : first;
            last = end > last ? end : last;
        }

        return new Period(first, last);
    }
}
