using System.Globalization;
using System.IO;
using System.Text;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Export;

/// <summary>
/// The conventions every export file follows, in one place: UTF-8 without a byte-order mark, '\n' line
/// ends, invariant-culture numbers, ISO dates, enum values in their YAML spelling, booleans as true/false.
/// </summary>
internal static class ExportText
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static FileStream Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
    }

    public static StreamWriter CreateText(string path) => new(Create(path), Utf8) { NewLine = "\n" };

    public static string Date(System.DateOnly date) => IsoDate.Format(date);

    public static string? Date(System.DateOnly? date) => IsoDate.Format(date);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // "R": the shortest text that parses back to the same double; never an exponent-free rounding.
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => Kebab.Of(value);
}
