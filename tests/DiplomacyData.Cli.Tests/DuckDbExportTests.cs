using System.IO;
using System.Text.Json.Nodes;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// DuckDB reads every exported file as it is (CSV, JSON Lines, Parquet, PLOVER) and the numbers and joins agree
/// with <see cref="Catalog"/>: nothing here is a hard-coded count. The tables come from the export
/// specification and the descriptor, so a new table is checked without a new line here.
/// </summary>
public sealed class DuckDbExportTests : IClassFixture<DuckDbExportTests.LoadedExport>
{
    private static readonly string[] JsonLinesFiles = ["countries", "organizations", "topics", "sources", "cameo_codes", "people", "engagements"];
    private readonly DuckDb _db;

    private readonly JsonNode _descriptor;
    private readonly string _root;
    private readonly LoadedExport _export;

    public DuckDbExportTests(LoadedExport export)
    {
        _export = export;
        _db = export.Db;
        _root = export.Root;
        _descriptor = export.Descriptor;
    }

    private IReadOnlyList<string> Loaded => _export.Loaded;

    /// <summary>
    /// One export of every format, into a folder named <c>export</c> as the READMEs' examples expect, loaded once
    /// into one DuckDB database by the descriptor, for all the tests of the class (they only read it).
    /// </summary>
    public sealed class LoadedExport : IDisposable
    {
        private readonly TempDirectory _directory = new("diplomacy-duckdb-test");

        public LoadedExport()
        {
            Root = _directory.Combine("export");
            CliRun.Expect(ExitCodes.Success, "export", "--format", "all", "--output", Root);
            Descriptor = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "datapackage.json")))!;
            foreach (var resource in Descriptor["resources"]!.AsArray())
            {
                var name = ((string)resource!["name"]!).Replace('-', '_');
                var path = DuckDb.Literal(Path.Combine(Root, (string)resource["path"]!));
                var read = (string)resource["format"]! switch
                {
                    // The descriptor's types, as an analyst loading by the descriptor would: CAMEO codes stay text.
                    "csv" => $"read_csv({path}, header = true, columns = {CsvColumns(resource)})",
                    "parquet" => $"read_parquet({path})",
                    _ => $"read_json_auto({path})",
                };
                Db.Execute($"CREATE TABLE {name} AS SELECT * FROM {read}");
                Loaded.Add(name);
            }
        }

        internal DuckDb Db { get; } = new();

        /// <summary>The export's folder, named <c>export</c>.</summary>
        public string Root { get; }

        /// <summary>The folder that holds <see cref="Root"/>: where DuckDB resolves the examples' <c>'export/…'</c>.</summary>
        public string Parent => _directory.Path;

        public JsonNode Descriptor { get; }

        public List<string> Loaded { get; } = new();

        public void Dispose()
        {
            Db.Dispose();
            _directory.Dispose();
        }
    }

    [Fact]
    public void Every_exported_file_is_loaded_and_every_table_in_both_flat_formats()
    {
        var files = Directory.GetFiles(_root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_root, p).Replace('\\', '/'))
            .Where(p => p != "datapackage.json")
            .Select(p => p[..p.LastIndexOf('.')].Replace('/', '_'));
        Loaded.ShouldBe(files, ignoreOrder: true);

        JsonLinesFiles.Select(f => "jsonl_" + f)
            .Concat(ExportTables.All.Select(t => "csv_" + t.Name))
            .Concat(ExportTables.All.Select(t => "parquet_" + t.Name))
            .Append("plover_events")
            .Except(Loaded)
            .ShouldBeEmpty("files that the export did not write");
    }

    [Fact]
    public void Entity_files_have_one_row_per_catalogue_record_in_every_format()
    {
        var expected = new Dictionary<string, int>
        {
            ["countries"] = Catalog.Countries.Count,
            ["organizations"] = Catalog.Organizations.Count,
            ["topics"] = Catalog.Topics.Count,
            ["sources"] = Catalog.Sources.Count,
            ["cameo_codes"] = Catalog.CameoCodes.Count,
            ["people"] = Catalog.People.Count,
            ["engagements"] = Catalog.Engagements.Count,
            ["places"] = Catalog.Places.Count,
        };
        foreach (var (name, count) in expected)
        {
            foreach (var format in new[] { "jsonl", "csv", "parquet" })
            {
                _db.Count($"SELECT count(*) FROM {format}_{name}").ShouldBe(count, $"{format}/{name}");
            }
        }
    }

    [Fact]
    public void Child_tables_have_one_row_per_list_item_in_csv_and_parquet()
    {
        var expected = new Dictionary<string, int>
        {
            ["person_aliases"] = Catalog.People.Sum(p => p.Aliases.Count),
            ["person_roles"] = Catalog.People.Sum(p => p.Roles.Count),
            ["engagement_participants"] = Catalog.Engagements.Sum(e => e.Participants.Count),
            ["engagement_topics"] = Catalog.Engagements.Sum(e => e.Topics.Count),
            ["engagement_statements"] = Catalog.Engagements.Sum(e => e.Statements.Count),
            ["engagement_cameo_codes"] = Catalog.Engagements.Sum(e => e.CameoCodes.Count),
            ["engagement_distinct_from"] = Catalog.Engagements.Sum(e => e.DistinctFrom.Count),
            ["engagement_plover_contexts"] = Catalog.Engagements.Sum(e => e.Plover?.Context.Count ?? 0),
            ["engagement_sources"] = Catalog.Engagements.Sum(e => e.Sources.Count),
            ["engagement_evidence"] = Catalog.Engagements.Sum(e => e.Sources.Sum(c => c.Evidence.Count)),
        };
        foreach (var (name, count) in expected)
        {
            _db.Count($"SELECT count(*) FROM csv_{name}").ShouldBe(count, $"csv/{name}");
            _db.Count($"SELECT count(*) FROM parquet_{name}").ShouldBe(count, $"parquet/{name}");
        }
    }

    [Fact]
    public void Nested_json_lists_hold_the_same_numbers_of_items()
    {
        _db.Count("SELECT sum(len(participants)) FROM jsonl_engagements").ShouldBe(Catalog.Engagements.Sum(e => e.Participants.Count));
        _db.Count("SELECT sum(len(s.evidence)) FROM (SELECT unnest(sources) AS s FROM jsonl_engagements)").ShouldBe(Catalog.Engagements.Sum(e => e.Sources.Sum(c => c.Evidence.Count)));
        _db.Count("SELECT sum(len(statements)) FROM jsonl_engagements").ShouldBe(Catalog.Engagements.Sum(e => e.Statements.Count));
    }

    [Fact]
    public void Parquet_columns_have_the_specified_types_dates_as_DATE_and_CAMEO_codes_as_text()
    {
        foreach (var table in ExportTables.All)
        {
            var types = _db.Rows($"SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'parquet_{table.Name}' ORDER BY ordinal_position");
            types.Select(r => (string)r[0]!).ShouldBe(table.Columns.Select(c => c.Name), $"parquet/{table.Name} columns");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var expected = table.Columns[i].Type switch
                {
                    ExportType.String => "VARCHAR",
                    ExportType.Integer => "INTEGER",
                    ExportType.Number => "DOUBLE",
                    ExportType.Boolean => "BOOLEAN",
                    ExportType.Date => "DATE",
                    _ => throw new ShouldAssertException($"untested type {table.Columns[i].Type}"),
                };
                types[i][1].ShouldBe(expected, $"parquet/{table.Name}.{table.Columns[i].Name}");
            }
        }

        _db.Count("SELECT count(*) FROM parquet_cameo_codes WHERE id = '042' AND root = '04'").ShouldBe(1);
        _db.Count("SELECT count(*) FROM parquet_engagement_cameo_codes x LEFT JOIN parquet_cameo_codes c ON c.id = x.cameo_code_id WHERE c.id IS NULL").ShouldBe(0);
    }

    [Fact]
    public void Csv_parquet_and_json_lines_hold_the_same_engagements()
    {
        _db.Count("""
            SELECT count(*) FROM csv_engagements c
            FULL JOIN parquet_engagements p ON c.id = p.id
            FULL JOIN jsonl_engagements j ON j.id = coalesce(c.id, p.id)
            WHERE c.id IS NULL OR p.id IS NULL OR j.id IS NULL
               OR c.title <> p.title OR c.date <> p.date OR CAST(j.date AS DATE) <> p.date OR j.title <> p.title
               OR c.end_date IS DISTINCT FROM p.end_date OR c.location_country_id IS DISTINCT FROM p.location_country_id
            """).ShouldBe(0);
        _db.Count("SELECT count(*) FROM (SELECT * FROM csv_person_roles EXCEPT SELECT * FROM parquet_person_roles)").ShouldBe(0);
        _db.Count("SELECT count(*) FROM (SELECT * FROM csv_dyads EXCEPT SELECT * FROM parquet_dyads)").ShouldBe(0);
    }

    [Fact]
    public void Joining_participants_to_people_gives_each_persons_engagement_count()
    {
        var rows = _db.Rows("""
            SELECT p.id, count(DISTINCT x.engagement_id)
            FROM parquet_people p LEFT JOIN parquet_engagement_participants x ON x.person_id = p.id
            GROUP BY p.id
            """).ToDictionary(r => (string)r[0]!, r => Convert.ToInt32(r[1], System.Globalization.CultureInfo.InvariantCulture));

        rows.ShouldBe(Catalog.People.ToDictionary(p => p.Id, p => Catalog.Engagements.Count(e => e.Involves(p))), ignoreOrder: true);
    }

    [Fact]
    public void Dyads_have_n_times_n_minus_1_rows_per_engagement_at_person_and_at_country_level()
    {
        foreach (var engagement in Catalog.Engagements)
        {
            var people = engagement.Participants.Select(p => p.Person).Distinct().Count();
            var countries = engagement.Participants.Select(p => p.Person.Country).Distinct().Count();
            var id = DuckDb.Literal(engagement.Id);
            _db.Count($"SELECT count(*) FROM parquet_dyads WHERE engagement_id = {id} AND level = 'person'").ShouldBe(people * (people - 1), engagement.Id);
            _db.Count($"SELECT count(*) FROM parquet_dyads WHERE engagement_id = {id} AND level = 'country'").ShouldBe(countries * (countries - 1), engagement.Id);
        }

        _db.Count("SELECT count(*) FROM parquet_dyads a LEFT JOIN parquet_dyads b ON a.engagement_id = b.engagement_id AND a.level = b.level AND a.actor_1_id = b.actor_2_id AND a.actor_2_id = b.actor_1_id WHERE b.engagement_id IS NULL")
            .ShouldBe(0, "every pair appears in both orders");
        _db.Count("SELECT count(*) FROM parquet_dyads WHERE actor_1_id = actor_2_id OR (level = 'country' AND country_1_id = country_2_id)").ShouldBe(0);
    }

    [Fact]
    public void Plover_events_load_one_per_coded_engagement()
    {
        _db.Count("SELECT count(*) FROM plover_events").ShouldBe(Catalog.Engagements.Count(e => e.Plover is not null));
        _db.Count("SELECT count(*) FROM plover_events p LEFT JOIN parquet_engagements e ON e.id = p.id WHERE e.id IS NULL").ShouldBe(0);
    }

    [Fact]
    public void Every_foreign_key_in_the_descriptor_holds()
    {
        var checkedKeys = 0;
        foreach (var resource in _descriptor["resources"]!.AsArray().Where(r => r!["schema"]?["foreignKeys"] is not null))
        {
            var table = Table(resource!);
            foreach (var key in resource!["schema"]!["foreignKeys"]!.AsArray())
            {
                var fields = key!["fields"]!.AsArray().Select(f => (string)f!).ToList();
                var referenced = key["reference"]!["fields"]!.AsArray().Select(f => (string)f!).ToList();
                var target = ((string)key["reference"]!["resource"]!).Replace('-', '_');
                var on = string.Join(" AND ", fields.Select((f, i) => $"t.\"{referenced[i]}\" = s.\"{f}\""));
                var present = string.Join(" AND ", fields.Select(f => $"s.\"{f}\" IS NOT NULL"));
                var dangling = _db.Count($"SELECT count(*) FROM {table} s WHERE {present} AND NOT EXISTS (SELECT 1 FROM {target} t WHERE {on})");
                dangling.ShouldBe(0, $"{table} ({string.Join(", ", fields)}) → {target}");
                checkedKeys++;
            }
        }

        // Every table's keys in CSV and Parquet, and those of the flat records' JSON Lines files.
        checkedKeys.ShouldBe(2 * ExportTables.All.Sum(t => t.ForeignKeys.Count)
            + DiplomacyData.Cli.Export.JsonLines.JsonLinesExport.FlatTables.Sum(name => ExportTables.Named(name).ForeignKeys.Count));
    }

    [Fact]
    public void Every_primary_key_in_the_descriptor_is_unique_and_never_null()
    {
        foreach (var resource in _descriptor["resources"]!.AsArray().Where(r => r!["schema"] is not null))
        {
            var table = Table(resource!);
            var key = string.Join(", ", resource!["schema"]!["primaryKey"]!.AsArray().Select(k => $"\"{(string)k!}\""));
            _db.Count($"SELECT count(*) FROM (SELECT {key} FROM {table} GROUP BY ALL HAVING count(*) > 1)").ShouldBe(0, $"{table} ({key}) repeats");
            _db.Count($"SELECT count(*) FROM {table} WHERE ({key}) IS NULL OR " + string.Join(" OR ", key.Split(", ").Select(k => k + " IS NULL"))).ShouldBe(0, $"{table} ({key}) has nulls");
        }
    }

    public static TheoryData<string, int, string> ReadmeSqlExamples()
    {
        var examples = new TheoryData<string, int, string>();
        // The READMEs and every page of the docs: any SQL example anywhere runs.
        var pages = new[] { "README.md", "src/DiplomacyData.Cli/README.md" }
            .Concat(Directory.GetFiles(Repository.PathOf("docs"), "*.md").Select(file => "docs/" + Path.GetFileName(file)).Order(StringComparer.Ordinal));
        foreach (var readme in pages)
        {
            foreach (var (line, sql) in SqlBlocks(File.ReadAllLines(Repository.PathOf(readme.Split('/')))))
            {
                examples.Add(readme, line, sql);
            }
        }

        return examples;
    }

    [Theory]
    [MemberData(nameof(ReadmeSqlExamples))]
    public void A_readme_sql_example_runs_as_written_over_an_export(string readme, int line, string sql)
    {
        // The examples read 'export/…': the class's export is in a folder named so; DuckDB resolves relative paths
        // from the folder that holds it, in a database of the example's own.
        using var db = new DuckDb();
        db.Execute($"SET file_search_path = {DuckDb.Literal(_export.Parent)}");

        var rows = db.Rows(sql);

        rows.ShouldNotBeEmpty($"{readme} line {line}: the example's last query returned nothing");
    }

    /// <summary>
    /// The docs' "country pairs that met most often" gives each pair once, with the number of engagements its two
    /// countries' people took part in together (the dyads hold every pair in both orders: counted as rows, each pair
    /// came twice, in two orders).
    /// </summary>
    [Fact]
    public void The_country_pairs_example_counts_each_pair_once_by_engagements()
    {
        var lines = File.ReadAllLines(Repository.PathOf("docs", "exports.md"));
        var intro = Array.FindIndex(lines, l => l.Contains("country pairs that met most often", StringComparison.Ordinal));
        intro.ShouldBeGreaterThanOrEqualTo(0);
        var sql = SqlBlocks(lines).First(block => block.Line > intro + 1).Sql;
        using var db = new DuckDb();
        db.Execute($"SET file_search_path = {DuckDb.Literal(_export.Parent)}");

        var rows = db.Rows(sql).Select(r => (First: (string)r[0]!, Second: (string)r[1]!, Count: Convert.ToInt32(r[2], System.Globalization.CultureInfo.InvariantCulture))).ToList();

        var expected = Catalog.Engagements
            .Where(e => e.Status == EngagementStatus.Happened && e.Date.Year >= 2022)
            .SelectMany(e => e.Participants.Select(p => p.Person.Country.Id).Distinct()
                .SelectMany(a => e.Participants.Select(p => p.Person.Country.Id).Distinct().Where(b => string.CompareOrdinal(a, b) < 0).Select(b => (a, b)))
                .Distinct())
            .GroupBy(pair => pair)
            .ToDictionary(g => g.Key, g => g.Count());
        expected.ShouldNotBeEmpty();
        rows.Select(r => (r.First, r.Second)).ShouldBeUnique();
        rows.ToDictionary(r => (r.First, r.Second), r => r.Count).ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void The_readmes_have_sql_examples_and_one_over_parquet()
    {
        var examples = ReadmeSqlExamples().Select(row => (string)row[2]!).ToList();

        examples.Count.ShouldBeGreaterThanOrEqualTo(3);
        examples.ShouldContain(sql => sql.Contains(".parquet'", StringComparison.Ordinal));
    }


    /// <summary>The table a resource was loaded into: its name with '-' as '_'.</summary>
    private static string Table(JsonNode resource) => ((string)resource["name"]!).Replace('-', '_');

    /// <summary>The fenced <c>sql</c> blocks of a Markdown file, each with the line number of its fence.</summary>
    private static IEnumerable<(int Line, string Sql)> SqlBlocks(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```sql")
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            yield return (i + 1, string.Join("\n", lines[(i + 1)..end]));
            i = end;
        }
    }

    /// <summary>DuckDB's <c>columns</c> struct for a CSV resource: each field with the SQL type of its Table Schema type.</summary>
    private static string CsvColumns(JsonNode resource)
    {
        var fields = resource["schema"]!["fields"]!.AsArray().Select(field =>
        {
            var sqlType = (string)field!["type"]! switch
            {
                "string" => "VARCHAR",
                "integer" => "INTEGER",
                "number" => "DOUBLE",
                "boolean" => "BOOLEAN",
                "date" => "DATE",
                var other => throw new ShouldAssertException($"no SQL type for Table Schema type '{other}'"),
            };
            return $"{DuckDb.Literal((string)field["name"]!)}: '{sqlType}'";
        });
        return "{" + string.Join(", ", fields) + "}";
    }
}
