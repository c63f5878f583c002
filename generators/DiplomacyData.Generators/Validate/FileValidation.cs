using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Validate;

/// <summary>What the rules that read one record alone found in it: its diagnostics, and whether one is an error.</summary>
internal sealed record Findings(EquatableArray<DiagnosticInfo> Diagnostics, bool Invalid)
{
    public static readonly Findings None = new(EquatableArray<DiagnosticInfo>.Empty, false);

    public bool IsEmpty => Diagnostics.IsEmpty && !Invalid;
}

/// <summary>
/// One record's findings, by rule group: its id (checked whatever else is wrong with it), its content (only while
/// the record has no binding error) and its statements' quotes (likewise).
/// </summary>
/// <param name="Key">The record's kind and id (which another record may share: that is an error of its own).</param>
/// <param name="Record">Where the record is: unique across the dataset, where an id may not be.</param>
internal sealed record EntityFindings(EntityKey Key, LocationInfo Record, Findings Id, Findings Content, Findings Quotes);

/// <summary>
/// The per-file share of the Validate step: the rules that read one record (and the archived texts) run file by
/// file, so that an edit re-validates that file only; only records with findings are kept, so the collected files
/// stay small. Reported as they are, file by file; the rules across records are <see cref="CrossRecordFindings"/>.
/// </summary>
/// <param name="Failures">An internal error while validating the file (DD9999), reported after the rest.</param>
internal sealed record FileValidation(string Path, EquatableArray<EntityFindings> Entities, EquatableArray<DiagnosticInfo> Failures)
{
    /// <summary>Every finding, record by record (id, content, quotes), then the failures; nothing made for a file without any.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics =>
        Entities.IsEmpty
            ? Failures
            : Entities.SelectMany(e => e.Id.Diagnostics.Concat(e.Content.Diagnostics).Concat(e.Quotes.Diagnostics)).Concat(Failures).ToEquatableArray();

    /// <summary>The records an error makes unfit to emit.</summary>
    public IEnumerable<EntityKey> Invalid =>
        Entities.Where(e => e.Id.Invalid || e.Content.Invalid || e.Quotes.Invalid).Select(e => e.Key);
}
