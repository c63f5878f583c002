using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Release;

/// <summary>
/// Writes values as a length-prefixed, unambiguous text: <c>s5:Lavro</c>-style strings, <c>e3</c> for an
/// enum's numeric value, <c>r</c> + kind and id for a reference, <c>{…}</c> for a record with its members
/// sorted by name, <c>[n …]</c> for a list, <c>~</c> for null.
/// </summary>
internal sealed class CanonicalForm(DatasetSchema schema) : IDisposable
{
    private readonly SHA256 _sha = SHA256.Create();
    private readonly StringBuilder _buffer = new();
    private readonly System.Collections.Generic.Dictionary<string, MemberSchema[]> _membersByName = new(StringComparer.Ordinal);

    /// <summary>The SHA-256 digest (32 bytes) of one record's canonical text: its collection, id and every value.</summary>
    public byte[] Digest(string collection, BoundEntity entity)
    {
        _buffer.Clear();
        String(collection);
        String(entity.Key.Id);
        Value(null, entity.Value);
        return _sha.ComputeHash(Encoding.UTF8.GetBytes(_buffer.ToString()));
    }

    /// <summary>The SHA-256 of the first <paramref name="length"/> bytes: the records' digests, joined.</summary>
    public byte[] Join(byte[] digests, int length) => _sha.ComputeHash(digests, 0, length);

    public void Dispose() => _sha.Dispose();

    private void String(string text) => _buffer.Append('s').Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);

    private void Value(TypeShape? type, BoundValue value)
    {
        switch (value)
        {
            case ScalarValue scalar:
                _buffer.Append(scalar.Kind switch
                {
                    ValueKind.Boolean => 'b',
                    ValueKind.Integer => 'i',
                    ValueKind.Number => 'n',
                    ValueKind.Date => 'd',
                    ValueKind.Uri => 'u',
                    _ => 't',
                });
                String(scalar.Text);
                break;
            case NullValue:
                _buffer.Append('~');
                break;
            case EnumValue @enum:
                var member = schema.FindEnum(@enum.EnumMetadataName)?.Members.FirstOrDefault(m => m.CSharpName == @enum.Member);
                _buffer.Append('e').Append((member?.Value ?? 0).ToString(CultureInfo.InvariantCulture));
                break;
            case ReferenceValue reference:
                _buffer.Append('r');
                String(reference.Target.EntityMetadataName);
                String(reference.Target.Id);
                break;
            case ObjectValue record:
                Object(record);
                break;
            case ListValue list:
                _buffer.Append('[').Append(list.Items.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var item in list.Items)
                {
                    _buffer.Append(' ');
                    Value(list.Element, item);
                }

                _buffer.Append(']');
                break;
        }
    }

    private void Object(ObjectValue record)
    {
        _buffer.Append('{');
        if (!_membersByName.TryGetValue(record.RecordMetadataName, out var members))
        {
            members = schema.FindRecord(record.RecordMetadataName)?.Members.OrderBy(m => m.ParameterName, StringComparer.Ordinal).ToArray() ?? [];
            _membersByName.Add(record.RecordMetadataName, members);
        }

        foreach (var member in members)
        {
            String(member.ParameterName);
            if (record[member.ParameterName] is { } value)
            {
                Value(member.Type, value);
            }
            else
            {
                Default(member);
            }
        }

        _buffer.Append('}');
    }

    /// <summary>A left-out key as the value the constructor gives it, written as that value would be.</summary>
    private void Default(MemberSchema member)
    {
        var type = member.Type;
        var value = member.DefaultValue;
        if (type.IsList)
        {
            _buffer.Append("[0]");
        }
        else if (type.Kind == ValueKind.Boolean && !type.IsNullable && value is null or bool)
        {
            _buffer.Append('b');
            String(value is true ? "true" : "false");
        }
        else if (type.Kind == ValueKind.Integer && !(type.IsNullable && value is null) && value is null or long)
        {
            _buffer.Append('i');
            String(((long?)value ?? 0).ToString(CultureInfo.InvariantCulture));
        }
        else if (schema.FindEnum(type.MetadataName) is not null && !type.IsNullable)
        {
            _buffer.Append('e').Append(((value as long?) ?? 0).ToString(CultureInfo.InvariantCulture));
        }
        else if (value is null)
        {
            _buffer.Append('~');
        }
        else
        {
            // A default this form has no spelling for (a string or a number constant): its invariant text.
            _buffer.Append('l');
            String(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
        }
    }
}
