using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// What the rules across records found in one file's records, read against the <see cref="ReferenceIndex"/>, and the
/// compact facts that the rules over the whole dataset need of the file (<see cref="FileFacts"/>).
/// </summary>
/// <param name="Diagnostics">In the file's record order.</param>
/// <param name="Invalid">Records an error here makes unfit to emit.</param>
/// <param name="References">Every record the file's records refer to (broken ones included) but codebooks' (<see cref="ReferencedRecords.AskedAbout"/>), distinct, sorted: apart from the facts, so that an edit of a reference leaves them equal.</param>
internal sealed record CrossRecordFindings(
    string Path,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<EntityKey> Invalid,
    FileFacts Facts,
    EquatableArray<EntityKey> References);

/// <summary>
/// What the rules over the whole dataset need of one file besides what it refers to (<see cref="ReferencedRecords"/>):
/// its engagements' dates and participants. No positions (records are named by <see cref="RecordSlot"/>), so that a
/// title edited, or made longer so that every later line moves, leaves the facts equal and the whole-dataset rules
/// cached.
/// </summary>
/// <param name="Engagements">The facts of each engagement that bound without errors, for the look-alike rule (without reports or date note, which it does not read).</param>
/// <param name="AllValuesRead">Every value of the file was read, so its references are all known.</param>
internal sealed record FileFacts(
    string Path,
    EquatableArray<EngagementFacts> Engagements,
    bool AllValuesRead);
