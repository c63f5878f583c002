using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generators.Pipeline;

/// <summary>
/// What the generator hands the compiler: every diagnostic (each with its help link) and the generated files. The
/// generator never throws here either: a diagnostic that cannot be built, or an emitter that fails, is DD9999, and
/// every other diagnostic and file still comes out.
/// </summary>
internal static class GeneratorOutputs
{
    /// <summary>The diagnostics <paramref name="diagnostics"/> finds in the step's one value.</summary>
    public static void Report<T>(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<T> step, IncrementalValueProvider<string?> helpPage, Func<T, IEnumerable<DiagnosticInfo>> diagnostics) =>
        context.RegisterSourceOutput(step.Combine(helpPage), (context, input) => Report(context, diagnostics(input.Left), input.Right));

    /// <summary>
    /// The diagnostics <paramref name="diagnostics"/> finds in the step's one value, those at a <see cref="ValuePlace"/>
    /// located in <paramref name="boundFiles"/> (<see cref="PlaceResolver"/>). The output runs again when a bound file
    /// changes, the step does not.
    /// </summary>
    public static void ReportLocated<T>(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<T> step, IncrementalValueProvider<ImmutableArray<BoundFile>> boundFiles, IncrementalValueProvider<string?> helpPage, Func<T, IEnumerable<DiagnosticInfo>> diagnostics) =>
        context.RegisterSourceOutput(step.Combine(boundFiles).Combine(helpPage), (context, input) => Report(context, PlaceResolver.Locate(diagnostics(input.Left.Left), input.Left.Right), input.Right));

    /// <summary>
    /// The diagnostics of every file of a per-file step, files in ordinal path order: reported from the collected
    /// files, not per file, since a per-file output is one more table of every file for the driver to walk on every
    /// run, for diagnostics that rarely exist.
    /// Only the files that have some are put in order: the output runs on every edit, and sorting every path of a
    /// large dataset cost more than the rest of it.
    /// </summary>
    public static void ReportFiles<T>(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ImmutableArray<T>> files, IncrementalValueProvider<string?> helpPage, Func<T, string> path, Func<T, EquatableArray<DiagnosticInfo>> diagnostics) =>
        Report(context, files, helpPage, files => files.Where(file => !diagnostics(file).IsEmpty).OrderBy(path, StringComparer.Ordinal).SelectMany(file => diagnostics(file)));

    /// <summary>The files and diagnostics <paramref name="emit"/> makes from the step's one value; an exception in it is DD9999.</summary>
    public static void AddFiles<T>(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<T> step, IncrementalValueProvider<string?> helpPage, Func<T, EmitOutput> emit) =>
        context.RegisterSourceOutput(step.Combine(helpPage), (context, input) => AddFiles(context, input.Right, () => emit(input.Left)));

    /// <summary>One file per chunk of records, with the chunk's own diagnostics.</summary>
    public static void AddChunkFiles(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<EmitChunk> chunks, IncrementalValueProvider<string?> helpPage) =>
        context.RegisterSourceOutput(chunks.Combine(helpPage), static (context, input) =>
        {
            var (chunk, page) = input;
            Report(context, chunk.Diagnostics, page);
            AddFiles(context, page, () => new EmitOutput(new[] { Emitter.EmitChunkFile(chunk) }.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty), "emitting C# of " + chunk.Kind.HandleClass);
        });

    private static void AddFiles(SourceProductionContext context, string? helpPage, Func<EmitOutput> emit, string doing = "emitting C#")
    {
        EmitOutput output;
        try
        {
            output = emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, doing, exception.GetType().Name + ": " + exception.Message).ToDiagnostic(helpPage));
            return;
        }

        Report(context, output.Diagnostics, helpPage);
        foreach (var file in output.Files)
        {
            context.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
        }
    }

    /// <summary>
    /// Reports each diagnostic on its own: a diagnostic that cannot be built (a location or message from input the code
    /// did not expect) becomes DD9999 naming it, while every other diagnostic, and the generated code, still comes out.
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
