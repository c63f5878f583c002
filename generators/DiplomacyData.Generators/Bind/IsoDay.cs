using System;
using System.Globalization;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// A calendar day, the generator's DateOnly (netstandard2.0 has none): read once from the dataset's one date
/// form, <c>yyyy-MM-dd</c>, when a value is bound, and carried typed from there to Validate and Emit.
/// </summary>
/// <remarks>
/// Read by hand: every record has dates, and DateTime.TryParseExact was a twentieth of the generator's cold run.
/// <see cref="DayNumber"/> counts days as DateOnly.DayNumber does (0 is 0001-01-01), so the emitted data
/// decodes to the same day.
/// </remarks>
internal readonly struct IsoDay : IEquatable<IsoDay>, IComparable<IsoDay>
{
    private IsoDay(int dayNumber) => DayNumber = dayNumber;

    /// <summary>Days since 0001-01-01 (day 0), as DateOnly.DayNumber counts them.</summary>
    public int DayNumber { get; }

    public int Year => AsDateTime.Year;

    public int Month => AsDateTime.Month;

    public int Day => AsDateTime.Day;

    private DateTime AsDateTime => new(DayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

    public static IsoDay FromDayNumber(int dayNumber) => new(dayNumber);

    /// <summary>True when <paramref name="text"/> is exactly <c>yyyy-MM-dd</c> and names a real calendar day.</summary>
    public static bool TryParse(string text, out IsoDay day)
    {
        day = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var dayOfMonth))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
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
    public override string ToString() => AsDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
