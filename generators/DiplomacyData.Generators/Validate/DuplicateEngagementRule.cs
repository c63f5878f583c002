using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// Two engagements whose days overlap and that share two or more participants are likely one engagement written
/// twice, whatever kinds they were given (DD0309); the curator who means two says so with <c>distinctFrom</c> on
/// either. A <c>distinctFrom</c> id must name an engagement (DD0319) that does look alike (DD0320), so that the
/// silence it buys stays deliberate when dates or participants are corrected later.
/// </summary>
internal static class DuplicateEngagementRule
{
    private const int SharedParticipantsForALikelyDuplicate = 2;

    /// <param name="engagements">The engagements that bound without errors.</param>
    /// <param name="isDeclared">Whether an id is declared by some engagement, with or without errors; null when an unreadable file may declare any.</param>
    public static IEnumerable<DiagnosticInfo> Check(IReadOnlyList<EngagementFacts> engagements, Func<string, bool>? isDeclared)
    {
        var spans = new Dictionary<string, EngagementSpan>(StringComparer.Ordinal);
        var byId = new Dictionary<string, EngagementFacts>(StringComparer.Ordinal);
        foreach (var engagement in engagements)
        {
            if (!byId.ContainsKey(engagement.Id) && EngagementSpan.TryGet(engagement, out var span))
            {
                byId.Add(engagement.Id, engagement);
                spans.Add(engagement.Id, span);
            }
        }

        // In catalogue order, each against those before it whose days it can still overlap.
        var open = new List<EngagementFacts>();
        foreach (var engagement in byId.Values.OrderBy(e => spans[e.Id].First).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var span = spans[engagement.Id];
            open.RemoveAll(earlier => spans[earlier.Id].Last < span.First);
            foreach (var earlier in open)
            {
                var shared = Shared(earlier, engagement);
                if (shared.Count >= SharedParticipantsForALikelyDuplicate && !DeclaredDistinct(earlier, engagement))
                {
                    yield return DiagnosticInfo.At(
                        DiagnosticDescriptors.LikelyDuplicateEngagement,
                        engagement.IdPlace,
                        earlier.Id,
                        engagement.Id,
                        $"{earlier.Kind} on {spans[earlier.Id]}",
                        $"{engagement.Kind} on {span}",
                        string.Join(", ", shared));
                }
            }

            open.Add(engagement);
        }

        foreach (var engagement in byId.Values)
        {
            foreach (var named in engagement.DistinctFrom)
            {
                if (byId.TryGetValue(named.Text, out var other))
                {
                    if (!spans[other.Id].Overlaps(spans[engagement.Id]) || Shared(other, engagement).Count < SharedParticipantsForALikelyDuplicate)
                    {
                        yield return DiagnosticInfo.At(
                            DiagnosticDescriptors.NeedlessDistinctFrom, named.Place, engagement.Id, named.Text, spans[engagement.Id].ToString(), spans[other.Id].ToString(), Shared(other, engagement).Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
                else if (isDeclared is not null && !isDeclared(named.Text))
                {
                    yield return DiagnosticInfo.At(
                        DiagnosticDescriptors.DistinctFromUnknownEngagement, named.Place, engagement.Id, named.Text, MessageText.Suggest(named.Text, byId.Keys));
                }
            }
        }
    }

    private static List<string> Shared(EngagementFacts a, EngagementFacts b) =>
        a.Participants.Intersect(b.Participants, StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();

    private static bool DeclaredDistinct(EngagementFacts a, EngagementFacts b) =>
        a.DistinctFrom.Any(d => d.Text == b.Id) || b.DistinctFrom.Any(d => d.Text == a.Id);
}
