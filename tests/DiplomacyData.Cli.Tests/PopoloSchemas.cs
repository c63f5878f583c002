using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// The Popolo project's JSON schemas (Reference/popolo, draft 03) made readable by a draft 07 validator:
/// the root's <c>id</c> becomes <c>$id</c> (without its empty fragment), and each property's <c>"required": true</c> moves into the
/// enclosing schema's <c>required</c> list, which is how draft 04 and later say the same thing. The
/// schemas refer to each other by absolute URL; all sixteen are built into one local registry, so no
/// reference leaves the machine.
/// </summary>
internal static class PopoloSchemas
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonSchema>> Schemas = new(Build);

    public static string Folder => Repository.PathOf("tests", "DiplomacyData.Cli.Tests", "Reference", "popolo");

    /// <summary>The schema of a Popolo class by its file name without extension (<c>person</c>, <c>event</c> …).</summary>
    public static JsonSchema Of(string name) => Schemas.Value[name];

    /// <summary>The property names a class's schema defines, read from the vendored file as it is.</summary>
    public static IReadOnlySet<string> PropertiesOf(string name)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")))!.AsObject();
        return schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The validation errors of <paramref name="instance"/> against a class's schema, each with where it is.</summary>
    public static List<string> Errors(string name, JsonNode instance)
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        using var document = JsonDocument.Parse(instance.ToJsonString());
        var results = Of(name).Evaluate(document.RootElement, options);
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{name} {d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty($"{name}: invalid")
            .ToList();
    }

    /// <summary>A draft 03 schema rewritten in draft 07 terms (see the class summary); public for the translation's own test.</summary>
    public static JsonObject ToDraft07(JsonObject draft03)
    {
        // "$id" first: the validator takes a document's base URI from the keywords it has read so far.
        var schema = new JsonObject();
        if (draft03["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String)
        {
            // Draft 07 wants an $id without a fragment; "…/person.json#" and "…/person.json" name the same document.
            schema["$id"] = ((string)id!).TrimEnd('#');
        }

        foreach (var (key, value) in draft03.Where(p => p.Key is not ("id" or "$schema")))
        {
            schema[key] = value?.DeepClone();
        }

        MoveRequired(schema);
        return schema;
    }

    private static void MoveRequired(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["properties"] is JsonObject properties)
                {
                    var required = properties
                        .Where(p => p.Value is JsonObject property && property["required"] is JsonValue flag && flag.GetValueKind() == JsonValueKind.True)
                        .Select(p => p.Key)
                        .ToList();
                    foreach (var name in required)
                    {
                        properties[name]!.AsObject().Remove("required");
                    }

                    if (required.Count > 0)
                    {
                        obj["required"] = new JsonArray(required.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray());
                    }
                }

                // A draft 03 "required": false says nothing in draft 07 terms, where "required" must be a list.
                if (obj["required"] is JsonValue { } lone && lone.GetValueKind() is JsonValueKind.False)
                {
                    obj.Remove("required");
                }

                foreach (var (_, child) in obj.ToList())
                {
                    MoveRequired(child);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    MoveRequired(item);
                }

                break;
        }
    }

    private static IReadOnlyDictionary<string, JsonSchema> Build()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var draft07 = ToDraft07(JsonNode.Parse(File.ReadAllText(file))!.AsObject());
            try
            {
                schemas[Path.GetFileNameWithoutExtension(file)] = JsonSchema.FromText(draft07.ToJsonString(), options);
            }
            catch (JsonSchemaException e)
            {
                throw new InvalidDataException($"{file}: {e.Message}", e);
            }
        }

        return schemas;
    }
}
