using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Bind;

internal sealed partial class Binder
{
    /// <summary>
    /// Joins the files' bound records into the dataset, each kind in catalogue order. Cheap next to binding, so it
    /// reruns whenever a file does; the typed handles are named in a stage of their own (<see cref="Name.HandleTable"/>).
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

            var ordered = entities
                .OrderBy(e => e.Key.EntityMetadataName, StringComparer.Ordinal)
                .ThenBy(e => e.SortKey, StringComparer.Ordinal)
                .ToEquatableArray();
            return new BindResult(ordered, binder._diagnostics.ToEquatableArray(), EntityKey.InOrder(referencesFromBroken), ids, allValuesRead);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            binder._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "binding the dataset", exception.GetType().Name + ": " + exception.Message));
            return new BindResult(EquatableArray<BoundEntity>.Empty, binder._diagnostics.ToEquatableArray(), EquatableArray<EntityKey>.Empty, ids, AllValuesRead: false);
        }
    }
}
