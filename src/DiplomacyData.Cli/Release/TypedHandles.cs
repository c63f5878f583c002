using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace DiplomacyData.Cli.Release;

/// <summary>
/// The typed handles of the data compiled into the tool, read through the package itself: for each list of the
/// <see cref="Catalog"/> (<c>Catalog.People</c>), the class of the same name (<c>People</c>) and its static properties of
/// the record type, less the obsolete ones (the handles of retired ids, which are not this data's). What a release
/// records in <c>data/release/shipped-ids.tsv</c>.
/// </summary>
internal static class TypedHandles
{
    /// <summary>Each handle as (<c>People.SergeyLavrov</c>, <c>sergey-lavrov</c>), by class, then by id (ordinal).</summary>
    public static IReadOnlyList<(string Handle, string Id)> Of(Assembly package)
    {
        var handles = new List<(string Class, string Handle, string Id)>();
        var catalog = package.GetType(typeof(Catalog).FullName!) ?? throw new InvalidOperationException($"{package.GetName().Name} has no Catalog");
        foreach (var list in catalog.GetProperties(BindingFlags.Public | BindingFlags.Static))
        {
            if (RecordType(list.PropertyType) is not { } record
                || package.GetType(catalog.Namespace + "." + list.Name) is not { } handleClass
                || record.GetProperty("Id") is not { } id)
            {
                continue;
            }

            foreach (var handle in handleClass.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                if (handle.PropertyType == record && handle.GetCustomAttribute<ObsoleteAttribute>() is null)
                {
                    handles.Add((list.Name, handle.Name, (string)id.GetValue(handle.GetValue(null))!));
                }
            }
        }

        return handles
            .OrderBy(h => h.Class, StringComparer.Ordinal)
            .ThenBy(h => h.Id, StringComparer.Ordinal)
            .Select(h => (h.Class + "." + h.Handle, h.Id))
            .ToList();
    }

    /// <summary>The record type of an <c>IReadOnlyList&lt;T&gt;</c>, or null.</summary>
    private static Type? RecordType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
