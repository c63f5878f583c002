using System.Text.RegularExpressions;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// What a YAML 1.2 reader takes an unquoted (plain) scalar for under the core schema (YAML 1.2.2, section 10.3.2): the
/// schema editors and most YAML libraries use. <c>042</c> is the number 42 there, <c>true</c> a boolean. The build
/// binds a value by its field's type, so where a field holds text it would take <c>042</c> as the text "042" while the
/// editor's schema check read 42: the binder refuses such a value unquoted, so that both read it alike.
/// </summary>
internal static class CoreSchema
{
    // The core schema's own expressions, in ASCII digits only.
    private static readonly Regex s_integer = new(@"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\z", RegexOptions.CultureInvariant);
    private static readonly Regex s_float = new(@"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)\z", RegexOptions.CultureInvariant);

    /// <summary>"a number" or "a boolean" when a YAML 1.2 reader takes the plain scalar <paramref name="text"/> for one; null for text (or null).</summary>
    public static string? NonText(string text) =>
        text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE" ? "a boolean"
        : s_integer.IsMatch(text) || s_float.IsMatch(text) ? "a number"
        : null;
}
