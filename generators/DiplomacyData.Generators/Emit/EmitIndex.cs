using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Emit;

/// <summary>
/// What the files common to the whole dataset are emitted from: each kind's class (its list, its chunks), the
/// <c>Catalog</c>, the per-record readers and the release marker. It holds ids and handles but no values and no
/// positions, so an edit of a value leaves it equal and none of those files is emitted again; only the chunk
/// that holds the record is (see <see cref="EmitChunk"/>).
/// </summary>
/// <param name="Schema">The schema without positions or diagnostics: what the readers are made from.</param>
/// <param name="Kinds">One per kind of record (entity), in the schema's order.</param>
internal sealed record EmitIndex(DatasetSchema Schema, EquatableArray<KindIndex> Kinds)
{
    /// <summary>From the catalogue order and the typed handles alone: an edit of a value leaves both equal, and this cached.</summary>
    public static EmitIndex Create(CatalogOrder order, HandleTable handles, DatasetSchema schema, int chunkSize = ChunkInput.DefaultChunkSize)
    {
        var byKind = schema.Entities.ToDictionary(s => s.MetadataName, _ => new List<EmitHandle>(), StringComparer.Ordinal);
        foreach (var key in order.Keys)
        {
            if (byKind.TryGetValue(key.EntityMetadataName, out var list))
            {
                list.Add(new EmitHandle(key.Id, handles.NameOf(key)));
            }
        }

        var kinds = schema.Entities
            .Select(s => new KindIndex(s.MetadataName, byKind[s.MetadataName].ToEquatableArray(), ChunkInput.ChunkCount(byKind[s.MetadataName].Count, chunkSize), handles.HasHandles(s.MetadataName)))
            .ToEquatableArray();
        return new EmitIndex(WithoutPositions(schema), kinds);
    }

    public KindIndex? Kind(string metadataName)
    {
        foreach (var kind in Kinds)
        {
            if (kind.MetadataName == metadataName)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// The schema as the emitter uses it: where each type and member was declared, and the schema's own problems (reported
    /// from the Schema step), are not part of the emitted code.
    /// </summary>
    internal static DatasetSchema WithoutPositions(DatasetSchema schema) => schema with
    {
        Records = schema.Records.Select(r => r with { Members = r.Members.Select(m => m with { Location = null }).ToEquatableArray(), Location = null }).ToEquatableArray(),
        Enums = schema.Enums.Select(e => e with { Location = null }).ToEquatableArray(),
        Diagnostics = EquatableArray<DiagnosticInfo>.Empty,
    };
}

/// <param name="MetadataName">The record type, e.g. DiplomacyData.Person.</param>
/// <param name="Handles">Each record's id and handle, in catalogue order.</param>
/// <param name="ChunkCount">How many chunks (generated files of encoded records) the kind has.</param>
/// <param name="WithHandles">Whether its records get typed handles (Name's decision, <see cref="HandleTable.HasHandles"/>).</param>
internal sealed record KindIndex(string MetadataName, EquatableArray<EmitHandle> Handles, int ChunkCount, bool WithHandles = true);

/// <param name="Id">The record's id.</param>
/// <param name="HandleName">Its typed handle's property name, e.g. SergeyLavrov.</param>
internal sealed record EmitHandle(string Id, string HandleName);

/// <summary>One generated file.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>What the Emit step produces: the files, and notes about what it could not emit as asked.</summary>
internal sealed record EmitOutput(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);
