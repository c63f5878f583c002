using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyData.Cli.Draft;

/// <summary>
/// A weekday named in a passage ("on Tuesday", "Tuesday evening", "last Friday"), resolved as data/CURATING.md
/// resolves them: against the dateline, or the publication date when there is none, to that weekday within the
/// week up to that day ("last" Friday: the week before it; "next" Friday: the week after).
/// </summary>
/// <param name="Phrase">The words as the passage has them.</param>
/// <param name="Date">The day the phrase resolves to.</param>
/// <param name="Note">How it was resolved, for the engagement's <c>dateNote</c>.</param>
internal sealed partial record WeekdayPhrase(string Phrase, DateOnly Date, string Note)
{
    /// <summary>Every weekday phrase of <paramref name="passage"/>, resolved against <paramref name="reference"/> (described by <paramref name="referenceName"/>).</summary>
    public static IReadOnlyList<WeekdayPhrase> In(string passage, DateOnly reference, string referenceName)
    {
        var found = new List<WeekdayPhrase>();
        foreach (Match match in Pattern().Matches(passage))
        {
            var weekday = Enum.Parse<DayOfWeek>(match.Groups["day"].Value, ignoreCase: false);
            var modifier = match.Groups["modifier"].Value.ToLowerInvariant();
            var (from, to, window) = modifier switch
            {
                "last" => (reference.AddDays(-7), reference.AddDays(-1), "the week before"),
                "next" => (reference.AddDays(1), reference.AddDays(7), "the week after"),
                _ => (reference.AddDays(-6), reference, "the week up to"),
            };
            var date = from;
            while (date.DayOfWeek != weekday && date < to)
            {
                date = date.AddDays(1);
            }

            var note = string.Create(
                CultureInfo.InvariantCulture,
                $"\"{match.Value}\": {weekday} resolved against {referenceName} ({Iso(reference)}, a {reference.DayOfWeek}), the {weekday} in {window} it: {Iso(date)}.");
            found.Add(new WeekdayPhrase(match.Value, date, note));
        }

        return found;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("\\b(?:(?<modifier>[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate)\\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?\\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
