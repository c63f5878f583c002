using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Tests.EditorSchema;

/// <summary>
/// Writes the JSON Schema (draft-07, the draft the editor's YAML language server supports fully) of the dataset's
/// YAML files from what the generator itself read: the <see cref="DatasetSchema"/> of its Schema step (keys,
/// required keys, value kinds, [DatasetPattern]/[DatasetRange] rules, enum values) and the ids of its IdTable step
/// (the values a reference may take). The descriptions are the model records' own XML docs. Nothing here names a
/// member of the model: a field added to a record appears in the schema when it is regenerated.
/// </summary>
internal static class EditorSchemaWriter
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    /// <summary>Where the committed schema lives, relative to the repository root.</summary>
    public static readonly string[] RelativePath = ["data", "schema", "dataset.schema.json"];

    /// <summary>The one command that rewrites the committed schema from the model and the data.</summary>
    public const string UpdateCommand = "bash data/schema/update-schema.sh";

    /// <summary>Set to 1 by <see cref="UpdateCommand"/>: the staleness test then writes the schema instead of failing.</summary>
    public const string UpdateVariable = "DIPLOMACY_UPDATE_SCHEMA";

    /// <summary>
    /// What the build takes for a value that says something (not DD0107): one character that is neither white space nor
    /// one nobody sees, by the same Unicode data the build reads (<see cref="Unicode.HiddenCharacters.IsSeenAsNothing"/>).
    /// Written as ranges of the Basic Multilingual Plane, one escape each, so that ECMAScript reads it alike with the
    /// u flag (as editors do) and without it; a character beyond that plane counts as seen, as it does in both.
    /// </summary>
    public static string NonBlankPattern { get; } = SeenCharacterClass();

    private static string SeenCharacterClass()
    {
        var builder = new System.Text.StringBuilder("[^");
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF || !Unicode.HiddenCharacters.IsSeenAsNothing(c))
            {
                continue;
            }

            var last = c;
            while (last < 0xFFFF && last + 1 is < 0xD800 or > 0xDFFF && Unicode.HiddenCharacters.IsSeenAsNothing(last + 1))
            {
                last++;
            }

            builder.Append(Escape(c));
            if (last > c)
            {
                builder.Append('-').Append(Escape(last));
            }

            c = last;
        }

        return builder.Append(']').ToString();

        static string Escape(int c) => "\\u" + c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        // Ids and descriptions stay readable (’, Cyrillic) rather than \u-escaped; the file is UTF-8.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema as the committed file holds it: indented, UTF-8 text with \n line ends and a final newline.</summary>
    public static string Write(DatasetSchema schema, IdTable ids, Compilation model)
    {
        var definitions = new JsonObject();
        foreach (var record in schema.Records)
        {
            definitions[record.Name] = RecordDefinition(record, schema, model);
        }

        foreach (var @enum in schema.Enums)
        {
            definitions[@enum.Name] = new JsonObject
            {
                ["description"] = Summary(model.GetTypeByMetadataName(@enum.MetadataName)),
                ["enum"] = new JsonArray(@enum.Members.Select(m => (JsonNode)JsonValue.Create(m.YamlName)!).ToArray()),
            };
        }

        foreach (var entity in schema.Entities)
        {
            definitions[IdDefinition(entity)] = new JsonObject
            {
                ["description"] = $"The id of {entity.KindDisplay} declared under '{entity.Entity!.Collection}:' in the data (the ids as they were when the schema was written).",
                ["enum"] = new JsonArray(ids.IdsOf(entity.MetadataName).OrderBy(id => id, StringComparer.Ordinal).Select(id => (JsonNode)JsonValue.Create(id)!).ToArray()),
            };
        }

        var collections = new JsonObject();
        foreach (var entity in schema.Entities.OrderBy(e => e.Entity!.Collection, StringComparer.Ordinal))
        {
            collections[entity.Entity!.Collection] = new JsonObject
            {
                ["description"] = $"{MessageText.ToWords(entity.Name)} records ({entity.Name}): {Summary(model.GetTypeByMetadataName(entity.MetadataName))}",
                ["type"] = new JsonArray("array", "null"),
                ["items"] = Ref(entity.Name),
            };
        }

        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "DiplomacyData dataset file",
            ["description"] = $"A YAML file under data/: any of the dataset's top-level lists. Generated from the model records (src/DiplomacyData/Model) and the ids in the data; do not edit, run: {UpdateCommand}",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = collections,
            ["definitions"] = definitions,
        };
        DropMissing(root);
        return root.ToJsonString(s_json).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonObject RecordDefinition(RecordSchema record, DatasetSchema schema, Compilation model)
    {
        var type = model.GetTypeByMetadataName(record.MetadataName);
        var parameters = ParameterDocs(type);
        var properties = new JsonObject();
        foreach (var member in record.Members)
        {
            var property = Value(member.Type, member.Rule, schema);
            var description = parameters.TryGetValue(member.ParameterName, out var doc) ? doc : null;
            // The rule's own words ("a Wikidata item id …"), when there is a rule, after the member's doc.
            var expected = property["description"]?.GetValue<string>();
            property.Remove("description");
            var text = description is null ? expected : expected is null ? description : description + " Expected: " + expected + ".";
            if (text is not null)
            {
                property.Insert(0, "description", text);
            }

            properties[member.YamlKey] = property;
        }

        var definition = new JsonObject
        {
            ["description"] = Summary(type),
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
        var required = record.Members.Where(m => m.IsRequired).Select(m => (JsonNode)JsonValue.Create(m.YamlKey)!).ToArray();
        if (required.Length > 0)
        {
            definition["required"] = new JsonArray(required);
        }

        return definition;
    }

    private static JsonObject Value(TypeShape type, ValueRule? rule, DatasetSchema schema)
    {
        if (type.IsList)
        {
            // A list key may also be written with no value (null): the binder reads it as empty.
            return new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = Value(type.Element, rule, schema) };
        }

        var single = Single(type, rule, schema);
        // Draft-07 ignores the keywords beside a $ref, so a reference goes inside allOf and the description beside it.
        var description = single["description"]?.GetValue<string>();
        single.Remove("description");
        var wrapped = type.IsNullable
            ? new JsonObject { ["anyOf"] = new JsonArray(single, new JsonObject { ["type"] = "null" }) }
            : single.ContainsKey("$ref") ? new JsonObject { ["allOf"] = new JsonArray(single) } : single;
        if (description is not null)
        {
            wrapped.Insert(0, "description", description);
        }

        return wrapped;
    }

    private static JsonObject Single(TypeShape type, ValueRule? rule, DatasetSchema schema)
    {
        switch (type.Kind)
        {
            case ValueKind.String:
                // The binder rejects an empty or blank string (DD0107): at least one character a reader sees.
                return new JsonObject { ["type"] = "string", ["pattern"] = rule?.Pattern ?? NonBlankPattern, ["description"] = rule?.Expected };
            case ValueKind.Boolean:
                return new JsonObject { ["type"] = "boolean" };
            case ValueKind.Integer:
            case ValueKind.Number:
                var number = new JsonObject { ["type"] = type.Kind == ValueKind.Integer ? "integer" : "number" };
                if (rule is { IsRange: true })
                {
                    number["minimum"] = rule.Minimum;
                    number["maximum"] = rule.Maximum;
                    number["description"] = rule.Expected;
                }

                return number;
            case ValueKind.Date:
                return new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
            case ValueKind.Uri:
                return new JsonObject { ["type"] = "string", ["format"] = "uri", ["pattern"] = "^https?://" };
            case ValueKind.Named when schema.FindEnum(type.MetadataName) is { } @enum:
                return Ref(@enum.Name);
            case ValueKind.Named when schema.FindRecord(type.MetadataName) is { } record:
                // An entity is referred to by its id; a value record is written in place.
                return record.Entity is null ? Ref(record.Name) : Ref(IdDefinition(record));
            default:
                // A type the generator cannot read (reported as DD01xx on the model): anything, so the editor does not mislead.
                return new JsonObject();
        }
    }

    /// <summary>Removes the descriptions the model does not give (null), rather than writing them as null.</summary>
    private static void DropMissing(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                obj.Remove(key);
            }

            foreach (var (_, value) in obj)
            {
                DropMissing(value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                DropMissing(item);
            }
        }
    }

    private static JsonObject Ref(string definition) => new() { ["$ref"] = "#/definitions/" + definition };

    private static string IdDefinition(RecordSchema entity) => entity.Name + "Id";

    private static string? Summary(ISymbol? symbol) =>
        Documentation(symbol)?.Element("summary") is { } summary ? Flatten(summary) : null;

    private static Dictionary<string, string> ParameterDocs(ISymbol? symbol) =>
        Documentation(symbol)?.Elements("param")
            .Where(p => p.Attribute("name") is not null)
            .ToDictionary(p => p.Attribute("name")!.Value, Flatten, StringComparer.Ordinal)
        ?? new Dictionary<string, string>(StringComparer.Ordinal);

    private static XElement? Documentation(ISymbol? symbol)
    {
        var xml = symbol?.GetDocumentationCommentXml(expandIncludes: true);
        return string.IsNullOrWhiteSpace(xml) ? null : XElement.Parse(xml);
    }

    /// <summary>The doc text on one line, with a cref or langword written as the word it names.</summary>
    private static string Flatten(XElement element)
    {
        var parts = element.DescendantNodes().Select(node => node switch
        {
            XText text when text.Parent?.Name.LocalName is not ("see" or "paramref" or "typeparamref") || text.Parent == element => text.Value,
            XElement { Name.LocalName: "see" or "seealso" } see when !see.Nodes().Any() =>
                see.Attribute("langword")?.Value ?? LastName(see.Attribute("cref")?.Value ?? see.Attribute("href")?.Value ?? string.Empty),
            XElement { Name.LocalName: "paramref" or "typeparamref" } reference => reference.Attribute("name")?.Value ?? string.Empty,
            _ => string.Empty,
        });
        return System.Text.RegularExpressions.Regex.Replace(string.Concat(parts), "\\s+", " ").Trim();
    }

    private static string LastName(string cref)
    {
        var name = cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..] : cref;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        name = paren < 0 ? name : name[..paren];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
