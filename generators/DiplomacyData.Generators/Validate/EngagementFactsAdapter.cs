using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Common;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// Builds the inputs of the engagement rules (<see cref="EngagementFacts"/>) from bound records: the one place
/// those rules' reading of the model's member names lives.
/// </summary>
internal static class EngagementFactsAdapter
{
    /// <param name="engagement">An engagement that bound without errors.</param>
    /// <param name="sound">The entity of a key when it bound without errors, else null.</param>
    /// <returns>Null when the engagement has no date or precision to judge.</returns>
    public static EngagementFacts? From(BoundEntity engagement, Func<EntityKey, BoundEntity?> sound)
    {
        var record = engagement.Value;
        var date = record.Text(ModelNames.Date);
        if (date is null || record[ModelNames.Precision] is not EnumValue precision || record[ModelNames.Kind] is not EnumValue kind)
        {
            return null;
        }

        var participants = Items(record, ModelNames.Participants)
            .OfType<ObjectValue>()
            .Select(p => (p[ModelNames.Person] as ReferenceValue)?.Target.Id)
            .Where(id => id is not null)
            .Select(id => id!);

        var reports = new List<CitedReport>();
        foreach (var citation in Items(record, ModelNames.Sources).OfType<ObjectValue>())
        {
            if (citation[ModelNames.CitationSource] is ReferenceValue reference && sound(reference.Target) is { } source)
            {
                reports.Add(new CitedReport(
                    source.Key.Id,
                    source.Value.Text(ModelNames.Published),
                    source.Value.Text(ModelNames.Dateline),
                    source.Value.Text(ModelNames.Language) ?? string.Empty,
                    Placed(Items(citation, ModelNames.Evidence)).ToEquatableArray()));
            }
        }

        return new EngagementFacts(
            engagement.Key.Id,
            record[ModelNames.Id]?.Location ?? record.Location,
            date,
            record.Text(ModelNames.EndDate),
            precision.Member,
            kind.Member,
            participants.ToEquatableArray(),
            record[ModelNames.DateNote] is ScalarValue note ? new PlacedText(note.Text, note.Location) : null,
            reports.ToEquatableArray(),
            Placed(Items(record, ModelNames.DistinctFrom)).ToEquatableArray(),
            engagement.SortKey);
    }

    private static IEnumerable<BoundValue> Items(ObjectValue record, string listParameter) =>
        record[listParameter] is ListValue list ? list.Items : Enumerable.Empty<BoundValue>();

    private static IEnumerable<PlacedText> Placed(IEnumerable<BoundValue> items) =>
        items.OfType<ScalarValue>().Select(s => new PlacedText(s.Text, s.Location));
}
