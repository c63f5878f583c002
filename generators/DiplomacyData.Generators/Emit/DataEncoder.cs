using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Emit;

/// <summary>
/// Encodes the records of one kind as data for the emitted reader, instead of as constructor calls: the
/// emitted code then grows with the schema, not with the dataset, and first access decodes instead of
/// JIT-compiling megabytes of IL.
/// </summary>
/// <remarks>
/// Two UTF-8 literals per kind. <c>Data</c> holds unsigned integers, five bits per printable character
/// (<see cref="Digit"/>); <c>Text</c> the UTF-8 of the strings, in the order they are read. Data starts with
/// the table of strings used more than once (count, then per string its length shifted left once, the low
/// bit set where the string holds an unpaired surrogate and its UTF-16 code units follow in Data), then each
/// record's members in constructor order. A string member is a table index shifted left once, or 1 followed
/// by the string itself (header and content as in the table) when it is used once.
/// A member with a C# default or a nullable type starts with a tag: 0 = the default, 1 = null, 2 = a value.
/// Lists are a count and the items; references the index of the target in its kind's catalogue order;
/// dates <c>DateOnly.DayNumber</c>; enums their numeric value; ints zig-zag; doubles as strings (their canonical text).
/// </remarks>
internal sealed class DataEncoder
{
    public const int TagDefault = 0;
    public const int TagNull = 1;
    public const int TagValue = 2;

    private readonly DatasetSchema _schema;
    private readonly IReadOnlyDictionary<EntityKey, int> _indexes;
    private readonly Dictionary<string, int> _stringIndexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _uses = new(StringComparer.Ordinal);
    private readonly List<string> _strings = new();
    private readonly List<ObjectValue> _pending = new();
    private readonly StringBuilder _records = new();
    private readonly StringBuilder _inlineText = new();

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
        foreach (var pair in _uses)
        {
            if (pair.Value > 1)
            {
                _stringIndexes.Add(pair.Key, _strings.Count);
                _strings.Add(pair.Key);
            }
        }

        foreach (var record in _pending)
        {
            WriteRecord(record);
        }

        var data = new StringBuilder();
        var text = new StringBuilder();
        Write(data, _strings.Count);
        foreach (var value in _strings)
        {
            WriteStringContent(data, text, value);
        }

        data.Append(_records);
        text.Append(_inlineText);
        return (data.ToString(), text.ToString());
    }

    /// <summary>A string's header (length, and a flag for UTF-16 code units in Data), then the code units or the UTF-8 text.</summary>
    private static void WriteStringContent(StringBuilder data, StringBuilder text, string value)
    {
        if (HasUnpairedSurrogate(value))
        {
            Write(data, (value.Length << 1) | 1);
            foreach (var c in value)
            {
                Write(data, c);
            }
        }
        else
        {
            Write(data, Encoding.UTF8.GetByteCount(value) << 1);
            text.Append(value);
        }
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

    /// <summary>The printable character for a five-bit group plus the continuation bit (0–63); never '\' or '"'.</summary>
    public static char Digit(int value)
    {
        var c = 0x30 + value;
        return (char)(c >= 0x5C ? c + 1 : c);
    }

    private static void Write(StringBuilder output, int value)
    {
        var remaining = unchecked((uint)value);
        while (remaining >= 0x20)
        {
            output.Append(Digit((int)(remaining & 0x1F) | 0x20));
            remaining >>= 5;
        }

        output.Append(Digit((int)remaining));
    }

    private void Write(int value) => Write(_records, value);

    private void WriteRecord(ObjectValue record)
    {
        var schema = _schema.FindRecord(record.RecordMetadataName) ?? throw new InvalidOperationException("No schema for " + record.RecordMetadataName);
        foreach (var member in schema.Members)
        {
            var value = record[member.ParameterName];
            if (NeedsTag(member))
            {
                if (value is null)
                {
                    Write(member.Type.IsList ? TagValue : TagDefault);
                    if (member.Type.IsList)
                    {
                        Write(0);
                    }

                    continue;
                }

                if (value is NullValue)
                {
                    Write(TagNull);
                    continue;
                }

                Write(TagValue);
            }

            WriteValue(member.Type, value ?? throw new InvalidOperationException($"{schema.Name}.{member.ParameterName} has no value"));
        }
    }

    /// <summary>Whether the member's data starts with a tag; <see cref="Emitter"/> reads it by the same rule.</summary>
    public static bool NeedsTag(MemberSchema member) => member.HasDefault || member.Type.IsNullable;

    private void WriteValue(TypeShape type, BoundValue value)
    {
        switch (value)
        {
            case ListValue list:
                Write(list.Items.Count);
                foreach (var item in list.Items)
                {
                    WriteValue(type.Element, item);
                }

                break;
            case ObjectValue record:
                WriteRecord(record);
                break;
            case ReferenceValue reference:
                Write(_indexes[reference.Target]);
                break;
            case EnumValue @enum:
                var member = _schema.FindEnum(@enum.EnumMetadataName)!.Members;
                foreach (var candidate in member)
                {
                    if (candidate.CSharpName == @enum.Member)
                    {
                        Write(ZigZag(checked((int)candidate.Value)));
                    }
                }

                break;
            case ScalarValue scalar:
                WriteScalar(scalar);
                break;
            default:
                throw new InvalidOperationException("Cannot encode " + value.GetType().Name);
        }
    }

    private void WriteScalar(ScalarValue scalar)
    {
        switch (scalar.Kind)
        {
            case ValueKind.String:
            case ValueKind.Uri:
            case ValueKind.Number:
                // A number as its canonical text (DecimalText): exact, and the same on every machine.
                if (_stringIndexes.TryGetValue(scalar.Text, out var index))
                {
                    Write(index << 1);
                }
                else
                {
                    // In place: the low bit set, then the header and content as in the table.
                    var header = new StringBuilder();
                    WriteStringContent(header, _inlineText, scalar.Text);
                    Write(1);
                    _records.Append(header);
                }

                break;
            case ValueKind.Boolean:
                Write(((BooleanValue)scalar).Value ? 1 : 0);
                break;
            case ValueKind.Integer:
                Write(ZigZag(((IntegerValue)scalar).Value));
                break;
            case ValueKind.Date:
                Write(((DateValue)scalar).Day.DayNumber);
                break;
            default:
                throw new InvalidOperationException("Cannot encode scalar " + scalar.Kind);
        }
    }

    private static int ZigZag(int value) => (value << 1) ^ (value >> 31);

    private static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
