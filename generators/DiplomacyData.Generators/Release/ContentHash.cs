using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Release;

/// <summary>
/// The digest of the data as the package holds it, <c>sha256:</c> and 64 lowercase hex digits: the SHA-256 of the
/// records' own SHA-256 digests (32 bytes each, <see cref="RecordDigests"/>) in catalogue order, each taken over a
/// canonical form of one record kept for emitting (<see cref="CanonicalForm"/>), not over the YAML: layout,
/// comments, quoting, key order, file names and the order of records in the files do not count; a left-out key and
/// the same value written out (its default) are the same. Every value counts, so does the catalogue's order (which
/// users see), and so do the schema's member names: renaming a member of a model record changes the data users
/// get, and its hash. Digesting record by record lets an edit digest its own file again and join the rest.
/// </summary>
internal static class ContentHash
{
    public const string Prefix = "sha256:";

    /// <summary>Record digests hashed at a time: 64 KiB, below the large object heap's threshold.</summary>
    private const int DigestsPerAppend = 2048;

    /// <summary>All at once, every record digested here (for tools and benchmarks).</summary>
    public static string? Of(KeptRecords records, DatasetSchema schema, System.Threading.CancellationToken cancellationToken) =>
        Of(records, null, ImmutableArray<RecordDigests>.Empty, schema, cancellationToken);

    /// <param name="order">Where each kept record comes from, to find its digest among <paramref name="digests"/>; a record whose digest is missing is digested here.</param>
    /// <returns>The digest, or null when it could not be computed (a generator bug, reported by <see cref="ReleaseInfo"/> as DD9999).</returns>
    public static string? Of(KeptRecords records, CatalogOrder? order, ImmutableArray<RecordDigests> digests, DatasetSchema schema, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return Compute(records, order, digests, schema, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }

    private static string Compute(KeptRecords records, CatalogOrder? order, ImmutableArray<RecordDigests> digests, DatasetSchema schema, System.Threading.CancellationToken cancellationToken)
    {
        Dictionary<string, RecordDigests>? byPath = null;
        using var form = new CanonicalForm(schema);
        using var whole = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var collections = Collections(schema);

        // The digests are hashed as they are found, a buffer at a time: joined first, 100,000 records are a 3.2 MB
        // array on the large object heap on every edit, and the collections that brings cost more than the hashing.
        var buffer = new byte[DigestsPerAppend * RecordDigests.DigestLength];
        var at = 0;
        for (var i = 0; i < records.Entities.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = records.Entities[i];
            var found = Digested(i);
            var one = found.Length == RecordDigests.DigestLength ? found : form.Digest(Collection(collections, entity), entity);
            one.CopyTo(buffer.AsSpan(at));
            at += one.Length;
            if (at == buffer.Length)
            {
                whole.AppendData(buffer, 0, at);
                at = 0;
            }
        }

        whole.AppendData(buffer, 0, at);
        var digest = whole.GetHashAndReset();

        // The i-th kept record's digest from its file's step, when the order says where it is and the step made one.
        ReadOnlySpan<byte> Digested(int i) =>
            order is not null && i < order.Slots.Count && order.FileOf(digests, i, static file => file.Path, ref byPath) is { } file
                ? file.Of(order.Slots[i].Index)
                : default;
        var text = new StringBuilder(Prefix.Length + (digest.Length * 2)).Append(Prefix);
        foreach (var b in digest)
        {
            text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>Each kind's collection name (its YAML key) by record type: what a record's digest names it by.</summary>
    internal static Dictionary<string, string> Collections(DatasetSchema schema) =>
        schema.Entities.ToDictionary(s => s.MetadataName, s => s.Entity!.Collection, StringComparer.Ordinal);

    internal static string Collection(Dictionary<string, string> collections, BoundEntity entity) =>
        collections.TryGetValue(entity.Key.EntityMetadataName, out var collection) ? collection : entity.Key.EntityMetadataName;
}
