using System;
using System.Globalization;
using System.Text;

namespace DiplomacyData.Decoding;

/// <summary>Reads one list item of the encoded dataset (the generated readers pass one per list member).</summary>
internal delegate T DatasetReadFunc<T>(ref DatasetReader reader);

/// <summary>
/// Reads the records that the generator encoded into each kind's <c>Data</c> and <c>Text</c> literals, in the
/// format that <see cref="DatasetFormat"/> specifies. The generated readers (<c>DatasetReaders.g.cs</c>) call it
/// member by member in constructor order.
/// </summary>
/// <remarks>
/// Input that the generator did not write is outside its contract: reading past the end throws
/// <see cref="IndexOutOfRangeException"/> (or <see cref="ArgumentOutOfRangeException"/> for text), and a number
/// that is not invariant text throws <see cref="FormatException"/>.
/// </remarks>
internal ref struct DatasetReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly ReadOnlySpan<byte> _text;
    private readonly string[] _strings;
    private int _position;
    private int _textPosition;

    /// <summary>Reads the table of repeated strings at the start of <paramref name="data"/>; the records follow.</summary>
    public DatasetReader(ReadOnlySpan<byte> data, ReadOnlySpan<byte> text)
    {
        _data = data;
        _text = text;
        _position = 0;
        _textPosition = 0;
        _strings = new string[Int()];
        for (var i = 0; i < _strings.Length; i++)
        {
            _strings[i] = StringContent(Int());
        }
    }

    /// <summary>Whether every character of <c>Data</c> has been read (the tests check that decoding ends where the data does).</summary>
    public readonly bool AtEnd => _position == _data.Length && _textPosition == _text.Length;

    /// <summary>An unsigned integer (0 to <see cref="int.MaxValue"/>): counts, indexes, day numbers.</summary>
    public int Int()
    {
        int result = 0, shift = 0;
        while (true)
        {
            var value = DatasetFormat.Value(_data[_position++]);
            result |= (value & DatasetFormat.GroupMask) << shift;
            if ((value & DatasetFormat.MoreGroups) == 0)
            {
                return result;
            }

            shift += DatasetFormat.GroupBits;
        }
    }

    /// <summary>A signed integer, zig-zag encoded: integers and enums' numeric values.</summary>
    public int SignedInt()
    {
        var zigZag = Int();
        return (int)((uint)zigZag >> 1) ^ -(zigZag & 1);
    }

    /// <summary>A boolean, 0 or 1.</summary>
    public bool Boolean() => Int() != 0;

    /// <summary>A date, as its <see cref="DateOnly.DayNumber"/>.</summary>
    public DateOnly Date() => DateOnly.FromDayNumber(Int());

    /// <summary>A number, as its canonical invariant text (exact, whatever the machine's culture).</summary>
    public double Number() => double.Parse(String(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>An absolute URI, as its text.</summary>
    public Uri Uri() => new(String(), UriKind.Absolute);

    /// <summary>What follows for a member with a default or a nullable type.</summary>
    public ValueTag Tag() => (ValueTag)Int();

    /// <summary>A string: from the table of repeated strings, or in place.</summary>
    public string String()
    {
        var reference = Int();
        return (reference & DatasetFormat.InPlace) == 0 ? _strings[reference >> 1] : StringContent(Int());
    }

    /// <summary>A list: its count, then each item read by <paramref name="read"/>; the shared empty array when there is none.</summary>
    public T[] List<T>(DatasetReadFunc<T> read)
    {
        var count = Int();
        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var items = new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read(ref this);
        }

        return items;
    }

    private string StringContent(int header)
    {
        var length = header >> 1;
        if ((header & DatasetFormat.Utf16) == 0)
        {
            var value = Encoding.UTF8.GetString(_text.Slice(_textPosition, length));
            _textPosition += length;
            return value;
        }

        var chars = new char[length];
        for (var c = 0; c < length; c++)
        {
            chars[c] = (char)Int();
        }

        return new string(chars);
    }
}
