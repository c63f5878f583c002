using System;
using System.Collections.Generic;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Release;

/// <summary>
/// The data's identity as emitted into <c>Catalog</c>: its release, its hash and the package version, with
/// what the changelog check found.
/// </summary>
/// <param name="DataVersion">The newest release's version when the data is what it recorded; otherwise a prerelease above it carrying the hash.</param>
/// <param name="ContentHash">See <see cref="Release.ContentHash"/>.</param>
/// <param name="PackageVersion">The override when one is given, else <paramref name="DataVersion"/>.</param>
internal sealed record ReleaseInfo(string DataVersion, string ContentHash, string PackageVersion, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The version of a dataset that records no release: what a first release would be compared with.</summary>
    public static readonly SemanticVersion NoRelease = new(0, 0, 0, string.Empty);

    /// <summary>An unknown hash: the content hash could not be computed, which DD9999 reports.</summary>
    public const string UnknownHash = "sha256:unknown";

    public static ReleaseInfo Create(string? contentHash, Changelog changelog, ReleaseSettings settings)
    {
        try
        {
            return contentHash is null
                ? Failed(changelog, settings, "computing the content hash", "see the other diagnostics")
                : Check(contentHash, changelog, settings);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(changelog, settings, "checking the data's release", exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static ReleaseInfo Failed(Changelog changelog, ReleaseSettings settings, string doing, string what)
    {
        var diagnostics = new List<DiagnosticInfo>(changelog.Diagnostics) { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, doing, what) };
        var dataVersion = NoRelease.Unreleased("unknown");
        return new ReleaseInfo(dataVersion, UnknownHash, settings.VersionOverride.Length > 0 ? settings.VersionOverride : dataVersion, diagnostics.ToEquatableArray());
    }

    private static ReleaseInfo Check(string contentHash, Changelog changelog, ReleaseSettings settings)
    {
        var diagnostics = new List<DiagnosticInfo>(changelog.Diagnostics);
        var hash12 = contentHash.Substring(Release.ContentHash.Prefix.Length, 12);
        string dataVersion;
        if (changelog.Path is null)
        {
            // An unreleased dataset (a test's or a benchmark's): nothing to compare with, no noise; its version
            // still differs with its data.
            if (settings.ReleaseFilesRequired)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReleaseFileMissing, null, Changelog.FileName, "is missing; add it beside the YAML files with an entry for the current data (see data/CURATING.md)"));
            }

            dataVersion = NoRelease.Unreleased(hash12);
        }
        else if (changelog.Newest is { } newest && newest.Hash == contentHash)
        {
            dataVersion = newest.Version;
        }
        else
        {
            var newestVersion = changelog.Newest is { } release ? SemanticVersion.TryParse(release.Version) ?? NoRelease : NoRelease;
            dataVersion = newestVersion.Unreleased(hash12);
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.DataChangedSinceRelease,
                changelog.Newest?.HashLocation ?? new LocationInfo(changelog.Path, default),
                contentHash,
                changelog.Newest is { } recorded ? $"release {recorded.Version} in {Changelog.FileName} records {recorded.Hash}" : $"{Changelog.FileName} records no release yet",
                dataVersion));
        }

        var packageVersion = settings.VersionOverride.Length > 0 ? settings.VersionOverride : dataVersion;
        return new ReleaseInfo(dataVersion, contentHash, packageVersion, diagnostics.ToEquatableArray());
    }
}
