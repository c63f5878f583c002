using System;
using System.Collections.Generic;
using System.Globalization;

namespace DiplomacyData.Unicode;

/// <summary>
/// What a character is called, for messages: its Name from UnicodeData.txt, the names Unicode derives for
/// ideographs and Hangul syllables (The Unicode Standard, section 4.8, rules NR1 and NR2, with Jamo.txt), the
/// Unicode 1.0 name of a control (<c>NULL</c>, <c>NEXT LINE (NEL)</c>), and a description of what has no name
/// (<c>PRIVATE USE</c>, <c>UNASSIGNED</c>).
/// </summary>
internal static class CharacterNames
{
    private static readonly Lazy<Names> s_names = new(Names.Read);

    /// <summary>The name of <paramref name="codePoint"/> in capitals, never empty.</summary>
    public static string Of(int codePoint) => s_names.Value.Of(codePoint);

    /// <summary>"&lt;U+0435 CYRILLIC SMALL LETTER IE&gt;": how every message shows a character that is not what it looks like.</summary>
    public static string Tag(int codePoint) => "<" + CodePoints.Notation(codePoint) + " " + Of(codePoint) + ">";

    private sealed class Names
    {
        private const int HangulFirst = 0xAC00, HangulLast = 0xD7A3, VowelCount = 21, TrailCount = 28;

        private readonly Dictionary<int, string> _names;
        private readonly List<(int First, int Last, string Label)> _ranges;
        private readonly string[] _leads, _vowels, _trails;

        private Names(Dictionary<int, string> names, List<(int, int, string)> ranges, string[] leads, string[] vowels, string[] trails)
        {
            _names = names;
            _ranges = ranges;
            _leads = leads;
            _vowels = vowels;
            _trails = trails;
        }

        public static Names Read()
        {
            var names = new Dictionary<int, string>();
            var ranges = new List<(int, int, string)>();
            int? rangeStart = null;
            foreach (var fields in UnicodeDataFile.Records("UnicodeData.txt"))
            {
                var codePoint = UnicodeDataFile.CodePoint(fields[0]);
                var name = fields[1];
                if (name.EndsWith(", First>", StringComparison.Ordinal))
                {
                    rangeStart = codePoint;
                }
                else if (name.EndsWith(", Last>", StringComparison.Ordinal) && rangeStart is { } first)
                {
                    ranges.Add((first, codePoint, name.Substring(1, name.Length - ", Last>".Length - 1)));
                    rangeStart = null;
                }
                else if (name == "<control>")
                {
                    names[codePoint] = fields.Length > 10 && fields[10].Length > 0 ? fields[10] : "CONTROL";
                }
                else
                {
                    names[codePoint] = name;
                }
            }

            // Jamo.txt gives the short names of the leading consonants, vowels and trailing consonants in that order.
            var jamo = new List<string>();
            foreach (var fields in UnicodeDataFile.Records("Jamo.txt"))
            {
                jamo.Add(fields[1]);
            }

            return new Names(names, ranges, jamo.GetRange(0, 19).ToArray(), jamo.GetRange(19, VowelCount).ToArray(), Trails(jamo.GetRange(19 + VowelCount, TrailCount - 1)));
        }

        public string Of(int codePoint)
        {
            if (_names.TryGetValue(codePoint, out var name))
            {
                return name;
            }

            if (codePoint is >= HangulFirst and <= HangulLast)
            {
                var index = codePoint - HangulFirst;
                return "HANGUL SYLLABLE " + _leads[index / (VowelCount * TrailCount)] + _vowels[index % (VowelCount * TrailCount) / TrailCount] + _trails[index % TrailCount];
            }

            foreach (var (first, last, label) in _ranges)
            {
                if (codePoint >= first && codePoint <= last)
                {
                    return label.StartsWith("CJK Ideograph", StringComparison.Ordinal) ? "CJK UNIFIED IDEOGRAPH-" + Hex(codePoint)
                        : label.StartsWith("Tangut Ideograph", StringComparison.Ordinal) ? "TANGUT IDEOGRAPH-" + Hex(codePoint)
                        : label.IndexOf("Surrogate", StringComparison.Ordinal) >= 0 ? "SURROGATE"
                        : "PRIVATE USE";
                }
            }

            return (codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF ? "NONCHARACTER" : "UNASSIGNED";
        }

        private static string Hex(int codePoint) => codePoint.ToString("X4", CultureInfo.InvariantCulture);

        /// <summary>The trailing consonants with the empty one first: a syllable without a final consonant.</summary>
        private static string[] Trails(List<string> trails)
        {
            trails.Insert(0, string.Empty);
            return trails.ToArray();
        }
    }
}
