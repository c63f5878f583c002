using System;
using System.Collections.Generic;
using System.Globalization;

namespace DiplomacyData.Unicode;

/// <summary>
/// The character properties the project's text rules read, each from the Unicode 16.0 file that defines it
/// (Data/PROVENANCE.md), loaded on first use. Code points are <see cref="int"/>s (a supplementary character is one
/// code point, not two UTF-16 halves: see <see cref="CodePoints"/>).
/// </summary>
internal static class UnicodeProperties
{
    /// <summary>The script code of characters used with many scripts: digits, punctuation, spaces.</summary>
    public const string Common = "Zyyy";

    /// <summary>The script code of marks and joiners that take the script of the character before them.</summary>
    public const string Inherited = "Zinh";

    private static readonly Lazy<CodePointMap<UnicodeCategory>> s_generalCategory = new(() =>
        CodePointMap<UnicodeCategory>.Read("DerivedGeneralCategory.txt", UnicodeCategory.OtherNotAssigned, value => (true, Category(value))));

    private static readonly Lazy<CodePointMap<bool>> s_defaultIgnorable = new(() => Binary("DerivedCoreProperties.txt", "Default_Ignorable_Code_Point"));

    private static readonly Lazy<CodePointMap<bool>> s_bidiControl = new(() => Binary("PropList.txt", "Bidi_Control"));

    private static readonly Lazy<CodePointMap<bool>> s_joinControl = new(() => Binary("PropList.txt", "Join_Control"));

    private static readonly Lazy<CodePointMap<string>> s_bidiClass = new(() =>
        CodePointMap<string>.Read("DerivedBidiClass.txt", "L", value => (true, value)));

    private static readonly Lazy<CodePointMap<char>> s_joiningType = new(() =>
        CodePointMap<char>.Read("DerivedJoiningType.txt", 'U', value => (true, value[0])));

    private static readonly Lazy<CodePointMap<int>> s_combiningClass = new(() =>
        CodePointMap<int>.Read("DerivedCombiningClass.txt", 0, value => (true, int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture))));

    private static readonly Lazy<Dictionary<string, string>> s_scriptCodes = new(() => ReadScriptAliases(byName: true));

    private static readonly Lazy<Dictionary<string, string>> s_scriptNames = new(() => ReadScriptAliases(byName: false));

    private static readonly Lazy<CodePointMap<string>> s_script = new(() =>
        CodePointMap<string>.Read("Scripts.txt", "Zzzz", value => (true, s_scriptCodes.Value[value])));

    private static readonly Lazy<CodePointMap<string[]?>> s_scriptExtensions = new(() =>
        CodePointMap<string[]?>.Read("ScriptExtensions.txt", null, value => (true, value.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))));

    /// <summary>General_Category (DerivedGeneralCategory.txt); <see cref="UnicodeCategory.OtherNotAssigned"/> for unassigned code points.</summary>
    public static UnicodeCategory GeneralCategory(int codePoint) => s_generalCategory.Value[codePoint];

    /// <summary>
    /// The value of a decimal digit (General_Category Nd) of any script: Unicode encodes each script's digits 0 to 9
    /// in one contiguous run that starts at zero (a stability policy), so the value is the offset in the run.
    /// </summary>
    public static int DecimalDigitValue(int codePoint) => (codePoint - s_generalCategory.Value.FirstOfRange(codePoint)) % 10;

    /// <summary>Default_Ignorable_Code_Point (DerivedCoreProperties.txt): shown as nothing when a font has no glyph for it.</summary>
    public static bool IsDefaultIgnorable(int codePoint) => s_defaultIgnorable.Value[codePoint];

    /// <summary>Bidi_Control (PropList.txt): the marks, embeddings, overrides and isolates of UAX #9.</summary>
    public static bool IsBidiControl(int codePoint) => s_bidiControl.Value[codePoint];

    /// <summary>Join_Control (PropList.txt): ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER.</summary>
    public static bool IsJoinControl(int codePoint) => s_joinControl.Value[codePoint];

    /// <summary>Bidi_Class (DerivedBidiClass.txt) as its short name: <c>L</c>, <c>R</c>, <c>AL</c>, <c>EN</c>, <c>WS</c> …; <c>L</c> for a code point the file does not list.</summary>
    public static string BidiClass(int codePoint) => s_bidiClass.Value[codePoint];

    /// <summary>A strong right-to-left character: Bidi_Class R (Hebrew, …) or AL (Arabic, Persian, …).</summary>
    public static bool IsRightToLeft(int codePoint) => codePoint >= 0x0590 && BidiClass(codePoint) is "R" or "AL";

    /// <summary>A strong left-to-right character: Bidi_Class L (Latin, Cyrillic, …).</summary>
    public static bool IsLeftToRight(int codePoint) => BidiClass(codePoint) == "L" && GeneralCategory(codePoint) is not (UnicodeCategory.OtherNotAssigned or UnicodeCategory.Control);

    /// <summary>Joining_Type (DerivedJoiningType.txt): 'D' dual, 'R' right, 'L' left, 'C' join causing, 'T' transparent, 'U' non-joining.</summary>
    public static char JoiningType(int codePoint) => s_joiningType.Value[codePoint];

    /// <summary>Canonical_Combining_Class (DerivedCombiningClass.txt); 9 is a virama.</summary>
    public static int CombiningClass(int codePoint) => s_combiningClass.Value[codePoint];

    /// <summary>Script (Scripts.txt) as its four-letter code (<c>Latn</c>, <c>Cyrl</c>, <c>Arab</c>, <see cref="Common"/>, <see cref="Inherited"/>; <c>Zzzz</c> for unassigned).</summary>
    public static string Script(int codePoint) => s_script.Value[codePoint];

    /// <summary>Script_Extensions (ScriptExtensions.txt): the scripts a character is used with; its <see cref="Script"/> alone when the file does not list it.</summary>
    public static IReadOnlyList<string> ScriptExtensions(int codePoint) => s_scriptExtensions.Value[codePoint] ?? new[] { Script(codePoint) };

    /// <summary>The name of a script code, as people read it: <c>Cyrl</c> → <c>Cyrillic</c>, <c>Ital</c> → <c>Old Italic</c>.</summary>
    public static string ScriptName(string code) =>
        s_scriptNames.Value.TryGetValue(code, out var name) ? name.Replace('_', ' ') : code;

    private static CodePointMap<bool> Binary(string fileName, string property) =>
        CodePointMap<bool>.Read(fileName, false, value => (value == property, true));

    /// <summary>
    /// Scripts.txt names scripts in full (<c>Cyrillic</c>), ScriptExtensions.txt by code (<c>Cyrl</c>):
    /// PropertyValueAliases.txt relates them, code to name or name to code.
    /// </summary>
    private static Dictionary<string, string> ReadScriptAliases(bool byName)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fields in UnicodeDataFile.Records("PropertyValueAliases.txt"))
        {
            if (fields.Length >= 3 && fields[0] == "sc")
            {
                aliases[byName ? fields[2] : fields[1]] = byName ? fields[1] : fields[2];
            }
        }

        return aliases;
    }

    private static UnicodeCategory Category(string code) => code switch
    {
        "Lu" => UnicodeCategory.UppercaseLetter,
        "Ll" => UnicodeCategory.LowercaseLetter,
        "Lt" => UnicodeCategory.TitlecaseLetter,
        "Lm" => UnicodeCategory.ModifierLetter,
        "Lo" => UnicodeCategory.OtherLetter,
        "Mn" => UnicodeCategory.NonSpacingMark,
        "Mc" => UnicodeCategory.SpacingCombiningMark,
        "Me" => UnicodeCategory.EnclosingMark,
        "Nd" => UnicodeCategory.DecimalDigitNumber,
        "Nl" => UnicodeCategory.LetterNumber,
        "No" => UnicodeCategory.OtherNumber,
        "Pc" => UnicodeCategory.ConnectorPunctuation,
        "Pd" => UnicodeCategory.DashPunctuation,
        "Ps" => UnicodeCategory.OpenPunctuation,
        "Pe" => UnicodeCategory.ClosePunctuation,
        "Pi" => UnicodeCategory.InitialQuotePunctuation,
        "Pf" => UnicodeCategory.FinalQuotePunctuation,
        "Po" => UnicodeCategory.OtherPunctuation,
        "Sm" => UnicodeCategory.MathSymbol,
        "Sc" => UnicodeCategory.CurrencySymbol,
        "Sk" => UnicodeCategory.ModifierSymbol,
        "So" => UnicodeCategory.OtherSymbol,
        "Zs" => UnicodeCategory.SpaceSeparator,
        "Zl" => UnicodeCategory.LineSeparator,
        "Zp" => UnicodeCategory.ParagraphSeparator,
        "Cc" => UnicodeCategory.Control,
        "Cf" => UnicodeCategory.Format,
        "Cs" => UnicodeCategory.Surrogate,
        "Co" => UnicodeCategory.PrivateUse,
        _ => UnicodeCategory.OtherNotAssigned,
    };
}
