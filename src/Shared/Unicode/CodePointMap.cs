using System;
using System.Collections.Generic;

namespace DiplomacyData.Unicode;

/// <summary>
/// A property of code points as Unicode's files give it: sorted, disjoint ranges with a value each, and a value
/// for every code point no range lists (the file's <c>@missing</c> line). Looked up by binary search.
/// </summary>
internal sealed class CodePointMap<T>
{
    private readonly int[] _firsts;
    private readonly int[] _lasts;
    private readonly T[] _values;
    private readonly T _missing;

    private CodePointMap(List<(int First, int Last, T Value)> ranges, T missing)
    {
        ranges.Sort((a, b) => a.First.CompareTo(b.First));
        _firsts = new int[ranges.Count];
        _lasts = new int[ranges.Count];
        _values = new T[ranges.Count];
        for (var i = 0; i < ranges.Count; i++)
        {
            (_firsts[i], _lasts[i], _values[i]) = ranges[i];
        }

        _missing = missing;
    }

    /// <summary>The value of <paramref name="codePoint"/>: its range's, or the value for code points no range lists.</summary>
    public T this[int codePoint]
    {
        get
        {
            var found = Array.BinarySearch(_firsts, codePoint);
            var index = found >= 0 ? found : ~found - 1;
            return index >= 0 && codePoint <= _lasts[index] ? _values[index] : _missing;
        }
    }

    /// <summary>The first code point of the range that holds <paramref name="codePoint"/>; the code point itself when no range does.</summary>
    public int FirstOfRange(int codePoint)
    {
        var found = Array.BinarySearch(_firsts, codePoint);
        var index = found >= 0 ? found : ~found - 1;
        return index >= 0 && codePoint <= _lasts[index] ? _firsts[index] : codePoint;
    }

    /// <summary>
    /// The map of a file whose records are <c>range ; value</c> (the first two fields), with <paramref name="missing"/>
    /// for code points it does not list; <paramref name="select"/> turns a value into <typeparamref name="T"/> and
    /// may pass over a record (false), e.g. the properties of PropList.txt other than the one wanted.
    /// </summary>
    public static CodePointMap<T> Read(string fileName, T missing, Func<string, (bool Keep, T Value)> select)
    {
        var ranges = new List<(int, int, T)>();
        foreach (var fields in UnicodeDataFile.Records(fileName))
        {
            var (keep, value) = select(fields[1]);
            if (keep)
            {
                var (first, last) = UnicodeDataFile.Range(fields[0]);
                ranges.Add((first, last, value));
            }
        }

        return new CodePointMap<T>(ranges, missing);
    }
}
