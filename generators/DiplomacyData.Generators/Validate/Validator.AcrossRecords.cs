using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Common;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Validate;

/// <summary>Rules that need more than one record: names, roles on a day, source dates, codes, duplicates, orphans.</summary>
internal sealed partial class Validator
{
    private static readonly string[] s_actingWords = ["acting", "interim", "caretaker"];

    private Dictionary<EntityKey, BoundEntity> _byKey = new();

    private void CheckAcrossRecords(BindResult bound, DatasetSchema schema)
    {
        var entities = bound.Entities;
        _byKey = new Dictionary<EntityKey, BoundEntity>();
        foreach (var entity in entities)
        {
            if (!_byKey.ContainsKey(entity.Key))
            {
                _byKey.Add(entity.Key, entity);
            }
        }

        CheckNamesAreUnambiguous(entities);
        foreach (var entity in entities.Where(e => e.Key.EntityMetadataName == ModelNames.Engagement && !e.HasErrors))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _current = entity.Key;
            CheckParticipantRoles(entity);
            CheckSourceDates(entity);
            CheckStatementQuotes(entity);
            CheckCameoAgainstPlover(entity);
        }

        CheckEngagementDates(bound);

        _current = null;
        if (bound.AllValuesRead)
        {
            // Otherwise a value left unread may be the reference that is missing.
            CheckEverythingIsReferenced(entities, bound.ReferencesFromBrokenRecords, schema);
        }

        CheckArchivesHaveSources(bound.Ids);
    }

    private void CheckNamesAreUnambiguous(EquatableArray<BoundEntity> entities)
    {
        var owners = new Dictionary<string, (string Person, string Name)>(StringComparer.Ordinal);
        foreach (var person in entities.Where(e => e.Key.EntityMetadataName == ModelNames.PersonType))
        {
            _current = person.Key;
            foreach (var (name, location) in NamesOf(person))
            {
                var key = NameKey.Normalize(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!owners.TryGetValue(key, out var owner))
                {
                    owners.Add(key, (person.Key.Id, name));
                }
                else if (owner.Person != person.Key.Id)
                {
                    Report(DiagnosticDescriptors.AmbiguousName, location, name, person.Key.Id, owner.Name, owner.Person);
                }
            }
        }

        _current = null;
    }

    private static IEnumerable<(string Name, LocationInfo Location)> NamesOf(BoundEntity person)
    {
        yield return (person.Key.Id, person.Value[ModelNames.Id]?.Location ?? person.Value.Location);
        if (person.Value[ModelNames.Name] is ObjectValue name)
        {
            // NameKey ignores spaces, so given + family stands for PersonName.Full.
            yield return ((name.Text(ModelNames.Given) ?? string.Empty) + " " + (name.Text(ModelNames.Family) ?? string.Empty), name.Location);
            if (name[ModelNames.Native] is ScalarValue native)
            {
                yield return (native.Text, native.Location);
            }
        }

        if (person.Value[ModelNames.Aliases] is ListValue aliases)
        {
            foreach (var alias in aliases.Items.OfType<ScalarValue>())
            {
                yield return (alias.Text, alias.Location);
            }
        }
    }

    private (string Start, string End)? Interval(ObjectValue engagement)
    {
        var date = engagement.Text(ModelNames.Date);
        return date is null ? null : (date, engagement.Text(ModelNames.EndDate) ?? date);
    }

    private void CheckParticipantRoles(BoundEntity engagement)
    {
        if (Interval(engagement.Value) is not { } interval || engagement.Value[ModelNames.Participants] is not ListValue participants)
        {
            return;
        }

        foreach (var participant in participants.Items.OfType<ObjectValue>())
        {
            if (participant[ModelNames.ReportedTitle] is not ScalarValue reported
                || participant[ModelNames.Person] is not ReferenceValue reference
                || !TryGetSound(reference.Target, out var person)
                || person.Value[ModelNames.Roles] is not ListValue roles)
            {
                continue;
            }

            var held = roles.Items.OfType<ObjectValue>().Where(role => Overlaps(role, interval)).ToList();
            var day = interval.Start == interval.End ? interval.Start : $"{interval.Start}..{interval.End}";
            if (held.Count == 0)
            {
                Report(DiagnosticDescriptors.ParticipantWithoutRole, reported.Location, person.Key.Id, reported.Text, engagement.Key.Id, day);
                continue;
            }

            var reportedActing = s_actingWords.Any(word => reported.Text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0);
            if (reportedActing && !held.Any(role => role.Text(ModelNames.Acting) == "true"))
            {
                Report(DiagnosticDescriptors.ActingMismatch, reported.Location, person.Key.Id, reported.Text, engagement.Key.Id, held[0].Text(ModelNames.Title) ?? "?");
            }
        }
    }

    private static bool Overlaps(ObjectValue role, (string Start, string End) interval)
    {
        var from = role.Text(ModelNames.From);
        var to = role.Text(ModelNames.To);
        return (from is null || string.CompareOrdinal(from, interval.End) <= 0) && (to is null || string.CompareOrdinal(to, interval.Start) >= 0);
    }

    private void CheckOverlappingRoles(ObjectValue person, BoundEntity owner)
    {
        if (person[ModelNames.Roles] is not ListValue roles)
        {
            return;
        }

        var list = roles.Items.OfType<ObjectValue>().ToList();
        for (var i = 0; i < list.Count; i++)
        {
            for (var j = i + 1; j < list.Count; j++)
            {
                var (a, b) = (list[i], list[j]);
                if (a.Text(ModelNames.Title) != b.Text(ModelNames.Title) || OrganizationOf(a) != OrganizationOf(b))
                {
                    continue;
                }

                var bInterval = (b.Text(ModelNames.From) ?? "0000-01-01", b.Text(ModelNames.To) ?? "9999-12-31");
                if (Overlaps(a, bInterval))
                {
                    Report(DiagnosticDescriptors.OverlappingRoles, b.Location, owner.Key.Id, b.Text(ModelNames.Title) ?? "?", Span(a), Span(b));
                }
            }
        }

        static string? OrganizationOf(ObjectValue role) => (role[ModelNames.Organization] as ReferenceValue)?.Target.Id;

        static string Span(ObjectValue role) => $"{role.Text(ModelNames.From) ?? "unknown start"} to {role.Text(ModelNames.To) ?? "now"}";
    }

    private void CheckSourceDates(BoundEntity engagement)
    {
        var date = engagement.Value.Text(ModelNames.Date);
        var status = (engagement.Value[ModelNames.Status] as EnumValue)?.Member;
        if (date is null || engagement.Value[ModelNames.Sources] is not ListValue citations)
        {
            return;
        }

        var published = new List<(string Source, string? Date)>();
        foreach (var citation in citations.Items.OfType<ObjectValue>())
        {
            if (citation[ModelNames.CitationSource] is ReferenceValue reference)
            {
                if (!TryGetSound(reference.Target, out var source))
                {
                    return; // Judged on every source or none: the missing one may be the one published later.
                }

                published.Add((source.Key.Id, source.Value.Text(ModelNames.Published)));
            }
        }

        if (published.Count == 0)
        {
            return;
        }

        var dateLocation = engagement.Value[ModelNames.Date]!.Location;
        if (status == "Happened" && published.All(p => p.Date is not null && string.CompareOrdinal(p.Date, date) < 0))
        {
            Report(DiagnosticDescriptors.NoSourceAfterDate, dateLocation, engagement.Key.Id, date, string.Join(", ", published.Select(p => $"{p.Source} on {p.Date}")));
        }
        else if (status == "Planned")
        {
            foreach (var (source, day) in published.Where(p => p.Date is not null && string.CompareOrdinal(date, p.Date) <= 0))
            {
                Report(DiagnosticDescriptors.PlannedNotAfterSource, dateLocation, engagement.Key.Id, date, source, day!);
            }
        }
    }

    private void CheckStatementQuotes(BoundEntity engagement)
    {
        if (engagement.Value[ModelNames.Statements] is not ListValue statements || engagement.Value[ModelNames.Sources] is not ListValue citations)
        {
            return;
        }

        var cited = citations.Items.OfType<ObjectValue>()
            .Select(c => (c[ModelNames.CitationSource] as ReferenceValue)?.Target.Id)
            .Where(id => id is not null)
            .Select(id => id!)
            .Distinct()
            .ToList();
        if (cited.Count == 0 || cited.Any(id => !_archives.TryGetValue(id, out var archive) || archive.Text is null))
        {
            return; // The quote may be in the text that is missing: DD0402, DD0404 or DD0008 says why.
        }

        foreach (var statement in statements.Items.OfType<ObjectValue>())
        {
            if (statement[ModelNames.Quote] is not ScalarValue quote)
            {
                continue;
            }

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
                Report(DiagnosticDescriptors.QuoteNotFound, quote.Location, Tail(quote.Text, 80, fromStart: true), engagement.Key.Id, string.Join(", ", cited), nearMiss);
            }
        }
    }

    private void CheckCameoAgainstPlover(BoundEntity engagement)
    {
        if (engagement.Value[ModelNames.Plover] is not ObjectValue plover
            || plover[ModelNames.Event] is not EnumValue ploverEvent
            || engagement.Value[ModelNames.CameoCodes] is not ListValue codes)
        {
            return;
        }

        var mapped = new List<string>();
        foreach (var code in codes.Items.OfType<ReferenceValue>())
        {
            if (!TryGetSound(code.Target, out var cameo))
            {
                return; // The code with an error may be the one that maps to the event.
            }

            var target = (cameo.Value[ModelNames.Plover] as EnumValue)?.Member;
            mapped.Add($"{code.Target.Id} → {(target is null ? "none" : Naming.ToKebabCase(target))}");
            if (target == ploverEvent.Member)
            {
                return;
            }
        }

        if (mapped.Any(m => !m.EndsWith("none", StringComparison.Ordinal)))
        {
            Report(DiagnosticDescriptors.CameoPloverMismatch, ploverEvent.Location, engagement.Key.Id, string.Join(", ", mapped), Naming.ToKebabCase(ploverEvent.Member));
        }
    }

    private void CheckEverythingIsReferenced(EquatableArray<BoundEntity> entities, EquatableArray<EntityKey> fromBrokenRecords, DatasetSchema schema)
    {
        // Kinds that no record can refer to (engagements) are the roots; codebooks ship whole.
        var referable = new HashSet<string>(schema.Records.SelectMany(r => r.Members).Where(m => m.Type.Kind == ValueKind.Named).Select(m => m.Type.MetadataName));
        var referenced = new HashSet<EntityKey>(entities.SelectMany(e => e.References).Concat(fromBrokenRecords));
        foreach (var entity in entities)
        {
            var record = schema.FindRecord(entity.Key.EntityMetadataName);
            if (record?.Entity is { IsReferenceData: false } && referable.Contains(record.MetadataName) && !referenced.Contains(entity.Key))
            {
                Report(DiagnosticDescriptors.UnreferencedEntity, entity.Value[ModelNames.Id]?.Location ?? entity.Value.Location, Naming.Capitalize(Naming.ToWords(record.Name)), entity.Key.Id);
            }
        }
    }

    /// <summary>The entity, when it was bound without errors: rules that read other records read only those.</summary>
    private bool TryGetSound(EntityKey key, out BoundEntity entity) =>
        _byKey.TryGetValue(key, out entity!) && !entity.HasErrors;

    private void CheckArchivesHaveSources(IdTable ids)
    {
        foreach (var archive in _archives.Values)
        {
            // A source that is declared but has errors, or that a file with errors may declare, still owns its text.
            var key = new EntityKey(ModelNames.Source, archive.SourceId);
            if (!ids.Contains(key) && !ids.MayLack(ModelNames.Source))
            {
                Report(DiagnosticDescriptors.ArchivedTextWithoutSource, new LocationInfo(archive.Path, default), System.IO.Path.GetFileName(archive.Path), archive.SourceId);
            }
        }
    }
}
