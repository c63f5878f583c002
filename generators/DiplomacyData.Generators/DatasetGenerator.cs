using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Emit;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Prune;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Release;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Generators.Validate;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators;

/// <summary>
/// Compiles the YAML dataset into C#: Read (each YAML file alone) → Bind (each file against the schema read from the
/// model records and a table of every id) → Validate (domain rules, evidence against archived texts) → Name (typed
/// handles) → Prune (catalogue order, records fit to ship) → Emit, with the data's release (its hash, changelog and
/// released ids) beside Emit. Each stage wires its own steps (its folder's <c>*Stage.Wire</c>), file by file where it
/// can and across files from compact per-file facts, so that an edit of one value runs again in proportion to it.
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
        // One input node for every step that reads the files: each read of context.AdditionalTextsProvider is a node
        // of its own, which walks every file on every run.
        var texts = context.AdditionalTextsProvider;
        var files = ReleaseFiles.Wire(context, texts);
        var read = ReadStage.Wire(texts);
        var schema = SchemaStage.Wire(context);
        var bind = BindStage.Wire(read, schema);
        var validate = ValidateStage.Wire(read, bind, schema);
        var name = NameStage.Wire(bind, files, schema);
        var prune = PruneStage.Wire(bind, validate, name, schema);
        var emit = EmitStage.Wire(prune, name, schema);
        var release = ReleaseStage.Wire(read, bind, name, prune, files, schema);

        // Every problem, at its file, line and column: the per-file steps' from their collected files, then the rest; what
        // the whole-dataset steps found in position-free facts is located in the bound files as it is reported.
        var help = files.HelpPage;
        GeneratorOutputs.ReportFiles(context, read.AllParsedFiles, help, static file => file.Path, static file => file.Diagnostics);
        GeneratorOutputs.ReportFiles(context, bind.AllBoundFiles, help, static file => file.Path, static file => file.Diagnostics);
        GeneratorOutputs.ReportFiles(context, validate.ValidatedFiles, help, static file => file.Path, static file => file.Diagnostics);
        GeneratorOutputs.ReportFiles(context, validate.CrossCheckedFiles, help, static file => file.Path, static file => file.Diagnostics);
        GeneratorOutputs.Report(context, schema, help, static schema => schema.Diagnostics);
        GeneratorOutputs.ReportLocated(context, validate.Validated, bind.AllBoundFiles, help, static validated => validated.Diagnostics);
        GeneratorOutputs.ReportLocated(context, name.Handles, bind.AllBoundFiles, help, static handles => handles.Diagnostics);
        GeneratorOutputs.Report(context, name.Retired, help, static retired => retired.Diagnostics);
        GeneratorOutputs.Report(context, release.Release, help, static release => release.Diagnostics);
        GeneratorOutputs.Report(context, release.IdCheck, help, static diagnostics => diagnostics);

        // The C#: what changes with the release (the content hash, so every edit of a value) apart and small; the kinds'
        // classes and the handle list, which change only with the ids and handles; and the records, chunk by chunk.
        GeneratorOutputs.AddFiles(context, emit.Index.Combine(release.Release), help, static input => Emitter.EmitReleaseFiles(input.Left, input.Right));
        GeneratorOutputs.AddFiles(context, emit.Index.Combine(name.Retired), help, static input => Emitter.EmitIndexFiles(input.Left, input.Right.Handles));
        GeneratorOutputs.AddChunkFiles(context, emit.Chunks, help);
    }
}
