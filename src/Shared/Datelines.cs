using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyData;

/// <summary>
/// A dateline's month and day, as printed (<c>MOSCOW, April 18</c>, <c>TEHRAN, Apr. 13</c>, <c>МОСКВА, 18 апреля</c>).
/// </summary>
/// <param name="Text">The dateline as printed: the place and the day, without the agency that may follow (<c>(MNA)</c>).</param>
/// <param name="Month">1 to 12.</param>
/// <param name="Day">1 to 31, as printed; whether the month has it is decided with the year (<see cref="In"/>).</param>
internal sealed record Dateline(string Text, int Month, int Day)
{
    /// <summary>
    /// The dateline's day in the year of <paramref name="published"/>, or in the year before when that day would come
    /// after the publication (a story filed on 31 December and posted on 2 January); null when neither year has the
    /// day (29 February, 31 April) or the year before is before the calendar.
    /// </summary>
    public DateTime? In(DateTime published)
    {
        foreach (var year in new[] { published.Year, published.Year - 1 })
        {
            if (year >= 1 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month) && new DateTime(year, Month, Day) <= published)
            {
                return new DateTime(year, Month, Day);
            }
        }

        return null;
    }
}

/// <summary>
/// The one reader of datelines, linked into the dataset generator (the day a source's relative weekdays count from,
/// DD0316) and the <c>diplomacy draft</c> command (the dateline an article opens with), so that both read a dateline
/// alike. Months in English, full or abbreviated as agencies print them (<c>April 18</c>, <c>Apr. 13</c>,
/// <c>18 April</c>; Mehr writes every dateline abbreviated), and in Russian, in the genitive or abbreviated
/// (<c>18 апреля</c>, <c>18 апр</c>). Days in ASCII digits only: what <see cref="int.Parse(string)"/> is given.
/// </summary>
internal static class Datelines
{
    private static readonly string[][] s_months =
    [
        ["january", "jan", "января", "янв"],
        ["february", "feb", "февраля", "фев"],
        ["march", "mar", "марта", "мар"],
        ["april", "apr", "апреля", "апр"],
        ["may", "мая", "май"],
        ["june", "jun", "июня", "июн"],
        ["july", "jul", "июля", "июл"],
        ["august", "aug", "августа", "авг"],
        ["september", "sept", "sep", "сентября", "сент", "сен"],
        ["october", "oct", "октября", "окт"],
        ["november", "nov", "ноября", "ноя"],
        ["december", "dec", "декабря", "дек"],
    ];

    // Longest first, so that "Sept" is not read as "Sep" and a full name not as its abbreviation.
    private static readonly string s_month = string.Join("|", Longest(s_months));

    // A month (in any case: "APRIL 18" too) and a day either way round; an abbreviation before the day may carry its
    // full stop ("Apr. 13"); after the day a full stop may end the sentence, so it is not the dateline's.
    private static readonly string s_monthDay =
        $@"(?:\b(?<month>(?i:{s_month}))\b\.?\s+(?<day>[0-9]{{1,2}})\b|\b(?<day>[0-9]{{1,2}})\s+(?<month>(?i:{s_month}))\b)";

    private static readonly Regex s_anywhere = new(s_monthDay, RegexOptions.CultureInvariant);

    // The place in capitals (a second part after a comma may be in any case: "KUWAIT, Kuwait"), a comma, the day.
    private static readonly Regex s_opening = new(
        $@"^\s*(?<dateline>\p{{Lu}}[\p{{Lu}}\p{{M}} .'’-]+(?:,\s*\p{{Lu}}[\p{{L}}\p{{M}} .'’-]+)?,\s*{s_monthDay})",
        RegexOptions.CultureInvariant);

    /// <summary>The month and day of a recorded dateline (a source's <c>dateline</c>), wherever they stand in it; null when it names none.</summary>
    public static Dateline? Read(string dateline)
    {
        var match = s_anywhere.Match(dateline);
        return match.Success ? Of(dateline.Trim(), match) : null;
    }

    /// <summary>The dateline <paramref name="line"/> opens with (a place in capitals, a comma, a month and day); null when it opens with none.</summary>
    public static Dateline? AtStart(string line)
    {
        var match = s_opening.Match(line);
        return match.Success ? Of(match.Groups["dateline"].Value, match) : null;
    }

    private static Dateline? Of(string text, Match match)
    {
        var name = match.Groups["month"].Value.ToLowerInvariant();
        var month = Array.FindIndex(s_months, names => Array.IndexOf(names, name) >= 0) + 1;
        return month > 0 && int.TryParse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            ? new Dateline(text, month, day)
            : null;
    }

    private static string[] Longest(string[][] months)
    {
        var all = new System.Collections.Generic.List<string>();
        foreach (var names in months)
        {
            all.AddRange(names);
        }

        all.Sort((a, b) => b.Length != a.Length ? b.Length - a.Length : string.CompareOrdinal(a, b));
        return all.ToArray();
    }
}
