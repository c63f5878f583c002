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

        // A dateline opens the story, within its first lines (a headline may come first); read as the build reads a
        // recorded dateline (src/Shared/Datelines.cs).
        foreach (var line in text.Split('\n').Take(8))
        {
            if (Datelines.AtStart(line) is { } dateline)
            {
                var day = dateline.In(published.ToDateTime(TimeOnly.MinValue));
                return new ArticleText(sentences, dateline.Text, day is { } d ? DateOnly.FromDateTime(d) : null);
            }
        }

        return new ArticleText(sentences, null, null);
    }

    // A sentence ends at . ! or ? (and a closing quote) followed by white space and the capital or quote that opens the next.
    [GeneratedRegex("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘']?\\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
