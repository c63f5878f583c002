using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Validate;

/// <summary>The rules that read one record at a time, run per file, and how their findings rejoin the rest.</summary>
internal sealed partial class Validator
{
    /// <summary>The per-file Validate step: the rules on each record of one bound file, alone.</summary>
    public static FileValidation ValidateFile(BoundFile file, ArchiveIndex archives, DatasetSchema schema, CancellationToken cancellationToken) =>
        ValidateRecords(file.Path, file.Entities, archives, schema, cancellationToken);

    private static FileValidation ValidateRecords(string path, EquatableArray<BoundEntity> entities, ArchiveIndex archives, DatasetSchema schema, CancellationToken cancellationToken)
    {
        var validator = new Validator(archives, schema, cancellationToken);

        var found = new List<EntityFindings>();
        try
        {
            foreach (var entity in entities)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var id = validator.Collect(entity, () => validator.CheckId(entity));

                // A binding error in the file stays one once the files are merged: its content is not looked at.
                var content = entity.HasErrors ? Findings.None : validator.Collect(entity, () => validator.Visit(entity.Value, entity));
                var quotes = entity.HasErrors || entity.Key.EntityMetadataName != validator._links.Engagement.Type
                    ? Findings.None
                    : validator.Collect(entity, () => validator.CheckStatementQuotes(entity));
                if (!id.IsEmpty || !content.IsEmpty || !quotes.IsEmpty)
                {
                    found.Add(new EntityFindings(entity.Key, entity.Value.Location, id, content, quotes));
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(path, default), "validating " + System.IO.Path.GetFileName(path), exception.GetType().Name + ": " + exception.Message);
            return new FileValidation(path, found.ToEquatableArray(), new EquatableArray<DiagnosticInfo>(new[] { failure }));
        }

        return new FileValidation(path, found.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>What <paramref name="rules"/> report on <paramref name="entity"/>, taken out of the running lists.</summary>
    private Findings Collect(BoundEntity entity, Action rules)
    {
        _current = entity.Key;
        rules();
        var findings = _diagnostics.Count == 0 && _invalid.Count == 0
            ? Findings.None
            : new Findings(_diagnostics.ToEquatableArray(), _invalid.Count > 0);
        _diagnostics.Clear();
        _invalid.Clear();
        _current = null;
        return findings;
    }
}
