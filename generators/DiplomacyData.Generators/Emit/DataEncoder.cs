using System;
using System.Collections.Generic;
using System.Globalization;
using DiplomacyData.Decoding;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Emit;

/// <summary>
/// Encodes the records of one kind as data for the package's reader, instead of as constructor calls: the
/// emitted code then grows with the schema, not with the dataset, and first access decodes instead of
/// JIT-compiling megabytes of IL. The format is <see cref="DatasetFormat"/>'s; this class walks the bound
/// records by the schema and <see cref="DatasetWriter"/> writes each value.
/// </summary>
internal sealed class DataEncoder
{
    private readonly DatasetSchema _schema;
    private readonly IReadOnlyDictionary<EntityKey, int> _indexes;
    private readonly Dictionary<string, int> _uses = new(StringComparer.Ordinal);
    private readonly List<ObjectValue> _pending = new();

    public DataEncoder(DatasetSchema schema, IReadOnlyDictionary<EntityKey, int> indexes)
    {
        _schema = schema;
        _indexes = indexes;
    }

    public void Add(ObjectValue record)
    {
        _pending.Add(record);
        CountStrings(record);
    }

    /// <summary>The contents of the Data and Text literals (not yet escaped as C#).</summary>
    public (string Data, string Text) Finish()
    {
        // Strings used more than once go to a table decoded first; the rest are read in place, so that
        // decoding allocates little beyond the records themselves.
        var repeated = new List<string>();
        foreach (var pair in _uses)
        {
            if (pair.Value > 1)
            {
                repeated.Add(pair.Key);
            }
        }

        var writer = new DatasetWriter(repeated);
        foreach (var record in _pending)
        {
            WriteRecord(writer, record);
        }

        return writer.Finish();
    }

    private void CountStrings(BoundValue value)
    {
        switch (value)
        {
            case ObjectValue record:
                foreach (var argument in record.Arguments)
                {
                    CountStrings(argument.Value);
                }

                break;
            case ListValue list:
                foreach (var item in list.Items)
                {
                    CountStrings(item);
                }

                break;
            case ScalarValue { Kind: ValueKind.String or ValueKind.Uri or ValueKind.Number } scalar:
                _uses[scalar.Text] = _uses.TryGetValue(scalar.Text, out var count) ? count + 1 : 1;
                break;
        }
    }

    private void WriteRecord(DatasetWriter writer, ObjectValue record)
    {
        var schema = _schema.FindRecord(record.RecordMetadataName) ?? throw new InvalidOperationException("No schema for " + record.RecordMetadataName);
        foreach (var member in schema.Members)
        {
            var value = record[member.ParameterName];
            if (NeedsTag(member))
            {
                if (value is null)
                {
                    // A left-out list is an empty list, not the constructor's default (null for an optional list).
                    if (member.Type.IsList)
                    {
                        writer.Tag(ValueTag.Value);
                        writer.Count(0);
                    }
                    else
                    {
                        writer.Tag(ValueTag.Default);
                    }

                    continue;
                }

                if (value is NullValue)
                {
                    writer.Tag(ValueTag.Null);
                    continue;
                }

                writer.Tag(ValueTag.Value);
            }

            WriteValue(writer, member.Type, value ?? throw new InvalidOperationException($"{schema.Name}.{member.ParameterName} has no value"));
        }
    }

    /// <summary>Whether the member's data starts with a <see cref="ValueTag"/>; <see cref="Emitter"/> reads it by the same rule.</summary>
    public static bool NeedsTag(MemberSchema member) => member.HasDefault || member.Type.IsNullable;

    private void WriteValue(DatasetWriter writer, TypeShape type, BoundValue value)
    {
        switch (value)
        {
            case ListValue list:
                writer.Count(list.Items.Count);
                foreach (var item in list.Items)
                {
                    WriteValue(writer, type.Element, item);
                }

                break;
            case ObjectValue record:
                WriteRecord(writer, record);
                break;
            case ReferenceValue reference:
                writer.Int(_indexes[reference.Target]);
                break;
            case EnumValue @enum:
                foreach (var candidate in _schema.FindEnum(@enum.EnumMetadataName)!.Members)
                {
                    if (candidate.CSharpName == @enum.Member)
                    {
                        writer.SignedInt(checked((int)candidate.Value));
                    }
                }

                break;
            case ScalarValue scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                throw new InvalidOperationException("Cannot encode " + value.GetType().Name);
        }
    }

    private static void WriteScalar(DatasetWriter writer, ScalarValue scalar)
    {
        switch (scalar.Kind)
        {
            case ValueKind.String:
                writer.String(scalar.Text);
                break;
            case ValueKind.Uri:
                writer.Uri(scalar.Text);
                break;
            case ValueKind.Number:
                writer.Number(scalar.Text);
                break;
            case ValueKind.Boolean:
                writer.Boolean(((BooleanValue)scalar).Value);
                break;
            case ValueKind.Integer:
                writer.SignedInt(((IntegerValue)scalar).Value);
                break;
            case ValueKind.Date:
                writer.Date(((DateValue)scalar).Day.DayNumber);
                break;
            default:
                throw new InvalidOperationException("Cannot encode scalar " + scalar.Kind);
        }
    }
}
