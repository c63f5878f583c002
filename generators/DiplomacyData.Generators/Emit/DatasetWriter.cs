using System.Collections.Generic;
using System.Text;
using DiplomacyData.Decoding;

namespace DiplomacyData.Generators.Emit;

/// <summary>
/// Writes values in the format of <see cref="DatasetFormat"/>, one call per value in the order the package's
/// <c>DatasetReader</c> reads them back with the method of the same name.
/// </summary>
internal sealed class DatasetWriter
{
    private readonly StringBuilder _data = new();
    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, int> _table = new(System.StringComparer.Ordinal);

    /// <param name="repeated">The strings to keep in the table (those used more than once), in table order.</param>
    public DatasetWriter(IReadOnlyCollection<string> repeated)
    {
        Int(repeated.Count);
        foreach (var value in repeated)
        {
            _table.Add(value, _table.Count);
            StringContent(value);
        }
    }

    /// <summary>An unsigned integer; negative values are written as their unsigned 32-bit pattern.</summary>
    public void Int(int value)
    {
        var remaining = unchecked((uint)value);
        while (remaining > DatasetFormat.GroupMask)
        {
            _data.Append(DatasetFormat.Digit((int)(remaining & DatasetFormat.GroupMask) | DatasetFormat.MoreGroups));
            remaining >>= DatasetFormat.GroupBits;
        }

        _data.Append(DatasetFormat.Digit((int)remaining));
    }

    public void SignedInt(int value) => Int((value << 1) ^ (value >> 31));

    public void Boolean(bool value) => Int(value ? 1 : 0);

    /// <param name="dayNumber">Days since 0001-01-01, as <c>DateOnly.DayNumber</c>.</param>
    public void Date(int dayNumber) => Int(dayNumber);

    /// <param name="canonicalText">The number's canonical invariant text (Bind's DecimalText).</param>
    public void Number(string canonicalText) => String(canonicalText);

    public void Uri(string text) => String(text);

    public void Tag(ValueTag tag) => Int((int)tag);

    public void String(string value)
    {
        if (_table.TryGetValue(value, out var index))
        {
            Int(index << 1);
            return;
        }

        Int(DatasetFormat.InPlace);
        StringContent(value);
    }

    /// <summary>A list's count; its items follow, each written by the caller.</summary>
    public void Count(int count) => Int(count);

    /// <summary>The contents of the Data and Text literals, not yet escaped as C#.</summary>
    public (string Data, string Text) Finish() => (_data.ToString(), _text.ToString());

    private void StringContent(string value)
    {
        if (HasUnpairedSurrogate(value))
        {
            Int((value.Length << 1) | DatasetFormat.Utf16);
            foreach (var c in value)
            {
                Int(c);
            }
        }
        else
        {
            Int(Encoding.UTF8.GetByteCount(value) << 1);
            _text.Append(value);
        }
    }

    private static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
