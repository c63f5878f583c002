using System;
using System.Globalization;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// A calendar day, the generator's DateOnly (netstandard2.0 has none): read once from the dataset's one date
/// form, <c>yyyy-MM-dd</c>, when a value is bound, and carried typed from there to Validate and Emit.
/// </summary>
/// <remarks>
/// The text rule is shared with the diplomacy tool (<see cref="IsoDateText"/>). <see cref="DayNumber"/> counts
/// days as DateOnly.DayNumber does (0 is 0001-01-01), so the emitted data decodes to the same day.
/// </remarks>
internal readonly struct IsoDay : IEquatable<IsoDay>, IComparable<IsoDay>
{
    private IsoDay(int dayNumber) => DayNumber = dayNumber;

    /// <summary>Days since 0001-01-01 (day 0), as DateOnly.DayNumber counts them.</summary>
    public int DayNumber { get; }

    public int Year => AsDateTime.Year;

    public int Month => AsDateTime.Month;

    public int Day => AsDateTime.Day;

    /// <summary>The day as a DateTime at midnight, for calendar arithmetic (weekdays, month lengths).</summary>
    public DateTime AsDateTime => new(DayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

    public static IsoDay FromDayNumber(int dayNumber) => new(dayNumber);

    /// <summary>True when <paramref name="text"/> is exactly <c>yyyy-MM-dd</c> and names a real calendar day (<see cref="IsoDateText"/>).</summary>
    public static bool TryParse(string text, out IsoDay day)
    {
        if (!IsoDateText.TryParse(text, out var year, out var month, out var dayOfMonth))
        {
            day = default;
            return false;
        }

        day = new IsoDay((int)(new DateTime(year, month, dayOfMonth, 0, 0, 0, DateTimeKind.Unspecified).Ticks / TimeSpan.TicksPerDay));
        return true;
    }

    /// <summary>The first day of this day's month.</summary>
    public IsoDay FirstOfMonth => new(DayNumber - (Day - 1));

    public bool Equals(IsoDay other) => DayNumber == other.DayNumber;

    public override bool Equals(object? obj) => obj is IsoDay other && Equals(other);

    public override int GetHashCode() => DayNumber;

    public int CompareTo(IsoDay other) => DayNumber.CompareTo(other.DayNumber);

    public static bool operator ==(IsoDay left, IsoDay right) => left.Equals(right);

    public static bool operator !=(IsoDay left, IsoDay right) => !left.Equals(right);

    public static bool operator <(IsoDay left, IsoDay right) => left.DayNumber < right.DayNumber;

    public static bool operator >(IsoDay left, IsoDay right) => left.DayNumber > right.DayNumber;

    public static bool operator <=(IsoDay left, IsoDay right) => left.DayNumber <= right.DayNumber;

    public static bool operator >=(IsoDay left, IsoDay right) => left.DayNumber >= right.DayNumber;

    /// <summary><c>yyyy-MM-dd</c>, invariant: the canonical text the content hash and the messages use.</summary>
    public override string ToString() => AsDateTime.ToString(IsoDateText.Pattern, CultureInfo.InvariantCulture);
}
