using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Release;

/// <summary>
/// Ids are public API: every typed handle of the last release (<see cref="IdList.ShippedFileName"/>) must
/// still name the same record, or be recorded as retired with a successor (<see cref="IdList.RetiredFileName"/>,
/// read by the Name stage: <see cref="RetiredHandles"/>).
/// Checked against every record declared, bound or not: a record with an error, or in a file that could not
/// be read, is reported for that error, not also as removed.
/// </summary>
internal static class IdCheck
{
    /// <param name="declared">Every id declared, including those of records that failed to bind.</param>
    /// <param name="readFailed">Some file could not be read, so its ids are not known.</param>
    /// <returns>DD0501 for a missing list, DD0504 for each released handle gone, DD0505 for a malformed line.</returns>
    public static EquatableArray<DiagnosticInfo> Run(HandleTable handles, IdTable declared, bool readFailed, DatasetSchema schema, IdList shipped, RetiredHandles retired, ReleaseSettings settings)
    {
        try
        {
            return RunUnguarded(handles, declared, readFailed, schema, shipped, retired, settings);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "checking the released ids", exception.GetType().Name + ": " + exception.Message) });
        }
    }

    private static EquatableArray<DiagnosticInfo> RunUnguarded(HandleTable handles, IdTable declared, bool readFailed, DatasetSchema schema, IdList shipped, RetiredHandles retired, ReleaseSettings settings)
    {
        var diagnostics = new List<DiagnosticInfo>(shipped.Diagnostics);
        if (shipped.Path is null && settings.ReleaseFilesRequired)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReleaseFileMissing, null, IdList.ShippedFileName, "is missing; add it under release/ beside the YAML files, listing the typed handle and id of every record of the last release (see data/CURATING.md)"));
        }

        var classes = schema.Entities.ToDictionary(s => s.Entity!.HandleClass, StringComparer.Ordinal);
        var byId = new Dictionary<(string, string), HandleEntry>();
        var byHandle = new Dictionary<(string, string), HandleEntry>();
        foreach (var entity in handles.Entries)
        {
            if (schema.FindRecord(entity.Key.EntityMetadataName)?.Entity is { } info)
            {
                byId[(info.HandleClass, entity.Key.Id)] = entity;
                byHandle[(info.HandleClass, entity.HandleName)] = entity;
            }
        }

        var retiredHandles = new HashSet<string>(retired.Listed, StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var entry in shipped.Entries)
        {
            var problem = RetiredHandles.UnknownClass(entry.HandleClass, schema);
            if (problem is not null || !seen.Add((entry.HandleClass, entry.HandleName)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedIdList, entry.Location, IdList.ShippedFileName, problem ?? $"{entry.Handle} is listed twice; keep one line"));
                continue;
            }

            var kept = byHandle.TryGetValue((entry.HandleClass, entry.HandleName), out var current) && current.Key.Id == entry.Id;
            if (kept || retiredHandles.Contains(entry.Handle))
            {
                continue;
            }

            var key = new EntityKey(classes[entry.HandleClass].MetadataName, entry.Id);
            if (readFailed || (declared.Contains(key) && !byId.ContainsKey((entry.HandleClass, entry.Id))))
            {
                // Its record failed to bind, or may be in a file that could not be read: that error is reported.
                continue;
            }

            var now = byId.TryGetValue((entry.HandleClass, entry.Id), out var same)
                ? $"'{entry.Id}' is now {entry.HandleClass}.{same.HandleName}"
                : current is not null
                    ? $"{entry.Handle} now names '{current.Key.Id}'"
                    : $"no record has the id '{entry.Id}' any more";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ShippedIdRemoved, entry.Location, entry.Handle, entry.Id, now));
        }

        return diagnostics.ToEquatableArray();
    }
}
