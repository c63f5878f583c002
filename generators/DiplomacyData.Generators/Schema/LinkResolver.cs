using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Diagnostics;

namespace DiplomacyData.Generators.Schema;

/// <summary>
/// Finds the links of <see cref="ModelLinks"/> in the schema and reports each one the model lacks (DD0192):
/// a type that is not there, a member that is not there or not of the type the rules read, an enum member
/// that is not there. A missing type is reported once, not again for each of its members.
/// </summary>
internal sealed class LinkResolver
{
    private readonly Dictionary<string, RecordSchema> _records;
    private readonly Dictionary<string, EnumSchema> _enums;
    private readonly List<DiagnosticInfo> _diagnostics;

    public LinkResolver(IEnumerable<RecordSchema> records, IEnumerable<EnumSchema> enums, List<DiagnosticInfo> diagnostics)
    {
        _records = new Dictionary<string, RecordSchema>(System.StringComparer.Ordinal);
        foreach (var record in records)
        {
            _records[record.MetadataName] = record;
        }

        _enums = new Dictionary<string, EnumSchema>(System.StringComparer.Ordinal);
        foreach (var @enum in enums)
        {
            _enums[@enum.MetadataName] = @enum;
        }

        _diagnostics = diagnostics;
    }

    public RecordLink Record(string metadataName)
    {
        _records.TryGetValue(metadataName, out var record);
        if (record is null)
        {
            MissingType(metadataName);
        }

        return new RecordLink(this, metadataName, record);
    }

    public EnumLink Enum(string metadataName)
    {
        _enums.TryGetValue(metadataName, out var @enum);
        if (@enum is null)
        {
            MissingType(metadataName);
        }

        return new EnumLink(this, metadataName, @enum);
    }

    /// <summary>A member every entity with an identifier from another system (a member under a rule) must have.</summary>
    public string IdentifierNote(string parameterName)
    {
        foreach (var record in _records.Values.Where(r => r.Entity is not null).OrderBy(r => r.MetadataName, System.StringComparer.Ordinal))
        {
            if (record.Members.FirstOrDefault(m => m.Rule is not null) is { } identifier)
            {
                var note = record.Member(parameterName);
                if (note is null)
                {
                    Report(record.Location, $"the member '{parameterName}' (string?) of {record.Name}, which says where its '{identifier.YamlKey}' comes from", $"{record.Name} has no member '{parameterName}'");
                }
                else if (note.Type is not { Kind: ValueKind.String, IsList: false })
                {
                    Report(note.Location ?? record.Location, $"the member '{parameterName}' (string?) of {record.Name}", "it is declared as " + note.Type.DisplayName);
                }
            }
        }

        return parameterName;
    }

    internal void Report(LocationInfo? location, string what, string found) =>
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ModelLacksLink, location, what, found));

    internal bool Exists(string metadataName) => _records.ContainsKey(metadataName) || _enums.ContainsKey(metadataName);

    private void MissingType(string metadataName) =>
        Report(null, "the type " + metadataName, "the model declares no [DatasetEntity] or [DatasetValue] type of that name");

    private static string ShortName(string metadataName) => metadataName.Substring(metadataName.LastIndexOf('.') + 1);

    /// <summary>One record type of the model, as the rules read it.</summary>
    internal sealed class RecordLink(LinkResolver resolver, string metadataName, RecordSchema? record)
    {
        /// <summary>The type's metadata name; empty when the model lacks it.</summary>
        public string Name => record?.MetadataName ?? string.Empty;

        public MemberLink Text(string parameter) => Member(parameter, ValueKind.String, null, isList: false, "string");

        public MemberLink TextList(string parameter) => Member(parameter, ValueKind.String, null, isList: true, "IReadOnlyList<string>");

        public MemberLink Date(string parameter) => Member(parameter, ValueKind.Date, null, isList: false, "DateOnly");

        public MemberLink Boolean(string parameter) => Member(parameter, ValueKind.Boolean, null, isList: false, "bool");

        public MemberLink Number(string parameter) => Member(parameter, ValueKind.Number, null, isList: false, "double");

        public MemberLink Enum(string parameter, EnumLink type) => Member(parameter, ValueKind.Named, type.MetadataName, isList: false, ShortName(type.MetadataName));

        public MemberLink Record(string parameter, RecordLink type) => Member(parameter, ValueKind.Named, type.MetadataName, isList: false, ShortName(type.MetadataName));

        public MemberLink List(string parameter, RecordLink element) => Member(parameter, ValueKind.Named, element.MetadataName, isList: true, $"IReadOnlyList<{ShortName(element.MetadataName)}>");

        private string MetadataName => metadataName;

        private MemberLink Member(string parameter, ValueKind kind, string? type, bool isList, string expected)
        {
            if (record is null)
            {
                return Missing; // The type is reported once.
            }

            var member = record.Member(parameter);
            var what = $"the member '{parameter}' ({expected}) of {record.Name}";
            if (member is null)
            {
                resolver.Report(record.Location, what, $"{record.Name} has no member '{parameter}'");
                return Missing;
            }

            if (member.Type.Kind != kind || member.Type.IsList != isList || (type is not null && member.Type.MetadataName != type))
            {
                // A member of a type the model lacks is that type's problem, reported once.
                if (type is null || resolver.Exists(type) || member.Type.IsList != isList)
                {
                    resolver.Report(member.Location ?? record.Location, what, "it is declared as " + member.Type.DisplayName);
                }

                return Missing;
            }

            return new MemberLink(member.ParameterName, member.YamlKey);
        }

        private static readonly MemberLink Missing = new(string.Empty, string.Empty);
    }

    /// <summary>One enum of the model, as the rules read it.</summary>
    internal sealed class EnumLink(LinkResolver resolver, string metadataName, EnumSchema? @enum)
    {
        public string MetadataName => metadataName;

        public EnumMemberLink Member(string name)
        {
            if (@enum is null)
            {
                return new EnumMemberLink(string.Empty, string.Empty);
            }

            foreach (var member in @enum.Members)
            {
                if (member.CSharpName == name)
                {
                    return new EnumMemberLink(member.CSharpName, member.YamlName);
                }
            }

            resolver.Report(@enum.Location, $"the member '{name}' of {@enum.Name}", $"{@enum.Name} has no member '{name}'");
            return new EnumMemberLink(string.Empty, string.Empty);
        }
    }
}
