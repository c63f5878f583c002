using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the dataset generator reports, with stable ids: DD00xx YAML syntax and the characters of the
/// text (DD0018–DD0023: what a reader sees is what ships), DD01xx schema
/// and types, DD02xx ids and references, DD03xx domain rules, DD04xx provenance and evidence, DD05xx
/// releases and versions.
/// Ids are never reused; data/DIAGNOSTICS.md has a section per id. The help link to that section is added
/// when a diagnostic is reported, from the build's setting (<see cref="HelpLinks"/>).
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor YamlSyntaxError = new(
        "DD0001",
        "YAML syntax error",
        "YAML syntax error: {0}; fix the YAML at this position (indentation, quoting, a missing ':' or '-')",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "DD0002",
        "Duplicate key in a mapping",
        "The key '{0}' appears twice in this mapping (first at {1}); keep one of them",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedYamlFeature = new(
        "DD0003",
        "YAML feature not supported",
        "YAML {0} are not supported in dataset files (found '{1}'); write the value out in full",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "DD0004",
        "YAML nested too deeply",
        "The YAML is nested more than {0} levels deep here; no dataset record needs that, flatten the structure",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EmptyFile = new(
        "DD0005",
        "Dataset file holds no records",
        "The dataset file '{0}' holds no records; add records under a collection key such as 'engagements:' or delete the file",
        Category.Yaml,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MultipleDocuments = new(
        "DD0006",
        "More than one YAML document in a file",
        "The file holds more than one YAML document (a second '---'); put each document in a file of its own",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NonScalarKey = new(
        "DD0007",
        "Mapping key is not a plain value",
        "A mapping key must be a plain name, found {0}; write the key as a plain word such as 'id'",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnreadableFile = new(
        "DD0008",
        "Dataset file could not be read",
        "The dataset file '{0}' could not be read; check that it exists and is UTF-8 text",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "DD0009",
        "Dataset file too large",
        "The file is {0} characters long, more than the {1} a dataset file may hold; split its records over several files",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ScalarTooLong = new(
        "DD0010",
        "Value too long",
        "This value is {0} characters long, more than the {1} a single value may hold; shorten it (evidence is a passage, not the article)",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidEncoding = new(
        "DD0011",
        "File is not valid UTF-8",
        "The file is not valid UTF-8: {0}; save the file as UTF-8 and check the characters that were not",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ForbiddenCharacter = new(
        "DD0012",
        "Character YAML does not allow",
        "The file holds the character {0}, which YAML does not allow in a file (control characters other than tab and line breaks); write it as an escape inside double quotes instead, such as \"\\x01\"",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor AmbiguousLineBreak = new(
        "DD0013",
        "Character YAML readers disagree on",
        "The file holds the character {0}, which YAML 1.2 reads as part of the text but the generator's YAML reader as a line break; replace it with a space or a line break, or, where it belongs in a value, write it as the escape \"{2}\" inside double quotes",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ByteOrderMarkInside = new(
        "DD0014",
        "Byte order mark inside a file",
        "The file holds a byte order mark {0} here, and one may only be the first character of a file; delete it (most editors do not show it)",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor TabIndentation = new(
        "DD0015",
        "Tab in indentation",
        "A tab in the indentation of this line: {0}; replace the tab with spaces, or delete it",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidDirective = new(
        "DD0016",
        "YAML directive not valid",
        "The directive '{0}' is not valid: {1}; dataset files need no directive, so remove it (or write '%YAML 1.2' on its own line and '---' on the next)",
        Category.Yaml,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor IgnoredDirective = new(
        "DD0017",
        "YAML directive ignored",
        "The directive '{0}' is ignored: {1}; remove it",
        Category.Yaml,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DirectionalControl = new(
        "DD0018",
        "Bidirectional control character",
        "The file holds {0}, which reorders the text after it in an editor, a diff or a terminal (Trojan Source, CVE-2021-42574); delete it: the tools set right-to-left text apart themselves",
        Category.Text,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor StrayDirectionalMark = new(
        "DD0019",
        "Directional mark without right-to-left text",
        "'{0}' holds {1}, which only right-to-left text needs, and it has none; delete it",
        Category.Text,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor StrayJoiner = new(
        "DD0020",
        "Joiner where no letters join",
        "'{0}' holds {1} where it joins nothing: a joiner belongs between two letters of a script that joins them (Arabic, Persian, Syriac …) or after a virama; delete it",
        Category.Text,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvisibleCharacter = new(
        "DD0021",
        "Invisible character in a value",
        "'{0}' holds {1}, which shows as nothing; delete it, or write what it stands for (a space, a hyphen)",
        Category.Text,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MixedScripts = new(
        "DD0022",
        "Word that mixes scripts",
        "The word '{0}' mixes scripts: {1} among {2} letters, as no name is written; retype {3} in {2}, or write the word wholly in one script",
        Category.Text,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NotNormalized = new(
        "DD0023",
        "Text not in Unicode normalization form C",
        "{0} is not in Unicode normalization form C (NFC): it writes {1} where NFC writes {2}{3}; the build reads it in NFC, as it compares, hashes, names and ships every text, so save the file in NFC (or retype the character) to make the file what the build reads",
        Category.Text,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "DD0101",
        "Unknown key",
        "Unknown key '{0}' in {1}{2}; the keys of {1} are: {3}",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingRequiredKey = new(
        "DD0102",
        "Required key missing",
        "{1} is missing the required key '{0}'; add '{0}: …'{2}",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidValue = new(
        "DD0103",
        "Value has the wrong type",
        "'{0}' is not a valid value for '{1}' ({2}); {3}",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownEnumValue = new(
        "DD0104",
        "Unknown enum value",
        "'{0}' is not a known value for '{1}'{2}; use one of: {3}",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WrongShape = new(
        "DD0105",
        "Wrong YAML shape",
        "'{0}' must be {1}, but the YAML has {2} here",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownCollection = new(
        "DD0106",
        "Unknown kind of record",
        "Unknown top-level key '{0}'{1}; a dataset file lists records under: {2}",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NullNotAllowed = new(
        "DD0107",
        "Value may not be null or empty",
        "{0} of {1} is {2}, which it may not be; {3}",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ValueBreaksRule = new(
        "DD0108",
        "Value breaks its field's rule",
        "'{0}' is not a valid value for '{1}' of {2}: expected {3}; correct it from the record it comes from, or write ~ when it is not known",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidValueRule = new(
        "DD0109",
        "Field rule in the model cannot be applied",
        "The rule on parameter '{0}' of {1} cannot be applied: {2}; fix the [DatasetPattern] or [DatasetRange] attribute in the model",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedSchemaType = new(
        "DD0190",
        "Schema member type not supported",
        "Parameter '{0}' of {1} has type {2}, which the dataset generator cannot bind; use string, bool, int, double, DateOnly, Uri, a [DatasetValue] record or enum, a [DatasetEntity] record, or IReadOnlyList<> of one of these",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoBindableConstructor = new(
        "DD0191",
        "Schema record has no constructor to bind",
        "{0} has no public constructor with parameters for the dataset generator to bind; declare it as a positional record",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ModelLacksLink = new(
        "DD0192",
        "Model lacks what the domain rules read",
        "The domain rules read {0}, but {1}; restore it in the model, or change the generator's link to it (Schema/ModelLinks.cs) and the rules that read it",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnusableKindName = new(
        "DD0193",
        "Kind of record names an unusable class",
        "The collection '{0}' of {1} names the class {2} (its typed handles, its Catalog property and its files), which cannot be: {3}; choose another collection name in [DatasetEntity]",
        Category.Schema,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "DD0201",
        "Duplicate id",
        "Duplicate {0} id '{1}' (also defined at {2}); ids must be unique, rename one",
        Category.References,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownReference = new(
        "DD0202",
        "Unknown reference",
        "'{0}' is not the id of any {1}{2}; fix the id or define it under '{3}:'",
        Category.References,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidId = new(
        "DD0203",
        "Invalid id",
        "'{0}' is not a valid {1} id: {2}",
        Category.References,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor HandleCollision = new(
        "DD0204",
        "Two records give the same typed handle",
        "{0} '{1}' and '{2}' would both be the typed handle {3}.{4}; change one of them so that their handle names differ",
        Category.References,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidHandleName = new(
        "DD0205",
        "Value cannot name a typed handle",
        "'{0}' cannot name the typed handle of {1}: {2}",
        Category.References,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor AmbiguousName = new(
        "DD0206",
        "Two people share a name or alias",
        "'{0}' of person '{1}' is the same name as '{2}' of person '{3}' once case, diacritics, punctuation, apostrophe-like marks, letter variants, look-alike characters of any script (UTS #39) and spacing are ignored; Catalog.FindPerson could not tell them apart, so change or remove one of them",
        Category.References,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnreferencedEntity = new(
        "DD0207",
        "Record nothing refers to",
        "{0} '{1}' is not referred to by any record; refer to it or remove it",
        Category.References,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidCountryCode = new(
        "DD0208",
        "Not an ISO 3166-1 country code",
        "{0}",
        Category.References,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor SharedExternalId = new(
        "DD0213",
        "Two records share an external identifier",
        "{0} '{1}' and '{2}' both have {3} {4}; an identifier names one thing, so check both against the record they come from and correct one",
        Category.References,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor LookAlikeIds = new(
        "DD0214",
        "Two ids look alike",
        "The {0} id '{1}' looks like the {0} id '{2}' ({3}): they differ only in characters that look alike (UTS #39 confusables: 1 and l, rn and m, Latin and Cyrillic o), so a reader cannot tell them apart; rename one",
        Category.References,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor TooManyHandles = new(
        "DD0209",
        "Too many records of one kind for typed handles",
        "{0} has {1} records, more than the {2} typed handles one class can hold (the runtime refuses types of more than 65,535 methods); its records are in Catalog.{0} and the lookups, without typed handles",
        Category.References,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidDateRange = new(
        "DD0301",
        "Date, end date and precision disagree",
        "{0}: {1}",
        Category.Domain,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor RoleEndsBeforeItStarts = new(
        "DD0302",
        "Role ends before it starts",
        "The role '{0}' of '{1}' ends on {2}, before it starts on {3}; swap or correct the dates",
        Category.Domain,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EngagementWithoutParticipants = new(
        "DD0303",
        "Engagement that happened without participants",
        "Engagement '{0}' happened but has no participants; list who took part under 'participants:' with their part",
        Category.Domain,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PlannedNotAfterSource = new(
        "DD0304",
        "Planned engagement not after its source",
        "Planned engagement '{0}' is dated {1}, but source '{2}' announcing it was published on {3}; a planned engagement lies after its announcement, so fix the date, the status or the source",
        Category.Domain,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ParticipantWithoutRole = new(
        "DD0305",
        "Participant holds no role on the day",
        "'{0}' is reported as '{1}' in engagement '{2}', but holds none of the recorded roles on {3}; add the role (with its dates) to the person, or fix the engagement's date",
        Category.Domain,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ActingMismatch = new(
        "DD0306",
        "Reported as acting, role not acting",
        "'{0}' is reported as '{1}' in engagement '{2}', but the role held that day, '{3}', is not marked acting; set 'acting: true' on the role or check the reported title",
        Category.Domain,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor OverlappingRoles = new(
        "DD0307",
        "Same office held twice at once",
        "Person '{0}' holds '{1}' twice at once ({2} and {3}); merge the two roles or fix their dates",
        Category.Domain,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor CameoPloverMismatch = new(
        "DD0308",
        "CAMEO codes disagree with the PLOVER event",
        "None of the CAMEO codes of engagement '{0}' ({1}) maps to its PLOVER event '{2}'; fix the codes or the PLOVER event",
        Category.Domain,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor LikelyDuplicateEngagement = new(
        "DD0309",
        "Likely duplicate engagement",
        "Engagements '{0}', {2}, and '{1}', {3}, overlap in time and share the participants {4}; if they are one engagement, merge them (several reports are several entries under 'sources:'); if they are two, write 'distinctFrom: [{0}]' on '{1}'",
        Category.Domain,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor HalfCoordinates = new(
        "DD0313",
        "Latitude without longitude",
        "Place '{0}' has a {1} but no {2}; a point needs both, so add the {2} from the same record or write ~ for both",
        Category.Domain,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor LocationDisagreesWithPlace = new(
        "DD0314",
        "Location disagrees with its place",
        "The location of engagement '{0}' gives {1} '{2}', but its place '{3}' has {1} '{4}'; correct the location or choose the right place",
        Category.Domain,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor IdentifierWithoutNote = new(
        "DD0315",
        "Identifier without a note of its source",
        "{0} '{1}' gives {2} but no '{3}'; say where each value was looked up (the page or file), so that it can be checked",
        Category.Domain,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WeekdayDisagreesWithDate = new(
        "DD0316",
        "Weekday in the text is not the engagement's date",
        "'{0}' in {1} names {3} (counted from {4}), but engagement '{2}' is dated {5}; correct the date, or, if the words date something else, write that weekday with its date in 'dateNote' (\"{0}\" ({6}))",
        Category.Domain,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WeekdayBesideWrongDate = new(
        "DD0317",
        "Weekday written beside a date of another weekday",
        "The dateNote of engagement '{0}' writes '{1}' beside {2}, which was a {3}; correct the weekday or the date",
        Category.Domain,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor IdDateDisagreesWithDate = new(
        "DD0318",
        "Id carries another date than the engagement's",
        "Engagement id '{0}' carries the date {1}, but the engagement is dated {2}; rename it to end with {3} (an id already released is retired with its successor in data/release/retired-ids.tsv)",
        Category.Domain,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DistinctFromUnknownEngagement = new(
        "DD0319",
        "distinctFrom names no engagement",
        "Engagement '{0}' is declared distinct from '{1}', but no engagement has that id{2}; correct the id or remove it",
        Category.Domain,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NeedlessDistinctFrom = new(
        "DD0320",
        "distinctFrom names an engagement that does not look alike",
        "Engagement '{0}', on {2}, is declared distinct from '{1}', on {3}, but they do not both overlap in time and share two or more participants (they share {4}); remove '{1}' from distinctFrom",
        Category.Domain,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EvidenceNotFound = new(
        "DD0401",
        "Evidence quote not found in the source text",
        "The evidence \"{0}\" is not in the archived text of source '{1}'{2}; copy the passage verbatim from {3}",
        Category.Provenance,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingArchivedText = new(
        "DD0402",
        "Source has no archived text",
        "Source '{0}' has no archived text; save the article's text as '{0}.txt' beside the dataset files (data/sources/)",
        Category.Provenance,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor CitationWithoutEvidence = new(
        "DD0403",
        "Citation without evidence",
        "The citation of source '{0}' gives no evidence; add at least one verbatim passage under '{1}:'",
        Category.Provenance,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EngagementWithoutSources = new(
        "DD0404",
        "Engagement cites no source",
        "Engagement '{0}' cites no source; add 'sources:' with the article and verbatim evidence",
        Category.Provenance,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoSourceAfterDate = new(
        "DD0405",
        "No source published after the engagement",
        "Engagement '{0}' happened on {1}, but every source citing it was published before that ({2}); a source cannot report what had not yet happened, so fix the date, the status or the citation",
        Category.Provenance,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ArchivedTextWithoutSource = new(
        "DD0406",
        "Archived text without a source",
        "The archived text '{0}' belongs to no source; add a source with id '{1}' or remove the file",
        Category.Provenance,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor QuoteNotFound = new(
        "DD0407",
        "Statement quote not found in the cited sources",
        "The quote \"{0}\" of engagement '{1}' is in the archived text of none of its cited sources ({2}){3}; quote the speaker verbatim, or give the words as the summary and leave 'quote' out",
        Category.Provenance,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateArchivedText = new(
        "DD0408",
        "Two archived texts for one source",
        "The archived texts '{0}' and '{1}' both name source '{2}'; evidence is checked against '{0}' only, so keep one of them (delete or rename the other)",
        Category.Provenance,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ReleaseFileMissing = new(
        "DD0501",
        "Release file missing or unreadable",
        "The data's release file '{0}' {1}",
        Category.Release,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MalformedChangelog = new(
        "DD0502",
        "Malformed changelog entry",
        "CHANGELOG.md: {0}; a release entry is a heading '## <version> - <yyyy-MM-dd>' and a line 'Content hash: sha256:<64 hex digits>' (see data/CURATING.md)",
        Category.Release,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    // A warning while curating, an error in CI: DataRelease.targets makes it one or the other.
    public static readonly DiagnosticDescriptor DataChangedSinceRelease = new(
        "DD0503",
        "Data changed since its last release",
        "The data's content hash is {0}, but {1}; until a release records it, the data is version {2}. Cut a release: add an entry to CHANGELOG.md with the next version (patch for corrections, minor for additions, major for removals) and 'Content hash: {0}'.",
        Category.Release,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ShippedIdRemoved = new(
        "DD0504",
        "Released id removed",
        "The typed handle {0} ('{1}') is in the last release, but {2}; ids are public API: restore the record, or retire the handle by adding '{0}  {1}  <successor id>' to retired-ids.tsv",
        Category.Release,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MalformedIdList = new(
        "DD0505",
        "Malformed line in an id list",
        "{0}: {1}",
        Category.Release,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidRetirement = new(
        "DD0506",
        "Retired handle cannot be kept",
        "The retired handle {0} cannot be kept: {1}",
        Category.Release,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InternalError = new(
        "DD9999",
        "Dataset generator failed",
        "The dataset generator failed while {0}: {1}; this is a bug in the generator, please report it with the data file",
        Category.Internal,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Index(
        YamlSyntaxError, DuplicateKey, UnsupportedYamlFeature, NestingTooDeep, EmptyFile, MultipleDocuments, NonScalarKey, UnreadableFile,
        FileTooLarge, ScalarTooLong, InvalidEncoding, ForbiddenCharacter,
        AmbiguousLineBreak, ByteOrderMarkInside, TabIndentation, InvalidDirective, IgnoredDirective,
        DirectionalControl, StrayDirectionalMark, StrayJoiner, InvisibleCharacter, MixedScripts, NotNormalized,
        UnknownKey, MissingRequiredKey, InvalidValue, UnknownEnumValue, WrongShape, UnknownCollection, NullNotAllowed, ValueBreaksRule, InvalidValueRule,
        UnsupportedSchemaType, NoBindableConstructor, ModelLacksLink, UnusableKindName,
        DuplicateId, UnknownReference, InvalidId, HandleCollision, InvalidHandleName, AmbiguousName, UnreferencedEntity, InvalidCountryCode, TooManyHandles, SharedExternalId, LookAlikeIds,
        InvalidDateRange, RoleEndsBeforeItStarts, EngagementWithoutParticipants, PlannedNotAfterSource, ParticipantWithoutRole,
        ActingMismatch, OverlappingRoles, CameoPloverMismatch, LikelyDuplicateEngagement, HalfCoordinates, LocationDisagreesWithPlace, IdentifierWithoutNote,
        WeekdayDisagreesWithDate, WeekdayBesideWrongDate, IdDateDisagreesWithDate, DistinctFromUnknownEngagement, NeedlessDistinctFrom,
        EvidenceNotFound, MissingArchivedText, CitationWithoutEvidence, EngagementWithoutSources, NoSourceAfterDate, ArchivedTextWithoutSource, QuoteNotFound, DuplicateArchivedText,
        ReleaseFileMissing, MalformedChangelog, DataChangedSinceRelease, ShippedIdRemoved, MalformedIdList, InvalidRetirement,
        InternalError);

    /// <summary>All descriptors, for the diagnostics reference and its tests.</summary>
    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    /// <summary>The categories, as constants: the release tracking analyzer (AnalyzerReleases.*.md) reads them where each descriptor is made.</summary>
    private static class Category
    {
        public const string Yaml = "DiplomacyData.Yaml";
        public const string Text = "DiplomacyData.Text";
        public const string Schema = "DiplomacyData.Schema";
        public const string References = "DiplomacyData.References";
        public const string Domain = "DiplomacyData.Domain";
        public const string Provenance = "DiplomacyData.Provenance";
        public const string Release = "DiplomacyData.Release";
        public const string Internal = "DiplomacyData.Internal";
    }

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
