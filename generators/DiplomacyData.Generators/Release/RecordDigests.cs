using System;
using System.Collections.Generic;
using System.Threading;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Release;

/// <summary>
/// The per-file step of the content hash: each record of one bound file digested alone (the SHA-256 of its canonical
/// form, <see cref="CanonicalForm"/>), so that an edit digests that file's records again and the hash of the whole
/// (<see cref="ContentHash"/>) only joins 32 bytes per record. The digests are laid end to end, 32 bytes per record in
/// the file's order, in one array: no position (so an edit that moves lines leaves the step equal, and the hash
/// cached), and one object to reach per file rather than two per record. A record with a binding error (never
/// emitted) has 32 zero bytes.
/// </summary>
internal sealed record RecordDigests(string Path, EquatableArray<byte> Digests)
{
    public const int DigestLength = 32;

    public static RecordDigests Of(BoundFile file, DatasetSchema schema, CancellationToken cancellationToken)
    {
        using var form = new CanonicalForm(schema);
        var collections = ContentHash.Collections(schema);
        var digests = new byte[file.Entities.Count * DigestLength];
        try
        {
            for (var i = 0; i < file.Entities.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entity = file.Entities[i];
                if (!entity.HasErrors)
                {
                    form.Digest(ContentHash.Collection(collections, entity), entity).CopyTo(digests, i * DigestLength);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Left to the hash of the whole, which digests what is missing here again and reports a failure as DD9999.
            return new RecordDigests(file.Path, EquatableArray<byte>.Empty);
        }

        return new RecordDigests(file.Path, new EquatableArray<byte>(digests));
    }

    /// <summary>The <paramref name="index"/>-th record's digest; empty when there is none (out of range, or all zeros).</summary>
    public ReadOnlySpan<byte> Of(int index)
    {
        var all = Digests.AsSpan();
        if ((index + 1) * DigestLength > all.Length)
        {
            return default;
        }

        var one = all.Slice(index * DigestLength, DigestLength);
        foreach (var b in one)
        {
            if (b != 0)
            {
                return one;
            }
        }

        return default;
    }
}
