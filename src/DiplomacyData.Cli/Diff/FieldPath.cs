using System.Collections.Generic;
using System.Text;

namespace DiplomacyData.Cli.Diff;

/// <summary>
/// The paths by which the diff names a value: a row's field (<c>participants[2].part</c>, 1-based positions) and
/// the specification's field it is a value of (<c>participants[].part</c>, the same for every item of the list).
/// </summary>
internal static class FieldPath
{
    /// <summary>The specification's field a value's path belongs to: every list position written <c>[]</c>.</summary>
    public static string Schema(string field)
    {
        if (field.IndexOf('[') < 0)
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            text.Append(field[i]);
            if (field[i] == '[')
            {
                while (i + 1 < field.Length && field[i + 1] != ']')
                {
                    i++;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The object a field of the specification is a key of: <c>""</c> for the record itself, <c>plover</c>, <c>participants[]</c>.</summary>
    public static string Parent(string schemaPath)
    {
        var dot = schemaPath.LastIndexOf('.');
        return dot < 0 ? string.Empty : schemaPath.Substring(0, dot);
    }

    /// <summary>The path itself and every field of the specification it lies inside (<c>location.city</c>: itself and <c>location</c>).</summary>
    public static IEnumerable<string> SelfAndAncestors(string schemaPath)
    {
        yield return schemaPath;
        for (var i = schemaPath.Length - 1; i > 0; i--)
        {
            if (schemaPath[i] is '.' or '[')
            {
                yield return schemaPath.Substring(0, i);
            }
        }
    }

    /// <summary>The list item a value lies in, innermost (<c>sources[1].evidence[3]</c> for <c>sources[1].evidence[3]</c>); null outside lists.</summary>
    public static string? Item(string field)
    {
        var end = field.LastIndexOf(']');
        return end < 0 ? null : field.Substring(0, end + 1);
    }

    /// <summary>Every list item the values of a row lie in, at every depth (<c>sources[1]</c> and <c>sources[1].evidence[3]</c>).</summary>
    public static HashSet<string> Items(IEnumerable<string> fields)
    {
        var items = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var field in fields)
        {
            for (var i = field.IndexOf(']'); i >= 0; i = field.IndexOf(']', i + 1))
            {
                items.Add(field.Substring(0, i + 1));
            }
        }

        return items;
    }
}
