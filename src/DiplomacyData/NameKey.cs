using System.Globalization;
using System.Text;
using DiplomacyData.Unicode;

namespace DiplomacyData;

/// <summary>
/// The comparison key for names: two names with the same key are the same name to <see cref="Catalog.FindPerson"/>,
/// <see cref="Catalog.SearchPeople"/>, the <c>diplomacy</c> tool and the build's ambiguity rule (DD0206).
/// </summary>
/// <remarks>
/// <para>
/// The rule, in order, and where each part comes from:
/// </para>
/// <list type="number">
/// <item><description>Compatibility decomposition (Unicode NFKD, UAX #15): full-width and presentation forms
/// (<c>ﻻ</c>, <c>Ｌａｖｒｏｖ</c>) become their plain letters, and letters with marks become letter + mark
/// (<c>é</c>, <c>ё</c>, and the Arabic <c>أ إ آ ؤ ئ ۀ</c> become <c>ا و ی ە</c> plus a combining hamza or
/// madda).</description></item>
/// <item><description>Dropped by Unicode general category (from the Unicode 16.0 data the project vendors, whatever
/// runtime runs the code): every mark (Mn, Mc, Me: diacritics, Arabic harakat,
/// the hamza and madda split off above), every modifier letter (Lm: <c>ʼ ʻ ʾ ʿ ˈ ʹ ʺ</c>, the Arabic tatweel
/// <c>ـ</c>), every modifier symbol (Sk: <c>` ´ ^ ¨</c>), every punctuation mark (P*: <c>' ‘ ’ ′ " . -</c>
/// and the other dashes), separators, controls and format characters (Z*, Cc, Cf: spaces, tabs, the Persian
/// zero-width non-joiner), and every other default-ignorable code point. These are the characters romanisations of Persian, Arabic and Russian use for an
/// apostrophe, <i>ʿayn</i>, hamza or the Cyrillic soft and hard signs, so <c>Ja'fari</c>, <c>Jaʼfari</c>,
/// <c>Jaʿfari</c> and <c>Ja`fari</c> are one name.</description></item>
/// <item><description>Decimal digits of any script (Nd, e.g. Arabic-Indic <c>٣</c> and Persian <c>۳</c>) become
/// ASCII digits by their Unicode decimal value.</description></item>
/// <item><description>Case is folded by Unicode's simple case mappings, upper then lower (invariant), so final
/// and medial sigma agree; Turkish dotless <c>ı</c>, whose mapping to <c>I</c> .NET's invariant culture leaves
/// out, is folded to <c>i</c> by the table below.</description></item>
/// <item><description>Arabic-script letters that Unicode does not relate by decomposition but that people type
/// for one another (Persian and Arabic keyboards, and the look-alikes in Unicode's confusables data, UTS #39)
/// are folded by the short table in <see cref="FoldLetter"/>: Arabic and Farsi yeh and alef maksura
/// (<c>ي ی ى</c>), kaf and keheh (<c>ك ک</c>), heh and teh marbuta and their Persian/Urdu forms
/// (<c>ه ة ە ھ ہ</c>), alef wasla and alefs with wavy hamza (<c>ٱ ٲ ٳ</c> → <c>ا</c>); the standalone and high
/// hamza (<c>ء ٴ</c>, letters to Unicode) are dropped, as their romanisation <c>ʼ</c> is.</description></item>
/// <item><description>Each character is replaced by its prototype in Unicode's confusables data (UTS #39, section 4),
/// as a skeleton is made, and steps 1 to 5 run again on the result: so a name spelt with look-alikes of another
/// script (<c>Sеrgey</c> with a Cyrillic <c>е</c>) has the key of the name it imitates, and the build's ambiguity rule
/// sees two names a reader cannot tell apart, whatever their scripts.</description></item>
/// </list>
/// <para>
/// Cyrillic <c>ё</c> and <c>е</c> agree by step 2 (the diaeresis is a mark). This file is compiled into the
/// package, the tool and the (netstandard2.0) generator, so that all three share one rule, and reads Unicode's data
/// through src/Shared/Unicode, as they do.
/// </para>
/// </remarks>
internal static class NameKey
{
    /// <summary>The key of <paramref name="name"/>: empty when the name has no letters or digits.</summary>
    public static string Normalize(string name) => Fold(WithPrototypes(Fold(name)));

    private const char ArabicHamza = '\u0621';
    private const char ArabicHighHamza = '\u0674';

    /// <summary>Steps 1 to 5: decomposed, marks and punctuation dropped, digits made ASCII, case and letter variants folded.</summary>
    private static string Fold(string name)
    {
        var decomposed = Decompose(name);
        var key = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length;)
        {
            var (codePoint, width) = CodePoints.At(decomposed, i);
            i += width;
            var category = UnicodeProperties.GeneralCategory(codePoint);
            if (IsIgnored(category) || codePoint is ArabicHamza or ArabicHighHamza || UnicodeProperties.IsDefaultIgnorable(codePoint))
            {
                continue;
            }

            if (category == UnicodeCategory.DecimalDigitNumber)
            {
                key.Append((char)('0' + UnicodeProperties.DecimalDigitValue(codePoint)));
            }
            else if (width == 2)
            {
                // Supplementary letters are kept as written; NFKD has already folded the mathematical and other
                // compatibility letters among them.
                key.Append(decomposed, i - 2, 2);
            }
            else
            {
                key.Append(FoldLetter(char.ToLowerInvariant(char.ToUpperInvariant((char)codePoint))));
            }
        }

        return key.ToString();
    }

    /// <summary>Step 6: each character replaced by its prototype in Unicode's confusables (UTS #39), as a skeleton is made.</summary>
    private static string WithPrototypes(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length;)
        {
            var (codePoint, width) = CodePoints.At(folded, i);
            if (Confusables.PrototypeOf(codePoint) is { } prototype)
            {
                builder.Append(prototype);
            }
            else
            {
                builder.Append(folded, i, width);
            }

            i += width;
        }

        return builder.ToString();
    }

    private static bool IsIgnored(UnicodeCategory category)
    {
        switch (category)
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
                return true;
            default:
                return false;
        }
    }

    // Letters typed for one another that no Unicode decomposition relates; each Arabic-script letter folds to
    // the letter of the basic Arabic block.
    private static char FoldLetter(char c) => c switch
    {
        '\u0131' => 'i',                              // Turkish dotless i
        '\u06CC' or '\u0649' or '\u06D2' => '\u064A', // Farsi yeh, alef maksura, yeh barree → yeh
        '\u06A9' or '\u06AA' => '\u0643',             // keheh, swash kaf → kaf
        '\u0629' or '\u06D5' or '\u06BE' or '\u06C1' => '\u0647', // teh marbuta, ae, heh doachashmee, heh goal → heh
        '\u0671' or '\u0672' or '\u0673' => '\u0627', // alef wasla, alef with wavy hamza above/below → alef
        _ => c,
    };

    private static string Decompose(string text) => Nfc.Of(text, NormalizationForm.FormKD);
}
