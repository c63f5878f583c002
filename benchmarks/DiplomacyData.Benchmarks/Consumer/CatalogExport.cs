using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace DiplomacyData.Benchmarks.Consumer;

/// <summary>
/// Walks a loaded catalogue (the generated <c>DiplomacyData.Catalog</c> or a baseline's, which has the same entry
/// points) by reflection into a plain tree of dictionaries, lists, strings and booleans: the dataset document the
/// baselines embed. Keys are the camelCase constructor parameters of the records, as in the curated YAML; a record of
/// a top-level kind inside another is written as its id; null, false and empty lists are left out; dates are
/// yyyy-MM-dd, enums their C# names, URIs their original string. The same walk over a baseline gives the same tree
/// only if the baseline built the same records, which is how prepare-consumer checks them.
/// </summary>
public static class CatalogExport
{
    /// <summary>The catalogue's kinds, in the order a loader needs them (referenced kinds first).</summary>
    public static readonly string[] Kinds = ["Countries", "Organizations", "Topics", "CameoCodes", "People", "Sources", "Engagements"];

    /// <summary>The catalogue's lists (<c>Catalog.Countries</c> …) by kind, first access included.</summary>
    public static IReadOnlyDictionary<string, IEnumerable> Lists(Type catalog)
    {
        var lists = new Dictionary<string, IEnumerable>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            var property = catalog.GetProperty(kind, BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{catalog.AssemblyQualifiedName} has no {kind}");
            lists[kind] = (IEnumerable)property.GetValue(null)!;
        }

        return lists;
    }

    public static Dictionary<string, object?> Export(Type catalog)
    {
        var lists = Lists(catalog);
        var entityTypes = new HashSet<Type>(lists.Values.Select(list => list.GetType().GetInterfaces()
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)).GetGenericArguments()[0]));
        var walker = new Walker(entityTypes);
        var document = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            document[Camel(kind)] = lists[kind].Cast<object>().Select(walker.Record).ToList();
        }

        return document;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private sealed class Walker(HashSet<Type> entityTypes)
    {
        private readonly Dictionary<Type, (string Key, PropertyInfo Property)[]> _members = [];

        public Dictionary<string, object?> Record(object record)
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, property) in Members(record.GetType()))
            {
                var value = Value(property.GetValue(record));
                if (value is null or false or List<object?> { Count: 0 })
                {
                    continue;
                }

                result[key] = value;
            }

            return result;
        }

        private object? Value(object? value) => value switch
        {
            null => null,
            string text => text,
            bool flag => flag,
            DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Uri uri => uri.OriginalString,
            Enum member => member.ToString(),
            IEnumerable list => list.Cast<object?>().Select(Value).ToList(),
            _ when entityTypes.Contains(value.GetType()) => (string)value.GetType().GetProperty("Id")!.GetValue(value)!,
            _ => Record(value),
        };

        // The primary constructor's parameters, in order: the record's schema.
        private (string Key, PropertyInfo Property)[] Members(Type type)
        {
            if (!_members.TryGetValue(type, out var members))
            {
                var constructor = type.GetConstructors().MaxBy(c => c.GetParameters().Length)
                    ?? throw new InvalidOperationException($"{type} has no public constructor");
                members = constructor.GetParameters()
                    .Select(p => (Camel(p.Name!), type.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance)
                        ?? throw new InvalidOperationException($"{type} has no property {p.Name}")))
                    .ToArray();
                _members[type] = members;
            }

            return members;
        }
    }
}
