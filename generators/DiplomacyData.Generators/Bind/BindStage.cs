using System.Collections.Immutable;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Schema;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// The Bind stage: each file against the schema and a table of every id, so that editing one file binds that file
/// again only, as long as the ids it declares stay the same. The bound files are never joined into one model: each
/// later stage reads them file by file, or through compact indexes made from per-file facts.
/// </summary>
internal readonly record struct BindStage(
    IncrementalValueProvider<IdTable> IdTable,
    IncrementalValuesProvider<BoundFile> BoundFiles,
    IncrementalValueProvider<ImmutableArray<BoundFile>> AllBoundFiles)
{
    public static BindStage Wire(ReadStage read, IncrementalValueProvider<DatasetSchema> schema)
    {
        var idTable = read.ParsedFiles
            .Combine(schema)
            .Select(static (input, _) => DeclaredIds.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.DeclaredIds)
            .Collect()
            .Select(static (files, _) => Bind.IdTable.Build(files))
            .WithTrackingName(TrackingNames.IdTable);

        // Runs again when any file changes, and is equal unless an id declared twice moves: the bound files stay cached.
        var located = idTable
            .Combine(read.AllParsedFiles)
            .Combine(schema)
            .Select(static (input, _) => input.Left.Left.Locate(input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.FirstDeclarations);

        var boundFiles = read.ParsedFiles
            .Combine(schema)
            .Combine(located)
            .Select(static (input, cancellationToken) => Binder.BindFile(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.BoundFiles);

        return new BindStage(idTable, boundFiles, boundFiles.Collect());
    }
}
