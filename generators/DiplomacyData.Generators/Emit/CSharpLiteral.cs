using System.Globalization;
using System.Text;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Emit;

/// <summary>Writes curator text as C# literals that round-trip byte for byte, whatever the text holds.</summary>
internal static class CSharpLiteral
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    // Control, format (bidi overrides, BOM, zero-width), line/paragraph separators, surrogates, private-use
    // and unassigned characters are escaped: they would end the literal, reorder the source on screen, or
    // be lost by an editor. Letters of any script stay readable.
    private static bool NeedsEscape(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned => true,
        _ => c == '\u0085',
    };

    /// <summary>A member's C# default (<see cref="MemberSchema.DefaultValue"/>) as a literal of the member's type.</summary>
    public static string Default(MemberSchema member, DatasetSchema schema) => member.DefaultValue switch
    {
        null => "default",
        bool value => value ? "true" : "false",
        string value => String(value),
        double value => value.ToString("R", CultureInfo.InvariantCulture),
        long value when schema.FindEnum(member.Type.MetadataName) is { } @enum =>
            $"({@enum.FullyQualifiedName.Replace('+', '.')})({value.ToString(CultureInfo.InvariantCulture)})",
        long value => value.ToString(CultureInfo.InvariantCulture),
        var value => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "default",
    };

    /// <summary>Text for XML doc comments: escaped, on one line.</summary>
    public static string XmlDoc(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                default:
                    builder.Append(char.IsControl(c) || NeedsEscape(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }
}
