using System;
using System.IO;
using System.Linq;
using DiplomacyData.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Release;

/// <summary>
/// The build's settings and the data's release files: the changelog and the id lists of the last release, each
/// found by its name anywhere among the dataset's files (data/CHANGELOG.md, data/release/*.tsv).
/// </summary>
internal readonly record struct ReleaseFiles(
    IncrementalValueProvider<ReleaseSettings> Settings,
    IncrementalValueProvider<string?> HelpPage,
    IncrementalValueProvider<Changelog> Changelog,
    IncrementalValueProvider<IdList> ShippedIds,
    IncrementalValueProvider<IdList> RetiredIds)
{
    public static ReleaseFiles Wire(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<AdditionalText> texts)
    {
        var options = context.AnalyzerConfigOptionsProvider;

        // One pass over every file finds the few release files; each is then looked for among those alone.
        var releaseTexts = texts.Where(static text => IsReleaseFile(text.Path));
        return new(
            options
                .Select(static (options, _) => ReleaseSettings.From(options.GlobalOptions))
                .WithTrackingName(TrackingNames.Version),
            options
                .Select(static (options, _) => HelpLinks.PageUri(options.GlobalOptions.TryGetValue(HelpLinks.PageProperty, out var value) ? value : null))
                .WithTrackingName(TrackingNames.HelpPage),
            File(releaseTexts, Release.Changelog.FileName, static (path, text) => Release.Changelog.Read(path, text), Release.Changelog.None, TrackingNames.Changelog),
            File(releaseTexts, IdList.ShippedFileName, static (path, text) => IdList.Read(path, text, retired: false), IdList.None, TrackingNames.ShippedIds),
            File(releaseTexts, IdList.RetiredFileName, static (path, text) => IdList.Read(path, text, retired: true), IdList.None, TrackingNames.RetiredIds));
    }

    /// <summary>Whether the file is one of the release files, by its name.</summary>
    public static bool IsReleaseFile(string path) =>
        IsReleaseFile(path, Release.Changelog.FileName) || IsReleaseFile(path, IdList.ShippedFileName) || IsReleaseFile(path, IdList.RetiredFileName);

    public static bool IsReleaseFile(string path, string fileName) =>
        string.Equals(Path.GetFileName(path), fileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The one file of <paramref name="fileName"/> (the first by path, should there be several), read; <paramref name="none"/> when there is none.</summary>
    private static IncrementalValueProvider<T> File<T>(IncrementalValuesProvider<AdditionalText> texts, string fileName, Func<string, string?, T> read, T none, string trackingName)
        where T : class, IReleaseFile =>
        texts
            .Where(text => IsReleaseFile(text.Path, fileName))
            .Select((text, cancellationToken) => read(text.Path, text.GetText(cancellationToken)?.ToString()))
            .Collect()
            .Select((files, _) => files.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault() ?? none)
            .WithTrackingName(trackingName);
}

/// <summary>A release file as read: where it is (null when there is none).</summary>
internal interface IReleaseFile
{
    string? Path { get; }
}
