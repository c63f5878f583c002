using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Draft;

/// <summary>
/// An article's text split into the passages a curator quotes as evidence: its sentences, each an exact substring
/// of the text (so that the build finds it verbatim in the archived copy), and the dateline when the article opens
/// with one (<c>MOSCOW, April 18 (KUNA) --</c>).
/// </summary>
internal sealed partial class ArticleText
{
    private ArticleText(IReadOnlyList<string> sentences, string? dateline, DateOnly? datelineDate)
    {
        Sentences = sentences;
        Dateline = dateline;
        DatelineDate = datelineDate;
    }

    /// <summary>The sentences in order, white space at their ends trimmed, none spanning two lines.</summary>
    public IReadOnlyList<string> Sentences { get; }

    /// <summary>The dateline as printed, place and day (<c>MOSCOW, April 18</c>); null when the text has none.</summary>
    public string? Dateline { get; }

    /// <summary>The day of the dateline, in the year of the publication date (the year before, when that day would fall after it); null when the text has no dateline or neither year has that day.</summary>
    public DateOnly? DatelineDate { get; }

    public static ArticleText Read(string text, DateOnly published)
    {
        var sentences = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            foreach (var sentence in SentenceEnd().Split(line))
            {
                var trimmed = sentence.Trim();
                if (trimmed.Length > 0 && trimmed.Any(char.IsLetter))
                {
                    sentences.Add(trimmed);
                }
            }
        }

        // A dateline opens the story, within its first lines (a headline may come first).
        foreach (var line in text.Split('\n').Take(8))
        {
            var match = DatelinePattern().Match(line);
            if (match.Success)
            {
                // The month by its English name, not by DateTime's parser: that fills in the year it runs in, and so
                // finds no 29 February in a common year whatever year the article is of.
                var month = Array.IndexOf(MonthNames, match.Groups["month"].Value) + 1;
                var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                // The day in the publication's year, or the year before when it would fall after the publication;
                // none when neither year has it (29 February) or the year before is before the calendar.
                var date = new[] { published.Year, published.Year - 1 }
                    .Select(year => CalendarDays.Of(year, month, day))
                    .FirstOrDefault(candidate => candidate is { } d && d <= published);
                return new ArticleText(sentences, match.Groups["dateline"].Value, date);
            }
        }

        return new ArticleText(sentences, null, null);
    }

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    // A sentence ends at . ! or ? (and a closing quote) followed by white space and the capital or quote that opens the next.
    [GeneratedRegex("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘']?\\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("^\\s*(?<dateline>\\p{Lu}[\\p{Lu} .'’-]+(?:,\\s*\\p{Lu}[\\p{L} .'’-]+)?,\\s*(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\\s+(?<day>[0-9]{1,2}))\\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();
}
