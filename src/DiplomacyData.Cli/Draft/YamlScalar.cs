using System.Globalization;
using System.Linq;
using System.Text;

namespace DiplomacyData.Cli.Draft;

/// <summary>
/// A text as a YAML 1.2 scalar that reads back as the same text: plain where YAML allows it and it would not be read
/// as null, a boolean or a number; double-quoted, with escapes, otherwise. Null is <c>~</c>.
/// </summary>
internal static class YamlScalar
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    public static string Of(string? value)
    {
        if (value is null)
        {
            return "~";
        }

        return CanBePlain(value) ? value : Quoted(value);
    }

    private static bool CanBePlain(string value) =>
        value.Length > 0
        && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
        && Indicators.IndexOf(value[0], System.StringComparison.Ordinal) < 0
        && !value.Contains(": ", System.StringComparison.Ordinal) && !value.Contains(" #", System.StringComparison.Ordinal) && !value.EndsWith(':')
        && value.All(c => c >= ' ' && c != '\u007F' && c != '\u0085' && c != '\u2028' && c != '\u2029' && c != '\uFEFF')
        && !ReadsAsAnotherType(value);

    // The YAML 1.2 core schema's null, booleans and numbers, and the spellings older readers take as such.
    private static bool ReadsAsAnotherType(string value) =>
        value is "~" or "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
            or "yes" or "Yes" or "YES" or "no" or "No" or "NO" or "on" or "On" or "ON" or "off" or "Off" or "OFF"
            or ".inf" or ".Inf" or ".INF" or "-.inf" or "+.inf" or ".nan" or ".NaN" or ".NAN"
        || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || (value.StartsWith("0x", System.StringComparison.Ordinal) || value.StartsWith("0o", System.StringComparison.Ordinal));

    private static string Quoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
