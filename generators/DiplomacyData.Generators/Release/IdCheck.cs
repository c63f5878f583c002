using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Name;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generators.Release;

/// <summary>A typed handle kept for code written against an earlier release: obsolete, returning its successor.</summary>
internal sealed record RetiredHandle(string HandleClass, string HandleName, string RetiredId, EntityKey Successor, string SuccessorHandleName);

/// <summary>What the id check found: the retired handles to emit, and the problems.</summary>
internal sealed record IdCheckResult(EquatableArray<RetiredHandle> Retired, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Ids are public API: every typed handle of the last release (<see cref="IdList.ShippedFileName"/>) must
/// still name the same record, or be recorded as retired with a successor (<see cref="IdList.RetiredFileName"/>).
/// Checked against every record declared, bound or not: a record with an error, or in a file that could not
/// be read, is reported for that error, not also as removed.
/// </summary>
internal static class IdCheck
{
    /// <param name="declared">Every id declared, including those of records that failed to bind.</param>
    /// <param name="readFailed">Some file could not be read, so its ids are not known.</param>
    public static IdCheckResult Run(HandleTable handles, IdTable declared, bool readFailed, DatasetSchema schema, IdList shipped, IdList retired, ReleaseSettings settings)
    {
        try
        {
            return RunUnguarded(handles, declared, readFailed, schema, shipped, retired, settings);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "checking the released ids", exception.GetType().Name + ": " + exception.Message);
            return new IdCheckResult(EquatableArray<RetiredHandle>.Empty, new EquatableArray<DiagnosticInfo>(new[] { failure }));
        }
    }

    private static IdCheckResult RunUnguarded(HandleTable handles, IdTable declared, bool readFailed, DatasetSchema schema, IdList shipped, IdList retired, ReleaseSettings settings)
    {
        var diagnostics = new List<DiagnosticInfo>(shipped.Diagnostics.Concat(retired.Diagnostics));
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

        var kinds = string.Join(", ", classes.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var retiredHandles = new List<RetiredHandle>();
        var retiredByHandle = new Dictionary<(string, string), IdListEntry>();
        foreach (var entry in retired.Entries)
        {
            var problem = UnknownClass(entry, classes, kinds) ?? InvalidName(entry);
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedIdList, entry.Location, IdList.RetiredFileName, problem));
                continue;
            }

            if (retiredByHandle.ContainsKey((entry.HandleClass, entry.HandleName)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedIdList, entry.Location, IdList.RetiredFileName, $"{entry.Handle} is listed twice; keep one line"));
                continue;
            }

            retiredByHandle.Add((entry.HandleClass, entry.HandleName), entry);
            if (byHandle.TryGetValue((entry.HandleClass, entry.HandleName), out var current))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRetirement, entry.Location, entry.Handle, $"it is the typed handle of the current record '{current.Key.Id}'; a handle in use cannot be retired, so remove this line"));
            }
            else if (!byId.TryGetValue((entry.HandleClass, entry.Successor!), out var successor))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRetirement, entry.Location, entry.Handle, $"its successor '{entry.Successor}' is not the id of any record of {entry.HandleClass}; name a record that exists"));
            }
            else
            {
                retiredHandles.Add(new RetiredHandle(entry.HandleClass, entry.HandleName, entry.Id, successor.Key, successor.HandleName));
            }
        }

        var seen = new HashSet<(string, string)>();
        foreach (var entry in shipped.Entries)
        {
            var problem = UnknownClass(entry, classes, kinds);
            if (problem is not null || !seen.Add((entry.HandleClass, entry.HandleName)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedIdList, entry.Location, IdList.ShippedFileName, problem ?? $"{entry.Handle} is listed twice; keep one line"));
                continue;
            }

            var kept = byHandle.TryGetValue((entry.HandleClass, entry.HandleName), out var current) && current.Key.Id == entry.Id;
            if (kept || retiredByHandle.ContainsKey((entry.HandleClass, entry.HandleName)))
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

        return new IdCheckResult(retiredHandles.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string? UnknownClass(IdListEntry entry, Dictionary<string, RecordSchema> classes, string kinds) =>
        classes.ContainsKey(entry.HandleClass) ? null : $"'{entry.HandleClass}' is not a class of typed handles; use one of: {kinds}";

    private static string? InvalidName(IdListEntry entry) =>
        SyntaxFacts.IsValidIdentifier(entry.HandleName) && SyntaxFacts.GetKeywordKind(entry.HandleName) == SyntaxKind.None
            ? null
            : $"'{entry.HandleName}' is not a valid C# identifier for a typed handle";
}
