using Microsoft.CodeAnalysis.Diagnostics;

namespace DiplomacyData.Generators.Release;

/// <summary>
/// What the build says about releases, from compiler-visible MSBuild properties (see
/// src/DiplomacyData/Build/DataRelease.targets).
/// </summary>
/// <param name="VersionOverride">A package version given on the command line (<c>-p:Version=…</c>); empty to derive it from the data.</param>
/// <param name="ReleaseFilesRequired">The dataset must have its changelog and shipped-ids file (true for the repository's own data).</param>
internal sealed record ReleaseSettings(string VersionOverride, bool ReleaseFilesRequired)
{
    /// <summary>MSBuild property holding an explicit package version, which then is <c>Catalog.Version</c> as given.</summary>
    public const string VersionProperty = "build_property.DiplomacyDataVersion";

    /// <summary>MSBuild property: <c>true</c> when a missing changelog or shipped-ids file is an error.</summary>
    public const string RequiredProperty = "build_property.DiplomacyDataReleaseRequired";

    public static ReleaseSettings From(AnalyzerConfigOptions options) => new(
        options.TryGetValue(VersionProperty, out var version) && !string.IsNullOrWhiteSpace(version) ? version.Trim() : string.Empty,
        options.TryGetValue(RequiredProperty, out var required) && string.Equals(required?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase));
}
