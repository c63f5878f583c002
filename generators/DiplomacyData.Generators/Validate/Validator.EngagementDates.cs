using System.Linq;
using DiplomacyData.Generators.Bind;

namespace DiplomacyData.Generators.Validate;

/// <summary>The rules on engagements' dates against their words, their ids and each other.</summary>
internal sealed partial class Validator
{
    private void CheckEngagementDates(BindResult bound)
    {
        _current = null;
        var links = _links;
        var engagementType = links.Engagement.Type;
        var facts = bound.Entities
            .Where(e => e.Key.EntityMetadataName == engagementType && !e.HasErrors)
            .Select(e => EngagementFactsAdapter.From(e, links, key => TryGetSound(key, out var sound) ? sound : null, YamlName))
            .Where(f => f is not null)
            .Select(f => f!)
            .ToList();
        foreach (var engagement in facts)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _diagnostics.AddRange(WeekdayRule.Check(engagement));
            _diagnostics.AddRange(DatedIdRule.Check(engagement));
        }

        var ids = bound.Ids;
        _diagnostics.AddRange(DuplicateEngagementRule.Check(facts, ids.MayLack(engagementType) ? null : id => ids.Contains(new EntityKey(engagementType, id))));
    }
}
