using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;
using DiplomacyData.Generators.Schema;
using DiplomacyData.Generators.Validate.Views;

namespace DiplomacyData.Generators.Validate;

/// <summary>Rules that need more than one record: names, roles on a day, source dates, codes, duplicates, orphans.</summary>
internal sealed partial class Validator
{
    private static readonly string[] s_actingWords = ["acting", "interim", "caretaker"];

    private ReferenceIndex _index = ReferenceIndex.Empty;

    /// <summary>
    /// The per-file step of the rules across records: each record of one file that bound without errors, read
    /// against the records it refers to (<paramref name="index"/>), and the facts the whole-dataset rules need.
    /// </summary>
    public static CrossRecordFindings CheckFile(BoundFile file, ReferenceIndex index, DatasetSchema schema, CancellationToken cancellationToken)
    {
        var validator = new Validator(null, schema, cancellationToken) { _index = index };
        var engagements = new List<EngagementFacts>();
        var references = new HashSet<EntityKey>(file.ReferencesFromBrokenRecords);
        try
        {
            for (var i = 0; i < file.Entities.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entity = file.Entities[i];
                references.UnionWith(entity.References);
                if (!entity.HasErrors)
                {
                    validator._current = entity.Key;
                    validator.CheckRecordAcrossRecords(entity, new RecordSlot(file.Path, i), schema, engagements);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            validator._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, validator.CurrentLocation(file.Entities), "validating " + System.IO.Path.GetFileName(file.Path) + " against other records", exception.GetType().Name + ": " + exception.Message));
        }

        // The rules on the facts name values by their record; this file is at hand to locate them.
        var places = PlaceResolver.Of(file);
        return new CrossRecordFindings(
            file.Path,
            validator._diagnostics.Select(places.Locate).ToEquatableArray(),
            EntityKey.InOrder(validator._invalid),
            new FileFacts(file.Path, engagements.ToEquatableArray(), file.AllValuesRead),
            ReferencedRecords.AskedAbout(references, schema));
    }

    private void CheckRecordAcrossRecords(BoundEntity entity, RecordSlot slot, DatasetSchema schema, List<EngagementFacts> engagements)
    {
        if (entity.Key.EntityMetadataName == _links.Engagement.Type)
        {
            CheckParticipantRoles(entity);
            CheckSourceDates(entity);
            CheckCameoAgainstPlover(entity);
            if (new EngagementView(entity.Value, _links).Location is { } location)
            {
                CheckLocationAgainstPlace(entity, location);
            }

            if (EngagementFactsAdapter.From(entity, slot, _links, key => TryGetSound(key, out var sound) ? sound : null, YamlName) is { } facts)
            {
                _diagnostics.AddRange(WeekdayRule.Check(facts));
                _diagnostics.AddRange(DatedIdRule.Check(facts));

                // The look-alike rule reads neither the reports nor the note: without them (and their positions), an
                // edit of the words leaves the facts equal and the whole-dataset rules cached.
                engagements.Add(facts with { Reports = EquatableArray<CitedReport>.Empty, DateNote = null });
            }
        }
        else if (entity.Key.EntityMetadataName == _links.Place.Type)
        {
            CheckBothCoordinates(entity);
        }

        if (schema.FindRecord(entity.Key.EntityMetadataName) is { } record)
        {
            CheckIdentifierNote(entity, record);
        }
    }

    /// <summary>
    /// The whole-dataset step of the rules across records, from compact inputs only (the referable records, the
    /// per-file facts, the ids): names that two people share, look-alike engagements, records nothing refers to,
    /// archived texts without a source, identifiers two records claim.
    /// </summary>
    public static ValidationResult Validate(ReferenceIndex index, ImmutableArray<FileFacts> files, EquatableArray<long> referenced, IdTable ids, ArchiveIndex archives, DatasetSchema schema, CancellationToken cancellationToken)
    {
        var validator = new Validator(archives, schema, cancellationToken) { _index = index };
        validator.ReportArchiveProblems();
        try
        {
            validator.CheckNamesAreUnambiguous(index.Records);
            validator.CheckLookAlikes(files, ids);
            validator._current = null;
            if (files.All(f => f.AllValuesRead))
            {
                // Otherwise a value left unread may be the reference that is missing.
                validator.CheckEverythingIsReferenced(index.Records, referenced, schema);
            }

            validator.CheckArchivesHaveSources(ids);
            validator.CheckNoSharedIdentifiers(index.Records, schema);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            validator._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, validator.CurrentLocation(index.Records), "validating the dataset", exception.GetType().Name + ": " + exception.Message));
        }

        return new ValidationResult(validator._diagnostics.ToEquatableArray(), EntityKey.InOrder(validator._invalid));
    }

    private LocationInfo? CurrentLocation(EquatableArray<BoundEntity> entities) =>
        _current is null ? null : entities.FirstOrDefault(e => e.Key == _current)?.Value.Location;

    private void CheckNamesAreUnambiguous(EquatableArray<BoundEntity> entities)
    {
        var owners = new Dictionary<string, (string Person, string Name, bool IsId)>(StringComparer.Ordinal);
        var reported = new HashSet<(string Person, string OtherName)>();
        foreach (var person in entities.Where(e => e.Key.EntityMetadataName == _links.Person.Type))
        {
            _current = person.Key;
            foreach (var (name, location, isId) in NamesOf(person))
            {
                var key = NameKey.Normalize(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!owners.TryGetValue(key, out var owner))
                {
                    owners.Add(key, (person.Key.Id, name, isId));
                }
                else if (owner.Person != person.Key.Id && !(isId && owner.IsId) && reported.Add((person.Key.Id, owner.Name)))
                {
                    // Two ids that look alike are DD0214's, reported where the ids are bound; and a name that stands
                    // for several of one person's (the id and the full name) is reported once.
                    Report(DiagnosticDescriptors.AmbiguousName, location, name, person.Key.Id, owner.Name, owner.Person);
                }
            }
        }

        _current = null;
    }

    private IEnumerable<(string Name, LocationInfo Location, bool IsId)> NamesOf(BoundEntity entity)
    {
        var person = new PersonView(entity.Value, _links);
        yield return (entity.Key.Id, person.IdLocation, true);
        if (person.Name is { } name)
        {
            // NameKey ignores spaces, so given + family stands for PersonName.Full.
            yield return ((name.Given ?? string.Empty) + " " + (name.Family ?? string.Empty), name.Location, false);
            if (name.Native is { } native)
            {
                yield return (native.Text, native.Location, false);
            }
        }

        foreach (var alias in person.Aliases)
        {
            yield return (alias.Text, alias.Location, false);
        }
    }

    private void CheckParticipantRoles(BoundEntity entity)
    {
        var engagement = new EngagementView(entity.Value, _links);
        if (engagement.Interval is not { } interval)
        {
            return;
        }

        foreach (var participant in engagement.Participants)
        {
            if (participant.ReportedTitle is not { } reported
                || participant.Person is not { } reference
                || !TryGetSound(reference.Target, out var person))
            {
                continue;
            }

            var held = new PersonView(person.Value, _links).Roles.Where(role => role.Overlaps(interval.Start, interval.End)).ToList();
            var day = interval.Start == interval.End ? interval.Start.ToString() : $"{interval.Start}..{interval.End}";
            if (held.Count == 0)
            {
                Report(DiagnosticDescriptors.ParticipantWithoutRole, reported.Location, person.Key.Id, reported.Text, entity.Key.Id, day);
                continue;
            }

            var reportedActing = s_actingWords.Any(word => reported.Text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0);
            if (reportedActing && !held.Any(role => role.Acting))
            {
                Report(DiagnosticDescriptors.ActingMismatch, reported.Location, person.Key.Id, reported.Text, entity.Key.Id, held[0].Title ?? "?");
            }
        }
    }

    private void CheckOverlappingRoles(PersonView person, BoundEntity owner)
    {
        var list = person.Roles.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            for (var j = i + 1; j < list.Count; j++)
            {
                var (a, b) = (list[i], list[j]);
                if (a.Title != b.Title || a.OrganizationId != b.OrganizationId)
                {
                    continue;
                }

                if (a.Overlaps(b.From?.Day ?? IsoDay.FromDayNumber(0), b.To?.Day ?? IsoDay.FromDayNumber(int.MaxValue)))
                {
                    Report(DiagnosticDescriptors.OverlappingRoles, b.Location, owner.Key.Id, b.Title ?? "?", Span(a), Span(b));
                }
            }
        }

        static string Span(RoleView role) => $"{role.From?.Text ?? "unknown start"} to {role.To?.Text ?? "now"}";
    }

    private void CheckSourceDates(BoundEntity entity)
    {
        var engagement = new EngagementView(entity.Value, _links);
        if (engagement.Date is not { } date || engagement.SourceList is null)
        {
            return;
        }

        var published = new List<(string Source, IsoDay? Date)>();
        foreach (var citation in engagement.Sources)
        {
            if (citation.Source is { } reference)
            {
                if (!TryGetSound(reference.Target, out var source))
                {
                    return; // Judged on every source or none: the missing one may be the one published later.
                }

                published.Add((source.Key.Id, new SourceView(source.Value, _links.Source).Published?.Day));
            }
        }

        if (published.Count == 0)
        {
            return;
        }

        if (engagement.Happened && published.All(p => p.Date is { } day && day < date.Day))
        {
            Report(DiagnosticDescriptors.NoSourceAfterDate, date.Location, entity.Key.Id, date.Text, string.Join(", ", published.Select(p => $"{p.Source} on {p.Date}")));
        }
        else if (engagement.Planned)
        {
            foreach (var (source, day) in published.Where(p => p.Date is { } day && date.Day <= day))
            {
                Report(DiagnosticDescriptors.PlannedNotAfterSource, date.Location, entity.Key.Id, date.Text, source, day!.Value.ToString());
            }
        }
    }

    private void CheckStatementQuotes(BoundEntity entity)
    {
        var engagement = new EngagementView(entity.Value, _links);
        if (engagement.SourceList is null)
        {
            return;
        }

        var cited = engagement.Sources
            .Select(c => c.Source?.Target.Id)
            .Where(id => id is not null)
            .Select(id => id!)
            .Distinct()
            .ToList();
        if (cited.Count == 0 || cited.Any(id => !_archives.TryGet(id, out var archive) || archive.Text is null))
        {
            return; // The quote may be in the text that is missing: DD0402, DD0404 or DD0008 says why.
        }

        foreach (var quote in engagement.Quotes)
        {
            int? best = 0;
            foreach (var sourceId in cited)
            {
                if (EvidenceText.MissingFrom(NormalizedArchive(sourceId), quote.Text) is not { } matched)
                {
                    best = null;
                    break;
                }

                best = Math.Max(best.Value, matched);
            }

            if (best is { } longest)
            {
                var nearMiss = longest >= 8 ? $"; the closest text matches its first {longest} characters" : string.Empty;
                Report(DiagnosticDescriptors.QuoteNotFound, quote.Location, Tail(quote.Text, 80, fromStart: true), entity.Key.Id, string.Join(", ", cited), nearMiss);
            }
        }
    }

    private void CheckCameoAgainstPlover(BoundEntity entity)
    {
        var engagement = new EngagementView(entity.Value, _links);
        if (engagement.PloverEvent is not { } ploverEvent || engagement.CameoCodes is not { } codes)
        {
            return;
        }

        var mapped = new List<string>();
        foreach (var code in codes)
        {
            if (!TryGetSound(code.Target, out var cameo))
            {
                return; // The code with an error may be the one that maps to the event.
            }

            var target = new CameoCodeView(cameo.Value, _links.CameoCode).Plover;
            mapped.Add($"{code.Target.Id} → {(target is null ? "none" : YamlName(target))}");
            if (target?.Member == ploverEvent.Member)
            {
                return;
            }
        }

        if (mapped.Any(m => !m.EndsWith("none", StringComparison.Ordinal)))
        {
            Report(DiagnosticDescriptors.CameoPloverMismatch, ploverEvent.Location, entity.Key.Id, string.Join(", ", mapped), YamlName(ploverEvent));
        }
    }

    /// <param name="referencedRecords">The fingerprints of every record something refers to (<see cref="ReferencedRecords"/>).</param>
    private void CheckEverythingIsReferenced(EquatableArray<BoundEntity> entities, EquatableArray<long> referencedRecords, DatasetSchema schema)
    {
        // Kinds that no record can refer to (engagements) are the roots; codebooks ship whole.
        var referable = schema.KindsReferredTo();
        var referenced = new HashSet<long>(referencedRecords);
        foreach (var entity in entities)
        {
            var record = schema.FindRecord(entity.Key.EntityMetadataName);
            if (record?.Entity is { IsReferenceData: false } && referable.Contains(record.MetadataName) && !referenced.Contains(ReferencedRecords.Fingerprint(entity.Key)))
            {
                Report(DiagnosticDescriptors.UnreferencedEntity, IdLocation(entity), MessageText.Capitalize(MessageText.ToWords(record.Name)), entity.Key.Id);
            }
        }
    }

    /// <summary>The entity, when it was bound without errors: rules that read other records read only those.</summary>
    private bool TryGetSound(EntityKey key, out BoundEntity entity) => _index.TryGetSound(key, out entity);

    private void CheckArchivesHaveSources(IdTable ids)
    {
        foreach (var archive in _archives.Checked)
        {
            // A source that is declared but has errors, or that a file with errors may declare, still owns its text.
            var key = new EntityKey(_links.Source.Type, archive.SourceId);
            if (!ids.Contains(key) && !ids.MayLack(_links.Source.Type))
            {
                Report(DiagnosticDescriptors.ArchivedTextWithoutSource, new LocationInfo(archive.Path, default), System.IO.Path.GetFileName(archive.Path), archive.SourceId);
            }
        }
    }
}
