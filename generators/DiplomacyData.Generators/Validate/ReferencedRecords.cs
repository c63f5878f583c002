using System.Collections.Generic;
using System.Collections.Immutable;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// Every record that some record refers to, distinct and sorted: what the rule on records nothing refers to (DD0207)
/// needs of the references. Made from each file's references apart from the other facts, it stays equal when a
/// reference is removed from one record while others still refer to its target, and the whole-dataset rules cached.
/// </summary>
internal static class ReferencedRecords
{
    public static EquatableArray<EntityKey> Of(ImmutableArray<EquatableArray<EntityKey>> files)
    {
        var referenced = new HashSet<EntityKey>();
        foreach (var references in files)
        {
            referenced.UnionWith(references);
        }

        return EntityKey.InOrder(referenced);
    }
}
