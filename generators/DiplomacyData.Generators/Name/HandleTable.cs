using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Emit;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Name;

/// <summary>
/// The Name stage: every record's typed handle (<see cref="FileHandles"/>), checked across files. A handle must be a
/// C# identifier of a length metadata holds that is not reserved in its class (<see cref="GeneratedNames"/>; DD0205)
/// and unique in it (DD0204); a record whose handle fails is not emitted. A kind with more records than one class can
/// hold handles for gets none (DD0209). What Emit names the properties by, and what the release check compares with
/// the last release.
/// </summary>
internal sealed class HandleTable : IEquatable<HandleTable>
{
    /// <summary>
    /// The most typed handles one kind gets. Each handle is a method (its getter), and the runtime refuses to load a
    /// type of more than 65,535 methods: a kind past this limit is served by its Catalog list and lookups only (DD0209
    /// says so), instead of a package that fails on first use.
    /// </summary>
    public const int MaxHandlesPerKind = 50_000;

    private readonly Dictionary<EntityKey, string> _names = new();

    private HandleTable(EquatableArray<HandleEntry> entries, EquatableArray<RecordSlot> rejected, EquatableArray<string> withoutHandles, EquatableArray<DiagnosticInfo> diagnostics)
    {
        Entries = entries;
        Rejected = rejected;
        WithoutHandles = withoutHandles;
        Diagnostics = diagnostics;
        foreach (var entry in entries)
        {
            // The record that is emitted for a key is one without errors; a repeated id is an error of its own.
            if (!entry.HasErrors || !_names.ContainsKey(entry.Key))
            {
                _names[entry.Key] = entry.HandleName;
            }
        }
    }

    /// <summary>Every record's handle, files in ordinal path order, records in document order.</summary>
    public EquatableArray<HandleEntry> Entries { get; }

    /// <summary>Each record whose handle failed: Prune drops them.</summary>
    public EquatableArray<RecordSlot> Rejected { get; }

    /// <summary>The kinds (metadata names) with more records than <see cref="MaxHandlesPerKind"/>: no typed handles for them.</summary>
    public EquatableArray<string> WithoutHandles { get; }

    /// <summary>DD0204 and DD0205 (at a <see cref="ValuePlace"/>, located as they are reported), in the order of <see cref="Entries"/>, then DD0209.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    /// <summary>Whether the records of <paramref name="entityMetadataName"/> get typed handles.</summary>
    public bool HasHandles(string entityMetadataName) => !WithoutHandles.Contains(entityMetadataName);

    /// <summary>The handle name of the record of <paramref name="key"/> that is emitted.</summary>
    public string NameOf(EntityKey key) => _names.TryGetValue(key, out var name) ? name : NameRules.HandleName(key.Id);

    /// <param name="maxHandlesPerKind">The limit, <see cref="MaxHandlesPerKind"/>; a test gives a small one.</param>
    public static HandleTable Build(ImmutableArray<FileHandles> files, DatasetSchema schema, int maxHandlesPerKind = MaxHandlesPerKind)
    {
        var entries = files.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.Entries).ToEquatableArray();
        var diagnostics = new List<DiagnosticInfo>();
        var rejected = new List<RecordSlot>();
        var taken = new Dictionary<(string, string), HandleEntry>();
        var withoutHandles = new List<string>();
        try
        {
            foreach (var entry in entries)
            {
                if (schema.FindRecord(entry.Key.EntityMetadataName) is not { Entity: { } info } record)
                {
                    continue;
                }

                var handleClass = info.HandleClass;
                if (Problem(entry.HandleName, handleClass) is { } problem)
                {
                    diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.InvalidHandleName, new ValuePlace(entry.Record, entry.NameMember), entry.NamedFrom, $"{MessageText.ToWords(record.Name)} '{entry.Key.Id}'", problem + "; change it"));
                    rejected.Add(entry.Record);
                    continue;
                }

                if (entry.HasErrors)
                {
                    continue;
                }

                if (taken.TryGetValue((handleClass, entry.HandleName), out var first))
                {
                    diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.HandleCollision, new ValuePlace(entry.Record, entry.NameMember), MessageText.ToWords(record.Name), first.Key.Id, entry.Key.Id, handleClass, entry.HandleName));
                    rejected.Add(entry.Record);
                    continue;
                }

                taken[(handleClass, entry.HandleName)] = entry;
            }

            // Counted before Prune drops the records that refer to one with an error: a kind near the limit may
            // then have a few handles fewer than it could, never one too many.
            foreach (var kind in taken.Values.GroupBy(e => e.Key.EntityMetadataName).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var count = kind.Count();
                if (count > maxHandlesPerKind && schema.FindRecord(kind.Key)?.Entity is { } info)
                {
                    withoutHandles.Add(kind.Key);
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TooManyHandles, null, info.HandleClass, MessageText.Invariant(count), MessageText.Invariant(maxHandlesPerKind)));
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "naming the typed handles", exception.GetType().Name + ": " + exception.Message));
        }

        return new HandleTable(entries, rejected.ToEquatableArray(), withoutHandles.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string? Problem(string handleName, string handleClass)
    {
        if (GeneratedNames.IdentifierProblem(handleName) is { } problem)
        {
            return problem;
        }

        return handleName == handleClass || GeneratedNames.IsKindClassMember(handleName) ? $"'{handleName}' is reserved in the class {handleClass}" : null;
    }

    public bool Equals(HandleTable? other) =>
        other is not null && Entries.Equals(other.Entries) && Rejected.Equals(other.Rejected) && WithoutHandles.Equals(other.WithoutHandles) && Diagnostics.Equals(other.Diagnostics);

    public override bool Equals(object? obj) => Equals(obj as HandleTable);

    public override int GetHashCode() => Entries.Count;
}
