using System.Collections;
using System.Reflection;

namespace DiplomacyData.Generators.Tests;

/// <summary>Walks every object reachable from a value through its fields (private ones too), for checks on what pipeline outputs hold.</summary>
internal static class ObjectGraph
{
    /// <returns>The path of each object whose type matches, e.g. <c>BindResult.Entities[3].Value</c>.</returns>
    public static List<string> Find(object? root, Func<Type, bool> matches)
    {
        var found = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        if (root is not null)
        {
            pending.Push((root, root.GetType().Name));
        }

        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            var type = value.GetType();
            if (matches(type))
            {
                found.Add(path + " (" + type.Name + ")");
                continue;
            }

            if (type.IsPrimitive || type.IsEnum || value is string or decimal or Type or Delegate || (!type.IsValueType && !seen.Add(value)))
            {
                continue;
            }

            if (value is Array array)
            {
                var index = 0;
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        pending.Push((item, $"{path}[{index}]"));
                    }

                    index++;
                }

                continue;
            }

            for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
            {
                foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.GetValue(value) is { } child)
                    {
                        pending.Push((child, path + "." + field.Name));
                    }
                }
            }
        }

        return found;
    }
}
