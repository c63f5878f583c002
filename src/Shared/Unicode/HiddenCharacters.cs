using System.Collections.Generic;
using System.Globalization;

namespace DiplomacyData.Unicode;

/// <summary>What is wrong with a character a reader cannot see where it stands (<see cref="HiddenCharacters"/>).</summary>
internal enum HiddenCharacterKind
{
    /// <summary>An embedding, override or isolate of UAX #9 (U+202A–U+202E, U+2066–U+2069): it reorders what follows it (CVE-2021-42574).</summary>
    DirectionalControl,

    /// <summary>LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK or ARABIC LETTER MARK in text with no right-to-left letter, which never needs one.</summary>
    StrayDirectionalMark,

    /// <summary>A zero-width joiner or non-joiner that does not stand between letters of a script that joins them.</summary>
    StrayJoiner,

    /// <summary>Any other character that shows as nothing (Default_Ignorable_Code_Point): a zero-width space, a soft hyphen, a variation selector.</summary>
    Invisible,
}

/// <summary>
/// The characters of a value that change what a reader sees without being seen: bidirectional controls, directional
/// marks where no right-to-left text needs them, joiners where no script joins, and other default-ignorable
/// characters. Joiners follow RFC 5892's contextual rules (appendix A): after a virama, or between two letters of a
/// script with cursive joining (Arabic, Syriac, N'Ko, …), so that the Persian ZWNJ in "می‌خواهم" passes.
/// </summary>
internal static class HiddenCharacters
{
    private const int LeftToRightMark = 0x200E, RightToLeftMark = 0x200F, ArabicLetterMark = 0x061C, Virama = 9;

    /// <summary>Each hidden character of <paramref name="text"/> that is not allowed where it stands, as (index, code point, kind).</summary>
    public static IReadOnlyList<(int Index, int CodePoint, HiddenCharacterKind Kind)> Find(string text)
    {
        if (CodePoints.IsAscii(text))
        {
            return [];
        }

        var found = new List<(int, int, HiddenCharacterKind)>();
        bool? hasRightToLeft = null;
        for (var i = 0; i < text.Length;)
        {
            var (codePoint, width) = CodePoints.At(text, i);
            if (UnicodeProperties.IsBidiControl(codePoint))
            {
                if (IsDirectionalControl(codePoint))
                {
                    found.Add((i, codePoint, HiddenCharacterKind.DirectionalControl));
                }
                else if (!(hasRightToLeft ??= HasRightToLeft(text)))
                {
                    found.Add((i, codePoint, HiddenCharacterKind.StrayDirectionalMark));
                }
            }
            else if (UnicodeProperties.IsJoinControl(codePoint))
            {
                if (!JoinsHere(text, i, width))
                {
                    found.Add((i, codePoint, HiddenCharacterKind.StrayJoiner));
                }
            }
            else if (UnicodeProperties.IsDefaultIgnorable(codePoint))
            {
                found.Add((i, codePoint, HiddenCharacterKind.Invisible));
            }

            i += width;
        }

        return found;
    }

    /// <summary>An embedding, override or isolate (Bidi_Control, less the three marks): never needed in the data, and able to reorder whatever follows it.</summary>
    public static bool IsDirectionalControl(int codePoint) =>
        codePoint is not (LeftToRightMark or RightToLeftMark or ArabicLetterMark) && UnicodeProperties.IsBidiControl(codePoint);

    /// <summary>
    /// True when <paramref name="text"/> has at least one strong right-to-left character (Bidi_Class R or AL) other
    /// than the marks themselves (RIGHT-TO-LEFT MARK is R, ARABIC LETTER MARK is AL).
    /// </summary>
    public static bool HasRightToLeft(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var (codePoint, width) = CodePoints.At(text, i);
            if (UnicodeProperties.IsRightToLeft(codePoint) && !UnicodeProperties.IsBidiControl(codePoint))
            {
                return true;
            }

            i += width;
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="text"/> is made only of white space and characters nobody sees (controls, format and
    /// default-ignorable characters, separators): it says nothing, however long it is.
    /// </summary>
    public static bool IsBlank(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var (codePoint, width) = CodePoints.At(text, i);
            if (!IsSeenAsNothing(codePoint))
            {
                return false;
            }

            i += width;
        }

        return true;
    }

    /// <summary>
    /// Shows as nothing or as a plain space: controls, format characters, separators and default-ignorable code points.
    /// Private-use and unassigned code points are not in it: a font may draw them.
    /// </summary>
    public static bool IsSeenAsNothing(int codePoint)
    {
        switch (UnicodeProperties.GeneralCategory(codePoint))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return true;
            default:
                return UnicodeProperties.IsDefaultIgnorable(codePoint);
        }
    }

    /// <summary>RFC 5892, appendix A.1 and A.2: a joiner after a virama, or between two letters that join (Joining_Type other than U and T), marks between them aside.</summary>
    private static bool JoinsHere(string text, int index, int width)
    {
        var (before, start) = CodePoints.Before(text, index);
        if (before >= 0 && UnicodeProperties.CombiningClass(before) == Virama)
        {
            return true;
        }

        while (before >= 0 && UnicodeProperties.JoiningType(before) == 'T')
        {
            (before, start) = CodePoints.Before(text, start);
        }

        var after = -1;
        for (var i = index + width; i < text.Length;)
        {
            var (codePoint, w) = CodePoints.At(text, i);
            if (UnicodeProperties.JoiningType(codePoint) != 'T')
            {
                after = codePoint;
                break;
            }

            i += w;
        }

        return before >= 0 && after >= 0 && Joins(before) && Joins(after);
    }

    private static bool Joins(int codePoint) => UnicodeProperties.JoiningType(codePoint) is 'D' or 'L' or 'R' or 'C';
}
