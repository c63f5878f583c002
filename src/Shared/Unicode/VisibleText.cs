using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DiplomacyData.Unicode;

/// <summary>
/// The rule for every value a message shows (the build's diagnostics, the tool's errors): a character that is not
/// what it looks like is written as <c>&lt;U+XXXX NAME&gt;</c>, so that "Unknown key 'titlе'" reads
/// "Unknown key 'titl&lt;U+0435 CYRILLIC SMALL LETTER IE&gt;'" and the reader sees why. Those characters are:
/// <list type="bullet">
/// <item><description>characters that show as nothing or as a plain space (<see cref="HiddenCharacters.IsSeenAsNothing"/>),
/// unpaired surrogates, private-use, unassigned and noncharacter code points;</description></item>
/// <item><description>characters of another script inside a word (<see cref="MixedScripts"/>);</description></item>
/// <item><description>in a word written wholly in look-alikes of ASCII letters (<c>сор</c> in Cyrillic), each of
/// them, when the word stands alone or beside ASCII letters, as a key, an id or a spoofed name does.</description></item>
/// </list>
/// </summary>
internal static class VisibleText
{
    /// <summary><paramref name="value"/> with each such character as its tag; the same string when it has none (and always for ASCII text without controls).</summary>
    public static string Of(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var tagged = TaggedIndexes(value);
        if (tagged.Count == 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + (32 * tagged.Count));
        for (var i = 0; i < value.Length;)
        {
            var (codePoint, width) = CodePoints.At(value, i);
            if (tagged.Contains(i))
            {
                builder.Append(CharacterNames.Tag(codePoint));
            }
            else
            {
                builder.Append(value, i, width);
            }

            i += width;
        }

        return builder.ToString();
    }

    /// <summary>True when a message would not show <paramref name="codePoint"/> as itself wherever it stood.</summary>
    public static bool IsAlwaysTagged(int codePoint)
    {
        if (codePoint == ' ')
        {
            return false;
        }

        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return true;
        }

        return UnicodeProperties.GeneralCategory(codePoint) is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            || HiddenCharacters.IsSeenAsNothing(codePoint);
    }

    private static HashSet<int> TaggedIndexes(string value)
    {
        var tagged = new HashSet<int>();
        var ascii = true;
        for (var i = 0; i < value.Length;)
        {
            var (codePoint, width) = CodePoints.At(value, i);
            ascii &= codePoint <= 0x7F;
            if (IsAlwaysTagged(codePoint))
            {
                tagged.Add(i);
            }

            i += width;
        }

        if (ascii)
        {
            return tagged;
        }

        foreach (var (index, _) in MixedScripts.ForeignCharacters(value))
        {
            tagged.Add(index);
        }

        foreach (var (start, end) in MixedScripts.Words(value))
        {
            if (IsAsciiLookAlike(value, start, end) && (HasAsciiLetterOutside(value, start, end) || IsOnlyWord(value, start, end)))
            {
                for (var i = start; i < end;)
                {
                    var (codePoint, width) = CodePoints.At(value, i);
                    if (codePoint > 0x7F)
                    {
                        tagged.Add(i);
                    }

                    i += width;
                }
            }
        }

        return tagged;
    }

    /// <summary>A word with no ASCII letter of its own, every character of which is, or looks like (confusables.txt), ASCII.</summary>
    private static bool IsAsciiLookAlike(string value, int start, int end)
    {
        var nonAscii = false;
        for (var i = start; i < end;)
        {
            var (codePoint, width) = CodePoints.At(value, i);
            if (codePoint <= 0x7F)
            {
                if (char.IsLetter((char)codePoint))
                {
                    return false;
                }
            }
            else
            {
                nonAscii = true;
                // A right-to-left word is drawn the other way round, so it cannot pass for an ASCII one.
                if (UnicodeProperties.IsRightToLeft(codePoint) || !IsAscii(Confusables.PrototypeOf(codePoint)))
                {
                    return false;
                }
            }

            i += width;
        }

        return nonAscii;
    }

    private static bool IsAscii(string? text) => text is not null && CodePoints.IsAscii(text);

    private static bool HasAsciiLetterOutside(string value, int start, int end)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if ((i < start || i >= end) && value[i] <= '\u007F' && char.IsLetter(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOnlyWord(string value, int start, int end) =>
        value.Substring(0, start).Trim().Length == 0 && value.Substring(end).Trim().Length == 0;
}
