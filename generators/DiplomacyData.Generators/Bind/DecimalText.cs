using System.Globalization;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// The one spelling of a decimal number the pipeline keeps: invariant digits, no trailing zeros, no '+'. So
/// <c>55.750</c> and <c>55.75</c> are one value to the content hash, and the emitted text parses the same
/// on every machine.
/// </summary>
internal static class DecimalText
{
    private const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static bool TryCanonical(string text, out string canonical)
    {
        // decimal, not double: parsing and printing are exact, so the text is the curator's value whatever the
        // runtime the compiler runs on.
        if (text.Trim() != text || !decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out var value))
        {
            canonical = string.Empty;
            return false;
        }

        canonical = (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        if (canonical == "-0")
        {
            canonical = "0";
        }

        return true;
    }
}
