using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// What the rules across records found in one file's records, read against the <see cref="ReferenceIndex"/>, and the
/// compact facts that the rules over the whole dataset need of the file: its engagements' dates and participants,
/// and what its records refer to. A title edited leaves the facts equal, so the whole-dataset rules stay cached.
/// </summary>
/// <param name="Diagnostics">In the file's record order.</param>
/// <param name="Invalid">Records an error here makes unfit to emit.</param>
/// <param name="Engagements">The facts of each engagement that bound without errors, for the look-alike rule (without reports or date note, which it does not read).</param>
/// <param name="References">Every record the file's records refer to (broken ones included), distinct, sorted.</param>
/// <param name="AllValuesRead">Every value of the file was read, so its references are all known.</param>
internal sealed record CrossRecordFindings(
    string Path,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<EntityKey> Invalid,
    EquatableArray<EngagementFacts> Engagements,
    EquatableArray<EntityKey> References,
    bool AllValuesRead);
