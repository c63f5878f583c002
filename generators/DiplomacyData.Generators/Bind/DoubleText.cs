using System;
using System.Globalization;
using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// A number's value as the package holds it, a double, and its one spelling: the shortest plain decimal text (no
/// exponent) that reads back as that double. Two texts that read as one double (<c>37.61556</c> and
/// <c>37.615560000000000001</c>) get one spelling, so the content hash, which reads the spelling, sees one value.
/// </summary>
/// <remarks>
/// Nothing here depends on the runtime the compiler runs on: the text is read as a double by Roslyn's own
/// correctly rounded literal reader (the reader that reads the same text when the package is compiled), and the
/// double's digits are worked out exactly with integers, not with the runtime's double formatting (which on .NET
/// Framework is not always the shortest, nor always exact).
/// </remarks>
internal static class DoubleText
{
    // 17 significant digits always read back as the same double (IEEE 754, binary64); fewer often do.
    private const int MaxDigits = 17;

    /// <summary>The double a plain decimal text (digits, at most one '.', an optional leading sign) reads as.</summary>
    public static double Read(string plain)
    {
        var negative = plain.Length > 0 && plain[0] == '-';
        var digits = plain.Length > 0 && plain[0] is '-' or '+' ? plain.Substring(1) : plain;
        // A C# real literal wants a digit on both sides of the point.
        if (digits.StartsWith(".", StringComparison.Ordinal))
        {
            digits = "0" + digits;
        }

        if (digits.EndsWith(".", StringComparison.Ordinal))
        {
            digits += "0";
        }

        var token = SyntaxFactory.ParseToken(digits + "D");
        if (!token.IsKind(SyntaxKind.NumericLiteralToken) || token.Value is not double value || token.Span.Length != digits.Length + 1)
        {
            throw new FormatException($"'{plain}' is not a plain decimal number");
        }

        return negative ? -value : value;
    }

    /// <summary>The shortest plain decimal text that <see cref="Read"/> reads back as <paramref name="value"/> (a finite double); <c>0</c> for both zeros.</summary>
    public static string Shortest(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "not a finite number");
        }

        if (value == 0)
        {
            return "0";
        }

        var (digits, exponent) = Exact(Math.Abs(value));
        var sign = value < 0 ? "-" : string.Empty;
        for (var precision = 1; precision < MaxDigits; precision++)
        {
            var (rounded, roundedExponent) = Round(digits, exponent, precision);
            var text = sign + Plain(rounded, roundedExponent);
            if (Read(text).Equals(value))
            {
                return text;
            }
        }

        var (full, fullExponent) = Round(digits, exponent, MaxDigits);
        return sign + Plain(full, fullExponent);
    }

    /// <summary>A positive double's exact value as decimal digits (no leading zero) times a power of ten.</summary>
    private static (string Digits, int Exponent) Exact(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & ((1L << 52) - 1);
        var mantissa = new BigInteger(biased == 0 ? fraction : fraction | (1L << 52));
        var binaryExponent = (biased == 0 ? 1 : biased) - 1075;
        // m × 2^e: an integer when e ≥ 0; else m × 5^-e × 10^e, since 2^e = 5^-e × 10^e.
        var integer = binaryExponent >= 0 ? mantissa << binaryExponent : mantissa * BigInteger.Pow(5, -binaryExponent);
        return (integer.ToString(CultureInfo.InvariantCulture), Math.Min(binaryExponent, 0));
    }

    /// <summary><paramref name="digits"/> × 10^<paramref name="exponent"/> rounded to <paramref name="precision"/> significant digits, half to even, trailing zeros dropped.</summary>
    private static (string Digits, int Exponent) Round(string digits, int exponent, int precision)
    {
        if (digits.Length > precision)
        {
            var head = BigInteger.Parse(digits.Substring(0, precision), CultureInfo.InvariantCulture);
            var rest = digits.Substring(precision);
            var beyondHalf = rest.Substring(1).Trim('0').Length > 0;
            var up = rest[0] > '5' || (rest[0] == '5' && (beyondHalf || !head.IsEven));
            exponent += rest.Length;
            digits = (up ? head + 1 : head).ToString(CultureInfo.InvariantCulture);
        }

        var trimmed = digits.TrimEnd('0');
        return (trimmed, exponent + (digits.Length - trimmed.Length));
    }

    /// <summary>Digits × 10^exponent written without an exponent: <c>37.61556</c>, <c>0.001</c>, <c>1200</c>.</summary>
    private static string Plain(string digits, int exponent)
    {
        if (exponent >= 0)
        {
            return digits + new string('0', exponent);
        }

        var point = digits.Length + exponent;
        return point > 0
            ? digits.Substring(0, point) + "." + digits.Substring(point)
            : "0." + new string('0', -point) + digits;
    }
}
