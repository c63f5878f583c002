using System.Collections.Generic;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Name;

/// <summary>One record's typed handle: the property that names it in its kind's class (<c>People.SergeyLavrov</c>).</summary>
/// <param name="Key">The record's kind and id.</param>
/// <param name="Record">The record's file and index (unique across the dataset, where an id may not be).</param>
/// <param name="HandleName">The property's name, from the value the kind names handles from (<c>HandleNameFrom</c>) or else the id.</param>
/// <param name="NamedFrom">That value as written, for messages.</param>
/// <param name="NameMember">The parameter that value is in, where DD0204 and DD0205 point (<see cref="ValuePlace"/>).</param>
/// <param name="HasErrors">The record has a binding error (it is never emitted, but its id is still declared).</param>
internal sealed record HandleEntry(EntityKey Key, RecordSlot Record, string HandleName, string NamedFrom, string NameMember, bool HasErrors);

/// <summary>
/// The Name stage's per-file step: the typed handle of each record of one bound file. It holds no positions, so it is
/// equal after any edit that changes no name or id (one that moves later lines included), and the table of every
/// handle (<see cref="HandleTable"/>) stays cached.
/// </summary>
internal sealed record FileHandles(string Path, EquatableArray<HandleEntry> Entries)
{
    public static FileHandles Of(BoundFile file, DatasetSchema schema)
    {
        var entries = new List<HandleEntry>(file.Entities.Count);
        for (var i = 0; i < file.Entities.Count; i++)
        {
            var entity = file.Entities[i];
            var from = schema.FindRecord(entity.Key.EntityMetadataName)?.Entity?.HandleNameFrom ?? DatasetRecords.IdParameter;
            var source = entity.Value.Text(from) ?? entity.Value.Text(DatasetRecords.IdParameter) ?? string.Empty;
            entries.Add(new HandleEntry(
                entity.Key,
                new RecordSlot(file.Path, i),
                NameRules.HandleName(source),
                entity.Value.Text(from) ?? entity.Key.Id,
                from,
                entity.HasErrors));
        }

        return new FileHandles(file.Path, entries.ToEquatableArray());
    }
}
