using System;
using System.Globalization;
using DiplomacyData.Generators.Bind;
using Shouldly;
using Xunit;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The generator's own number spelling (it cannot rely on the runtime's: the compiler may run on .NET Framework) is
/// the value's: it reads a text as .NET reads it, and writes the shortest text that reads back as the same double.
/// </summary>
public sealed class DoubleTextTests
{
    [Theory]
    [InlineData("37.615560000000000001", "37.61556")]
    [InlineData("37.61555999999999999999", "37.61556")]
    [InlineData("55.750", "55.75")]
    [InlineData("+055.75", "55.75")]
    [InlineData("-0.0", "0")]
    [InlineData(".5", "0.5")]
    [InlineData("180.", "180")]
    [InlineData("0.30000000000000001", "0.3")]
    [InlineData("0.1000000000000000055511151231257827", "0.1")]
    [InlineData("123456789012345678901234567", "123456789012345680000000000")]
    [InlineData("0.000000000000000000000000000001", "0.000000000000000000000000000001")]
    public void Reads_a_text_as_its_double_and_writes_the_doubles_shortest_text(string text, string expected)
    {
        DecimalText.TryCanonical(text, out var canonical).ShouldBeTrue();
        canonical.ShouldBe(expected);
    }

    [Fact]
    public void Agrees_with_the_runtimes_shortest_round_trip_on_random_doubles()
    {
        // .NET (Core 3.0 and later, the test runtime) reads correctly rounded and writes the shortest round trip ("R").
        var random = new Random(20261201);
        var bytes = new byte[8];
        for (var i = 0; i < 20_000; i++)
        {
            random.NextBytes(bytes);
            var value = BitConverter.ToDouble(bytes, 0);
            if (!double.IsFinite(value) || Math.Abs(value) > 1e28 || (value != 0 && Math.Abs(value) < 1e-28))
            {
                // Outside what the dataset accepts (decimal's range, written without an exponent).
                continue;
            }

            var shortest = DoubleText.Shortest(value);
            double.Parse(shortest, CultureInfo.InvariantCulture).ShouldBe(value, shortest);
            DoubleText.Read(shortest).ShouldBe(value, shortest);
            SignificantDigits(shortest).ShouldBe(SignificantDigits(value.ToString("R", CultureInfo.InvariantCulture)), $"{shortest} against {value:R}");
        }
    }

    [Fact]
    public void Reads_long_texts_as_the_runtime_reads_them()
    {
        var random = new Random(4242);
        for (var i = 0; i < 5_000; i++)
        {
            var digits = random.Next(1, 30);
            var point = random.Next(0, digits + 1);
            var text = new char[digits];
            for (var d = 0; d < digits; d++)
            {
                text[d] = (char)('0' + random.Next(10));
            }

            var number = new string(text, 0, point) + "." + new string(text, point, digits - point);
            DoubleText.Read(number).ShouldBe(double.Parse(number, CultureInfo.InvariantCulture), number);
        }
    }

    /// <summary>The digits of a number's text from its first non-zero to its last non-zero, exponent aside.</summary>
    private static int SignificantDigits(string text)
    {
        var mantissa = text.Split('E')[0].Replace("-", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).Trim('0');
        return Math.Max(1, mantissa.Length);
    }
}
