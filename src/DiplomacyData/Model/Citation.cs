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
    string? Note = null);
