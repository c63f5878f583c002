using System;
using System.Globalization;

namespace DiplomacyData;

/// <summary>A run of whole days, both ends included, e.g. <see cref="Catalog.Coverage"/>.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day; not before <paramref name="From"/> unless the period is empty.</param>
public readonly record struct Period(DateOnly From, DateOnly To)
{
    /// <summary>True when <paramref name="day"/> lies within the period (both ends inclusive).</summary>
    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <summary>The two days as <c>yyyy-MM-dd..yyyy-MM-dd</c>, whatever the current culture.</summary>
    public override string ToString() =>
        From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
