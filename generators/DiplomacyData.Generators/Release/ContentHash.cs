using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Release;

/// <summary>
/// The digest of the data as the package holds it, <c>sha256:</c> and 64 lowercase hex digits. It is taken
/// over a canonical form of the records kept for emitting, not over the YAML: layout, comments, quoting, key order,
/// file names and the order of records do not count; a left-out key and the same value written out (its
/// default) are the same. Every value counts, and so do the schema's member names: renaming a member of a
/// model record changes the data users get, and its hash.
/// </summary>
internal static class ContentHash
{
    public const string Prefix = "sha256:";

    /// <returns>The digest, or null when it could not be computed (a generator bug, reported by <see cref="ReleaseInfo"/> as DD9999).</returns>
    public static string? Of(KeptRecords records, DatasetSchema schema, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return Compute(records, schema, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }

    private static string Compute(KeptRecords records, DatasetSchema schema, System.Threading.CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new CanonicalWriter(schema, hash);
        // Kinds by collection name, records by id: independent of how the catalogue happens to be sorted.
        var kinds = schema.Entities.ToDictionary(s => s.MetadataName, s => s.Entity!.Collection, StringComparer.Ordinal);
        foreach (var entity in records.Entities
                     .OrderBy(e => kinds.TryGetValue(e.Key.EntityMetadataName, out var kind) ? kind : e.Key.EntityMetadataName, StringComparer.Ordinal)
                     .ThenBy(e => e.Key.Id, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Record(kinds.TryGetValue(entity.Key.EntityMetadataName, out var collection) ? collection : entity.Key.EntityMetadataName, entity);
        }

        writer.Flush();
        var digest = hash.GetHashAndReset();
        var text = new StringBuilder(Prefix.Length + (digest.Length * 2)).Append(Prefix);
        foreach (var b in digest)
        {
            text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes values as a length-prefixed, unambiguous text: <c>s5:Lavro</c>-style strings, <c>e3</c> for an
    /// enum's numeric value, <c>r</c> + kind and id for a reference, <c>{…}</c> for a record with its members
    /// sorted by name, <c>[n …]</c> for a list, <c>~</c> for null.
    /// </summary>
    private sealed class CanonicalWriter(DatasetSchema schema, IncrementalHash hash)
    {
        private readonly StringBuilder _buffer = new();

        public void Record(string collection, BoundEntity entity)
        {
            String(collection);
            String(entity.Key.Id);
            Value(null, entity.Value);
            _buffer.Append('\n');
            if (_buffer.Length > 1 << 16)
            {
                Flush();
            }
        }

        public void Flush()
        {
            hash.AppendData(Encoding.UTF8.GetBytes(_buffer.ToString()));
            _buffer.Clear();
        }

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
            var members = schema.FindRecord(record.RecordMetadataName)?.Members.OrderBy(m => m.ParameterName, StringComparer.Ordinal) ?? Enumerable.Empty<MemberSchema>();
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
}
