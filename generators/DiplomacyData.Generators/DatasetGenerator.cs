using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Emit;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Release;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Generators.Validate;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generators;

/// <summary>
/// Compiles the YAML dataset into C#: Read (each YAML file alone) → Bind (each file against the schema read
/// from the model records and a table of every id) → Validate (domain rules, evidence against archived texts)
/// → Name (typed handles) → Prune (catalogue order, records fit to ship) → Emit, with the data's release (its
/// hash, changelog and released ids) checked beside Emit. Every stage works file by file where it can, and
/// across files from compact per-file facts, so that an edit of one value runs again in proportion to it.
/// Every bad input becomes a diagnostic at its YAML file, line and column.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    /// <summary>MSBuild property (made compiler-visible by the package project) holding an explicit <c>Catalog.Version</c>; see <see cref="ReleaseSettings"/>.</summary>
    public const string VersionProperty = ReleaseSettings.VersionProperty;

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsedFiles = context.AdditionalTextsProvider
            .Where(static text => IsDatasetFile(text.Path))
            .Select(static (text, cancellationToken) => YamlFileReader.Read(text.Path, text.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.ParsedYaml);

        var archivedTexts = context.AdditionalTextsProvider
            .Where(static text => IsArchivedText(text.Path))
            .Select(static (text, cancellationToken) => ArchivedText.From(text.Path, text.GetText(cancellationToken)))
            .WithTrackingName(TrackingNames.ArchivedTexts);

        var entityTypes = context.SyntaxProvider
            .ForAttributeWithMetadataName(SchemaReader.EntityAttribute, static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax, SchemaReader.ReadEntity)
            .WithTrackingName(TrackingNames.EntityTypes);

        var valueTypes = context.SyntaxProvider
            .ForAttributeWithMetadataName(SchemaReader.ValueAttribute, static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax, SchemaReader.ReadValue)
            .WithTrackingName(TrackingNames.ValueTypes);

        var schema = entityTypes.Collect()
            .Combine(valueTypes.Collect())
            .Select(static (types, _) => SchemaBuilder.Build(types.Left, types.Right))
            .WithTrackingName(TrackingNames.Schema);

        var releaseSettings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ReleaseSettings.From(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Version);

        var helpPage = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => HelpLinks.PageUri(options.GlobalOptions.TryGetValue(HelpLinks.PageProperty, out var value) ? value : null))
            .WithTrackingName(TrackingNames.HelpPage);

        // The data's release files: the changelog and the id lists of the last release (Release/).
        var changelog = context.AdditionalTextsProvider
            .Where(static text => IsReleaseFile(text.Path, Changelog.FileName))
            .Select(static (text, cancellationToken) => Changelog.Read(text.Path, text.GetText(cancellationToken)?.ToString()))
            .Collect()
            .Select(static (files, _) => files.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault() ?? Changelog.None)
            .WithTrackingName(TrackingNames.Changelog);

        var shippedIds = context.AdditionalTextsProvider
            .Where(static text => IsReleaseFile(text.Path, IdList.ShippedFileName))
            .Select(static (text, cancellationToken) => IdList.Read(text.Path, text.GetText(cancellationToken)?.ToString(), retired: false))
            .Collect()
            .Select(static (files, _) => files.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault() ?? IdList.None)
            .WithTrackingName(TrackingNames.ShippedIds);

        var retiredIds = context.AdditionalTextsProvider
            .Where(static text => IsReleaseFile(text.Path, IdList.RetiredFileName))
            .Select(static (text, cancellationToken) => IdList.Read(text.Path, text.GetText(cancellationToken)?.ToString(), retired: true))
            .Collect()
            .Select(static (files, _) => files.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault() ?? IdList.None)
            .WithTrackingName(TrackingNames.RetiredIds);

        // Binding goes file by file against a table of every id, so that editing one file rebinds that file
        // only, as long as the ids it declares stay the same. The bound files are never merged into one model: each
        // later stage reads them file by file, or through compact indexes built from per-file facts.
        var declaredIds = parsedFiles
            .Combine(schema)
            .Select(static (input, _) => DeclaredIds.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.DeclaredIds);

        var idTable = declaredIds.Collect()
            .Select(static (files, _) => IdTable.Build(files))
            .WithTrackingName(TrackingNames.IdTable);

        var boundFiles = parsedFiles
            .Combine(schema)
            .Combine(idTable)
            .Select(static (input, cancellationToken) => Binder.BindFile(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.BoundFiles);

        var allBoundFiles = boundFiles.Collect();

        var allParsedFiles = parsedFiles.Collect();

        // The rules on one record run file by file, like binding: an edit re-validates that file only.
        var archives = archivedTexts.Collect()
            .Select(static (texts, _) => ArchiveIndex.Build(texts))
            .WithTrackingName(TrackingNames.ArchiveIndex);
        var validatedFiles = boundFiles
            .Combine(archives)
            .Combine(schema)
            .Select(static (input, cancellationToken) =>
            {
                var ((file, texts), schema) = input;
                return Validator.ValidateFile(file, texts, schema, cancellationToken);
            })
            .WithTrackingName(TrackingNames.ValidatedFiles);

        // The rules across records also go file by file, against an index of the records that others refer to (every
        // kind but engagements), which an edit of an engagement leaves equal; what remains for the whole dataset works
        // from compact per-file facts, equal too unless dates, participants or references change.
        var referableRecords = boundFiles
            .Combine(schema)
            .Select(static (input, _) => ReferableRecords.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ReferableRecords);

        var referenceIndex = referableRecords.Collect()
            .Select(static (files, _) => ReferenceIndex.Build(files))
            .WithTrackingName(TrackingNames.ReferenceIndex);

        var crossCheckedFiles = boundFiles
            .Combine(referenceIndex)
            .Combine(schema)
            .Select(static (input, cancellationToken) => Validator.CheckFile(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.CrossCheckedFiles);

        var allValidatedFiles = validatedFiles.Collect();
        var allCrossCheckedFiles = crossCheckedFiles.Collect();
        var validated = referenceIndex
            .Combine(allCrossCheckedFiles)
            .Combine(idTable)
            .Combine(archives)
            .Combine(schema)
            .Select(static (input, cancellationToken) =>
            {
                var ((((index, files), ids), texts), schema) = input;
                return Validator.Validate(index, files, ids, texts, schema, cancellationToken);
            })
            .WithTrackingName(TrackingNames.Validated);

        var invalid = allValidatedFiles
            .Combine(allCrossCheckedFiles)
            .Combine(validated)
            .Select(static (input, _) => InvalidRecords.Of(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.InvalidRecords);

        // The typed handles are named file by file and checked together, apart from the records' values, so that an
        // edit that renames nothing leaves the table, and the release check that reads it, cached.
        var fileHandles = boundFiles
            .Combine(schema)
            .Select(static (input, _) => FileHandles.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.FileHandles);

        var handles = fileHandles.Collect()
            .Combine(schema)
            .Select(static (input, _) => HandleTable.Build(input.Left, input.Right))
            .WithTrackingName(TrackingNames.HandleTable);

        // Records with errors drop out, with whatever refers to them, before anything is emitted or hashed. What ships
        // and in which order is decided from values-free facts, file by file and then together, so that
        // an edit of a value leaves the order cached and the kept records are laid out by it in one pass.
        var fileOrders = boundFiles
            .Combine(schema)
            .Select(static (input, _) => FileOrder.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.FileOrders);

        var catalogOrder = fileOrders.Collect()
            .Combine(invalid)
            .Combine(handles)
            .Select(static (input, _) => CatalogOrder.Build(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.CatalogOrder);

        var kept = allBoundFiles
            .Combine(catalogOrder)
            .Select(static (input, _) => KeptRecords.Of(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Kept);

        // Emit in two parts: what holds no record values (changes only with the ids), and the records in chunks,
        // each its own item, so that an edit of one value encodes and emits one chunk again.
        var emitIndex = catalogOrder
            .Combine(handles)
            .Combine(schema)
            .Select(static (input, _) => EmitIndex.Create(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.EmitIndex);

        var chunkPlan = catalogOrder
            .Combine(handles)
            .Combine(schema)
            .Select(static (input, _) => ChunkPlan.Of(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.ChunkPlan);

        var emitChunks = kept
            .Combine(chunkPlan)
            .Combine(schema)
            .SelectMany(static (input, _) => ChunkInput.Split(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.ChunkInputs)
            .Select(static (input, _) => EmitChunk.Encode(input))
            .WithTrackingName(TrackingNames.EmitChunks);

        // Each record digested in its file's own step, so that an edit digests one file again; the hash joins them.
        var recordDigests = boundFiles
            .Combine(schema)
            .Select(static (input, cancellationToken) => RecordDigests.Of(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.RecordDigests);

        var contentHash = kept
            .Combine(catalogOrder)
            .Combine(recordDigests.Collect())
            .Combine(schema)
            .Select(static (input, cancellationToken) =>
            {
                var (((kept, order), digests), schema) = input;
                return ContentHash.Of(kept, order, digests, schema, cancellationToken);
            })
            .WithTrackingName(TrackingNames.ContentHash);

        var release = contentHash
            .Combine(changelog)
            .Combine(releaseSettings)
            .Select(static (input, _) => ReleaseInfo.Create(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Release);

        // Against every id declared, bound or not: a record dropped for an error is not a removed id.
        var readFailed = allParsedFiles
            .Select(static (files, _) => files.Any(file => file.Diagnostics.Any(d => d.IsError)));
        var retiredHandles = handles
            .Combine(retiredIds)
            .Combine(schema)
            .Select(static (input, _) => RetiredHandles.Of(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.RetiredHandles);

        var idCheck = handles
            .Combine(idTable.Combine(readFailed))
            .Combine(schema)
            .Combine(shippedIds.Combine(retiredHandles))
            .Combine(releaseSettings)
            .Select(static (input, _) =>
            {
                var ((((handles, (declared, readFailed)), schema), (shipped, retired)), settings) = input;
                return IdCheck.Run(handles, declared, readFailed, schema, shipped, retired, settings);
            })
            .WithTrackingName(TrackingNames.IdCheck);

        // Per-file problems are reported from the collected files, not per file: a per-file output is one more
        // table of 20,000 entries for the driver to walk on every re-run, for diagnostics that rarely exist.
        ReportFiles(context, allParsedFiles, helpPage, static file => file.Path, static file => file.Diagnostics);
        ReportFiles(context, allBoundFiles, helpPage, static file => file.Path, static file => file.Diagnostics);
        ReportFiles(context, allValidatedFiles, helpPage, static file => file.Path, static file => file.Diagnostics);
        ReportFiles(context, allCrossCheckedFiles, helpPage, static file => file.Path, static file => file.Diagnostics);
        context.RegisterSourceOutput(schema.Combine(helpPage), static (context, input) => Report(context, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(handles.Combine(helpPage), static (context, input) => Report(context, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(validated.Combine(helpPage), static (context, input) => Report(context, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(release.Combine(helpPage), static (context, input) => Report(context, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(retiredHandles.Combine(helpPage), static (context, input) => Report(context, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(idCheck.Combine(helpPage), static (context, input) => Report(context, input.Left, input.Right));

        // What changes with the release (the content hash, so every edit of a value) is emitted apart and small; the
        // kinds' classes and the handle list change only with the ids and handles.
        context.RegisterSourceOutput(emitIndex.Combine(release).Combine(helpPage), static (context, input) =>
            AddFiles(context, input.Right, () => Emitter.EmitReleaseFiles(input.Left.Left, input.Left.Right)));
        context.RegisterSourceOutput(emitIndex.Combine(retiredHandles).Combine(helpPage), static (context, input) =>
            AddFiles(context, input.Right, () => Emitter.EmitIndexFiles(input.Left.Left, input.Left.Right.Handles)));
        context.RegisterSourceOutput(emitChunks.Combine(helpPage), static (context, input) =>
        {
            var (chunk, page) = input;
            Report(context, chunk.Diagnostics, page);
            GeneratedFile file;
            try
            {
                file = Emitter.EmitChunkFile(chunk);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "emitting C# of " + chunk.Kind.HandleClass, exception.GetType().Name + ": " + exception.Message).ToDiagnostic(page));
                return;
            }

            context.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
        });
    }

    /// <summary>Reports the diagnostics of every collected file, files in ordinal path order.</summary>
    private static void ReportFiles<T>(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ImmutableArray<T>> files, IncrementalValueProvider<string?> helpPage, Func<T, string> path, Func<T, IEnumerable<DiagnosticInfo>> diagnostics) =>
        context.RegisterSourceOutput(files.Combine(helpPage), (context, input) =>
        {
            foreach (var file in input.Left.OrderBy(path, StringComparer.Ordinal))
            {
                Report(context, diagnostics(file), input.Right);
            }
        });

    /// <summary>Adds the files <paramref name="emit"/> writes; an exception in it is DD9999, never a crash.</summary>
    private static void AddFiles(SourceProductionContext context, string? helpPage, Func<EmitOutput> emit)
    {
        EmitOutput output;
        try
        {
            output = emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "emitting C#", exception.GetType().Name + ": " + exception.Message).ToDiagnostic(helpPage));
            return;
        }

        Report(context, output.Diagnostics, helpPage);
        foreach (var file in output.Files)
        {
            context.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
        }
    }

    internal static bool IsDatasetFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>A release file is found by its name anywhere among the dataset's files (data/CHANGELOG.md, data/release/*.tsv).</summary>
    internal static bool IsReleaseFile(string path, string fileName) =>
        string.Equals(Path.GetFileName(path), fileName, StringComparison.OrdinalIgnoreCase);

    internal static bool IsArchivedText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reports each diagnostic on its own: reporting is part of the generator, and a diagnostic that cannot be
    /// built (a location or message from input the code did not expect) becomes DD9999 naming it, while every
    /// other diagnostic, and the generated code, still comes out.
    /// </summary>
    private static void Report(SourceProductionContext context, IEnumerable<DiagnosticInfo> diagnostics, string? helpPage)
    {
        foreach (var diagnostic in diagnostics)
        {
            Diagnostic built;
            try
            {
                built = diagnostic.ToDiagnostic(helpPage);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                built = DiagnosticInfo.Create(
                    DiagnosticDescriptors.InternalError,
                    null,
                    "reporting " + diagnostic.DescriptorId + (diagnostic.Location is { } at ? " in " + at.FilePath : string.Empty),
                    exception.GetType().Name + ": " + exception.Message).ToDiagnostic(helpPage);
            }

            context.ReportDiagnostic(built);
        }
    }
}
