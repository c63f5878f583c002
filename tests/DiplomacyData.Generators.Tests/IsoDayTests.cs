using System;
using DiplomacyData.Generators.Bind;
using Shouldly;
using Xunit;

namespace DiplomacyData.Generators.Tests;

/// <summary>The hand-written date reader must accept exactly what <c>yyyy-MM-dd</c> with the invariant culture accepts.</summary>
public sealed class IsoDayTests
{
    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("2025-04-18", 2025, 4, 18)]
    public void Reads_real_calendar_days(string text, int year, int month, int day)
    {
        IsoDay.TryParse(text, out var date).ShouldBeTrue();
        (date.Year, date.Month, date.Day).ShouldBe((year, month, day));
        date.DayNumber.ShouldBe(DateOnly.FromDateTime(new DateTime(year, month, day)).DayNumber, "the emitted data decodes a day by DateOnly's day number");
        date.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("2024-1-01")]
    [InlineData("2024/01/01")]
    [InlineData("20240101")]
    [InlineData("2024-01-01 ")]
    [InlineData("+024-01-01")]
    [InlineData("٢٠٢٤-01-01")]
    [InlineData("２０２４-01-01")]
    [InlineData("")]
    public void Rejects_anything_else(string text)
    {
        IsoDay.TryParse(text, out _).ShouldBeFalse();
        DateTime.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            .ShouldBeFalse("the framework's exact parse agrees that this is not a date");
    }

    [Fact]
    public void Orders_and_finds_the_first_of_the_month_by_calendar()
    {
        IsoDay.TryParse("2024-02-29", out var leap).ShouldBeTrue();
        IsoDay.TryParse("2024-03-01", out var next).ShouldBeTrue();
        (next.DayNumber - leap.DayNumber).ShouldBe(1);
        (leap < next).ShouldBeTrue();
        leap.FirstOfMonth.ToString().ShouldBe("2024-02-01");
        IsoDay.FromDayNumber(next.DayNumber).ShouldBe(next);
    }
}
