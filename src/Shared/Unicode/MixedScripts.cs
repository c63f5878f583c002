using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DiplomacyData.Unicode;

/// <summary>
/// Words that mix scripts in a way no name does, by the mixed-script detection of UTS #39 (section 5.1) applied to
/// each word: a word passes when its resolved script set is not empty (one script, with the characters shared by
/// several, such as digits, the Arabic tatweel or the Persian zero-width non-joiner) or when it is covered by one of
/// the mixtures the Highly Restrictive level allows (Latin with Han and Japanese kana, with Han and Bopomofo, with
/// Han and Hangul). "Sеrgey" with a Cyrillic е fails; "Лавров", "عراقچی", "Türkiye" and "می‌خواهم" pass.
/// </summary>
internal static class MixedScripts
{
    private static readonly string[][] s_highlyRestrictiveMixtures =
    [
        ["Latn", "Hani", "Hira", "Kana"],
        ["Latn", "Hani", "Bopo"],
        ["Latn", "Hani", "Hang"],
    ];

    /// <summary>
    /// The characters of <paramref name="text"/> that stand in a word of another script, as (index, code point): in
    /// each word that fails, every character whose scripts do not include the word's main one (the script most of
    /// its letters are written in; the first letter's on a tie).
    /// </summary>
    public static IReadOnlyList<(int Index, int CodePoint)> ForeignCharacters(string text)
    {
        if (CodePoints.IsAscii(text))
        {
            return [];
        }

        var found = new List<(int, int)>();
        foreach (var (start, end) in Words(text))
        {
            var characters = CharactersOf(text, start, end);
            if (IsSingleScript(characters) || IsAllowedMixture(characters))
            {
                continue;
            }

            var main = MainScript(characters);
            foreach (var (index, codePoint, scripts) in characters)
            {
                if (scripts is not null && !scripts.Contains(main))
                {
                    found.Add((index, codePoint));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Runs of letters, marks, decimal digits and joiners: the unit a reader takes in at a glance, and the unit a
    /// mixture is judged in, so that "Lavrov (Лавров)" is two words of one script each.
    /// </summary>
    public static IEnumerable<(int Start, int End)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i < text.Length;)
        {
            var (codePoint, width) = CodePoints.At(text, i);
            if (IsWordCharacter(codePoint))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                yield return (start, i);
                start = -1;
            }

            i += width;
        }

        if (start >= 0)
        {
            yield return (start, text.Length);
        }
    }

    private static bool IsWordCharacter(int codePoint)
    {
        switch (UnicodeProperties.GeneralCategory(codePoint))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber:
                return true;
            default:
                return UnicodeProperties.IsJoinControl(codePoint);
        }
    }

    /// <summary>Each character with its augmented script set (UTS #39, section 5.1); null for Common and Inherited, which go with any script.</summary>
    private static List<(int Index, int CodePoint, HashSet<string>? Scripts)> CharactersOf(string text, int start, int end)
    {
        var characters = new List<(int, int, HashSet<string>?)>();
        for (var i = start; i < end;)
        {
            var (codePoint, width) = CodePoints.At(text, i);
            var extensions = UnicodeProperties.ScriptExtensions(codePoint);
            characters.Add((i, codePoint, extensions.Contains(UnicodeProperties.Common) || extensions.Contains(UnicodeProperties.Inherited) ? null : Augmented(extensions)));
            i += width;
        }

        return characters;
    }

    /// <summary>Han, Hiragana, Katakana, Hangul and Bopomofo also count as the writing systems they are part of (Jpan, Kore, Hanb).</summary>
    private static HashSet<string> Augmented(IReadOnlyList<string> scripts)
    {
        var set = new HashSet<string>(scripts);
        if (set.Contains("Hani"))
        {
            set.UnionWith(["Hanb", "Jpan", "Kore"]);
        }

        if (set.Contains("Hira") || set.Contains("Kana"))
        {
            set.Add("Jpan");
        }

        if (set.Contains("Hang"))
        {
            set.Add("Kore");
        }

        if (set.Contains("Bopo"))
        {
            set.Add("Hanb");
        }

        return set;
    }

    private static bool IsSingleScript(List<(int Index, int CodePoint, HashSet<string>? Scripts)> characters)
    {
        HashSet<string>? resolved = null;
        foreach (var (_, _, scripts) in characters)
        {
            if (scripts is null)
            {
                continue;
            }

            if (resolved is null)
            {
                resolved = new HashSet<string>(scripts);
            }
            else
            {
                resolved.IntersectWith(scripts);
            }
        }

        return resolved is null || resolved.Count > 0;
    }

    private static bool IsAllowedMixture(List<(int Index, int CodePoint, HashSet<string>? Scripts)> characters) =>
        s_highlyRestrictiveMixtures.Any(mixture => characters.All(c => c.Scripts is null || c.Scripts.Overlaps(mixture)));

    private static string MainScript(List<(int Index, int CodePoint, HashSet<string>? Scripts)> characters)
    {
        var counts = new Dictionary<string, int>();
        var order = new List<string>();
        foreach (var (_, codePoint, scripts) in characters)
        {
            if (scripts is null)
            {
                continue;
            }

            var script = UnicodeProperties.Script(codePoint);
            if (!counts.ContainsKey(script))
            {
                counts[script] = 0;
                order.Add(script);
            }

            counts[script]++;
        }

        // The first script to reach the highest count: the first letter's on a tie.
        return order.OrderByDescending(script => counts[script]).First();
    }
}
