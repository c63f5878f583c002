using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Report.Read;

/// <summary>A country as the report shows it.</summary>
internal sealed record ReportCountry(string Id, string Name);

/// <summary>An office held, with the organization's name resolved; dates null when not known (from) or open (to).</summary>
internal sealed record ReportRole(string Title, string? Organization, DateOnly? From, DateOnly? To, bool Acting);

/// <summary>A participant: the person and their part (<c>host</c>, <c>visitor</c> …) and the title the source gives them.</summary>
internal sealed record ReportParticipant(ReportPerson Person, string Part, string? ReportedTitle);

/// <summary>A statement: who spoke, the curator's summary, and the quoted words when the source quotes them.</summary>
internal sealed record ReportStatement(ReportPerson Speaker, string Summary, string? Quote);

/// <summary>A CAMEO code with the codebook's name.</summary>
internal sealed record ReportCameo(string Code, string Name);

/// <summary>A source article.</summary>
internal sealed record ReportSource(string Id, string Title, string? Publisher, DateOnly? Published, string Url, string Language);

/// <summary>One report of an engagement: the source, the curator's note, and its verbatim evidence passages in order.</summary>
internal sealed record ReportCitation(ReportSource Source, string? Note, List<string> Evidence);

/// <summary>A person, with their roles and engagements (by date, then id) filled in by <see cref="ReportModel.Read"/>.</summary>
internal sealed class ReportPerson
{
    public ReportPerson(string id, string fullName, string? nativeName, ReportCountry country)
    {
        Id = id;
        FullName = fullName;
        NativeName = nativeName;
        Country = country;
    }

    public string Id { get; }

    public string FullName { get; }

    public string? NativeName { get; }

    public ReportCountry Country { get; }

    public List<ReportRole> Roles { get; } = new();

    public List<ReportEngagement> Engagements { get; } = new();
}

/// <summary>An engagement with every list the report shows, resolved to the records it refers to.</summary>
internal sealed class ReportEngagement
{
    public required string Id { get; init; }

    public required DateOnly Date { get; init; }

    public required DatePrecision Precision { get; init; }

    public required DateOnly? EndDate { get; init; }

    public required string? DateNote { get; init; }

    public required string Kind { get; init; }

    public required string Status { get; init; }

    public required string Title { get; init; }

    public required string? City { get; init; }

    public required ReportCountry? Country { get; init; }

    public required string? Venue { get; init; }

    public required string? Forum { get; init; }

    public required string? PloverEvent { get; init; }

    public required string? PloverMode { get; init; }

    public required string? Notes { get; init; }

    public List<ReportParticipant> Participants { get; } = new();

    public List<string> Topics { get; } = new();

    public List<ReportStatement> Statements { get; } = new();

    public List<ReportCameo> Cameo { get; } = new();

    public List<string> PloverContexts { get; } = new();

    public List<ReportCitation> Citations { get; } = new();

    /// <summary>The last day it may have taken place: the end of a range, the month's last day, or the day itself.</summary>
    public DateOnly LastDay => EndDate ?? (Precision == DatePrecision.Month ? CalendarDays.LastOfMonth(Date) : Date);

    /// <summary>The date as precisely as the evidence supports (<c>2024-07-16</c>, <c>2024-06</c>, <c>~2024-06-12..2024-06-22</c>).</summary>
    public string DateText => EngagementDates.Describe(Precision, Date, EndDate);

    private List<ReportPerson>? _people;
    private List<ReportCountry>? _countries;

    /// <summary>Its people, each once, in the order of the participant list (read once <see cref="Participants"/> is complete).</summary>
    public IReadOnlyList<ReportPerson> People => _people ??= Participants.Select(p => p.Person).Distinct().ToList();

    /// <summary>Its participants' countries, each once, in the order of the participant list.</summary>
    public IReadOnlyList<ReportCountry> Countries => _countries ??= People.Select(p => p.Country).Distinct().ToList();
}

/// <summary>
/// The report's view of the data, read once from the export rows: engagements by date then id (ordinal), people
/// and countries by name then id, so that every page comes out in the same order on every run and machine.
/// </summary>
internal sealed class ReportModel
{
    private ReportModel(string dataVersion, string contentHash, List<ReportEngagement> engagements, List<ReportPerson> people, List<ReportCountry> countries, int sources)
    {
        DataVersion = dataVersion;
        ContentHash = contentHash;
        Engagements = engagements;
        People = people;
        Countries = countries;
        SourceCount = sources;
    }

    public string DataVersion { get; }

    public string ContentHash { get; }

    public IReadOnlyList<ReportEngagement> Engagements { get; }

    public IReadOnlyList<ReportPerson> People { get; }

    public IReadOnlyList<ReportCountry> Countries { get; }

    public int SourceCount { get; }

    /// <summary>The first day of the dataset's coverage: its earliest engagement's first day (the last day, when there is none).</summary>
    public DateOnly FirstDay => Engagements.Count == 0 ? LastDay : Engagements.Min(e => e.Date);

    /// <summary>The last day any engagement may have taken place, or any role began or ended: where open roles are drawn to.</summary>
    public DateOnly LastDay =>
        Engagements.Select(e => e.LastDay)
            .Concat(People.SelectMany(p => p.Roles).SelectMany(r => new[] { r.From, r.To }).OfType<DateOnly>())
            .DefaultIfEmpty(DateOnly.MinValue).Max();

    public static ReportModel Read(ReportRows rows)
    {
        var countries = ById(rows.Table("countries"), (t, r) => new ReportCountry(Text(r, t.Column("id")), Text(r, t.Column("name"))), c => c.Id);
        var organizations = ById(rows.Table("organizations"), (t, r) => (Id: Text(r, t.Column("id")), Name: Text(r, t.Column("name"))), o => o.Id);
        var topics = ById(rows.Table("topics"), (t, r) => (Id: Text(r, t.Column("id")), Name: Text(r, t.Column("name"))), o => o.Id);
        var codes = ById(rows.Table("cameo_codes"), (t, r) => new ReportCameo(Text(r, t.Column("id")), Text(r, t.Column("name"))), c => c.Code);
        var sources = ById(rows.Table("sources"), (t, r) => new ReportSource(
            Text(r, t.Column("id")), Text(r, t.Column("title")), Optional(r, t.Column("publisher")), (DateOnly?)r[t.Column("published")],
            Text(r, t.Column("url")), Text(r, t.Column("language"))), s => s.Id);
        var people = ById(rows.Table("people"), (t, r) => new ReportPerson(
            Text(r, t.Column("id")), Text(r, t.Column("full_name")), Optional(r, t.Column("native_name")), Find(countries, Text(r, t.Column("country_id")), "country")), p => p.Id);

        var roles = rows.Table("person_roles");
        foreach (var r in roles.Rows)
        {
            var organization = Optional(r, roles.Column("organization_id")) is { } orgId ? Find(organizations, orgId, "organization").Name : null;
            Find(people, Text(r, roles.Column("person_id")), "person").Roles.Add(new ReportRole(
                Text(r, roles.Column("title")), organization, (DateOnly?)r[roles.Column("from_date")], (DateOnly?)r[roles.Column("to_date")], (bool)r[roles.Column("acting")]!));
        }

        var engagements = ById(rows.Table("engagements"), (t, r) => new ReportEngagement
        {
            Id = Text(r, t.Column("id")),
            Date = (DateOnly)r[t.Column("date")]!,
            Precision = Enum<DatePrecision>(Text(r, t.Column("precision"))),
            EndDate = (DateOnly?)r[t.Column("end_date")],
            DateNote = Optional(r, t.Column("date_note")),
            Kind = Text(r, t.Column("kind")),
            Status = Text(r, t.Column("status")),
            Title = Text(r, t.Column("title")),
            City = Optional(r, t.Column("location_city")),
            Country = Optional(r, t.Column("location_country_id")) is { } country ? Find(countries, country, "country") : null,
            Venue = Optional(r, t.Column("location_venue")),
            Forum = Optional(r, t.Column("forum_id")) is { } forum ? Find(organizations, forum, "organization").Name : null,
            PloverEvent = Optional(r, t.Column("plover_event")),
            PloverMode = Optional(r, t.Column("plover_mode")),
            Notes = Optional(r, t.Column("notes")),
        }, e => e.Id);

        // Child rows name their engagement and come in the order of their position, as the export writes them.
        Children(rows.Table("engagement_participants"), engagements, (e, t, r) => e.Participants.Add(new ReportParticipant(
            Find(people, Text(r, t.Column("person_id")), "person"), Text(r, t.Column("part")), Optional(r, t.Column("reported_title")))));
        Children(rows.Table("engagement_topics"), engagements, (e, t, r) => e.Topics.Add(Find(topics, Text(r, t.Column("topic_id")), "topic").Name));
        Children(rows.Table("engagement_statements"), engagements, (e, t, r) => e.Statements.Add(new ReportStatement(
            Find(people, Text(r, t.Column("speaker_id")), "person"), Text(r, t.Column("summary")), Optional(r, t.Column("quote")))));
        Children(rows.Table("engagement_cameo_codes"), engagements, (e, t, r) => e.Cameo.Add(Find(codes, Text(r, t.Column("cameo_code_id")), "CAMEO code")));
        Children(rows.Table("engagement_plover_contexts"), engagements, (e, t, r) => e.PloverContexts.Add(Text(r, t.Column("context"))));
        Children(rows.Table("engagement_sources"), engagements, (e, t, r) => e.Citations.Add(new ReportCitation(
            Find(sources, Text(r, t.Column("source_id")), "source"), Optional(r, t.Column("note")), new List<string>())));
        Children(rows.Table("engagement_evidence"), engagements, (e, t, r) => e.Citations[(int)r[t.Column("source_position")]! - 1].Evidence.Add(Text(r, t.Column("quote"))));

        var ordered = engagements.Values.OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        foreach (var engagement in ordered)
        {
            foreach (var person in engagement.People)
            {
                person.Engagements.Add(engagement);
            }
        }

        return new ReportModel(
            rows.DataVersion,
            rows.ContentHash,
            ordered,
            people.Values.OrderBy(p => p.FullName, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ToList(),
            countries.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).ToList(),
            sources.Count);
    }

    private static Dictionary<string, T> ById<T>(ReportTable table, Func<ReportTable, object?[], T> read, Func<T, string> id)
    {
        var items = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var item = read(table, row);
            items.Add(id(item), item);
        }

        return items;
    }

    private static void Children(ReportTable table, Dictionary<string, ReportEngagement> engagements, Action<ReportEngagement, ReportTable, object?[]> add)
    {
        var parent = table.Column("engagement_id");
        foreach (var row in table.Rows)
        {
            add(Find(engagements, Text(row, parent), "engagement"), table, row);
        }
    }

    private static T Find<T>(Dictionary<string, T> items, string id, string what) =>
        items.TryGetValue(id, out var item) ? item : throw new InvalidOperationException($"The export rows refer to the {what} '{id}', which they do not hold.");

    private static string Text(object?[] row, int column) => (string)row[column]!;

    private static string? Optional(object?[] row, int column) => (string?)row[column];

    private static TEnum Enum<TEnum>(string text)
        where TEnum : struct, System.Enum =>
        Kebab.TryParse<TEnum>(text, out var value) ? value : throw new InvalidOperationException($"'{text}' is not a {typeof(TEnum).Name} of the export specification.");
}
