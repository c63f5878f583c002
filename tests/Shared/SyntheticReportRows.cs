using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Export.Schema;
using DiplomacyData.Cli.Output;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Testing;

/// <summary>
/// A synthetic dataset of any size as export rows (the tables of <see cref="ExportTables"/>), made in memory with no
/// package compiled for it: per engagement a tenth of a person and a fifth of a source; people drawn unevenly, so
/// that a few take part in thousands of engagements as real leaders do; every text with quotes, angle brackets,
/// ampersands, Persian and Cyrillic. The same size gives the same rows. Shared by the report's tests and benchmark.
/// </summary>
internal static class SyntheticReportRows
{
    /// <summary>Text that breaks a page that does not encode it: markup, both quotes, an entity, Persian and Cyrillic.</summary>
    public const string Hostile = "\"Quoted\" & <b>bold</b> </blockquote><script>window.injected=1</script> 'it''s' &amp; گفت‌وگو Переговоры";

    private static readonly string[] Kinds = Kebab.All<EngagementKind>();
    private static readonly string[] Parts = { "host", "visitor", "counterpart", "caller", "callee", "sender", "recipient" };
    private static readonly string[] Languages = { "en", "fa", "ru" };
    private static readonly string[] Cameo = { "010", "036", "040", "042", "043", "051" };

    public static ReportRows Create(int engagements)
    {
        var random = new Random(20261129);
        var tables = ReportRows.Needed.ToDictionary(n => n, n => new Rows(ExportTables.Named(n)), StringComparer.Ordinal);
        var countryCount = Math.Clamp(engagements / 100, 3, 150);
        var personCount = Math.Max(4, engagements / 10);
        var sourceCount = Math.Max(1, engagements / 5);
        const int organizationCount = 20;
        const int topicCount = 20;

        var countries = Enumerable.Range(0, countryCount).Select(CountryId).ToList();
        foreach (var id in countries)
        {
            tables["countries"].Add(("id", id), ("name", "Country " + id), ("official_name", "Republic of " + id), ("alpha2", id.Substring(1)));
        }

        for (var i = 0; i < organizationCount; i++)
        {
            tables["organizations"].Add(("id", Id("org", i)), ("name", "Ministry " + i + " <of> \"Affairs\""), ("kind", "ministry"), ("country_id", countries[i % countryCount]));
        }

        for (var i = 0; i < topicCount; i++)
        {
            tables["topics"].Add(("id", Id("topic", i)), ("name", "Topic " + i + " & more"));
        }

        foreach (var code in Cameo)
        {
            tables["cameo_codes"].Add(("id", code), ("name", "Code " + code), ("root", code.Substring(0, 2)));
        }

        for (var i = 0; i < sourceCount; i++)
        {
            tables["sources"].Add(("id", Id("source", i)), ("title", "Report " + i + ": " + Hostile), ("publisher", i % 7 == 0 ? null : "Agency " + (i % 13)),
                ("published", i % 11 == 0 ? null : (object)new DateOnly(2000, 1, 1).AddDays(i % 9000)), ("url", "https://news.example.org/report/" + i + "?a=1&b=\"2\""),
                ("language", Languages[i % Languages.Length]));
        }

        for (var i = 0; i < personCount; i++)
        {
            var id = Id("person", i);
            tables["people"].Add(("id", id), ("given_name", "Given" + i), ("family_name", "Family-" + i + " \"Q\""), ("full_name", "Given" + i + " Family-" + i + " <\"Q\">"),
                ("native_name", i % 2 == 0 ? "سید " + i : "Сергей " + i), ("country_id", countries[i % countryCount]));
            var start = new DateOnly(1995, 1, 1).AddDays(random.Next(0, 9000));
            var roles = 1 + i % 3;
            for (var r = 0; r < roles; r++)
            {
                var end = start.AddDays(300 + random.Next(0, 1500));
                var open = r == roles - 1 && i % 2 == 0;
                tables["person_roles"].Add(("person_id", id), ("position", r + 1), ("title", "Office " + r + " & <duties>"), ("organization_id", Id("org", (i + r) % organizationCount)),
                    ("from_date", i % 5 == 0 && r == 0 ? null : (object)start), ("to_date", open ? null : (object)end), ("acting", (i + r) % 4 == 0));
                start = end.AddDays(1);
            }
        }

        for (var i = 0; i < engagements; i++)
        {
            var id = Id("engagement", i);
            var date = new DateOnly(1990, 1, 1).AddDays(random.Next(0, 13000));
            var precision = (i % 10) switch { 7 => "month", 8 => "range", 9 => "approximate", _ => "day" };
            if (precision == "month")
            {
                date = new DateOnly(date.Year, date.Month, 1);
            }

            var end = precision is "range" or "approximate" ? (object)date.AddDays(1 + random.Next(0, 20)) : null;
            tables["engagements"].Add(("id", id), ("date", date), ("precision", precision), ("end_date", end), ("kind", Kinds[i % Kinds.Length]),
                ("status", i % 17 == 0 ? "planned" : "happened"), ("title", "Engagement " + i + ": " + Hostile), ("location_city", i % 3 == 0 ? null : "City " + (i % 50)),
                ("location_country_id", i % 3 == 0 ? null : countries[i % countryCount]), ("plover_event", i % 4 == 0 ? null : "consult"), ("plover_mode", i % 4 == 0 ? null : "visit"),
                ("notes", i % 5 == 0 ? "Note " + Hostile : null));

            // Cubing a uniform number favours the first people: a few take part in thousands of engagements.
            var people = Enumerable.Range(0, 1 + random.Next(1, 4)).Select(_ => (int)(personCount * Math.Pow(random.NextDouble(), 3))).Distinct().ToList();
            for (var p = 0; p < people.Count; p++)
            {
                tables["engagement_participants"].Add(("engagement_id", id), ("position", p + 1), ("person_id", Id("person", people[p])), ("part", Parts[(i + p) % Parts.Length]),
                    ("reported_title", p == 0 ? "Minister \"of\" <Affairs>" : null));
            }

            for (var t = 0; t < i % 3; t++)
            {
                tables["engagement_topics"].Add(("engagement_id", id), ("position", t + 1), ("topic_id", Id("topic", (i + t) % topicCount)));
            }

            if (i % 2 == 0)
            {
                tables["engagement_statements"].Add(("engagement_id", id), ("position", 1), ("speaker_id", Id("person", people[0])), ("summary", "Said " + Hostile), ("quote", i % 4 == 0 ? Hostile : null));
            }

            if (i % 4 != 0)
            {
                tables["engagement_cameo_codes"].Add(("engagement_id", id), ("position", 1), ("cameo_code_id", Cameo[i % Cameo.Length]));
                tables["engagement_plover_contexts"].Add(("engagement_id", id), ("position", 1), ("context", "diplomatic"));
            }

            var citations = 1 + i % 2;
            for (var c = 0; c < citations; c++)
            {
                var source = Id("source", (i + c * 7) % sourceCount);
                tables["engagement_sources"].Add(("engagement_id", id), ("position", c + 1), ("source_id", source), ("note", c == 1 ? "Inferred & noted" : null));
                for (var q = 0; q < 1 + (i + c) % 2; q++)
                {
                    tables["engagement_evidence"].Add(("engagement_id", id), ("source_position", c + 1), ("source_id", source), ("position", q + 1), ("quote", "Passage " + q + ": " + Hostile));
                }
            }
        }

        return new ReportRows("synthetic", "sha256:synthetic", tables.ToDictionary(t => t.Key, t => new ReportTable(t.Value.Specification, t.Value.All), StringComparer.Ordinal));
    }

    private static string Id(string kind, int index) => kind + "-" + index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Three upper-case letters, as ISO 3166-1 alpha-3 codes are: AAA, AAB ….</summary>
    private static string CountryId(int index) =>
        new string(new[] { (char)('A' + index / 676 % 26), (char)('A' + index / 26 % 26), (char)('A' + index % 26) });

    /// <summary>A table's rows, each value placed by its column's name and checked against the specification's type and nullability.</summary>
    private sealed class Rows
    {
        private readonly Dictionary<string, int> _columns;

        public Rows(IExportTable specification)
        {
            Specification = specification;
            _columns = specification.Columns.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);
        }

        public IExportTable Specification { get; }

        public List<object?[]> All { get; } = new();

        public void Add(params (string Column, object? Value)[] values)
        {
            var row = new object?[Specification.Columns.Count];
            foreach (var (column, value) in values)
            {
                if (!_columns.TryGetValue(column, out var index))
                {
                    throw new InvalidOperationException($"The export table '{Specification.Name}' has no column '{column}'.");
                }

                row[index] = value;
            }

            for (var i = 0; i < row.Length; i++)
            {
                var column = Specification.Columns[i];
                var expected = column.Type switch
                {
                    ExportType.String => typeof(string),
                    ExportType.Integer => typeof(int),
                    ExportType.Number => typeof(double),
                    ExportType.Boolean => typeof(bool),
                    _ => typeof(DateOnly),
                };
                if (row[i] is null ? !column.Nullable : row[i]!.GetType() != expected)
                {
                    throw new InvalidOperationException($"'{Specification.Name}.{column.Name}' takes a {(column.Nullable ? "nullable " : string.Empty)}{expected.Name}, not '{row[i]}'.");
                }
            }

            All.Add(row);
        }
    }
}
