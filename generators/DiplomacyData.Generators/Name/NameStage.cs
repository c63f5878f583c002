using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Release;
using DiplomacyData.Generators.Schema;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Name;

/// <summary>
/// The Name stage: the typed handles, named file by file and checked together apart from the records' values, so
/// that an edit that renames nothing leaves the table, and the steps that read it, cached; and the handles of earlier
/// releases kept as obsolete aliases.
/// </summary>
internal readonly record struct NameStage(IncrementalValueProvider<HandleTable> Handles, IncrementalValueProvider<RetiredHandles> Retired)
{
    public static NameStage Wire(BindStage bind, ReleaseFiles releaseFiles, IncrementalValueProvider<DatasetSchema> schema)
    {
        var handles = bind.BoundFiles
            .Select(static (input, _) => FileHandles.Of(input.File, input.Schema))
            .WithTrackingName(TrackingNames.FileHandles)
            .Collect()
            .Combine(schema)
            .Select(static (input, _) => HandleTable.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.HandleTable);

        var retired = handles
            .Combine(releaseFiles.RetiredIds)
            .Combine(schema)
            .Select(static (input, _) => RetiredHandles.Of(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.RetiredHandles);

        return new NameStage(handles, retired);
    }
}
