using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// Every record that some record refers to, as the distinct, sorted fingerprints of their keys: what the rule on
/// records nothing refers to (DD0207) needs of the references. Made from each file's references apart from the other
/// facts, it stays equal when a reference is removed from one record while others still refer to its target, and the
/// whole-dataset rules cached. When a reference's removal makes it run again, it unions every file's references (a
/// million at 100,000 engagements): as 64-bit fingerprints, worked out in each file's own step, that union touches
/// no key object and compares no strings.
/// </summary>
/// <remarks>
/// A fingerprint is the 64-bit FNV-1a of the key's kind and id. Two keys with one fingerprint would make an
/// unreferenced record pass for referenced (a DD0207 warning missed, never one too many); among a million keys the
/// chance that any two share one is about 3 in 100 million.
/// </remarks>
internal static class ReferencedRecords
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>
    /// Of one file's references, those the rule can ask about: none to a codebook (shipped whole, so an unreferenced
    /// code is not suspicious). Engagements cite codes in every record; leaving them out makes the union over every
    /// file smaller, and an edit of a code's reference leaves the file's findings equal.
    /// </summary>
    public static EquatableArray<EntityKey> AskedAbout(IEnumerable<EntityKey> references, DatasetSchema schema)
    {
        var codebooks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in schema.Records)
        {
            if (record.Entity is { IsReferenceData: true })
            {
                codebooks.Add(record.MetadataName);
            }
        }

        return EntityKey.InOrder(references.Where(key => !codebooks.Contains(key.EntityMetadataName)));
    }

    /// <summary>One file's references as fingerprints (<see cref="Fingerprint"/>), in the same order.</summary>
    public static EquatableArray<long> Fingerprints(EquatableArray<EntityKey> references)
    {
        var fingerprints = new long[references.Count];
        for (var i = 0; i < fingerprints.Length; i++)
        {
            fingerprints[i] = Fingerprint(references[i]);
        }

        return new EquatableArray<long>(fingerprints);
    }

    /// <summary>The 64-bit FNV-1a of the key's kind, a U+FFFF (no character of a name or id), and its id, by UTF-16 code unit.</summary>
    public static long Fingerprint(EntityKey key)
    {
        var hash = OffsetBasis;
        hash = Add(hash, key.EntityMetadataName);
        hash = unchecked((hash ^ 0xFFFF) * Prime);
        hash = Add(hash, key.Id);
        return unchecked((long)hash);
    }

    /// <summary>Every file's fingerprints, distinct and sorted.</summary>
    public static EquatableArray<long> Of(ImmutableArray<EquatableArray<long>> files)
    {
        var referenced = new HashSet<long>();
        foreach (var file in files)
        {
            foreach (var fingerprint in file.AsSpan())
            {
                referenced.Add(fingerprint);
            }
        }

        var sorted = referenced.ToArray();
        Array.Sort(sorted);
        return new EquatableArray<long>(sorted);
    }

    private static ulong Add(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        return hash;
    }
}
