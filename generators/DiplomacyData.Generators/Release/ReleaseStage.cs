using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Schema;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Release;

/// <summary>
/// The Release stage, beside Emit: the content hash from each record's digest (made in its file's own step, so that an
/// edit digests one file again), the data's version from the changelog, and the check of the last release's ids
/// against every id declared, bound or not (a record dropped for an error is not a removed id).
/// </summary>
internal readonly record struct ReleaseStage(IncrementalValueProvider<ReleaseInfo> Release, IncrementalValueProvider<EquatableArray<DiagnosticInfo>> IdCheck)
{
    public static ReleaseStage Wire(ReadStage read, BindStage bind, NameStage name, PruneStage prune, ReleaseFiles files, IncrementalValueProvider<DatasetSchema> schema)
    {
        var digests = bind.BoundFiles
            .Select(static (input, cancellationToken) => RecordDigests.Of(input.File, input.Schema, cancellationToken))
            .WithTrackingName(TrackingNames.RecordDigests);

        var release = prune.Kept
            .Combine(prune.Order)
            .Combine(digests.Collect())
            .Combine(schema)
            .Select(static (input, cancellationToken) =>
            {
                var (((kept, order), digests), schema) = input;
                return ContentHash.Of(kept, order, digests, schema, cancellationToken);
            })
            .WithTrackingName(TrackingNames.ContentHash)
            .Combine(files.Changelog)
            .Combine(files.Settings)
            .Select(static (input, _) =>
            {
                var ((hash, changelog), settings) = input;
                return ReleaseInfo.Create(hash, changelog, settings);
            })
            .WithTrackingName(TrackingNames.Release);

        var readFailed = read.AllParsedFiles
            .Select(static (files, _) => files.Any(file => file.Diagnostics.Any(d => d.IsError)));
        var idCheck = name.Handles
            .Combine(bind.IdTable.Combine(readFailed))
            .Combine(schema)
            .Combine(files.ShippedIds.Combine(name.Retired))
            .Combine(files.Settings)
            .Select(static (input, _) =>
            {
                var ((((handles, (declared, readFailed)), schema), (shipped, retired)), settings) = input;
                return Generators.Release.IdCheck.Run(handles, declared, readFailed, schema, shipped, retired, settings);
            })
            .WithTrackingName(TrackingNames.IdCheck);

        return new ReleaseStage(release, idCheck);
    }
}
