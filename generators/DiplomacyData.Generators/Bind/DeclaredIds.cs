using System;
using System.Collections.Generic;
using DiplomacyData.Generators.Common;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Bind;

/// <summary>
/// The ids one file declares, in document order: the only part of a file that binding other files depends
/// on. Kept per file so that an edit that adds, removes or renames no id leaves every other file bound as it was.
/// </summary>
internal sealed record DeclaredIds(string Path, EquatableArray<DeclaredId> Ids)
{
    public static DeclaredIds Of(ParsedYamlFile file, DatasetSchema schema)
    {
        var ids = new List<DeclaredId>();
        try
        {
            foreach (var (recordSchema, mapping) in DatasetRecords.In(file, schema))
            {
                if (DatasetRecords.IdNode(recordSchema, mapping) is { } idNode)
                {
                    ids.Add(new DeclaredId(new EntityKey(recordSchema.MetadataName, idNode.Value), idNode.Position));
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never thrown out of a pipeline step: the file's binding walks the same records and reports
            // whatever failed here as DD9999, at the file.
        }

        return new DeclaredIds(file.Path, ids.ToEquatableArray());
    }
}

internal readonly record struct DeclaredId(EntityKey Key, TextPosition Position);
