using System;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Bind;

namespace DiplomacyData.Generators.Validate;

/// <summary>The rule on engagements against each other: look-alikes (the date and id rules run per file, <see cref="CheckFile"/>).</summary>
internal sealed partial class Validator
{
    private void CheckLookAlikes(ImmutableArray<FileFacts> files, IdTable ids)
    {
        _current = null;
        var engagementType = _links.Engagement.Type;
        // By date, then id: the later of two look-alikes is the one reported.
        var facts = files.SelectMany(f => f.Engagements).OrderBy(f => f.Date.DayNumber).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        _diagnostics.AddRange(DuplicateEngagementRule.Check(facts, ids.MayLack(engagementType) ? null : id => ids.Contains(new EntityKey(engagementType, id))));
    }
}
