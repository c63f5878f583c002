using System;
using System.Collections;
using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A read-only window on a list: a date range of the catalogue without copying it.</summary>
internal sealed class ListSlice<T>(IReadOnlyList<T> list, int start, int count) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => (uint)index < (uint)count ? list[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return list[start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
