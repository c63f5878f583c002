using System.Globalization;
using System.Text.Json.Nodes;
using static DiplomacyData.Cli.Tests.ExportEdits;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// <c>diplomacy diff</c> compares numbers by their value, as the content hash does: two spellings of the same double
/// (<c>37.61556</c>, <c>37.615560000000000001</c>) are no difference, and a different double is a change.
/// </summary>
public class DiffNumberValueTests
{
    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void Another_spelling_of_the_same_number_is_no_difference_and_another_number_is_a_change(string format)
    {
        using var temp = new TempDirectory();
        var (old, @new) = (temp.Combine("old"), temp.Combine("new"));
        ExportTo(old, format);
        ExportTo(@new, format);
        var (id, value) = SetLongitude(@new, format, spelling: null);
        var sameDouble = value.ToString("R", CultureInfo.InvariantCulture) + (value % 1 == 0 ? ".000000000000000000001" : "0000000000000000001");
        double.Parse(sameDouble, CultureInfo.InvariantCulture).ShouldBe(value);
        SetLongitude(@new, format, sameDouble);

        CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out.ShouldContain("No differences.");
        CliRun.Expect(ExitCodes.NotFound, "diff", old, @new, "--format", "changelog", "--old-version", "1.0.0").Error.ShouldContain("same data");

        var other = (value + 0.00001).ToString("R", CultureInfo.InvariantCulture);
        SetLongitude(@new, format, other);
        Row(CliRun.Expect(ExitCodes.Success, "diff", old, @new).Out, "changed", "places", id, "longitude").ShouldContain(other);
    }

    /// <summary>Writes <paramref name="spelling"/> as the longitude of the first place that has one (the value unchanged when null); returns the place and its exported value.</summary>
    private static (string Id, double Value) SetLongitude(string directory, string format, string? spelling)
    {
        if (format == "jsonl")
        {
            var places = Records(directory, "jsonl", "places.jsonl");
            var place = places.First(p => p["longitude"] is JsonValue);
            var value = (double)place["longitude"]!;
            if (spelling is not null)
            {
                // A decimal holds every digit of the spelling, and the JSON writer writes them all.
                place["longitude"] = JsonValue.Create(decimal.Parse(spelling, CultureInfo.InvariantCulture));
                WriteRecords(directory, "jsonl", "places.jsonl", places);
            }

            return ((string)place["id"]!, value);
        }

        var (header, rows) = Table(directory, "places");
        var row = rows.First(r => r[header.IndexOf("longitude")].Length > 0);
        var exported = double.Parse(row[header.IndexOf("longitude")], CultureInfo.InvariantCulture);
        if (spelling is not null)
        {
            row[header.IndexOf("longitude")] = spelling;
            WriteTable(directory, "places", header, rows);
        }

        return (row[header.IndexOf("id")], exported);
    }
}
