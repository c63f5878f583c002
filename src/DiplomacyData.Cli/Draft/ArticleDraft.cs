using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Draft;

/// <summary>
/// Reads an article into a <see cref="DraftArticle"/>: one engagement per passage that names a weekday (dated by
/// it, against the dateline or else the publication date), and one undated engagement holding every other passage
/// that names a person of the dataset or an engagement (talks, a visit, a call …), for the curator to place.
/// </summary>
internal static partial class ArticleDraft
{
    public static DraftArticle Make(Dataset data, DraftSource source, string text)
    {
        var article = ArticleText.Read(text, source.Published);
        var (reference, referenceName) = article.DatelineDate is { } day
            ? (day, $"the dateline \"{article.Dateline}\"")
            : (source.Published, "the publication date");

        var engagements = new List<DraftEngagement>();
        var undated = new List<string>();
        var undatedPeople = new List<Person>();
        foreach (var sentence in article.Sentences.Distinct(StringComparer.Ordinal))
        {
            var people = NamedPeople.In(data, sentence);
            var weekdays = WeekdayPhrase.In(sentence, source.Language, reference, referenceName);
            if (weekdays.Count > 0)
            {
                // Two weekdays in one passage are two candidate engagements; the curator keeps what applies.
                engagements.AddRange(weekdays.Select(w => new DraftEngagement(w.Date, w.Note, people, [sentence])));
            }
            else if (people.Count > 0 || EngagementWords().IsMatch(sentence))
            {
                undated.Add(sentence);
                undatedPeople.AddRange(people.Where(p => !undatedPeople.Contains(p)));
            }
        }

        if (undated.Count > 0)
        {
            engagements.Add(new DraftEngagement(null, null, undatedPeople, undated));
        }

        return new DraftArticle(source with { Dateline = article.Dateline }, engagements);
    }

    // Words of the engagement kinds and of reported speech: a passage with one may be evidence even when it names nobody.
    [System.Text.RegularExpressions.GeneratedRegex("\\b(?:met|meet(?:s|ing|ings)?|talks|visit(?:s|ed|ing)?|call(?:s|ed)?|phone|discuss(?:ed|es|ion|ions)?|conversation|message|press conference|briefing|interview|session|consultations|said|told|stressed|agreed)\\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EngagementWords();
}
