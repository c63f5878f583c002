using System.Text;
using DiplomacyData.Decoding;

namespace DiplomacyData.Tests;

/// <summary>
/// The package's decoder on data written by hand from the format's specification (<see cref="DatasetFormat"/>),
/// independently of the generator's encoder (whose round trip is tested with the generator).
/// </summary>
public class DatasetReaderTests
{
    [Fact]
    public void Reads_each_kind_of_value_as_the_format_specifies()
    {
        // Table: one string, "ab" (UTF-8 length 2, shifted: 4). Then: the table's string (index 0 shifted: 0);
        // "xyz" in place (1, then its header 6); 44 as two groups (12 with the more-groups bit = 44 = ']',
        // then 1); -1 and 1 zig-zag (1, 2); a null tag (1); a list of two booleans (2, 1, 0).
        var data = "14" + "0" + "16" + "]1" + "1" + "2" + "1" + "210";
        var reader = new DatasetReader(Encoding.ASCII.GetBytes(data), Encoding.UTF8.GetBytes("abxyz"));

        reader.String().ShouldBe("ab");
        reader.String().ShouldBe("xyz");
        reader.Int().ShouldBe(44);
        reader.SignedInt().ShouldBe(-1);
        reader.SignedInt().ShouldBe(1);
        reader.Tag().ShouldBe(ValueTag.Null);
        reader.List(static (ref DatasetReader r) => r.Boolean()).ShouldBe([true, false]);
        reader.AtEnd.ShouldBeTrue();
    }

    [Fact]
    public void Reads_strings_by_their_utf8_length_and_unpaired_surrogates_as_code_units()
    {
        // "é" is two UTF-8 bytes (header 4); a lone high surrogate U+D800 is one UTF-16 code unit (header 3) whose
        // value 55,296 follows in four groups: 0, 0, 22, 1 (0 + 0·32 + 22·1024 + 1·32768).
        var data = "0" + "14" + "13" + "PP" + DatasetFormat.Digit(22 | DatasetFormat.MoreGroups) + "1";
        var reader = new DatasetReader(Encoding.ASCII.GetBytes(data), Encoding.UTF8.GetBytes("é"));

        reader.String().ShouldBe("é");
        reader.String().ShouldBe("\uD800");
        reader.AtEnd.ShouldBeTrue();
    }

    [Fact]
    public void Reads_dates_numbers_uris_and_empty_lists()
    {
        const string Address = "https://example.org/a";
        var data = new StringBuilder("0");
        AppendInt(data, new DateOnly(2024, 7, 16).DayNumber);
        data.Append('1');
        AppendInt(data, "-0.25".Length << 1);
        data.Append('1');
        AppendInt(data, Address.Length << 1);
        data.Append('0');
        var reader = new DatasetReader(Encoding.ASCII.GetBytes(data.ToString()), Encoding.UTF8.GetBytes("-0.25" + Address));

        reader.Date().ShouldBe(new DateOnly(2024, 7, 16));
        reader.Number().ShouldBe(-0.25);
        reader.Uri().ShouldBe(new Uri(Address));
        reader.List(static (ref DatasetReader r) => r.String()).ShouldBeSameAs(Array.Empty<string>());
        reader.AtEnd.ShouldBeTrue();
    }

    [Fact]
    public void Digits_are_printable_ascii_without_a_backslash_or_quote_and_read_back()
    {
        for (var value = 0; value < 2 * DatasetFormat.MoreGroups; value++)
        {
            var digit = DatasetFormat.Digit(value);
            digit.ShouldBeInRange('!', '~');
            digit.ShouldNotBe('\\');
            digit.ShouldNotBe('"');
            DatasetFormat.Value(digit).ShouldBe(value);
        }
    }

    [Fact]
    public void The_names_the_generated_code_uses_are_the_reader_s()
    {
        typeof(DatasetReader).FullName.ShouldBe(DatasetFormat.Namespace + "." + DatasetFormat.ReaderName);
        typeof(DatasetReadFunc<>).FullName.ShouldBe(DatasetFormat.Namespace + "." + DatasetFormat.ReadFuncName + "`1");
        typeof(ValueTag).Namespace.ShouldBe(DatasetFormat.Namespace);
    }

    private static void AppendInt(StringBuilder data, int value)
    {
        while (value > DatasetFormat.GroupMask)
        {
            data.Append(DatasetFormat.Digit((value & DatasetFormat.GroupMask) | DatasetFormat.MoreGroups));
            value >>= DatasetFormat.GroupBits;
        }

        data.Append(DatasetFormat.Digit(value));
    }
}
