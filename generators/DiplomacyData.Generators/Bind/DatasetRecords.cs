using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Unicode;

namespace DiplomacyData.Generators.Bind;

/// <summary>Where records stand in a dataset file: under a collection key (<c>engagements:</c>), as list items.</summary>
internal static class DatasetRecords
{
    public const string IdParameter = "Id";

    public static Dictionary<string, RecordSchema> Collections(DatasetSchema schema) =>
        schema.Entities.ToDictionary(e => e.Entity!.Collection, StringComparer.Ordinal);

    /// <summary>The record's id when it has a usable one (present, a scalar, not null, not empty, white space or invisible characters only).</summary>
    public static YamlScalar? IdNode(RecordSchema schema, YamlMapping mapping)
    {
        var idKey = schema.Member(IdParameter)?.YamlKey;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value == idKey)
            {
                return entry.Value is YamlScalar { IsNull: false } scalar && !HiddenCharacters.IsBlank(scalar.Value) ? scalar : null;
            }
        }

        return null;
    }
}
