using System;
using System.Collections.Generic;
using System.Globalization;

namespace DiplomacyData.Cli.Draft;

/// <summary>
/// A weekday named in a passage ("on Tuesday", "last Friday", «во вторник», «دوشنبه گذشته»), found and
/// resolved by the build's own rule (src/Shared/WeekdayPhrases.cs, DD0316): against the dateline, or the
/// publication date when there is none, to that weekday within the week up to that day ("last" Friday: the week
/// before it; "next" Friday: the week after).
/// </summary>
/// <param name="Phrase">The words as the passage has them.</param>
/// <param name="Date">The day the phrase resolves to.</param>
/// <param name="Note">How it was resolved, for the engagement's <c>dateNote</c>.</param>
internal sealed record WeekdayPhrase(string Phrase, DateOnly Date, string Note)
{
    /// <summary>
    /// Every weekday phrase of <paramref name="passage"/>, read as <paramref name="language"/> (in every language
    /// read when null), resolved against <paramref name="reference"/> (described by <paramref name="referenceName"/>).
    /// </summary>
    public static IReadOnlyList<WeekdayPhrase> In(string passage, string? language, DateOnly reference, string referenceName)
    {
        var found = new List<WeekdayPhrase>();
        foreach (var phrase in WeekdayPhrases.Find(passage, language))
        {
            // A weekday written beside a date dates itself; the others are resolved as the build checks them (DD0316).
            if (phrase.WrittenDate is not null || phrase.Resolve(reference.ToDateTime(TimeOnly.MinValue)) is not { } resolved)
            {
                continue;
            }

            var date = DateOnly.FromDateTime(resolved);
            var window = phrase.Last ? "the week before" : phrase.Next ? "the week after" : "the week up to";
            var note = string.Create(
                CultureInfo.InvariantCulture,
                $"\"{phrase.Text}\": {phrase.Day} resolved against {referenceName} ({Iso(reference)}, a {reference.DayOfWeek}), the {phrase.Day} in {window} it: {Iso(date)}.");
            found.Add(new WeekdayPhrase(phrase.Text, date, note));
        }

        return found;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
