using System.Collections.Generic;
using DiplomacyData.Schema;

namespace DiplomacyData;

/// <summary>One source's report of an engagement, with the passages that support it.</summary>
/// <param name="Source">The article.</param>
/// <param name="Evidence">Verbatim passages from the article's text (checked against the archived copy at build time).</param>
/// <param name="Note">What the curator inferred from the passages, when it is not literal.</param>
[DatasetValue]
public sealed partial record Citation(
    Source Source,
    IReadOnlyList<string> Evidence,
    string? Note = null)
{
    /// <summary>The same source, the same passages in the same order, and the same note.</summary>
    public bool Equals(Citation? other) =>
        other is not null && Source == other.Source && ValueLists.Equal(Evidence, other.Evidence) && Note == other.Note;

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Source, ValueLists.Hash(Evidence), Note);
}
