using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Cli.Export.Dyads;

/// <summary>The two levels at which <see cref="Dyad"/>s pair the actors of an engagement.</summary>
internal enum DyadLevel
{
    /// <summary>Two participants (people).</summary>
    Person,

    /// <summary>Two countries of the participants.</summary>
    Country,
}

/// <summary>
/// An ordered pair of actors of one engagement, as conflict and cooperation studies count interactions: both
/// (A, B) and (B, A) are rows. At person level the actors are two different participants; at country level two
/// different countries among the participants' countries (a meeting of two Iranians gives no country dyad).
/// </summary>
/// <param name="Engagement">The engagement.</param>
/// <param name="Level">Person or country.</param>
/// <param name="Actor1Id">The first actor: a person id at person level, a country id (alpha-3) at country level.</param>
/// <param name="Actor2Id">The second actor, of the same level.</param>
/// <param name="Country1">The first actor's country (itself at country level).</param>
/// <param name="Country2">The second actor's country.</param>
/// <param name="Person1">The first person at person level; null at country level.</param>
/// <param name="Person2">The second person at person level; null at country level.</param>
internal sealed record Dyad(Engagement Engagement, DyadLevel Level, string Actor1Id, string Actor2Id, Country Country1, Country Country2, Person? Person1, Person? Person2)
{
    /// <summary>
    /// The dyads of <paramref name="engagement"/>: person level first, then country level, each in the order of
    /// the participant list (the first actor's first appearance, then the second's).
    /// </summary>
    public static IEnumerable<Dyad> Of(Engagement engagement)
    {
        var people = engagement.Participants.Select(p => p.Person).Distinct().ToList();
        foreach (var first in people)
        {
            foreach (var second in people.Where(p => p != first))
            {
                yield return new Dyad(engagement, DyadLevel.Person, first.Id, second.Id, first.Country, second.Country, first, second);
            }
        }

        var countries = people.Select(p => p.Country).Distinct().ToList();
        foreach (var first in countries)
        {
            foreach (var second in countries.Where(c => c != first))
            {
                yield return new Dyad(engagement, DyadLevel.Country, first.Id, second.Id, first, second, null, null);
            }
        }
    }
}
