using System.Reflection;
using System.Text.RegularExpressions;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// The model records are the schema: every member of a record reaches the export specification. A member
/// added to a record (a Wikidata id, coordinates …) fails here until <see cref="ExportTables"/> has its column,
/// which is then the one edit that brings it to CSV, Parquet, the Data Package and docs/exports.md. Columns are
/// expected by convention: a value is <c>snake_case</c> of its name, a reference to a record with an id is
/// <c>NAME_id</c>, a nested value record's members are <c>NAME_MEMBER</c>, a list has a table of its own.
/// </summary>
public partial class ModelCoverageTests
{
    /// <summary>The table that holds each record's rows.</summary>
    private static readonly Dictionary<Type, string> Tables = new()
    {
        [typeof(Country)] = "countries",
        [typeof(Organization)] = "organizations",
        [typeof(Place)] = "places",
        [typeof(Topic)] = "topics",
        [typeof(Source)] = "sources",
        [typeof(CameoCode)] = "cameo_codes",
        [typeof(Person)] = "people",
        [typeof(Role)] = "person_roles",
        [typeof(Engagement)] = "engagements",
        [typeof(Participant)] = "engagement_participants",
        [typeof(Statement)] = "engagement_statements",
        [typeof(Citation)] = "engagement_sources",
    };

    /// <summary>The members whose column departs from the convention, each for a reason given here once.</summary>
    private static readonly Dictionary<string, string> Renamed = new()
    {
        // FROM and TO are SQL keywords: a column named so must be quoted in every query.
        ["Role.From"] = "from_date",
        ["Role.To"] = "to_date",
        // The name's parts read as people say them.
        ["PersonName.Given"] = "given_name",
        ["PersonName.Family"] = "family_name",
        ["PersonName.Native"] = "native_name",
        // The code's PLOVER event type, beside plover_mode.
        ["CameoCode.Plover"] = "plover_event",
        // GeoNames writes its name as one word (PLOVER's field is geonameid).
        ["Place.GeoNamesId"] = "geonames_id",
    };

    [Fact]
    public void Every_member_of_every_record_has_its_column()
    {
        var missing = new List<string>();
        foreach (var (type, tableName) in Tables)
        {
            var table = ExportTables.Named(tableName);
            var columns = table.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var (member, column) in Expected(type, prefix: ""))
            {
                if (column.StartsWith("table:", StringComparison.Ordinal))
                {
                    // Child tables are named for the owner and the list: person_aliases, engagement_plover_contexts.
                    if (!ExportTables.All.Any(t => t.Name.Contains(column[6..], StringComparison.Ordinal)))
                    {
                        missing.Add($"{member}: no table for the list '{column[6..]}'");
                    }
                }
                else if (!columns.Contains(column))
                {
                    missing.Add($"{member}: no column '{column}' in '{tableName}'");
                }
            }
        }

        missing.ShouldBeEmpty("model members that no export column holds; add them to ExportTables");
    }

    [Fact]
    public void The_convention_finds_a_member_that_has_no_column()
    {
        var expected = Expected(typeof(Probe), "").ToList();

        expected.ShouldContain(("Probe.CorrelatesOfWarCode", "correlates_of_war_code"));
        expected.ShouldContain(("Probe.Capital", "capital_id"));
        expected.ShouldContain(("Location.City", "place_city"));
        expected.ShouldContain(("Location.Country", "place_country_id"));
    }

    private static IEnumerable<(string Member, string Column)> Expected(Type type, string prefix)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        foreach (var parameter in constructor.GetParameters())
        {
            var member = $"{type.Name}.{parameter.Name}";
            var name = Renamed.TryGetValue(member, out var renamed) ? renamed : prefix + Snake(parameter.Name!);
            var valueType = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (valueType != typeof(string) && valueType.IsGenericType && valueType.GetInterfaces().Append(valueType).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
            {
                yield return (member, "table:" + prefix + Snake(parameter.Name!));
            }
            else if (IsRecord(valueType) && valueType.GetProperty("Id") is not null)
            {
                yield return (member, name + "_id");
            }
            else if (IsRecord(valueType))
            {
                // A value record without an id (Location, PloverCoding, PersonName) is spread over columns of its owner.
                var nestedPrefix = valueType == typeof(PersonName) ? "" : name + "_";
                foreach (var nested in Expected(valueType, nestedPrefix))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return (member, name);
            }
        }
    }

    private static bool IsRecord(Type type) => type.IsClass && type != typeof(string) && type != typeof(Uri) && type.GetMethod("<Clone>$") is not null;

    private static string Snake(string name) => UpperCase().Replace(name, m => (m.Index > 0 ? "_" : "") + m.Value.ToLowerInvariant());

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperCase();

    /// <summary>A record as a new model field would make one: a value, a reference, a nested value.</summary>
    private sealed record Probe(string CorrelatesOfWarCode, Country Capital, Location Place);
}
