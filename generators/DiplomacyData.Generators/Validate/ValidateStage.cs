using System.Collections.Immutable;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Schema;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Validate;

/// <summary>
/// The Validate stage. The rules on one record run file by file, like binding: an edit validates that file again only.
/// The rules across records also go file by file, against an index of the records that others refer to (every kind but
/// engagements), which an edit of an engagement leaves equal; what remains for the whole dataset works from compact
/// per-file facts, equal too unless dates, participants or references change.
/// </summary>
internal readonly record struct ValidateStage(
    IncrementalValueProvider<ArchiveIndex> Archives,
    IncrementalValueProvider<ImmutableArray<FileValidation>> ValidatedFiles,
    IncrementalValueProvider<ImmutableArray<CrossRecordFindings>> CrossCheckedFiles,
    IncrementalValueProvider<ValidationResult> Validated)
{
    public static ValidateStage Wire(ReadStage read, BindStage bind, IncrementalValueProvider<DatasetSchema> schema)
    {
        var archives = read.ArchivedTexts.Collect()
            .Select(static (texts, _) => ArchiveIndex.Build(texts))
            .WithTrackingName(TrackingNames.ArchiveIndex);

        var validatedFiles = bind.BoundFiles
            .Combine(archives)
            .Select(static (input, cancellationToken) => Validator.ValidateFile(input.Left.File, input.Right, input.Left.Schema, cancellationToken))
            .WithTrackingName(TrackingNames.ValidatedFiles)
            .Collect();

        var referenceIndex = bind.BoundFiles
            .Select(static (input, _) => ReferableRecords.Of(input.File, input.Schema))
            .WithTrackingName(TrackingNames.ReferableRecords)
            .Collect()
            .Select(static (files, _) => ReferenceIndex.Build(files))
            .WithTrackingName(TrackingNames.ReferenceIndex);

        var crossCheckedFiles = bind.BoundFiles
            .Combine(referenceIndex)
            .Select(static (input, cancellationToken) => Validator.CheckFile(input.Left.File, input.Right, input.Left.Schema, cancellationToken))
            .WithTrackingName(TrackingNames.CrossCheckedFiles);

        // The facts alone, without the file's diagnostics (which hold positions): equal after an edit that moves lines.
        var facts = crossCheckedFiles
            .Select(static (findings, _) => findings.Facts)
            .WithTrackingName(TrackingNames.FileFacts)
            .Collect();

        // What every file refers to, apart from the facts and reduced to one set: equal unless a record comes to be
        // referred to, or no longer is.
        var referenced = crossCheckedFiles
            .Select(static (findings, _) => ReferencedRecords.Fingerprints(findings.References))
            .WithTrackingName(TrackingNames.FileReferences)
            .Collect()
            .Select(static (files, _) => ReferencedRecords.Of(files))
            .WithTrackingName(TrackingNames.ReferencedRecords);

        var validated = referenceIndex
            .Combine(facts)
            .Combine(referenced)
            .Combine(bind.IdTable)
            .Combine(archives)
            .Combine(schema)
            .Select(static (input, cancellationToken) =>
            {
                var (((((index, files), referenced), ids), texts), schema) = input;
                return Validator.Validate(index, files, referenced, ids, texts, schema, cancellationToken);
            })
            .WithTrackingName(TrackingNames.Validated);

        return new ValidateStage(archives, validatedFiles, crossCheckedFiles.Collect(), validated);
    }
}
