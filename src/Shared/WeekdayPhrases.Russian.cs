using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyData;

internal static partial class WeekdayPhrases
{
    /// <summary>
    /// Russian: the weekday in the accusative after «в»/«во» («во вторник», «в пятницу»), with «прошлый»/«минувший»
    /// for "last" and «следующий»/«ближайший» for "next" in the weekday's gender («в прошлую среду», «в следующее
    /// воскресенье»); a date written after it with its year («во вторник, 16 июля 2024 года») dates itself.
    /// </summary>
    private static class Russian
    {
        // Accusative forms, Monday first; DayOfWeek counts from Sunday.
        private static readonly string[] s_days = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"];

        private static readonly string[] s_months =
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

        private static readonly Regex s_phrase = new(
            @"(?<![\p{L}\p{M}])(?i:во?\s+(?:(?<last>прошл(?:ый|ую|ое)|минувш(?:ий|ую|ее))\s+|(?<next>следующ(?:ий|ую|ее)|ближайш(?:ий|ую|ее))\s+)?(?<day>"
            + string.Join("|", s_days) + @"))(?![\p{L}\p{M}])",
            RegexOptions.CultureInvariant);

        private static readonly Regex s_writtenDate = new(
            @"\G[\s,(«»""]{0,4}(?<mday>[0-9]{1,2})\s+(?i:(?<month>" + string.Join("|", s_months) + @"))\s+(?<year>[0-9]{4})(?![0-9])",
            RegexOptions.CultureInvariant);

        public static IEnumerable<WeekdayPhrase> Find(string text)
        {
            foreach (Match match in s_phrase.Matches(text))
            {
                var monday = Array.IndexOf(s_days, match.Groups["day"].Value.ToLowerInvariant());
                var day = (DayOfWeek)((monday + 1) % 7);
                yield return new WeekdayPhrase(match.Value, day, match.Groups["last"].Success, match.Groups["next"].Success, WrittenDateAfter(text, match.Index + match.Length));
            }
        }

        private static DateTime? WrittenDateAfter(string text, int index)
        {
            var match = s_writtenDate.Match(text, index);
            if (!match.Success)
            {
                return null;
            }

            var month = Array.IndexOf(s_months, match.Groups["month"].Value.ToLowerInvariant()) + 1;
            return int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && int.TryParse(match.Groups["mday"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var mday)
                && year is >= 1 and <= 9999 && mday >= 1 && mday <= DateTime.DaysInMonth(year, month)
                ? new DateTime(year, month, mday)
                : null;
        }
    }
}
