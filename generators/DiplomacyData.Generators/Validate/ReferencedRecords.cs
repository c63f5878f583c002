using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// Every record that some record refers to, distinct and sorted: what the rule on records nothing refers to (DD0207)
/// needs of the references. Made from each file's references apart from the other facts, it stays equal when a
/// reference is removed from one record while others still refer to its target, and the whole-dataset rules cached.
/// </summary>
internal static class ReferencedRecords
{
    /// <summary>
    /// Of one file's references, those the rule can ask about: none to a codebook (shipped whole, so an unreferenced
    /// code is not suspicious). Engagements cite codes and countries in every record; leaving them out here makes
    /// the union over every file, which a reference's removal runs again, a fraction of what it was.
    /// </summary>
    public static EquatableArray<EntityKey> AskedAbout(IEnumerable<EntityKey> references, DatasetSchema schema)
    {
        var codebooks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in schema.Records)
        {
            if (record.Entity is { IsReferenceData: true })
            {
                codebooks.Add(record.MetadataName);
            }
        }

        return EntityKey.InOrder(references.Where(key => !codebooks.Contains(key.EntityMetadataName)));
    }

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
