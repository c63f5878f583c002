using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Prune;

/// <summary>
/// What each record of one bound file refers to, in document order: what pruning needs to drop whatever refers to a
/// dropped record (<see cref="DroppedRecords"/>). Apart from the order's facts, so that an edit of a reference leaves
/// the catalogue order cached.
/// </summary>
internal sealed record RecordReferences(string Path, EquatableArray<EquatableArray<EntityKey>> References)
{
    public static RecordReferences Of(BoundFile file) => new(file.Path, file.Entities.Select(e => e.References).ToEquatableArray());
}
