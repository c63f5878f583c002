using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Schema;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// The ids one file declares, in document order: the only part of a file that binding other files depends
/// on. Kept per file, without positions, so that an edit that adds, removes or renames no id (one that moves every
/// later line included) leaves the table of ids cached and every other file bound as it was.
/// </summary>
/// <param name="UnreadKinds">
/// The kinds of record (metadata names, or <see cref="AnyKind"/>) of which the file may declare ids that could
/// not be read: the file does not parse, a collection key is unknown, a record is not a mapping or has no
/// usable id. Each of these is reported as an error in this file, so that nothing elsewhere may report a
/// reference to such an id as unknown: the error here is the cause, and fixing it may resolve the reference.
/// </param>
internal sealed record DeclaredIds(string Path, EquatableArray<EntityKey> Ids, EquatableArray<string> UnreadKinds)
{
    /// <summary>Stands for every kind of record: the file could not be read far enough to know which it declares.</summary>
    public const string AnyKind = "*";

    public static DeclaredIds Of(ParsedYamlFile file, DatasetSchema schema)
    {
        var ids = new List<DeclaredId>();
        var unread = new SortedSet<string>(StringComparer.Ordinal);
        Read(file, schema, ids, unread);
        return new DeclaredIds(file.Path, ids.Select(id => id.Key).ToEquatableArray(), unread.ToEquatableArray());
    }

    /// <summary>
    /// Where each of the file's ids is, in the order of <see cref="Ids"/>: read again only for the first declaration of
    /// an id declared twice (<see cref="IdTable.Locate"/>), so that the ids themselves carry no positions.
    /// </summary>
    public static IReadOnlyList<DeclaredId> WithPositions(ParsedYamlFile file, DatasetSchema schema)
    {
        var ids = new List<DeclaredId>();
        Read(file, schema, ids, new SortedSet<string>(StringComparer.Ordinal));
        return ids;
    }

    private static void Read(ParsedYamlFile file, DatasetSchema schema, List<DeclaredId> ids, SortedSet<string> unread)
    {
        try
        {
            if (HasReadErrors(file) || (file.Root is not null and not YamlMapping and not YamlScalar { IsNull: true }))
            {
                // A value the Read step dropped may have been an id, or a whole collection.
                unread.Add(AnyKind);
            }

            var collections = DatasetRecords.Collections(schema);
            if (file.Root is YamlMapping root)
            {
                foreach (var entry in root.Entries)
                {
                    if (!collections.TryGetValue(entry.Key.Value, out var recordSchema))
                    {
                        unread.Add(AnyKind);
                    }
                    else if (entry.Value is YamlSequence sequence)
                    {
                        foreach (var item in sequence.Items)
                        {
                            if (item is YamlMapping mapping && DatasetRecords.IdNode(recordSchema, mapping) is { } idNode)
                            {
                                ids.Add(new DeclaredId(new EntityKey(recordSchema.MetadataName, idNode.Value), idNode.Position));
                            }
                            else
                            {
                                unread.Add(recordSchema.MetadataName);
                            }
                        }
                    }
                    else if (entry.Value is not YamlScalar { IsNull: true })
                    {
                        unread.Add(recordSchema.MetadataName);
                    }
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never thrown out of a pipeline step: the file's binding walks the same records and reports
            // whatever failed here as DD9999, at the file.
            unread.Add(AnyKind);
        }
    }

    private static bool HasReadErrors(ParsedYamlFile file) => file.Diagnostics.Any(d => d.IsError);
}

internal readonly record struct DeclaredId(EntityKey Key, TextPosition Position);
