using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Generators.Validate.Views;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// Builds the inputs of the engagement date rules (<see cref="EngagementFacts"/>) from bound records, read
/// through the typed views: the rules themselves never see the model's member names.
/// </summary>
internal static class EngagementFactsAdapter
{
    /// <param name="engagement">An engagement that bound without errors.</param>
    /// <param name="record">Its file and index, which the facts name it by.</param>
    /// <param name="links">The model links checked when the schema was read.</param>
    /// <param name="sound">The entity of a key when it bound without errors, else null.</param>
    /// <param name="yamlName">How the data spells a bound enum member.</param>
    /// <returns>Null when the engagement has no date, precision or kind to judge.</returns>
    public static EngagementFacts? From(BoundEntity engagement, RecordSlot record, ModelLinks links, Func<EntityKey, BoundEntity?> sound, Func<EnumValue, string> yamlName)
    {
        var view = new EngagementView(engagement.Value, links);
        if (view.Date is not { } date || view.Precision is not { } precision || view.Kind is not { } kind)
        {
            return null;
        }

        var reports = new List<CitedReport>();
        foreach (var citation in view.Sources)
        {
            if (citation.Source is { } reference && sound(reference.Target) is { } source)
            {
                var sourceView = new SourceView(source.Value, links.Source);
                reports.Add(new CitedReport(
                    source.Key.Id,
                    sourceView.Published?.Day,
                    sourceView.Dateline,
                    sourceView.Language ?? string.Empty,
                    Placed(citation.Evidence?.Items ?? default).ToEquatableArray()));
            }
        }

        return new EngagementFacts(
            engagement.Key.Id,
            new ValuePlace(record, links.Engagement.Id.ParameterName),
            date.Day,
            view.EndDate?.Day,
            PrecisionOf(precision, links.Engagement),
            yamlName(kind),
            view.Participants.Select(p => p.Person?.Target.Id).Where(id => id is not null).Select(id => id!).ToEquatableArray(),
            view.DateNote is { } note ? new PlacedText(note.Text, note.Location) : null,
            reports.ToEquatableArray(),
            Items(engagement.Value, record, links.Engagement.DistinctFrom).ToEquatableArray());
    }

    private static SpanPrecision PrecisionOf(EnumValue precision, EngagementLinks links) =>
        precision.Is(links.Precisions.Month) ? SpanPrecision.Month
        : precision.Is(links.Precisions.Range) ? SpanPrecision.Range
        : precision.Is(links.Precisions.Approximate) ? SpanPrecision.Approximate
        : SpanPrecision.Day;

    private static IEnumerable<PlacedText> Placed(IEnumerable<BoundValue> items) =>
        items.OfType<ScalarValue>().Select(s => new PlacedText(s.Text, s.Location));

    private static IEnumerable<TextAt> Items(ObjectValue value, RecordSlot record, MemberLink member)
    {
        var items = (value.Get(member) as ListValue)?.Items ?? EquatableArray<BoundValue>.Empty;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is ScalarValue scalar)
            {
                yield return new TextAt(scalar.Text, new ValuePlace(record, member.ParameterName, i));
            }
        }
    }
}
