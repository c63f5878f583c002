using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Dyads;
using DiplomacyData.Cli.Export.Plover;

namespace DiplomacyData.Cli.Export.Schema;

/// <summary>
/// The export specification of the flat tables: one table per entity, one per list inside a record (aliases,
/// roles, participants, topics, statements, codes, contexts, citations, evidence; each child row keyed by its
/// parent's id and its 1-based <c>position</c>), and the derived <c>dyads</c>. Every column is declared here
/// once; <c>csv/</c>, <c>parquet/</c>, <c>datapackage.json</c> and the tables of docs/exports.md are written from it.
/// A new model field reaches every flat format and the docs by one line here.
/// </summary>
internal static class ExportTables
{
    public static IReadOnlyList<IExportTable> All { get; } = new IExportTable[]
    {
        new ExportTable<Country>("countries", "one row per country", d => d.Countries, "id")
            .Text("id", "ISO 3166-1 alpha-3 code (`IRN`), the code CAMEO and PLOVER use", c => c.Id)
            .Text("name", "common English name (`Iran`)", c => c.Name)
            .Text("official_name", "formal name (`Islamic Republic of Iran`)", c => c.OfficialName)
            .Text("alpha2", "ISO 3166-1 alpha-2 code (`IR`)", c => c.Alpha2)
            .Text("wikidata_id", "Wikidata item (`Q794`)", c => c.WikidataId, nullable: true)
            .Integer("cow_code", "Correlates of War state number (`630`)", c => c.CowCode, nullable: true)
            .Text("cow_abbreviation", "Correlates of War state abbreviation (`IRN`)", c => c.CowAbbreviation, nullable: true)
            .Integer("gleditsch_ward_code", "Gleditsch–Ward state number (`630`)", c => c.GleditschWardCode, nullable: true)
            .Text("identifier_note", "where the identifiers were checked, or why one is empty", c => c.IdentifierNote, nullable: true),

        new ExportTable<Organization>("organizations", "one row per organization", d => d.Organizations, "id")
            .Text("id", "kebab-case id (`russia-mfa`)", o => o.Id)
            .Text("name", "English name", o => o.Name)
            .Text("kind", "`ministry`, `government`, `head-of-state-office`, `un-body`, `bloc`, `commission`, `process`, `news-agency`, `judiciary`, `legislature`, `advisory-council`", o => ExportText.Enum(o.Kind))
            .Text("country_id", "the country it belongs to; empty for international bodies", o => o.Country?.Id, nullable: true, references: "countries")
            .Text("short_name", "common short form (`BRICS`, `UNSC`)", o => o.ShortName, nullable: true)
            .Text("wikidata_id", "Wikidata item (`Q37470`)", o => o.WikidataId, nullable: true)
            .Text("identifier_note", "where the identifiers were checked, or why one is empty", o => o.IdentifierNote, nullable: true),

        new ExportTable<Place>("places", "one row per place (a geocoded venue, city, province or country)", d => d.Places, "id")
            .Text("id", "kebab-case id (`moscow`)", p => p.Id)
            .Text("name", "English name", p => p.Name)
            .Text("country_id", "the country it lies in", p => p.Country.Id, references: "countries")
            .Text("resolution", "`venue`, `city`, `province` or `country`: what the point stands for", p => ExportText.Enum(p.Resolution))
            .Integer("geonames_id", "GeoNames id (`524901`); empty when not verified", p => p.GeoNamesId, nullable: true)
            .Number("latitude", "WGS 84 latitude in decimal degrees, -90 to 90; empty when not verified", p => p.Latitude, nullable: true)
            .Number("longitude", "WGS 84 longitude in decimal degrees, -180 to 180; empty when not verified", p => p.Longitude, nullable: true)
            .Text("wikidata_id", "Wikidata item (`Q649`)", p => p.WikidataId, nullable: true)
            .Text("identifier_note", "where the identifiers and coordinates were checked, or why one is empty", p => p.IdentifierNote, nullable: true),

        new ExportTable<Topic>("topics", "one row per topic", d => d.Topics, "id")
            .Text("id", "kebab-case id (`jcpoa`)", t => t.Id)
            .Text("name", "English name", t => t.Name)
            .Text("description", "what the topic covers", t => t.Description, nullable: true),

        new ExportTable<Source>("sources", "one row per source article", d => d.Sources, "id")
            .Text("id", "kebab-case id (`mehr-2024-07-17`)", s => s.Id)
            .Text("title", "headline as published", s => s.Title)
            .Text("publisher", "publisher as shown on the page; empty when unknown", s => s.Publisher, nullable: true)
            .Date("published", "publication date; empty when the page gives none", s => s.Published, nullable: true)
            .Text("url", "where the article was found", s => s.Url.OriginalString)
            .Text("language", "BCP 47 language tag (`en`)", s => s.Language)
            .Text("published_note", "how the date was established, or what bounds it", s => s.PublishedNote, nullable: true)
            .Text("dateline", "the dateline as printed (`MOSCOW, April 18`)", s => s.Dateline, nullable: true),

        new ExportTable<CameoCode>("cameo_codes", "one row per CAMEO code used", d => d.CameoCodes, "id")
            .Text("id", "the CAMEO code, leading zeros kept (`042`): text, not a number", c => c.Id)
            .Text("name", "the codebook's name (`Make a visit`)", c => c.Name)
            .Text("root", "the two-digit root code (`04`): text", c => c.Root)
            .Text("plover_event", "the PLOVER event type the code maps to (`consult`); empty where PLOVER has none", c => c.Plover is { } plover ? ExportText.Enum(plover) : null, nullable: true)
            .Text("plover_mode", "the PLOVER mode the mapping gives", c => c.PloverMode, nullable: true),

        new ExportTable<Person>("people", "one row per person", d => d.People, "id")
            .Text("id", "kebab-case id (`sergey-lavrov`)", p => p.Id)
            .Text("given_name", "given name(s)", p => p.Name.Given)
            .Text("family_name", "family name, compound ones whole (`Bagheri Kani`)", p => p.Name.Family)
            .Text("full_name", "given and family name (`Ali Bagheri Kani`)", p => p.Name.Full)
            .Text("native_name", "the name in the person's own script (`Сергей Лавров`)", p => p.Name.Native, nullable: true)
            .Text("country_id", "the person's country", p => p.Country.Id, references: "countries")
            .Text("wikidata_id", "Wikidata item", p => p.WikidataId, nullable: true)
            .Text("identifier_note", "where the identifiers were checked, or why one is empty", p => p.IdentifierNote, nullable: true)
            .Text("alias_note", "where each alias comes from: the publications that write the name so", p => p.AliasNote, nullable: true),

        new ExportTable<Child<Person, string>>("person_aliases", "one row per other spelling of a person's name", d => Children.Of(d.People, p => p.Aliases), "person_id", "position")
            .Text("person_id", "the person", a => a.Parent.Id, references: "people")
            .Integer("position", "1-based place in the person's alias list", a => a.Position)
            .Text("alias", "the other spelling (`Sergei Lavrov`)", a => a.Item),

        new ExportTable<Child<Person, Role>>("person_roles", "one row per office a person held", d => Children.Of(d.People, p => p.Roles), "person_id", "position")
            .Text("person_id", "the person", r => r.Parent.Id, references: "people")
            .Integer("position", "1-based place in the person's roles (the order they began)", r => r.Position)
            .Text("title", "the office (`Minister of Foreign Affairs`)", r => r.Item.Title)
            .Text("organization_id", "the organization of the office", r => r.Item.Organization?.Id, nullable: true, references: "organizations")
            .Date("from_date", "first day in office; empty when not known", r => r.Item.From, nullable: true)
            .Date("to_date", "last day in office; empty while in office", r => r.Item.To, nullable: true)
            .Boolean("acting", "an acting or interim holder", r => r.Item.Acting)
            .Text("note", "where the dates come from", r => r.Item.Note, nullable: true),

        new ExportTable<Engagement>("engagements", "one row per engagement", d => d.Engagements, "id")
            .Text("id", "kebab-case id (`lavrov-araghchi-talks-2025-04-18`)", e => e.Id)
            .Date("date", "the (first) day; the first of the month with precision `month`", e => e.Date)
            .Text("precision", "`day`, `month`, `range` (`date` to `end_date`) or `approximate` (some day between them)", e => ExportText.Enum(e.Precision))
            .Date("end_date", "last day, for ranges and approximate dates", e => e.EndDate, nullable: true)
            .Text("date_note", "how the date was resolved (a relative \"Tuesday\" against the dateline …)", e => e.DateNote, nullable: true)
            .Text("kind", "`meeting`, `visit`, `phone-call`, `video-conference`, `message-conveyed`, `press-conference`, `press-briefing`, `interview`, `multilateral-meeting`, `commission-session`, `consultations`", e => ExportText.Enum(e.Kind))
            .Text("status", "`happened` or `planned`", e => ExportText.Enum(e.Status))
            .Text("title", "one-line description", e => e.Title)
            .Text("location_city", "city in English", e => e.Location?.City, nullable: true)
            .Text("location_country_id", "the country it took place in; empty when there is no location (a call)", e => e.Location?.Country.Id, nullable: true, references: "countries")
            .Text("location_venue", "building or occasion", e => e.Location?.Venue, nullable: true)
            .Text("location_place_id", "the geocoded place of the location", e => e.Location?.Place?.Id, nullable: true, references: "places")
            .Text("forum_id", "the body or format it took place in", e => e.Forum?.Id, nullable: true, references: "organizations")
            .Text("plover_event", "PLOVER event type (`consult`, `agree` …); empty when not coded", e => e.Plover is { } plover ? ExportText.Enum(plover.Event) : null, nullable: true)
            .Text("plover_mode", "PLOVER mode (`visit`, `phone`, `third-party`, `multilateral`)", e => e.Plover?.Mode, nullable: true)
            .Text("notes", "corrections of the sources, inferences, caveats", e => e.Notes, nullable: true),

        new ExportTable<Child<Engagement, Participant>>("engagement_participants", "one row per participant of an engagement", d => Children.Of(d.Engagements, e => e.Participants), "engagement_id", "position")
            .Text("engagement_id", "the engagement", p => p.Parent.Id, references: "engagements")
            .Integer("position", "1-based place in the participant list", p => p.Position)
            .Text("person_id", "the participant", p => p.Item.Person.Id, references: "people")
            .Text("part", "`host`, `visitor`, `counterpart`, `caller`, `callee`, `sender`, `recipient`, `messenger`, `speaker`, `chair`, `delegate`", p => ExportText.Enum(p.Item.Part))
            .Text("reported_title", "the title the source gives them", p => p.Item.ReportedTitle, nullable: true),

        new ExportTable<Child<Engagement, Topic>>("engagement_topics", "one row per topic of an engagement", d => Children.Of(d.Engagements, e => e.Topics), "engagement_id", "position")
            .Text("engagement_id", "the engagement", t => t.Parent.Id, references: "engagements")
            .Integer("position", "1-based place in the topic list", t => t.Position)
            .Text("topic_id", "the topic", t => t.Item.Id, references: "topics"),

        new ExportTable<Child<Engagement, Statement>>("engagement_statements", "one row per statement made in an engagement", d => Children.Of(d.Engagements, e => e.Statements), "engagement_id", "position")
            .Text("engagement_id", "the engagement", s => s.Parent.Id, references: "engagements")
            .Integer("position", "1-based place in the statement list", s => s.Position)
            .Text("speaker_id", "who spoke", s => s.Item.Speaker.Id, references: "people")
            .Text("summary", "the curator's summary", s => s.Item.Summary)
            .Text("quote", "the words as the source quotes them", s => s.Item.Quote, nullable: true),

        new ExportTable<Child<Engagement, CameoCode>>("engagement_cameo_codes", "one row per CAMEO code of an engagement", d => Children.Of(d.Engagements, e => e.CameoCodes), "engagement_id", "position")
            .Text("engagement_id", "the engagement", c => c.Parent.Id, references: "engagements")
            .Integer("position", "1-based place in the code list", c => c.Position)
            .Text("cameo_code_id", "the CAMEO code: text (`042`)", c => c.Item.Id, references: "cameo_codes"),

        new ExportTable<Child<Engagement, string>>("engagement_distinct_from", "one row per engagement that the curator declared distinct from one that overlaps it in time and shares two or more participants", d => Children.Of(d.Engagements, e => e.DistinctFrom), "engagement_id", "position")
            .Text("engagement_id", "the engagement", c => c.Parent.Id, references: "engagements")
            .Integer("position", "1-based place in the distinctFrom list", c => c.Position)
            .Text("distinct_from_id", "the other engagement, checked to be another engagement", c => c.Item, references: "engagements"),

        new ExportTable<Child<Engagement, string>>("engagement_plover_contexts", "one row per PLOVER context of a coded engagement", d => Children.Of(d.Engagements, e => e.Plover?.Context ?? new List<string>()), "engagement_id", "position")
            .Text("engagement_id", "the engagement", c => c.Parent.Id, references: "engagements")
            .Integer("position", "1-based place in the context list", c => c.Position)
            .Text("context", "PLOVER context (`diplomatic`, `economic`, `legal`, `future` …)", c => c.Item),

        new ExportTable<Child<Engagement, Citation>>("engagement_sources", "one row per report (citation) of an engagement", d => Children.Of(d.Engagements, e => e.Sources), "engagement_id", "position")
            .Text("engagement_id", "the engagement", c => c.Parent.Id, references: "engagements")
            .Integer("position", "1-based place in the engagement's source list", c => c.Position)
            .Text("source_id", "the source article", c => c.Item.Source.Id, references: "sources")
            .Text("note", "what the curator inferred from the passages", c => c.Item.Note, nullable: true),

        new ExportTable<Child<Child<Engagement, Citation>, string>>("engagement_evidence", "one row per verbatim evidence passage of a citation",
                d => Children.Of(Children.Of(d.Engagements, e => e.Sources), c => c.Item.Evidence), "engagement_id", "source_position", "position")
            .Text("engagement_id", "the engagement", q => q.Parent.Parent.Id, references: "engagements")
            .Integer("source_position", "with `engagement_id`, the citation in `engagement_sources` (`engagement_id`, `position`)", q => q.Parent.Position)
            .Text("source_id", "the source article (the same as that citation's, for convenience)", q => q.Parent.Item.Source.Id, references: "sources")
            .Integer("position", "1-based place in the citation's evidence list", q => q.Position)
            .Text("quote", "verbatim passage of the article (checked against the archived text at build time)", q => q.Item)
            .References(new[] { "engagement_id", "source_position" }, "engagement_sources", "engagement_id", "position"),

        new ExportTable<Dyad>("dyads", "one row per ordered pair of actors of an engagement, at person and at country level", d => d.Engagements.SelectMany(Dyad.Of), "engagement_id", "level", "actor_1_id", "actor_2_id")
            .Text("engagement_id", "the engagement", d => d.Engagement.Id, references: "engagements")
            .Date("date", "the engagement's (first) day", d => d.Engagement.Date)
            .Text("level", "`person` (two participants) or `country` (two different countries of the participants)", d => ExportText.Enum(d.Level))
            .Text("actor_1_id", "the first actor: a person id at `person` level, a country id at `country` level", d => d.Actor1Id)
            .Text("actor_2_id", "the second actor, of the same level; every pair appears in both orders", d => d.Actor2Id)
            .Text("person_1_id", "the first person; empty at `country` level", d => d.Person1?.Id, nullable: true, references: "people")
            .Text("person_2_id", "the second person; empty at `country` level", d => d.Person2?.Id, nullable: true, references: "people")
            .Text("country_1_id", "the first actor's country", d => d.Country1.Id, references: "countries")
            .Text("country_2_id", "the second actor's country", d => d.Country2.Id, references: "countries")
            .Text("plover_event", "the engagement's PLOVER event type; empty when not coded", d => d.Engagement.Plover is { } plover ? ExportText.Enum(plover.Event) : null, nullable: true)
            .Integer("quad_class", "PLOVER quad class of the event: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; empty when not coded", d => d.Engagement.Plover is { } plover ? PloverQuadClass.Of(plover.Event) : null, nullable: true)
            .Integer("independent_sources", "how many different publishers reported the engagement (sources with no known publisher count as one together)", d => IndependentSources.Count(d.Engagement)),
    };

    /// <summary>The table named <paramref name="name"/>.</summary>
    public static IExportTable Named(string name) => All.Single(t => t.Name == name);
}
