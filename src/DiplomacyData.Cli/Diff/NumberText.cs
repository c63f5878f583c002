using System.Globalization;
using DiplomacyData.Cli.Export;

namespace DiplomacyData.Cli.Diff;

/// <summary>
/// Numbers compared by their value, as the content hash compares them: the text of a number as the double it reads
/// as, written as the export writes doubles (<see cref="ExportText.Number(double)"/>), so that <c>37.61556</c> and
/// <c>37.615560000000000001</c> (one double) are one value and any other double is another.
/// </summary>
internal static class NumberText
{
    /// <summary>The number's canonical text; <paramref name="text"/> itself when it is not a finite number.</summary>
    public static string ByValue(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? ExportText.Number(value)
            : text;
}
