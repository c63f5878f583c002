using System.Globalization;
using System.Text;
using DiplomacyData.Decoding;
using DiplomacyData.Generators.Emit;

namespace DiplomacyData.Generators.Tests;

/// <summary>
/// The generator's encoder (<see cref="DatasetWriter"/>) and the package's decoder (<see cref="DatasetReader"/>,
/// compiled here from src/DiplomacyData) follow the one format: every value written is read back as it was,
/// and decoding ends where the data does.
/// </summary>
public class DatasetFormatRoundTripTests
{
    private static readonly int[] s_unsigned = [0, 1, 31, 32, 33, 1023, 1024, 32767, 32768, 1 << 20, int.MaxValue - 1, int.MaxValue];

    private static readonly int[] s_signed = [0, 1, -1, 15, -16, 16, -17, 1000, -1000, int.MaxValue, int.MinValue, int.MinValue + 1];

    private static readonly string[] s_strings =
    [
        string.Empty, "a", "Lavrov", "\u0639\u0628\u0627\u0633 \u0639\u0631\u0627\u0642\u0686\u06CC", "\u0421\u0435\u0440\u0433\u0435\u0439",
        "\U0001F600 e\u0301", "quote \" backslash \\ nul \0 line\nbreak", "\uD800", "a\uDFFFb", "\uDBFF\uDC00 pair then lone \uDC00",
    ];

    [Fact]
    public void Integers_round_trip_at_every_group_boundary()
    {
        var writer = new DatasetWriter([]);
        foreach (var value in s_unsigned)
        {
            writer.Int(value);
        }

        foreach (var value in s_signed)
        {
            writer.SignedInt(value);
        }

        var reader = Read(writer);
        foreach (var value in s_unsigned)
        {
            reader.Int().ShouldBe(value);
        }

        foreach (var value in s_signed)
        {
            reader.SignedInt().ShouldBe(value);
        }

        reader.AtEnd.ShouldBeTrue();
    }

    [Fact]
    public void Strings_round_trip_from_the_table_and_in_place_whatever_they_hold()
    {
        // Every other string is in the table; each is written twice, so table entries are read twice.
        var repeated = s_strings.Where((_, i) => i % 2 == 0).ToList();
        var writer = new DatasetWriter(repeated);
        foreach (var value in s_strings.Concat(s_strings))
        {
            writer.String(value);
        }

        var reader = Read(writer);
        foreach (var value in s_strings.Concat(s_strings))
        {
            reader.String().ShouldBe(value);
        }

        reader.AtEnd.ShouldBeTrue();
    }

    [Fact]
    public void Dates_numbers_uris_booleans_tags_and_lists_round_trip()
    {
        DateOnly[] dates = [DateOnly.MinValue, new DateOnly(1979, 2, 11), new DateOnly(2024, 7, 16), DateOnly.MaxValue];
        string[] numbers = ["0", "-0.5", "35.6892", "1E+300", "-1.7976931348623157E+308"];
        var writer = new DatasetWriter(["35.6892"]);
        foreach (var date in dates)
        {
            writer.Date(date.DayNumber);
        }

        foreach (var number in numbers)
        {
            writer.Number(number);
        }

        writer.Uri("https://example.org/path?q=1#f");
        writer.Boolean(true);
        writer.Boolean(false);
        foreach (var tag in Enum.GetValues<ValueTag>())
        {
            writer.Tag(tag);
        }

        writer.Count(0);
        writer.Count(3);
        writer.String("x");
        writer.String("y");
        writer.String("x");

        var reader = Read(writer);
        foreach (var date in dates)
        {
            reader.Date().ShouldBe(date);
        }

        foreach (var number in numbers)
        {
            reader.Number().ShouldBe(double.Parse(number, CultureInfo.InvariantCulture));
        }

        reader.Uri().ShouldBe(new Uri("https://example.org/path?q=1#f"));
        reader.Boolean().ShouldBeTrue();
        reader.Boolean().ShouldBeFalse();
        foreach (var tag in Enum.GetValues<ValueTag>())
        {
            reader.Tag().ShouldBe(tag);
        }

        reader.List(static (ref DatasetReader r) => r.String()).ShouldBeEmpty();
        reader.List(static (ref DatasetReader r) => r.String()).ShouldBe(["x", "y", "x"]);
        reader.AtEnd.ShouldBeTrue();
    }

    [Fact]
    public void Data_is_printable_ascii_a_csharp_literal_holds_without_escapes()
    {
        var writer = new DatasetWriter(s_strings);
        foreach (var value in s_unsigned)
        {
            writer.Int(value);
        }

        foreach (var value in s_strings)
        {
            writer.String(value + "!");
        }

        var (data, _) = writer.Finish();
        data.ShouldAllBe(c => c >= '!' && c <= '~' && c != '\\' && c != '"');
    }

    private static DatasetReader Read(DatasetWriter writer)
    {
        var (data, text) = writer.Finish();
        return new DatasetReader(Encoding.ASCII.GetBytes(data), Encoding.UTF8.GetBytes(text));
    }
}
