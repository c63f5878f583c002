using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Read;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// The archived texts, indexed once per change of the texts (its own pipeline step), so that validating one
/// file looks its sources up instead of sorting and indexing every text again: at 100,000 engagements that was
/// 20,000 files × 20,000 texts on every cold run.
/// </summary>
/// <param name="Checked">The text each source id is checked against: the first by path of the files that share its name, in path order.</param>
/// <param name="BySourceId">The same texts ordered by source id (ordinal), for lookup by binary search.</param>
/// <param name="Problems">In path order: each text with the same name as an earlier one, and each text that could not be read.</param>
/// <param name="Diagnostics">Every text's own problems (<see cref="ArchivedText.Diagnostics"/>), texts in path order.</param>
internal sealed record ArchiveIndex(
    EquatableArray<ArchivedText> Checked,
    EquatableArray<ArchivedText> BySourceId,
    EquatableArray<ArchiveProblem> Problems,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>No archived texts: for the rules that do not read them.</summary>
    public static readonly ArchiveIndex Empty = Build(ImmutableArray<ArchivedText>.Empty);

    public static ArchiveIndex Build(ImmutableArray<ArchivedText> archives)
    {
        var first = new Dictionary<string, ArchivedText>(StringComparer.Ordinal);
        var byPath = new List<ArchivedText>();
        var problems = new List<ArchiveProblem>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var archive in archives.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            diagnostics.AddRange(archive.Diagnostics);
            // Files in different folders can share a name: the first by path is the one checked against, and
            // the other is reported rather than silently ignored.
            if (first.TryGetValue(archive.SourceId, out var earlier))
            {
                problems.Add(new ArchiveProblem(archive, earlier));
                continue;
            }

            first.Add(archive.SourceId, archive);
            byPath.Add(archive);
            if (archive.Text is null && archive.Diagnostics.Count == 0)
            {
                problems.Add(new ArchiveProblem(archive, null));
            }
        }

        return new ArchiveIndex(
            byPath.ToEquatableArray(),
            byPath.OrderBy(a => a.SourceId, StringComparer.Ordinal).ToEquatableArray(),
            problems.ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }

    /// <summary>The text checked for <paramref name="sourceId"/>, if there is one.</summary>
    public bool TryGet(string sourceId, out ArchivedText archive)
    {
        var (low, high) = (0, BySourceId.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal(BySourceId[middle].SourceId, sourceId);
            if (comparison == 0)
            {
                archive = BySourceId[middle];
                return true;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        archive = null!;
        return false;
    }
}

/// <summary>A text that shares its name with <paramref name="SameNameAs"/> (checked instead), or, when that is null, one that could not be read.</summary>
internal sealed record ArchiveProblem(ArchivedText Archive, ArchivedText? SameNameAs);
