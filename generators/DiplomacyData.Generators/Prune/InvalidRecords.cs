using System;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Validate;

namespace DiplomacyData.Generators.Prune;

/// <summary>
/// The records a validation error makes unfit to emit, from the three Validate steps (per file, across records per
/// file, the whole dataset), distinct and sorted: a short list that an edit leaves equal unless an error comes or goes.
/// </summary>
internal static class InvalidRecords
{
    public static EquatableArray<EntityKey> Of(ImmutableArray<FileValidation> files, ImmutableArray<CrossRecordFindings> acrossRecords, ValidationResult wholeDataset) =>
        EntityKey.InOrder(files.SelectMany(f => f.Invalid)
            .Concat(acrossRecords.SelectMany(f => f.Invalid))
            .Concat(wholeDataset.Invalid)
            .Distinct());
}
