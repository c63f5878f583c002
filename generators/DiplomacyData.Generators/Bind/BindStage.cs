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
/// <param name="BoundFiles">
/// Each bound file with the schema: the one per-file node every later per-file step reads. A step of its own that
/// combined them would be one more table of every file for the driver to walk on every run.
/// </param>
internal readonly record struct BindStage(
    IncrementalValueProvider<IdTable> IdTable,
    IncrementalValuesProvider<(BoundFile File, DatasetSchema Schema)> BoundFiles,
    IncrementalValueProvider<ImmutableArray<BoundFile>> AllBoundFiles)
{
    public static BindStage Wire(ReadStage read, IncrementalValueProvider<DatasetSchema> schema)
    {
        var parsedFiles = read.ParsedFiles.Combine(schema);
        var idTable = parsedFiles
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

        var boundFiles = parsedFiles
            .Combine(located)
            .Select(static (input, cancellationToken) => Binder.BindFile(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.BoundFiles);

        return new BindStage(idTable, boundFiles.Combine(schema), boundFiles.Collect());
    }
}
