using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace DiplomacyData;

internal static partial class WeekdayPhrases
{
    /// <summary>
    /// Persian: the weekday after «روز» ("day"), «امروز» ("today") or a part of the day («صبح», «ظهر», «عصر»,
    /// «بعدازظهر»), or followed by «شب» ("night"), or by «گذشته»/«پیش»/«قبل» for "last" and «آینده»/«بعد» for "next",
    /// with or without «هفته» ("week") between («دوشنبه هفته گذشته»). The names are written with or without the
    /// ZERO WIDTH NON-JOINER or a space inside them («سه‌شنبه», «سه شنبه») and with Arabic or Persian yeh and kaf.
    /// Dates written beside a Persian weekday are in the Solar Hijri calendar and are not read: such a phrase is
    /// resolved as a relative one, which names the same day within the week.
    /// </summary>
    private static class Persian
    {
        private const string Joiner = "[\u200C ]?";
        private const string Yeh = "[یيى]";
        private const string Kaf = "[کك]";

        // Longest first: «شنبه» (Saturday) ends every name from Sunday to Thursday.
        private static readonly (DayOfWeek Day, string Pattern)[] s_days =
        [
            (DayOfWeek.Sunday, Yeh + Kaf + Joiner + "شنبه"),
            (DayOfWeek.Monday, "دو" + Joiner + "شنبه"),
            (DayOfWeek.Tuesday, "سه" + Joiner + "شنبه"),
            (DayOfWeek.Wednesday, "چهار" + Joiner + "شنبه"),
            (DayOfWeek.Thursday, "پنج" + Joiner + "شنبه"),
            (DayOfWeek.Friday, "جمعه"),
            (DayOfWeek.Saturday, "شنبه"),
        ];

        private static readonly Regex s_phrase = new(
            @"(?<![\p{L}\p{M}\u200C])(?:(?<on>امروز|روز|صبح|ظهر|عصر|بعد" + Joiner + @"از" + Joiner + @"ظهر)\s+)?(?<day>"
            + string.Join("|", Array.ConvertAll(s_days, d => "(?<" + d.Day + ">" + d.Pattern + ")"))
            + @")(?:\s+(?:(?<part>شب)|(?:هفته\s+)?(?<last>گذشته|پیش|قبل)|(?:هفته\s+)?(?<next>آینده|بعد)))?(?![\p{L}\p{M}\u200C])",
            RegexOptions.CultureInvariant);

        public static IEnumerable<WeekdayPhrase> Find(string text)
        {
            foreach (Match match in s_phrase.Matches(text))
            {
                // A bare weekday ("Friday prayers", «نماز جمعه») dates nothing.
                if (!match.Groups["on"].Success && !match.Groups["part"].Success && !match.Groups["last"].Success && !match.Groups["next"].Success)
                {
                    continue;
                }

                var day = Array.Find(s_days, d => match.Groups[d.Day.ToString()].Success).Day;
                yield return new WeekdayPhrase(match.Value, day, match.Groups["last"].Success, match.Groups["next"].Success, WrittenDate: null);
            }
        }
    }
}
