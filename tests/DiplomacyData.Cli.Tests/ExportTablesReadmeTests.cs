using System.IO;
using System.Text;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// The docs' exports page (docs/exports.md) documents the CSV and Parquet tables in a block written from the export
/// specification (<see cref="ExportTables"/>): this test renders the block again and fails when the page's differs.
/// To accept a change of the specification, run the test with <c>DIPLOMACY_UPDATE_README=1</c>, which rewrites
/// the block, and review the diff.
/// </summary>
public class ExportTablesReadmeTests
{
    private const string Begin = "<!-- export-tables: written from src/DiplomacyData.Cli/Export/Schema/ExportTables.cs by ExportTablesReadmeTests; edit the specification, not this block -->";
    private const string End = "<!-- /export-tables -->";

    private static string ReadmePath => Repository.PathOf("docs", "exports.md");

    [Fact]
    public void The_readme_tables_are_the_export_specification()
    {
        var readme = File.ReadAllText(ReadmePath);
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "docs/exports.md has no export-tables block");
        end.ShouldBeGreaterThan(start, "the export-tables block of docs/exports.md has no end");

        var expected = Begin + "\n" + Render() + End;
        var actual = readme[start..(end + End.Length)];
        if (actual != expected && Environment.GetEnvironmentVariable("DIPLOMACY_UPDATE_README") == "1")
        {
            File.WriteAllText(ReadmePath, readme[..start] + expected + readme[(end + End.Length)..], new UTF8Encoding(false));
            return;
        }

        actual.ShouldBe(expected, "the tables of docs/exports.md differ from ExportTables: run this test with DIPLOMACY_UPDATE_README=1 and review the diff");
    }

    [Fact]
    public void Every_table_and_column_has_a_description_and_names_are_snake_case()
    {
        foreach (var table in ExportTables.All)
        {
            table.Name.ShouldMatch("^[a-z][a-z0-9_]*$");
            table.Description.ShouldNotBeNullOrWhiteSpace(table.Name);
            table.Columns.Select(c => c.Name).ShouldBeUnique(table.Name);
            foreach (var column in table.Columns)
            {
                column.Name.ShouldMatch("^[a-z][a-z0-9_]*$", $"{table.Name}.{column.Name}");
                column.Description.ShouldNotBeNullOrWhiteSpace($"{table.Name}.{column.Name}");
            }
        }

        ExportTables.All.Select(t => t.Name).ShouldBeUnique();
    }

    /// <summary>The block's Markdown: a section per table with its files, keys, and a row per column.</summary>
    internal static string Render()
    {
        var text = new StringBuilder();
        foreach (var table in ExportTables.All)
        {
            var references = table.ForeignKeys.Where(k => k.Fields.Count == 1).ToDictionary(k => k.Fields[0], k => k);
            text.Append("\n#### `").Append(table.Name).Append("`\n\n");
            text.Append("`csv/").Append(table.Name).Append(".csv`, `parquet/").Append(table.Name).Append(".parquet`: ")
                .Append(table.Description).Append(". Primary key: ").Append(Columns(table.PrimaryKey)).Append('.');
            foreach (var key in table.ForeignKeys.Where(k => k.Fields.Count > 1))
            {
                text.Append(" References: ").Append(Columns(key.Fields)).Append(" → `").Append(key.Table).Append("` ").Append(Columns(key.ReferencedFields)).Append('.');
            }

            text.Append("\n\n| column | type | content |\n| --- | --- | --- |\n");
            foreach (var column in table.Columns)
            {
                text.Append("| `").Append(column.Name).Append("` | ").Append(column.Type.TableSchema()).Append(column.Nullable ? "?" : "").Append(" | ");
                if (references.TryGetValue(column.Name, out var reference))
                {
                    text.Append("→ `").Append(reference.Table).Append('.').Append(reference.ReferencedFields[0]).Append("`: ");
                }

                text.Append(column.Description).Append(" |\n");
            }
        }

        return text.Append('\n').ToString();
    }

    private static string Columns(IReadOnlyList<string> names) =>
        names.Count == 1 ? $"`{names[0]}`" : "(" + string.Join(", ", names.Select(n => $"`{n}`")) + ")";
}
