using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Schema;

/// <summary>How a YAML value turns into a C# value.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    Integer,
    /// <summary>A <c>double</c>, written in YAML as a plain decimal number (no exponent, no thousands separator).</summary>
    Number,
    Date,
    Uri,
    /// <summary>A type declared in the compilation: a [DatasetValue] record or enum, or a [DatasetEntity] record.</summary>
    Named,
    Unsupported,
}

/// <param name="Kind">How to read the YAML value.</param>
/// <param name="MetadataName">For <see cref="ValueKind.Named"/>: the type's full metadata name (e.g. DiplomacyData.Person).</param>
/// <param name="DisplayName">The C# type as the curator's model author wrote it, for messages.</param>
/// <param name="IsNullable">Null (<c>~</c>) is allowed.</param>
/// <param name="IsList">An IReadOnlyList of the element kind: a YAML sequence, empty when the key is missing.</param>
internal sealed record TypeShape(ValueKind Kind, string MetadataName, string DisplayName, bool IsNullable, bool IsList)
{
    public TypeShape Element => this with { IsList = false, IsNullable = false };
}

/// <param name="ParameterName">The constructor parameter, as named arguments in emitted code use it.</param>
/// <param name="YamlKey">camelCase of the parameter name.</param>
/// <param name="HasDefault">The parameter is optional in C#, so the key is optional in YAML.</param>
/// <param name="DefaultValue">
/// The C# default's constant, when <paramref name="HasDefault"/>: null (also for <c>default</c>), a bool, a string,
/// a double, or a long (an integer's value or an enum member's numeric value). Emit writes it as a C# literal.
/// </param>
/// <param name="Rule">What a value must also satisfy beyond its type ([DatasetPattern], [DatasetRange]); null when nothing.</param>
internal sealed record MemberSchema(string ParameterName, string YamlKey, TypeShape Type, bool HasDefault, object? DefaultValue, LocationInfo? Location, ValueRule? Rule = null)
{
    /// <summary>Lists may be left out (empty); everything else without a C# default must be written, as <c>~</c> when null.</summary>
    public bool IsRequired => !HasDefault && !Type.IsList;
}

/// <summary>A rule a member's values obey beyond their type, read from the model's attributes.</summary>
/// <param name="Pattern">A regular expression the whole string must match; null when the rule is a range.</param>
/// <param name="Minimum">The smallest number allowed, when the rule is a range.</param>
/// <param name="Maximum">The largest number allowed, when the rule is a range.</param>
/// <param name="Expected">What a valid value is, in words, for the message.</param>
internal sealed record ValueRule(string? Pattern, double Minimum, double Maximum, string Expected)
{
    /// <summary>A range of numbers rather than a pattern of text.</summary>
    public bool IsRange => Pattern is null;
}

/// <summary>What makes a record a top-level kind of dataset record.</summary>
/// <param name="Collection">The YAML key that lists it (e.g. <c>people</c>).</param>
/// <param name="HandleClass">PascalCase of the collection: the handle class and the Catalog property.</param>
/// <param name="HandleNameFrom">Parameter whose value names a record's handle.</param>
/// <param name="OrderBy">Date parameter the catalogue list is ordered by, then id; null to order by id.</param>
/// <param name="IsReferenceData">A codebook shipped whole: an unreferenced record is not suspicious.</param>
/// <param name="DescribedBy">Parameter whose value describes a record to a reader (its handle's doc comment); null for the id.</param>
internal sealed record EntityInfo(string Collection, string HandleClass, string HandleNameFrom, string? OrderBy, bool IsReferenceData, string? DescribedBy = null);

/// <param name="MetadataName">e.g. DiplomacyData.Person.</param>
/// <param name="Namespace">The namespace the handle class is emitted into.</param>
/// <param name="Name">The type's name, e.g. Person.</param>
/// <param name="Location">The type's declaration, for diagnostics about the model.</param>
internal sealed record RecordSchema(
    string MetadataName,
    string Namespace,
    string Name,
    EquatableArray<MemberSchema> Members,
    EntityInfo? Entity,
    LocationInfo? Location = null)
{
    public string FullyQualifiedName => "global::" + MetadataName;

    public MemberSchema? Member(string parameterName)
    {
        foreach (var member in Members)
        {
            if (member.ParameterName == parameterName)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>How curators call this kind of record in messages: "a person", "an engagement".</summary>
    public string KindDisplay => MessageText.WithArticle(MessageText.ToWords(Name));
}

/// <param name="CSharpName">The member as declared.</param>
/// <param name="YamlName">kebab-case spelling used in YAML.</param>
/// <param name="Value">The member's numeric value, as the emitted data stores it.</param>
internal sealed record EnumMember(string CSharpName, string YamlName, long Value);

/// <param name="Location">The enum's declaration, for diagnostics about the model.</param>
internal sealed record EnumSchema(string MetadataName, string Name, EquatableArray<EnumMember> Members, LocationInfo? Location = null)
{
    public string FullyQualifiedName => "global::" + MetadataName;
}

/// <summary>One type read from a [DatasetEntity] or [DatasetValue] declaration.</summary>
internal sealed record SchemaType(RecordSchema? Record, EnumSchema? Enum, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The whole schema: every record and enum the generator binds YAML to.</summary>
/// <param name="Links">The members and enum members the domain rules read, found in the records (<see cref="ModelLinks"/>).</param>
internal sealed record DatasetSchema(
    EquatableArray<RecordSchema> Records,
    EquatableArray<EnumSchema> Enums,
    EquatableArray<DiagnosticInfo> Diagnostics,
    ModelLinks Links)
{
    public RecordSchema? FindRecord(string metadataName)
    {
        foreach (var record in Records)
        {
            if (record.MetadataName == metadataName)
            {
                return record;
            }
        }

        return null;
    }

    public EnumSchema? FindEnum(string metadataName)
    {
        foreach (var @enum in Enums)
        {
            if (@enum.MetadataName == metadataName)
            {
                return @enum;
            }
        }

        return null;
    }

    /// <summary>The record types some member refers to (by id): the kinds a record can point at.</summary>
    public System.Collections.Generic.HashSet<string> KindsReferredTo()
    {
        var kinds = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (var record in Records)
        {
            foreach (var member in record.Members)
            {
                if (member.Type.Kind == ValueKind.Named)
                {
                    kinds.Add(member.Type.MetadataName);
                }
            }
        }

        return kinds;
    }

    public System.Collections.Generic.IEnumerable<RecordSchema> Entities
    {
        get
        {
            foreach (var record in Records)
            {
                if (record.Entity is not null)
                {
                    yield return record;
                }
            }
        }
    }
}
