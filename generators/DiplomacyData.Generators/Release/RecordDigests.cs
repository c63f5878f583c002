using System;
using System.Collections.Generic;
using System.Threading;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Release;

/// <summary>One record's share of the content hash: the SHA-256 of its canonical form (<see cref="CanonicalForm"/>).</summary>
/// <param name="Record">Where the record starts.</param>
/// <param name="Digest">32 bytes; empty for a record with a binding error.</param>
internal sealed record RecordDigest(LocationInfo Record, EquatableArray<byte> Digest);

/// <summary>
/// The per-file step of the content hash: each record of one bound file digested alone, so that an edit digests
/// that file's records again and the hash of the whole (<see cref="ContentHash"/>) only joins 32 bytes per record.
/// One digest per record, in the file's order; a record with a binding error (never emitted) has an empty one.
/// </summary>
internal sealed record RecordDigests(string Path, EquatableArray<RecordDigest> Records)
{
    public static RecordDigests Of(BoundFile file, DatasetSchema schema, CancellationToken cancellationToken)
    {
        using var form = new CanonicalForm(schema);
        var collections = ContentHash.Collections(schema);
        var digests = new List<RecordDigest>(file.Entities.Count);
        try
        {
            foreach (var entity in file.Entities)
            {
                cancellationToken.ThrowIfCancellationRequested();
                digests.Add(new RecordDigest(
                    entity.Value.Location.StartOnly,
                    entity.HasErrors ? EquatableArray<byte>.Empty : new EquatableArray<byte>(form.Digest(ContentHash.Collection(collections, entity), entity))));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Left to the hash of the whole, which digests what is missing here again and reports a failure as DD9999.
            return new RecordDigests(file.Path, EquatableArray<RecordDigest>.Empty);
        }

        return new RecordDigests(file.Path, digests.ToEquatableArray());
    }
}
