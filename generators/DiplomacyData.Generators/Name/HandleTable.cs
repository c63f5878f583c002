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
/// and unique in it (DD0204); a record whose handle fails is
/// not emitted. What Emit names the properties by, and what the release check compares with the last release.
/// </summary>
internal sealed class HandleTable : IEquatable<HandleTable>
{
    private readonly Dictionary<EntityKey, string> _names = new();

    private HandleTable(EquatableArray<HandleEntry> entries, EquatableArray<LocationInfo> rejected, EquatableArray<DiagnosticInfo> diagnostics)
    {
        Entries = entries;
        Rejected = rejected;
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

    /// <summary>Where each record whose handle failed starts (<see cref="LocationInfo.StartOnly"/>): Prune drops them.</summary>
    public EquatableArray<LocationInfo> Rejected { get; }

    /// <summary>DD0204 and DD0205, in the order of <see cref="Entries"/>.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    /// <summary>The handle name of the record of <paramref name="key"/> that is emitted.</summary>
    public string NameOf(EntityKey key) => _names.TryGetValue(key, out var name) ? name : NameRules.HandleName(key.Id);

    /// <summary>All at once, from records already merged (for tools and benchmarks).</summary>
    public static HandleTable Of(EquatableArray<BoundEntity> entities, DatasetSchema schema) =>
        Build(ImmutableArray.Create(FileHandles.Of(new BoundFile("(all files)", entities, EquatableArray<EntityKey>.Empty, EquatableArray<DiagnosticInfo>.Empty, AllValuesRead: true), schema)), schema);

    public static HandleTable Build(ImmutableArray<FileHandles> files, DatasetSchema schema)
    {
        var entries = files.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.Entries).ToEquatableArray();
        var diagnostics = new List<DiagnosticInfo>();
        var rejected = new List<LocationInfo>();
        var taken = new Dictionary<(string, string), HandleEntry>();
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
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidHandleName, entry.NameLocation, entry.NamedFrom, $"{MessageText.ToWords(record.Name)} '{entry.Key.Id}'", problem + "; change it"));
                    rejected.Add(entry.Record);
                    continue;
                }

                if (entry.HasErrors)
                {
                    continue;
                }

                if (taken.TryGetValue((handleClass, entry.HandleName), out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HandleCollision, entry.NameLocation, MessageText.ToWords(record.Name), first.Key.Id, entry.Key.Id, handleClass, entry.HandleName));
                    rejected.Add(entry.Record);
                    continue;
                }

                taken[(handleClass, entry.HandleName)] = entry;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "naming the typed handles", exception.GetType().Name + ": " + exception.Message));
        }

        return new HandleTable(entries, rejected.ToEquatableArray(), diagnostics.ToEquatableArray());
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
        other is not null && Entries.Equals(other.Entries) && Rejected.Equals(other.Rejected) && Diagnostics.Equals(other.Diagnostics);

    public override bool Equals(object? obj) => Equals(obj as HandleTable);

    public override int GetHashCode() => Entries.Count;
}
