using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Emit;

/// <summary>One chunk as planned from the catalogue order, before its records' values are read.</summary>
/// <param name="Offset">The index of its first record among all kept records (in <see cref="KeptRecords.Entities"/>).</param>
/// <param name="Count">How many records it holds.</param>
internal sealed record PlannedChunk(
    KindNames Kind,
    int Number,
    int Start,
    int Offset,
    int Count,
    bool WithHandles,
    EquatableArray<string> HandleNames);

/// <summary>
/// Every chunk of every kind (kinds in handle-class order), planned from values-free inputs: which records each holds
/// and their typed handles. An edit of a value or a reference leaves it equal, so laying out the chunks on an edit
/// (<see cref="ChunkInput.Split"/>) is one copy of references.
/// </summary>
internal sealed record ChunkPlan(EquatableArray<PlannedChunk> Chunks)
{
    public static ChunkPlan Of(CatalogOrder order, HandleTable handles, DatasetSchema schema, int chunkSize = ChunkInput.DefaultChunkSize)
    {
        var entitySchemas = schema.Entities.OrderBy(s => s.Entity!.HandleClass, StringComparer.Ordinal).ToList();
        if (entitySchemas.Count == 0)
        {
            return new ChunkPlan(EquatableArray<PlannedChunk>.Empty);
        }

        // Each kind's run in the order (kinds are contiguous).
        var runs = new Dictionary<string, (int Offset, int Count)>(StringComparer.Ordinal);
        for (var i = 0; i < order.Keys.Count; i++)
        {
            var kind = order.Keys[i].EntityMetadataName;
            var run = runs.TryGetValue(kind, out var found) ? found : (Offset: i, Count: 0);
            runs[kind] = (run.Offset, run.Count + 1);
        }

        var readerNamespace = entitySchemas[0].Namespace;
        var chunks = new List<PlannedChunk>();
        foreach (var record in entitySchemas)
        {
            var (offset, count) = runs.TryGetValue(record.MetadataName, out var run) ? run : (0, 0);
            var names = KindNames.Of(record, readerNamespace);
            for (var start = 0; start < count; start += chunkSize)
            {
                var size = Math.Min(chunkSize, count - start);
                var handleNames = Enumerable.Range(offset + start, size).Select(i => handles.NameOf(order.Keys[i])).ToEquatableArray();
                chunks.Add(new PlannedChunk(names, start / chunkSize, start, offset + start, size, handles.HasHandles(record.MetadataName), handleNames));
            }
        }

        return new ChunkPlan(chunks.ToEquatableArray());
    }
}
