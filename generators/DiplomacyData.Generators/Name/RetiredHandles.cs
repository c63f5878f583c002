using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Release;
using DiplomacyData.Generators.Schema;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generators.Name;

/// <summary>A typed handle kept for code written against an earlier release: obsolete, returning its successor.</summary>
internal sealed record RetiredHandle(string HandleClass, string HandleName, string RetiredId, EntityKey Successor, string SuccessorHandleName);

/// <summary>
/// The Name stage's handles of earlier releases (data/release/retired-ids.tsv): each line names a handle no current
/// record has and the record that succeeds it, and becomes an obsolete alias of that record's handle. A line that
/// cannot is DD0505 (malformed) or DD0506 (the handle is in use, or the successor does not exist).
/// </summary>
/// <param name="Handles">The aliases Emit writes.</param>
/// <param name="Listed">Every handle the file lists well formed, as "Class.Name": retired, for the release check, even when its successor is wrong.</param>
internal sealed record RetiredHandles(EquatableArray<RetiredHandle> Handles, EquatableArray<string> Listed, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly RetiredHandles None = new(EquatableArray<RetiredHandle>.Empty, EquatableArray<string>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    public static RetiredHandles Of(HandleTable handles, IdList retired, DatasetSchema schema)
    {
        try
        {
            return OfUnguarded(handles, retired, schema);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "reading the retired ids", exception.GetType().Name + ": " + exception.Message);
            return None with { Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { failure }) };
        }
    }

    /// <summary>"'X' is not a class of typed handles; use one of: …", or null when <paramref name="handleClass"/> is one.</summary>
    public static string? UnknownClass(string handleClass, DatasetSchema schema) =>
        schema.Entities.Any(s => s.Entity!.HandleClass == handleClass)
            ? null
            : $"'{handleClass}' is not a class of typed handles; use one of: {string.Join(", ", schema.Entities.Select(s => s.Entity!.HandleClass).OrderBy(k => k, StringComparer.Ordinal))}";

    private static RetiredHandles OfUnguarded(HandleTable handles, IdList retired, DatasetSchema schema)
    {
        var diagnostics = new List<DiagnosticInfo>(retired.Diagnostics);
        var byId = new Dictionary<(string, string), HandleEntry>();
        var byHandle = new Dictionary<(string, string), HandleEntry>();
        foreach (var entry in handles.Entries)
        {
            if (schema.FindRecord(entry.Key.EntityMetadataName)?.Entity is { } info)
            {
                byId[(info.HandleClass, entry.Key.Id)] = entry;
                byHandle[(info.HandleClass, entry.HandleName)] = entry;
            }
        }

        var aliases = new List<RetiredHandle>();
        var listed = new List<string>();
        foreach (var entry in retired.Entries)
        {
            if ((UnknownClass(entry.HandleClass, schema) ?? InvalidName(entry)) is { } problem)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedIdList, entry.Location, IdList.RetiredFileName, problem));
                continue;
            }

            if (listed.Contains(entry.Handle))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedIdList, entry.Location, IdList.RetiredFileName, $"{entry.Handle} is listed twice; keep one line"));
                continue;
            }

            listed.Add(entry.Handle);
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
                aliases.Add(new RetiredHandle(entry.HandleClass, entry.HandleName, entry.Id, successor.Key, successor.HandleName));
            }
        }

        return new RetiredHandles(aliases.ToEquatableArray(), listed.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string? InvalidName(IdListEntry entry) =>
        SyntaxFacts.IsValidIdentifier(entry.HandleName) && SyntaxFacts.GetKeywordKind(entry.HandleName) == SyntaxKind.None
            ? null
            : $"'{entry.HandleName}' is not a valid C# identifier for a typed handle";
}
