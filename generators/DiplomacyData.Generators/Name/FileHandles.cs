using System.Collections.Generic;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Name;

/// <summary>One record's typed handle: the property that names it in its kind's class (<c>People.SergeyLavrov</c>).</summary>
/// <param name="Key">The record's kind and id.</param>
/// <param name="Record">Where the record starts (unique across the dataset, where an id may not be; its end moves with its values).</param>
/// <param name="HandleName">The property's name, from the value the kind names handles from (<c>HandleNameFrom</c>) or else the id.</param>
/// <param name="NamedFrom">That value as written, for messages.</param>
/// <param name="NameLocation">Where that value is; the record's own position when the handle comes from the id.</param>
/// <param name="HasErrors">The record has a binding error (it is never emitted, but its id is still declared).</param>
internal sealed record HandleEntry(EntityKey Key, LocationInfo Record, string HandleName, string NamedFrom, LocationInfo NameLocation, bool HasErrors);

/// <summary>
/// The Name stage's per-file step: the typed handle of each record of one bound file. Equal after an edit that
/// changes no name, id or position before it, so that the table of every handle (<see cref="HandleTable"/>) stays
/// cached.
/// </summary>
internal sealed record FileHandles(string Path, EquatableArray<HandleEntry> Entries)
{
    public static FileHandles Of(BoundFile file, DatasetSchema schema)
    {
        var entries = new List<HandleEntry>(file.Entities.Count);
        foreach (var entity in file.Entities)
        {
            var from = schema.FindRecord(entity.Key.EntityMetadataName)?.Entity?.HandleNameFrom ?? DatasetRecords.IdParameter;
            var source = entity.Value.Text(from) ?? entity.Value.Text(DatasetRecords.IdParameter) ?? string.Empty;
            entries.Add(new HandleEntry(
                entity.Key,
                entity.Value.Location.StartOnly,
                NameRules.HandleName(source),
                entity.Value.Text(from) ?? entity.Key.Id,
                entity.Value[from]?.Location ?? entity.Value.Location,
                entity.HasErrors));
        }

        return new FileHandles(file.Path, entries.ToEquatableArray());
    }
}
