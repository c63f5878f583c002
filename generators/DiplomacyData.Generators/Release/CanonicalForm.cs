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

    /// <summary>
    /// A left-out key as the value the constructor gives it, written exactly as that value written out in the YAML
    /// is (<see cref="Value"/>), so that leaving a key out and writing its default are one value to the hash.
    /// </summary>
    private void Default(MemberSchema member)
    {
        var type = member.Type;
        if (type.IsList)
        {
            _buffer.Append("[0]");
            return;
        }

        var isEnum = schema.FindEnum(type.MetadataName) is not null;
        // A value type without a constant default gets C#'s default: false, 0, the enum's 0.
        var value = member.DefaultValue ?? (type.IsNullable ? null : type.Kind == ValueKind.Boolean ? false : type.Kind == ValueKind.Integer || isEnum ? 0L : null);
        switch (value)
        {
            case null:
                _buffer.Append('~');
                break;
            case bool flag:
                _buffer.Append('b');
                String(flag ? "true" : "false");
                break;
            case long number when isEnum:
                _buffer.Append('e').Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case long number:
                _buffer.Append('i');
                String(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                // As Bind spells a number (DecimalText): by its value.
                _buffer.Append('n');
                String(DoubleText.Shortest(number));
                break;
            case string text:
                _buffer.Append(type.Kind == ValueKind.Uri ? 'u' : 't');
                String(text);
                break;
            default:
                // A constant this form has no spelling for (SchemaReader gives none other): its invariant text.
                _buffer.Append('l');
                String(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }
}
