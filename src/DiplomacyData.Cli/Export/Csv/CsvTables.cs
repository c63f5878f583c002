using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Cli.Export.Csv;

/// <summary>
/// The CSV schema: one table per entity, and one per list inside a record (aliases, roles, participants,
/// topics, statements, codes, contexts, citations, evidence), each child row keyed by its parent's id and
/// its 1-based <c>position</c> in the list. The tool's README documents every column.
/// </summary>
internal static class CsvTables
{
    public static IReadOnlyList<ICsvTable> All { get; } = new ICsvTable[]
    {
        new CsvTable<Country>("countries.csv", () => OrderedCatalog.Countries,
            ("id", c => c.Id),
            ("name", c => c.Name),
            ("official_name", c => c.OfficialName),
            ("alpha2", c => c.Alpha2),
            ("wikidata_id", c => c.WikidataId)),

        new CsvTable<Organization>("organizations.csv", () => OrderedCatalog.Organizations,
            ("id", o => o.Id),
            ("name", o => o.Name),
            ("kind", o => ExportText.Enum(o.Kind)),
            ("country_id", o => o.Country?.Id),
            ("short_name", o => o.ShortName)),

        new CsvTable<Topic>("topics.csv", () => OrderedCatalog.Topics,
            ("id", t => t.Id),
            ("name", t => t.Name),
            ("description", t => t.Description)),

        new CsvTable<Source>("sources.csv", () => OrderedCatalog.Sources,
            ("id", s => s.Id),
            ("title", s => s.Title),
            ("publisher", s => s.Publisher),
            ("published", s => ExportText.Date(s.Published)),
            ("url", s => s.Url.OriginalString),
            ("language", s => s.Language),
            ("published_note", s => s.PublishedNote),
            ("dateline", s => s.Dateline)),

        new CsvTable<CameoCode>("cameo_codes.csv", () => OrderedCatalog.CameoCodes,
            ("id", c => c.Id),
            ("name", c => c.Name),
            ("root", c => c.Root),
            ("plover_event", c => c.Plover is { } plover ? ExportText.Enum(plover) : null),
            ("plover_mode", c => c.PloverMode)),

        new CsvTable<Person>("people.csv", () => OrderedCatalog.People,
            ("id", p => p.Id),
            ("given_name", p => p.Name.Given),
            ("family_name", p => p.Name.Family),
            ("full_name", p => p.Name.Full),
            ("native_name", p => p.Name.Native),
            ("country_id", p => p.Country.Id),
            ("wikidata_id", p => p.WikidataId)),

        new CsvTable<Child<Person, string>>("person_aliases.csv", () => Children(OrderedCatalog.People, p => p.Aliases),
            ("person_id", a => a.Parent.Id),
            ("position", a => ExportText.Number(a.Position)),
            ("alias", a => a.Item)),

        new CsvTable<Child<Person, Role>>("person_roles.csv", () => Children(OrderedCatalog.People, p => p.Roles),
            ("person_id", r => r.Parent.Id),
            ("position", r => ExportText.Number(r.Position)),
            ("title", r => r.Item.Title),
            ("organization_id", r => r.Item.Organization?.Id),
            ("from_date", r => ExportText.Date(r.Item.From)),
            ("to_date", r => ExportText.Date(r.Item.To)),
            ("acting", r => ExportText.Boolean(r.Item.Acting)),
            ("note", r => r.Item.Note)),

        new CsvTable<Engagement>("engagements.csv", () => OrderedCatalog.Engagements,
            ("id", e => e.Id),
            ("date", e => ExportText.Date(e.Date)),
            ("precision", e => ExportText.Enum(e.Precision)),
            ("end_date", e => ExportText.Date(e.EndDate)),
            ("date_note", e => e.DateNote),
            ("kind", e => ExportText.Enum(e.Kind)),
            ("status", e => ExportText.Enum(e.Status)),
            ("title", e => e.Title),
            ("location_city", e => e.Location?.City),
            ("location_country_id", e => e.Location?.Country.Id),
            ("location_venue", e => e.Location?.Venue),
            ("forum_id", e => e.Forum?.Id),
            ("plover_event", e => e.Plover is { } plover ? ExportText.Enum(plover.Event) : null),
            ("plover_mode", e => e.Plover?.Mode),
            ("notes", e => e.Notes)),

        new CsvTable<Child<Engagement, Participant>>("engagement_participants.csv", () => Children(OrderedCatalog.Engagements, e => e.Participants),
            ("engagement_id", p => p.Parent.Id),
            ("position", p => ExportText.Number(p.Position)),
            ("person_id", p => p.Item.Person.Id),
            ("part", p => ExportText.Enum(p.Item.Part)),
            ("reported_title", p => p.Item.ReportedTitle)),

        new CsvTable<Child<Engagement, Topic>>("engagement_topics.csv", () => Children(OrderedCatalog.Engagements, e => e.Topics),
            ("engagement_id", t => t.Parent.Id),
            ("position", t => ExportText.Number(t.Position)),
            ("topic_id", t => t.Item.Id)),

        new CsvTable<Child<Engagement, Statement>>("engagement_statements.csv", () => Children(OrderedCatalog.Engagements, e => e.Statements),
            ("engagement_id", s => s.Parent.Id),
            ("position", s => ExportText.Number(s.Position)),
            ("speaker_id", s => s.Item.Speaker.Id),
            ("summary", s => s.Item.Summary),
            ("quote", s => s.Item.Quote)),

        new CsvTable<Child<Engagement, CameoCode>>("engagement_cameo_codes.csv", () => Children(OrderedCatalog.Engagements, e => e.CameoCodes),
            ("engagement_id", c => c.Parent.Id),
            ("position", c => ExportText.Number(c.Position)),
            ("cameo_code_id", c => c.Item.Id)),

        new CsvTable<Child<Engagement, string>>("engagement_plover_contexts.csv", () => Children(OrderedCatalog.Engagements, e => e.Plover?.Context ?? new List<string>()),
            ("engagement_id", c => c.Parent.Id),
            ("position", c => ExportText.Number(c.Position)),
            ("context", c => c.Item)),

        new CsvTable<Child<Engagement, Citation>>("engagement_sources.csv", () => Children(OrderedCatalog.Engagements, e => e.Sources),
            ("engagement_id", c => c.Parent.Id),
            ("position", c => ExportText.Number(c.Position)),
            ("source_id", c => c.Item.Source.Id),
            ("note", c => c.Item.Note)),

        new CsvTable<Child<Child<Engagement, Citation>, string>>("engagement_evidence.csv",
            () => Children(Children(OrderedCatalog.Engagements, e => e.Sources), c => c.Item.Evidence),
            ("engagement_id", q => q.Parent.Parent.Id),
            ("source_position", q => ExportText.Number(q.Parent.Position)),
            ("source_id", q => q.Parent.Item.Source.Id),
            ("position", q => ExportText.Number(q.Position)),
            ("quote", q => q.Item)),
    };

    /// <summary>Each item of each parent's list, with its 1-based position, parents in the order given.</summary>
    private static IEnumerable<Child<TParent, TItem>> Children<TParent, TItem>(IEnumerable<TParent> parents, System.Func<TParent, IReadOnlyList<TItem>> list) =>
        parents.SelectMany(parent => list(parent).Select((item, index) => new Child<TParent, TItem>(parent, index + 1, item)));
}

/// <summary>An item of a record's list, with the record it belongs to and its 1-based position there.</summary>
internal sealed record Child<TParent, TItem>(TParent Parent, int Position, TItem Item);
