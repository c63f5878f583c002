using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generators.Bind;

internal sealed partial class Binder
{
    private static readonly HashSet<string> s_reservedHandleNames = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// Joins the files' bound records into the dataset: names the typed handles (which must be unique across
    /// files) and orders each kind for the catalogue. Cheap next to binding, so it reruns whenever a file does.
    /// </summary>
    public static BindResult Merge(ImmutableArray<BoundFile> files, DatasetSchema schema, IdTable ids, CancellationToken cancellationToken)
    {
        var binder = new Binder(schema, ids, cancellationToken);
        try
        {
            var entities = new List<BoundEntity>();
            var referencesFromBroken = new HashSet<EntityKey>();
            var allValuesRead = true;
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                binder._diagnostics.AddRange(file.Diagnostics);
                entities.AddRange(file.Entities);
                referencesFromBroken.UnionWith(file.ReferencesFromBrokenRecords);
                allValuesRead &= file.AllValuesRead;
            }

            var ordered = binder.CheckHandleNames(entities)
                .OrderBy(e => e.Key.EntityMetadataName, StringComparer.Ordinal)
                .ThenBy(e => e.SortKey, StringComparer.Ordinal)
                .ToEquatableArray();
            return new BindResult(ordered, binder._diagnostics.ToEquatableArray(), InKeyOrder(referencesFromBroken), ids, allValuesRead);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            binder._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "binding the dataset", exception.GetType().Name + ": " + exception.Message));
            return new BindResult(EquatableArray<BoundEntity>.Empty, binder._diagnostics.ToEquatableArray(), EquatableArray<EntityKey>.Empty, ids, AllValuesRead: false);
        }
    }

    private List<BoundEntity> CheckHandleNames(List<BoundEntity> entities)
    {
        var result = new List<BoundEntity>(entities.Count);
        var taken = new Dictionary<(string, string), BoundEntity>();
        foreach (var entity in entities)
        {
            var schema = _schema.FindRecord(entity.Key.EntityMetadataName)!;
            var handleClass = schema.Entity!.HandleClass;
            var location = entity.Value[schema.Entity.HandleNameFrom]?.Location ?? entity.Value.Location;
            string? problem = null;
            if (entity.HandleName.Length == 0)
            {
                problem = "it has no letters or digits";
            }
            else if (!SyntaxFacts.IsValidIdentifier(entity.HandleName) || SyntaxFacts.GetKeywordKind(entity.HandleName) != SyntaxKind.None)
            {
                problem = $"'{entity.HandleName}' is not a valid C# identifier";
            }
            else if (entity.HandleName == handleClass || s_reservedHandleNames.Contains(entity.HandleName))
            {
                problem = $"'{entity.HandleName}' is reserved in the class {handleClass}";
            }

            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidHandleName, location, entity.Value.Text(schema.Entity.HandleNameFrom) ?? entity.Key.Id, $"{MessageText.ToWords(schema.Name)} '{entity.Key.Id}'", problem + "; change it");
                result.Add(entity with { HasErrors = true });
                continue;
            }

            if (!entity.HasErrors && taken.TryGetValue((handleClass, entity.HandleName), out var first))
            {
                Report(DiagnosticDescriptors.HandleCollision, location, MessageText.ToWords(schema.Name), first.Key.Id, entity.Key.Id, handleClass, entity.HandleName);
                result.Add(entity with { HasErrors = true });
                continue;
            }

            if (!entity.HasErrors)
            {
                taken[(handleClass, entity.HandleName)] = entity;
            }

            result.Add(entity);
        }

        return result;
    }

}
