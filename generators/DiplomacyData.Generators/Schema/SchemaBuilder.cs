using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Schema;

/// <summary>Joins the types read one by one into the <see cref="DatasetSchema"/>, and checks that every named type resolves.</summary>
internal static class SchemaBuilder
{
    public static DatasetSchema Build(ImmutableArray<SchemaType> entities, ImmutableArray<SchemaType> values)
    {
        var all = entities.Concat(values).ToList();
        var records = all.Where(t => t.Record is not null).Select(t => t.Record!).OrderBy(r => r.MetadataName, System.StringComparer.Ordinal).ToList();
        var diagnostics = all.SelectMany(t => t.Diagnostics).ToList();
        records = WithDistinctKindNames(records, diagnostics);
        var enums = all.Where(t => t.Enum is not null).Select(t => t.Enum!).OrderBy(e => e.MetadataName, System.StringComparer.Ordinal).ToList();

        var known = new HashSet<string>(records.Select(r => r.MetadataName).Concat(enums.Select(e => e.MetadataName)));
        var resolved = new List<RecordSchema>(records.Count);
        foreach (var record in records)
        {
            var members = new List<MemberSchema>(record.Members.Count);
            foreach (var member in record.Members)
            {
                if (member.Type.Kind == ValueKind.Named && !known.Contains(member.Type.MetadataName))
                {
                    // A type the model did not mark: the binder would not know how to read it.
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedSchemaType, member.Location, member.ParameterName, record.Name, member.Type.DisplayName));
                    members.Add(member with { Type = member.Type with { Kind = ValueKind.Unsupported } });
                }
                else
                {
                    members.Add(member);
                }
            }

            resolved.Add(record with { Members = members.ToEquatableArray() });
        }

        // Where the rules' reading of the model is checked, once: a renamed member fails here, with DD0192.
        var links = ModelLinks.Resolve(new LinkResolver(resolved, enums, diagnostics));
        return new DatasetSchema(resolved.ToEquatableArray(), enums.ToEquatableArray(), diagnostics.ToEquatableArray(), links);
    }

    /// <summary>
    /// Two kinds whose collections name one class (<c>data-release</c> and <c>dataRelease</c>; and, since file names
    /// are compared without case, <c>People</c> and <c>PEOPLE</c>) would write one class and one file twice: the later
    /// one (by metadata name) is DD0193 and no kind.
    /// </summary>
    private static List<RecordSchema> WithDistinctKindNames(List<RecordSchema> records, List<DiagnosticInfo> diagnostics)
    {
        var taken = new Dictionary<string, RecordSchema>(System.StringComparer.OrdinalIgnoreCase);
        var result = new List<RecordSchema>(records.Count);
        foreach (var record in records)
        {
            if (record.Entity is { } entity && taken.TryGetValue(entity.HandleClass, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnusableKindName, record.Location, entity.Collection, record.Name, entity.HandleClass, $"the collection '{first.Entity!.Collection}' of {first.Name} names it too"));
                result.Add(record with { Entity = null });
                continue;
            }

            if (record.Entity is { } kind)
            {
                taken.Add(kind.HandleClass, record);
            }

            result.Add(record);
        }

        return result;
    }
}
