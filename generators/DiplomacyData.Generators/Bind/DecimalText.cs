using System.Globalization;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// The one spelling of a decimal number the pipeline keeps: the number by its value, the double the package holds
/// (<see cref="DoubleText"/>), written as the shortest plain invariant text that reads back as that double. So
/// <c>55.750</c> and <c>55.75</c>, and <c>37.61556</c> and <c>37.615560000000000001</c> (one double), are one value to
/// the content hash, and the emitted text parses the same on every machine.
/// </summary>
internal static class DecimalText
{
    private const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static bool TryCanonical(string text, out string canonical)
    {
        // What the dataset accepts as a number: digits, at most one '.', an optional sign, no exponent, within
        // decimal's range (decimal: its parser is exact and the same on every runtime).
        if (text.Trim() != text || !decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out _))
        {
            canonical = string.Empty;
            return false;
        }

        canonical = DoubleText.Shortest(DoubleText.Read(text));
        return true;
    }
}
