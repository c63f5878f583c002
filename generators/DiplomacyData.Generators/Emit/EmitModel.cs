using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Common;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Emit;

/// <summary>
/// Everything the emitter needs and nothing else: the schema and each kind's records, already encoded.
/// It holds no position in a YAML or C# file, so its own equality (the records') is equality of the emitted
/// code: an edit that only moves lines leaves it equal, and nothing is emitted again.
/// </summary>
/// <param name="Schema">The schema without positions or diagnostics: what the emitted readers are made from.</param>
/// <param name="Kinds">One per kind of record (entity), in the schema's order.</param>
/// <param name="Diagnostics">DD9999 when the records could not be encoded (a generator bug); nothing is emitted then.</param>
internal sealed record EmitModel(DatasetSchema Schema, EquatableArray<EmitKind> Kinds, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Encodes the kept records of each kind (see <see cref="DataEncoder"/>); never throws.</summary>
    public static EmitModel Create(KeptRecords kept, DatasetSchema schema)
    {
        try
        {
            return Encode(kept, schema);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var problem = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "encoding the records", exception.GetType().Name + ": " + exception.Message);
            return new EmitModel(WithoutPositions(schema), EquatableArray<EmitKind>.Empty, new[] { problem }.ToEquatableArray());
        }
    }

    private static EmitModel Encode(KeptRecords kept, DatasetSchema schema)
    {
        var byKind = schema.Entities.ToDictionary(s => s.MetadataName, _ => new List<BoundEntity>(), StringComparer.Ordinal);
        foreach (var entity in kept.Entities)
        {
            if (byKind.TryGetValue(entity.Key.EntityMetadataName, out var list))
            {
                list.Add(entity);
            }
        }

        // A reference is encoded as the index of its target in the target kind's catalogue order.
        var indexes = new Dictionary<EntityKey, int>();
        foreach (var entities in byKind.Values)
        {
            for (var i = 0; i < entities.Count; i++)
            {
                indexes.Add(entities[i].Key, i);
            }
        }

        var kinds = new List<EmitKind>();
        foreach (var record in schema.Entities)
        {
            var entities = byKind[record.MetadataName];
            var encoder = new DataEncoder(schema, indexes);
            foreach (var entity in entities)
            {
                encoder.Add(entity.Value);
            }

            var (data, text) = encoder.Finish();
            kinds.Add(new EmitKind(
                record.MetadataName,
                entities.Select(e => new EmitRecord(e.Key.Id, e.HandleName, Describe(e))).ToEquatableArray(),
                data,
                text));
        }

        return new EmitModel(WithoutPositions(schema), kinds.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
    }

    public EmitKind? Kind(string metadataName)
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

    /// <summary>The schema as the emitter uses it: where each member was declared, and the schema's own problems (reported from the Schema step), are not part of the emitted code.</summary>
    private static DatasetSchema WithoutPositions(DatasetSchema schema) => schema with
    {
        Records = schema.Records.Select(r => r with { Members = r.Members.Select(m => m with { Location = null }).ToEquatableArray() }).ToEquatableArray(),
        Diagnostics = EquatableArray<DiagnosticInfo>.Empty,
    };

    /// <summary>A readable name for the handle's doc comment: the record's Name or Title (a name record reads as its first two parts).</summary>
    private static string Describe(BoundEntity entity)
    {
        foreach (var member in new[] { "Name", "Title" })
        {
            switch (entity.Value[member])
            {
                case ScalarValue scalar:
                    return scalar.Text;
                case ObjectValue name:
                    var parts = name.Arguments.Select(a => a.Value).OfType<ScalarValue>().Take(2).Select(s => s.Text).Where(s => s.Length > 0);
                    return string.Join(" ", parts);
            }
        }

        return entity.Key.Id;
    }
}

/// <summary>One kind of record, encoded in the format of <see cref="DiplomacyData.Decoding.DatasetFormat"/>.</summary>
/// <param name="MetadataName">The record type, e.g. DiplomacyData.Person.</param>
/// <param name="Records">Each record's id and handle, in catalogue order (the order of the encoded data).</param>
/// <param name="Data">The Data literal's content.</param>
/// <param name="Text">The Text literal's content (the UTF-8 strings), not yet escaped as C#.</param>
internal sealed record EmitKind(string MetadataName, EquatableArray<EmitRecord> Records, string Data, string Text);

/// <param name="Description">The record's name or title, for its handle's doc comment.</param>
internal sealed record EmitRecord(string Id, string HandleName, string Description);

/// <summary>One generated file.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>What the Emit step produces: the files, and notes about what it could not emit as asked.</summary>
internal sealed record EmitOutput(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);
