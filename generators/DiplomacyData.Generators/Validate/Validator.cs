using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Read;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Generators.Validate.Views;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generators.Validate;

/// <summary>The Validate step's output: the problems found, and the entities they make unfit to emit.</summary>
internal sealed record ValidationResult(EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<EntityKey> Invalid);

/// <summary>
/// The Validate step: domain rules on the bound dataset (ids, dates, roles, evidence against the archived
/// article text). Runs on well-typed values only; the Bind step has reported everything else.
/// </summary>
/// <remarks>
/// No rule reports what an error already reported explains: a record with a binding error
/// (<see cref="BoundEntity.HasErrors"/>) may lack values that were misspelt or mis-shaped, so the rules about its
/// content wait until it binds, and rules about several records skip those that involve such a record or one
/// that was dropped.
/// </remarks>
internal sealed partial class Validator
{
    /// <summary>
    /// The longest id: the tools name files after ids, and the longest name they write joins two ids with 7 more
    /// characters (the report's <c>pairs/people/&lt;id&gt;--&lt;id&gt;.html</c>), which must stay within the 255 bytes a
    /// file name may have on every common file system; 100 leaves room for a temporary suffix.
    /// </summary>
    public const int MaxIdLength = 100;

    // \z, not $: .NET's $ also matches before a final line break, which would let "jcpoa\n" through.
    private static readonly Regex s_kebabId = new(@"^[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant);
    private static readonly Regex s_alpha3 = new(@"^[A-Z]{3}\z", RegexOptions.CultureInvariant);
    private static readonly Regex s_cameoCode = new(@"^[0-9]{2,4}\z", RegexOptions.CultureInvariant);

    private readonly ArchiveIndex _archives;
    private readonly Dictionary<string, string> _normalizedArchives = new(StringComparer.Ordinal);
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly HashSet<EntityKey> _invalid = new();
    private readonly CancellationToken _cancellationToken;
    private readonly DatasetSchema _schema;
    private readonly ModelLinks _links;
    private EntityKey? _current;

    private Validator(ArchiveIndex? archives, DatasetSchema schema, CancellationToken cancellationToken)
    {
        _schema = schema;
        _links = schema.Links;
        _archives = archives ?? ArchiveIndex.Empty;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The archived texts' own problems, reported once by the whole step: their characters and encoding, a second text for one source, a text that could not be read.</summary>
    private void ReportArchiveProblems()
    {
        _diagnostics.AddRange(_archives.Diagnostics);
        foreach (var problem in _archives.Problems)
        {
            var archive = problem.Archive;
            if (problem.SameNameAs is { } first)
            {
                Report(DiagnosticDescriptors.DuplicateArchivedText, new LocationInfo(archive.Path, default), Relative(first.Path, archive.Path), Relative(archive.Path, first.Path), archive.SourceId);
            }
            else
            {
                // Evidence cannot be checked against it; without this the quotes would go unchecked in silence.
                Report(DiagnosticDescriptors.UnreadableFile, new LocationInfo(archive.Path, default), archive.Path);
            }
        }
    }

    /// <summary>The id rules, for any record that has an id; the content rules run from <see cref="ValidateRecords"/> only on a record without binding errors.</summary>
    private void CheckId(BoundEntity entity)
    {
        _current = entity.Key;
        var id = entity.Key.Id;
        var idLocation = IdLocation(entity);
        if (entity.Key.EntityMetadataName == _links.Country.Type)
        {
            CheckCountryCodes(entity, id, idLocation);
        }
        else if (entity.Key.EntityMetadataName == _links.CameoCode.Type)
        {
            if (!s_cameoCode.IsMatch(id))
            {
                Report(DiagnosticDescriptors.InvalidId, idLocation, id, "CAMEO code", "a CAMEO code is two to four digits, quoted so that the leading zero stays: '042'");
            }
        }
        else if (!s_kebabId.IsMatch(id))
        {
            Report(DiagnosticDescriptors.InvalidId, idLocation, id, MessageText.ToWords(ShortName(entity.Key.EntityMetadataName)), "ids are kebab-case: lower-case letters and digits joined by single hyphens, e.g. sergey-lavrov");
        }
        else if (id.Length > MaxIdLength)
        {
            Report(DiagnosticDescriptors.InvalidId, idLocation, id.Substring(0, 40) + "…", MessageText.ToWords(ShortName(entity.Key.EntityMetadataName)), $"it is {MessageText.Invariant(id.Length)} characters long, and an id is at most {MessageText.Invariant(MaxIdLength)}: the tools name files after ids (a report page for two people joins two), and a file name holds at most 255 bytes; shorten it");
        }

        if (entity.Key.EntityMetadataName == _links.Source.Type && !_archives.TryGet(id, out _))
        {
            Report(DiagnosticDescriptors.MissingArchivedText, idLocation, id);
        }
    }

    private void CheckCountryCodes(BoundEntity country, string id, LocationInfo idLocation)
    {
        if (!s_alpha3.IsMatch(id))
        {
            Report(DiagnosticDescriptors.InvalidId, idLocation, id, "country", "a country's id is its ISO 3166-1 alpha-3 code in capitals, e.g. IRN");
            return;
        }

        if (!Iso3166.TryGetAlpha2(id, out var alpha2))
        {
            Report(DiagnosticDescriptors.InvalidCountryCode, idLocation, $"'{id}' is not an officially assigned ISO 3166-1 alpha-3 code{MessageText.Suggest(id, Iso3166.Alpha3Codes)}; use the country's code, e.g. IRN for Iran");
            return;
        }

        if (new CountryView(country.Value, _links.Country).Alpha2 is { } given && given.Text != alpha2)
        {
            var key = _links.Country.Alpha2.YamlKey;
            Report(DiagnosticDescriptors.InvalidCountryCode, given.Location, $"{key} '{given.Text}' does not match {id}, whose ISO 3166-1 alpha-2 code is {alpha2}; write {key}: {alpha2}");
        }
    }

    private void Visit(BoundValue value, BoundEntity owner)
    {
        switch (value)
        {
            case ObjectValue record:
                var type = record.RecordMetadataName;
                if (type == _links.Engagement.Type)
                {
                    var engagement = new EngagementView(record, _links);
                    CheckDates(engagement);
                    // A planned session may be announced before anyone is named; one that happened had someone in it.
                    if (engagement.Happened)
                    {
                        CheckNotEmpty(engagement.ParticipantList, DiagnosticDescriptors.EngagementWithoutParticipants, owner);
                    }

                    CheckNotEmpty(engagement.SourceList, DiagnosticDescriptors.EngagementWithoutSources, owner);
                }
                else if (type == _links.Citation.Type)
                {
                    CheckEvidence(new CitationView(record, _links));
                }
                else if (type == _links.Role.Type)
                {
                    CheckRole(new RoleView(record, _links.Role), owner);
                }
                else if (type == _links.Person.Type)
                {
                    CheckOverlappingRoles(new PersonView(record, _links), owner);
                }

                foreach (var argument in record.Arguments)
                {
                    Visit(argument.Value, owner);
                }

                break;
            case ListValue list:
                foreach (var item in list.Items)
                {
                    Visit(item, owner);
                }

                break;
        }
    }

    private void CheckDates(EngagementView engagement)
    {
        var links = _links.Engagement;
        if (engagement.Date is not { } date || engagement.Precision is not { } precision)
        {
            return;
        }

        var end = engagement.EndDate;
        var (dateKey, endKey, precisionKey) = (links.Date.YamlKey, links.EndDate.YamlKey, links.Precision.YamlKey);
        if (end is not null && end.Day < date.Day)
        {
            Report(DiagnosticDescriptors.InvalidDateRange, end.Location, $"{endKey} {end.Text} is before {dateKey} {date.Text}", "swap them or correct one");
        }

        if ((precision.Is(links.Precisions.Range) || precision.Is(links.Precisions.Approximate)) && end is null)
        {
            Report(DiagnosticDescriptors.InvalidDateRange, precision.Location, $"{precisionKey} '{YamlName(precision)}' needs {MessageText.WithArticle(endKey)}", $"add '{endKey}:' with the last possible day");
        }
        else if (precision.Is(links.Precisions.Day) && end is not null)
        {
            Report(DiagnosticDescriptors.InvalidDateRange, end.Location, $"{precisionKey} '{links.Precisions.Day.YamlName}' cannot have {MessageText.WithArticle(endKey)} ({end.Text})", $"use {precisionKey} '{links.Precisions.Range.YamlName}' for several days, or remove {endKey}");
        }
        else if (precision.Is(links.Precisions.Month) && date.Day.Day != 1)
        {
            Report(DiagnosticDescriptors.InvalidDateRange, date.Location, $"with {precisionKey} '{links.Precisions.Month.YamlName}' the {dateKey} must be the first of the month, not {date.Text}", $"write {date.Day.FirstOfMonth}");
        }
    }

    private void CheckNotEmpty(ListValue? list, DiagnosticDescriptor descriptor, BoundEntity owner)
    {
        if (list is { Items.IsEmpty: true })
        {
            Report(descriptor, list.Location, owner.Key.Id);
        }
    }

    private void CheckRole(RoleView role, BoundEntity owner)
    {
        if (role.From is { } from && role.To is { } to && to.Day < from.Day)
        {
            Report(DiagnosticDescriptors.RoleEndsBeforeItStarts, to.Location, role.Title ?? "?", owner.Key.Id, to.Text, from.Text);
        }
    }

    private void CheckEvidence(CitationView citation)
    {
        if (citation.Source is not { } source || citation.Evidence is not { } evidence)
        {
            return;
        }

        var sourceId = source.Target.Id;
        if (evidence.Items.IsEmpty)
        {
            Report(DiagnosticDescriptors.CitationWithoutEvidence, citation.Value.Location, sourceId, _links.Citation.Evidence.YamlKey);
            return;
        }

        if (!_archives.TryGet(sourceId, out var archive) || archive.Text is null)
        {
            return; // DD0402 is reported once, on the source.
        }

        var text = NormalizedArchive(sourceId);

        foreach (var item in evidence.Items)
        {
            if (item is not ScalarValue quote)
            {
                continue;
            }

            if (EvidenceText.MissingFrom(text, quote.Text) is not { } matched)
            {
                continue;
            }

            var nearMiss = EvidenceText.NearMiss(text, quote.Text, matched);
            Report(DiagnosticDescriptors.EvidenceNotFound, quote.Location, Tail(quote.Text, 80, fromStart: true), sourceId, nearMiss, System.IO.Path.GetFileName(archive.Path));
        }
    }

    private string NormalizedArchive(string sourceId)
    {
        if (!_normalizedArchives.TryGetValue(sourceId, out var text))
        {
            _normalizedArchives.Add(sourceId, text = EvidenceText.Normalize(_archives.TryGet(sourceId, out var checkedText) ? checkedText.Text ?? string.Empty : string.Empty));
        }

        return text;
    }

    private static string Tail(string text, int length, bool fromStart = false) =>
        text.Length <= length ? text : fromStart ? text.Substring(0, length) + "…" : text.Substring(text.Length - length);

    /// <summary>The path below the folder it shares with <paramref name="other"/>: enough to tell two same-named files apart.</summary>
    private static string Relative(string path, string other)
    {
        var shared = 0;
        for (var i = 0; i < Math.Min(path.Length, other.Length) && path[i] == other[i]; i++)
        {
            if (path[i] is '/' or '\\')
            {
                shared = i + 1;
            }
        }

        return path.Substring(shared);
    }

    private static string ShortName(string metadataName) => metadataName.Substring(metadataName.LastIndexOf('.') + 1);

    private static LocationInfo IdLocation(BoundEntity entity) => entity.Value[DatasetRecords.IdParameter]?.Location ?? entity.Value.Location;

    /// <summary>How the data spells the bound enum member, from the schema.</summary>
    private string YamlName(EnumValue value)
    {
        foreach (var member in _schema.FindEnum(value.EnumMetadataName)?.Members ?? default)
        {
            if (member.CSharpName == value.Member)
            {
                return member.YamlName;
            }
        }

        return value.Member;
    }

    private void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
    {
        var diagnostic = DiagnosticInfo.Create(descriptor, location, args);
        _diagnostics.Add(diagnostic);
        if (diagnostic.IsError && _current is not null)
        {
            _invalid.Add(_current);
        }
    }
}
