using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Emit;

/// <summary>
/// One chunk of a kind's records, before encoding: at most <see cref="DefaultChunkSize"/> consecutive records in
/// catalogue order. Chunks are separate items of the
/// pipeline, so an edit of one value encodes and emits again the one chunk that holds the record: a bounded
/// part of the output, whatever the size of the dataset.
/// </summary>
/// <param name="Schema">The schema the records are encoded by.</param>
/// <param name="Kind">The kind's names in the emitted code.</param>
/// <param name="Number">The chunk's number within its kind, from 0.</param>
/// <param name="Start">The catalogue index of its first record.</param>
/// <param name="WithHandles">The kind has typed handles (it has no more records than a class can hold handles for).</param>
/// <param name="Entities">
/// Its records, as bound (with positions, which encoding leaves out): compared by content alone
/// (<see cref="ContentEquality"/>), so that an edit that moves the records after it encodes none of them again.
/// </param>
/// <param name="HandleNames">Each record's typed handle name (<see cref="HandleTable"/>), in the same order.</param>
internal sealed record ChunkInput(
    DatasetSchema Schema,
    KindNames Kind,
    int Number,
    int Start,
    bool WithHandles,
    EquatableArray<BoundEntity> Entities,
    EquatableArray<string> HandleNames)
{
    /// <summary>
    /// Records per chunk: large enough that strings repeated within a kind are mostly shared within a chunk's
    /// table, small enough that re-encoding one chunk costs little (a few hundred kilobytes of C# at most).
    /// </summary>
    public const int DefaultChunkSize = 2048;

    public static int ChunkCount(int records, int chunkSize) => (records + chunkSize - 1) / chunkSize;

    public bool Equals(ChunkInput? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null && Schema.Equals(other.Schema) && Kind.Equals(other.Kind) && Number == other.Number && Start == other.Start
            && WithHandles == other.WithHandles && HandleNames.Equals(other.HandleNames) && ContentEquality.SameContent(Entities, other.Entities);
    }

    public override int GetHashCode() => (Kind.HandleClass.GetHashCode() * 31) + Number;

    /// <summary>Every chunk of the plan with its records' values: a slice of the kept records each.</summary>
    public static ImmutableArray<ChunkInput> Split(KeptRecords kept, ChunkPlan plan, DatasetSchema schema)
    {
        var chunks = ImmutableArray.CreateBuilder<ChunkInput>(plan.Chunks.Count);
        var all = kept.Entities.AsSpan();
        foreach (var planned in plan.Chunks)
        {
            var entities = all.Slice(planned.Offset, planned.Count).ToArray();
            chunks.Add(new ChunkInput(schema, planned.Kind, planned.Number, planned.Start, planned.WithHandles, new EquatableArray<BoundEntity>(entities), planned.HandleNames));
        }

        return chunks.MoveToImmutable();
    }
}

/// <summary>How a kind is named in the emitted code.</summary>
/// <param name="HandleClass">The kind's class, e.g. People.</param>
/// <param name="Type">The record type, fully qualified: <c>global::DiplomacyData.Person</c>.</param>
/// <param name="Namespace">The namespace of the kind's class.</param>
/// <param name="RecordName">The record type's name, e.g. Person (its reader is <c>ReadPerson</c>).</param>
/// <param name="ReaderNamespace">The namespace of the generated per-record readers.</param>
/// <param name="DescribedBy">The member whose value describes a record (the model's [DatasetEntity(DescribedBy = …)]); null for the id.</param>
internal sealed record KindNames(string HandleClass, string Type, string Namespace, string RecordName, string ReaderNamespace, string? DescribedBy)
{
    public static KindNames Of(RecordSchema record, string readerNamespace) =>
        new(record.Entity!.HandleClass, record.FullyQualifiedName, record.Namespace, record.Name, readerNamespace, record.Entity.DescribedBy);
}

/// <summary>
/// One chunk encoded in the format of <see cref="DiplomacyData.Decoding.DatasetFormat"/>: position-free, so that
/// its own equality is that of the emitted file, and an edit that moves lines emits nothing again.
/// </summary>
/// <param name="Records">Each record's id, handle and description, in catalogue order.</param>
/// <param name="Data">The Data literal's content.</param>
/// <param name="Text">The Text literal's content (the UTF-8 strings), not yet escaped as C#.</param>
/// <param name="Diagnostics">DD9999 when the records could not be encoded (a generator bug); the chunk is then empty.</param>
internal sealed record EmitChunk(
    KindNames Kind,
    int Number,
    int Start,
    bool WithHandles,
    EquatableArray<EmitRecord> Records,
    string Data,
    string Text,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Encodes the chunk's records (see <see cref="DataEncoder"/>), their references by <paramref name="targets"/>; never throws.</summary>
    public static EmitChunk Encode(ChunkInput input, ReferenceTargets targets)
    {
        try
        {
            var encoder = new DataEncoder(input.Schema, targets.Indexes);
            foreach (var entity in input.Entities)
            {
                encoder.Add(entity.Value);
            }

            var (data, text) = encoder.Finish();
            var records = input.Entities.Select((e, i) => new EmitRecord(e.Key.Id, input.HandleNames[i], Describe(e, input.Kind.DescribedBy))).ToEquatableArray();
            return new EmitChunk(input.Kind, input.Number, input.Start, input.WithHandles, records, data, text, EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var problem = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "encoding " + input.Kind.HandleClass + " chunk " + MessageText.Invariant(input.Number), exception.GetType().Name + ": " + exception.Message);
            return new EmitChunk(input.Kind, input.Number, input.Start, input.WithHandles, EquatableArray<EmitRecord>.Empty, string.Empty, string.Empty, new[] { problem }.ToEquatableArray());
        }
    }

    /// <summary>
    /// A readable name for the handle's doc comment: the value of the member the model says describes the record (a
    /// record value, such as a person's name, reads as its first two parts); the id when there is none.
    /// </summary>
    private static string Describe(BoundEntity entity, string? describedBy)
    {
        switch (describedBy is null ? null : entity.Value[describedBy])
        {
            case ScalarValue scalar:
                return scalar.Text;
            case ObjectValue name:
                var parts = name.Arguments.Select(a => a.Value).OfType<ScalarValue>().Take(2).Select(s => s.Text).Where(s => s.Length > 0);
                return string.Join(" ", parts);
            default:
                return entity.Key.Id;
        }
    }
}

/// <param name="Description">The record's name or title, for its handle's doc comment.</param>
internal sealed record EmitRecord(string Id, string HandleName, string Description);
