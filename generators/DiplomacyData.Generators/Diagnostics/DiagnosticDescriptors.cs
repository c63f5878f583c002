using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the dataset generator reports, with stable ids: DD00xx YAML syntax, DD01xx schema
/// and types, DD02xx ids and references, DD03xx domain rules, DD04xx provenance and evidence.
/// Ids are never reused; data/DIAGNOSTICS.md has a section per id.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpBase = "https://github.com/diplomacydata/diplomacydata/blob/main/data/DIAGNOSTICS.md#";

    public static readonly DiagnosticDescriptor YamlSyntaxError = Error(
        "DD0001", "YAML syntax error", "YAML syntax error: {0}; fix the YAML at this position (indentation, quoting, a missing ':' or '-')", "Yaml");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "DD0002", "Duplicate key in a mapping", "The key '{0}' appears twice in this mapping (first at {1}); keep one of them", "Yaml");

    public static readonly DiagnosticDescriptor UnsupportedYamlFeature = Error(
        "DD0003", "YAML feature not supported", "YAML {0} are not supported in dataset files (found '{1}'); write the value out in full", "Yaml");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error(
        "DD0004", "YAML nested too deeply", "The YAML is nested more than {0} levels deep here; no dataset record needs that, flatten the structure", "Yaml");

    public static readonly DiagnosticDescriptor EmptyFile = Warning(
        "DD0005", "Dataset file holds no records", "The dataset file '{0}' holds no records; add records under a collection key such as 'engagements:' or delete the file", "Yaml");

    public static readonly DiagnosticDescriptor MultipleDocuments = Error(
        "DD0006", "More than one YAML document in a file", "The file holds more than one YAML document (a second '---'); put each document in a file of its own", "Yaml");

    public static readonly DiagnosticDescriptor NonScalarKey = Error(
        "DD0007", "Mapping key is not a plain value", "A mapping key must be a plain name, found {0}; write the key as a plain word such as 'id'", "Yaml");

    public static readonly DiagnosticDescriptor UnreadableFile = Error(
        "DD0008", "Dataset file could not be read", "The dataset file '{0}' could not be read; check that it exists and is UTF-8 text", "Yaml");

    public static readonly DiagnosticDescriptor UnknownKey = Error(
        "DD0101", "Unknown key", "Unknown key '{0}' in {1}{2}; the keys of {1} are: {3}", "Schema");

    public static readonly DiagnosticDescriptor MissingRequiredKey = Error(
        "DD0102", "Required key missing", "{1} is missing the required key '{0}'; add '{0}: …'{2}", "Schema");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "DD0103", "Value has the wrong type", "'{0}' is not a valid value for '{1}' ({2}); {3}", "Schema");

    public static readonly DiagnosticDescriptor UnknownEnumValue = Error(
        "DD0104", "Unknown enum value", "'{0}' is not a known value for '{1}'{2}; use one of: {3}", "Schema");

    public static readonly DiagnosticDescriptor WrongShape = Error(
        "DD0105", "Wrong YAML shape", "'{0}' must be {1}, but the YAML has {2} here", "Schema");

    public static readonly DiagnosticDescriptor UnknownCollection = Error(
        "DD0106", "Unknown kind of record", "Unknown top-level key '{0}'{1}; a dataset file lists records under: {2}", "Schema");

    public static readonly DiagnosticDescriptor NullNotAllowed = Error(
        "DD0107", "Value may not be null", "'{0}' of {1} may not be null or empty; give a value", "Schema");

    public static readonly DiagnosticDescriptor UnsupportedSchemaType = Error(
        "DD0190", "Schema member type not supported", "Parameter '{0}' of {1} has type {2}, which the dataset generator cannot bind; use string, bool, int, DateOnly, Uri, a [DatasetValue] record or enum, a [DatasetEntity] record, or IReadOnlyList<> of one of these", "Schema");

    public static readonly DiagnosticDescriptor NoBindableConstructor = Error(
        "DD0191", "Schema record has no constructor to bind", "{0} has no public constructor with parameters for the dataset generator to bind; declare it as a positional record", "Schema");

    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "DD0201", "Duplicate id", "Duplicate {0} id '{1}' (also defined at {2}); ids must be unique, rename one", "References");

    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "DD0202", "Unknown reference", "'{0}' is not the id of any {1}{2}; fix the id or define it under '{3}:'", "References");

    public static readonly DiagnosticDescriptor InvalidId = Error(
        "DD0203", "Invalid id", "'{0}' is not a valid {1} id: {2}", "References");

    public static readonly DiagnosticDescriptor HandleCollision = Error(
        "DD0204", "Two records give the same typed handle", "{0} '{1}' and '{2}' would both be the typed handle {3}.{4}; change one of them so that their handle names differ", "References");

    public static readonly DiagnosticDescriptor InvalidHandleName = Error(
        "DD0205", "Value cannot name a typed handle", "'{0}' cannot name the typed handle of {1}: {2}", "References");

    public static readonly DiagnosticDescriptor InvalidDateRange = Error(
        "DD0301", "Date, end date and precision disagree", "{0}: {1}", "Domain");

    public static readonly DiagnosticDescriptor RoleEndsBeforeItStarts = Error(
        "DD0302", "Role ends before it starts", "The role '{0}' of '{1}' ends on {2}, before it starts on {3}; swap or correct the dates", "Domain");

    public static readonly DiagnosticDescriptor EngagementWithoutParticipants = Error(
        "DD0303", "Engagement that happened without participants", "Engagement '{0}' happened but has no participants; list who took part under 'participants:' with their part", "Domain");

    public static readonly DiagnosticDescriptor EvidenceNotFound = Error(
        "DD0401", "Evidence quote not found in the source text", "The evidence \"{0}\" is not in the archived text of source '{1}'{2}; copy the passage verbatim from {3}", "Provenance");

    public static readonly DiagnosticDescriptor MissingArchivedText = Error(
        "DD0402", "Source has no archived text", "Source '{0}' has no archived text; save the article's text as '{0}.txt' beside the dataset files (data/sources/)", "Provenance");

    public static readonly DiagnosticDescriptor CitationWithoutEvidence = Error(
        "DD0403", "Citation without evidence", "The citation of source '{0}' gives no evidence; add at least one verbatim passage under 'evidence:'", "Provenance");

    public static readonly DiagnosticDescriptor EngagementWithoutSources = Error(
        "DD0404", "Engagement cites no source", "Engagement '{0}' cites no source; add 'sources:' with the article and verbatim evidence", "Provenance");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "DD9999", "Dataset generator failed", "The dataset generator failed while {0}: {1}; this is a bug in the generator, please report it with the data file", "Internal");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Index(
        YamlSyntaxError, DuplicateKey, UnsupportedYamlFeature, NestingTooDeep, EmptyFile, MultipleDocuments, NonScalarKey, UnreadableFile,
        UnknownKey, MissingRequiredKey, InvalidValue, UnknownEnumValue, WrongShape, UnknownCollection, NullNotAllowed,
        UnsupportedSchemaType, NoBindableConstructor,
        DuplicateId, UnknownReference, InvalidId, HandleCollision, InvalidHandleName,
        InvalidDateRange, RoleEndsBeforeItStarts, EngagementWithoutParticipants,
        EvidenceNotFound, MissingArchivedText, CitationWithoutEvidence, EngagementWithoutSources,
        InternalError);

    /// <summary>All descriptors, for the diagnostics reference and its tests.</summary>
    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message, string category) =>
        Create(id, title, message, category, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category) =>
        Create(id, title, message, category, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, "DiplomacyData." + category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var index = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }
}
