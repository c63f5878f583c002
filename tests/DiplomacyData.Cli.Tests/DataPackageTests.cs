using System.IO;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacyData.Cli.Export.Schema;
using Json.Schema;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// <c>datapackage.json</c> is a valid Frictionless Data Package v2 (the vendored profile, see
/// DataPackage/PROVENANCE.md), lists every exported file with its true byte size and sha256, and carries the
/// export specification's Table Schema for every CSV and Parquet table.
/// </summary>
public class DataPackageTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    private static readonly Lazy<JsonSchema> Profile = new(() =>
        JsonSchema.FromText(File.ReadAllText(Repository.PathOf("tests", "DiplomacyData.Cli.Tests", "DataPackage", "datapackage-profile-2.0.json"))));

    private JsonNode Descriptor => JsonNode.Parse(File.ReadAllText(export.PathOf("datapackage.json")))!;

    private IEnumerable<JsonNode> Resources => Descriptor["resources"]!.AsArray().Select(r => r!);

    [Fact]
    public void The_descriptor_is_valid_against_the_data_package_v2_profile()
    {
        var result = Validate(Descriptor);

        result.IsValid.ShouldBeTrue(Errors(result));
    }

    [Theory]
    [InlineData("hash", "sha256:not-hex")]
    [InlineData("bytes", "many")]
    [InlineData("path", null)]
    public void The_profile_rejects_a_broken_resource(string property, string? value)
    {
        var descriptor = Descriptor;
        var resource = descriptor["resources"]![0]!.AsObject();
        if (value is null)
        {
            resource.Remove(property);
        }
        else
        {
            resource[property] = value;
        }

        Validate(descriptor).IsValid.ShouldBeFalse($"a resource with {property} = {value ?? "(missing)"} passed the profile");
    }

    [Fact]
    public void Every_exported_file_is_a_resource_with_its_true_size_and_sha256()
    {
        var files = Directory.GetFiles(export.Root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(export.Root, p).Replace('\\', '/'))
            .Where(p => p != "datapackage.json");
        Resources.Select(r => (string)r["path"]!).ShouldBe(files, ignoreOrder: true);

        foreach (var resource in Resources)
        {
            var bytes = File.ReadAllBytes(export.PathOf((string)resource["path"]!));
            ((long)resource["bytes"]!).ShouldBe(bytes.LongLength, (string)resource["path"]!);
            ((string)resource["hash"]!).ShouldBe("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), (string)resource["path"]!);
        }
    }

    [Fact]
    public void Every_table_resource_has_the_specified_fields_keys_and_references()
    {
        foreach (var table in ExportTables.All)
        {
            foreach (var format in new[] { "csv", "parquet" })
            {
                var resource = Resources.Single(r => (string)r["name"]! == $"{format}-{table.Name}");
                var schema = resource["schema"]!;
                schema["fields"]!.AsArray().Select(f => ((string)f!["name"]!, (string)f["type"]!, f["constraints"]?["required"] is null))
                    .ShouldBe(table.Columns.Select(c => (c.Name, c.Type.TableSchema(), c.Nullable)), $"{format}-{table.Name}");
                schema["primaryKey"]!.AsArray().Select(k => (string)k!).ShouldBe(table.PrimaryKey);
                var keys = schema["foreignKeys"]?.AsArray().Select(k => (
                    string.Join(",", k!["fields"]!.AsArray().Select(f => (string)f!)),
                    (string)k["reference"]!["resource"]!,
                    string.Join(",", k["reference"]!["fields"]!.AsArray().Select(f => (string)f!)))) ?? [];
                keys.ShouldBe(table.ForeignKeys.Select(k => (string.Join(",", k.Fields), $"{format}-{k.Table}", string.Join(",", k.ReferencedFields))), $"{format}-{table.Name}");
                foreach (var (_, target, _) in keys)
                {
                    Resources.ShouldContain(r => (string)r["name"]! == target, $"{format}-{table.Name} refers to {target}, which is not in the package");
                }
            }
        }
    }

    /// <summary>
    /// Every JSON Lines file of records without lists (countries, organizations, places, topics, sources, CAMEO codes)
    /// is a table resource whose fields are its objects' keys, in order, with the export specification's types; the
    /// files of records with lists (people, engagements) are described in docs/exports.md.
    /// </summary>
    [Fact]
    public void Every_json_lines_file_of_flat_records_has_its_fields_described()
    {
        var flat = Resources.Where(r => (string)r["format"]! == "jsonl" && ((string)r["path"]!).StartsWith("jsonl/", StringComparison.Ordinal) && r["schema"] is not null).ToList();
        flat.Select(r => (string)r["name"]!).ShouldBe(["jsonl-countries", "jsonl-organizations", "jsonl-places", "jsonl-topics", "jsonl-sources", "jsonl-cameo_codes"], ignoreOrder: true);
        foreach (var resource in flat)
        {
            var table = ExportTables.Named(((string)resource["name"]!)["jsonl-".Length..]);
            resource["type"]!.GetValue<string>().ShouldBe("table");
            var fields = resource["schema"]!["fields"]!.AsArray().Select(f => ((string)f!["name"]!, (string)f["type"]!)).ToList();
            fields.ShouldBe(table.Columns.Select(c => (c.Name, c.Type.TableSchema())));
            foreach (var line in File.ReadLines(export.PathOf((string)resource["path"]!)))
            {
                JsonNode.Parse(line)!.AsObject().Select(p => p.Key).ShouldBe(fields.Select(f => f.Item1), (string)resource["name"]!);
            }
        }
    }

    [Fact]
    public void Key_columns_are_declared_columns_and_references_point_at_the_referenced_tables_primary_key()
    {
        foreach (var table in ExportTables.All)
        {
            var columns = table.Columns.ToDictionary(c => c.Name);
            table.PrimaryKey.ShouldAllBe(k => columns.ContainsKey(k) && !columns[k].Nullable, table.Name);
            foreach (var key in table.ForeignKeys)
            {
                key.Fields.ShouldAllBe(f => columns.ContainsKey(f), table.Name);
                ExportTables.Named(key.Table).PrimaryKey.ShouldBe(key.ReferencedFields, $"{table.Name} → {key.Table}");
            }
        }
    }

    [Fact]
    public void A_one_format_export_describes_only_its_own_files()
    {
        using var only = new TempDirectory("diplomacy-export-package");
        CliRun.Expect(ExitCodes.Success, "export", "--format", "parquet", "-o", only.Path);

        var descriptor = JsonNode.Parse(File.ReadAllText(Path.Combine(only.Path, "datapackage.json")))!;
        descriptor["resources"]!.AsArray().Select(r => (string)r!["path"]!)
            .ShouldBe(ExportTables.All.Select(t => $"parquet/{t.Name}.parquet"));
        Validate(descriptor).IsValid.ShouldBeTrue();
    }

    private static EvaluationResults Validate(JsonNode descriptor) =>
        Profile.Value.Evaluate(JsonDocument.Parse(descriptor.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
}
