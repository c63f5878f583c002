using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
namespace DiplomacyData;

/// <summary>
/// A weekday named in a passage (English, Russian or Persian): either a relative phrase that dates something against the article's day
/// ("on Tuesday", "Tuesday evening", "last Friday", "next Monday"), or a weekday written beside a date
/// ("Tuesday 2024-06-11", "Thursday, January 20, 2022"), which dates itself. The one rule, linked into the
/// dataset generator (DD0316, DD0317) and the <c>diplomacy draft</c> command, so that a drafted date is the
/// date the build checks.
/// </summary>
/// <param name="Text">The phrase as written.</param>
/// <param name="Last">"last Friday": the latest such day before the article's day, never that day itself.</param>
/// <param name="Next">"next Monday": the first such day after the article's day, never that day itself.</param>
/// <param name="WrittenDate">The date written beside the weekday; null when the phrase is relative.</param>
internal sealed record WeekdayPhrase(string Text, DayOfWeek Day, bool Last, bool Next, DateTime? WrittenDate)
{
    /// <summary>The day the phrase names, said on <paramref name="articleDay"/>: within the week up to it (the week after it for "next").</summary>
    /// <returns>Null when that day would fall outside the calendar.</returns>
    public DateTime? Resolve(DateTime articleDay)
    {
        if (Next)
        {
            var ahead = ((int)Day - (int)articleDay.DayOfWeek + 7) % 7;
            ahead = ahead == 0 ? 7 : ahead;
            return (DateTime.MaxValue - articleDay).TotalDays >= ahead ? articleDay.AddDays(ahead) : null;
        }

        var back = ((int)articleDay.DayOfWeek - (int)Day + 7) % 7;
        if (Last && back == 0)
        {
            back = 7;
        }

        return (articleDay - DateTime.MinValue).TotalDays >= back ? articleDay.AddDays(-back) : null;
    }
}

/// <summary>
/// Finds weekday phrases in the languages the dataset's sources are written in: English, Russian and Persian. Each
/// language has its own forms for "on Tuesday", "last Friday" and "next Monday"; a bare weekday ("the same
/// Tuesday", «пятничная молитва», «نماز جمعه») is not taken to date anything in any of them.
/// </summary>
internal static partial class WeekdayPhrases
{
    /// <summary>The languages read (BCP 47 primary subtags), in the order their phrases are looked for.</summary>
    public static readonly IReadOnlyList<string> Languages = new[] { "en", "ru", "fa" };

    /// <summary>Whether weekday phrases of <paramref name="language"/> (a BCP 47 tag: <c>ru</c>, <c>fa-IR</c>) are read.</summary>
    public static bool Reads(string? language) => LanguageOf(language) is not null;

    /// <summary>
    /// Every relative weekday phrase and every weekday written beside a date in <paramref name="text"/>, in order,
    /// read as <paramref name="language"/>; in every language read when it is null; none for a language not read.
    /// </summary>
    public static IEnumerable<WeekdayPhrase> Find(string text, string? language)
    {
        if (language is null)
        {
            var all = new List<WeekdayPhrase>();
            foreach (var each in Languages)
            {
                all.AddRange(Find(text, each));
            }

            return all;
        }

        return LanguageOf(language) switch
        {
            "en" => FindEnglish(text),
            "ru" => Russian.Find(text),
            "fa" => Persian.Find(text),
            _ => Array.Empty<WeekdayPhrase>(),
        };
    }

    private static string? LanguageOf(string? tag)
    {
        if (tag is null)
        {
            return null;
        }

        var dash = tag.IndexOf('-');
        var primary = (dash < 0 ? tag : tag.Substring(0, dash)).ToLowerInvariant();
        return primary is "en" or "ru" or "fa" ? primary : null;
    }

    private const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December";

    // A bare weekday ("the same Tuesday", "a Thursday meeting") is not taken to date anything: only the forms
    // that news style uses for "the day of the event, counted from the dateline".
    private static readonly Regex s_phrase = new(
        $@"\b(?:(?<prefix>on|last|next)\s+)?(?<day>{Weekday})\b(?:\s+(?<part>morning|afternoon|evening|night)\b)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // What may stand between a weekday and the date beside it: a comma, a space, quotes, an opening bracket. Dates in
    // ASCII digits only ([0-9], not \d, which takes the digits of every script): what the parser below reads.
    private static readonly Regex s_writtenDate = new(
        $@"\G[\s,(""“”'’]{{0,4}}(?:(?<iso>[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}})\b|(?<month>{Month})\s+(?<mday>[0-9]{{1,2}}),?\s+(?<year>[0-9]{{4}})\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static IEnumerable<WeekdayPhrase> FindEnglish(string text)
    {
        foreach (Match match in s_phrase.Matches(text))
        {
            var day = (DayOfWeek)Enum.Parse(typeof(DayOfWeek), match.Groups["day"].Value, ignoreCase: true);
            var written = WrittenDateAfter(text, match.Index + match.Length);
            var relative = match.Groups["prefix"].Success || match.Groups["part"].Success;
            if (written is not null || relative)
            {
                var prefix = match.Groups["prefix"].Value;
                yield return new WeekdayPhrase(
                    match.Value,
                    day,
                    string.Equals(prefix, "last", StringComparison.OrdinalIgnoreCase),
                    string.Equals(prefix, "next", StringComparison.OrdinalIgnoreCase),
                    written);
            }
        }
    }

    private static DateTime? WrittenDateAfter(string text, int index)
    {
        var match = s_writtenDate.Match(text, index);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["iso"].Success)
        {
            return IsoDateText.TryParse(match.Groups["iso"].Value, out var isoYear, out var isoMonth, out var isoDay) ? new DateTime(isoYear, isoMonth, isoDay) : null;
        }

        var month = Array.FindIndex(Month.Split('|'), m => string.Equals(m, match.Groups["month"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        return int.TryParse(match.Groups["year"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && int.TryParse(match.Groups["mday"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day)
            && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day)
            : null;
    }
}
