using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Read;

/// <summary>
/// The Read stage: each dataset file parsed alone, each archived text read alone, so that a change to one file reads
/// that file again only.
/// </summary>
internal readonly record struct ReadStage(
    IncrementalValuesProvider<ParsedYamlFile> ParsedFiles,
    IncrementalValueProvider<ImmutableArray<ParsedYamlFile>> AllParsedFiles,
    IncrementalValuesProvider<ArchivedText> ArchivedTexts)
{
    public static ReadStage Wire(IncrementalValuesProvider<AdditionalText> texts)
    {
        var parsedFiles = texts
            .Where(static text => IsDatasetFile(text.Path))
            .Select(static (text, cancellationToken) => YamlFileReader.Read(text.Path, text.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.ParsedYaml);

        var archivedTexts = texts
            .Where(static text => IsArchivedText(text.Path))
            .Select(static (text, cancellationToken) => ArchivedText.From(text.Path, text.GetText(cancellationToken)))
            .WithTrackingName(TrackingNames.ArchivedTexts);

        return new ReadStage(parsedFiles, parsedFiles.Collect(), archivedTexts);
    }

    public static bool IsDatasetFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static bool IsArchivedText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
}
