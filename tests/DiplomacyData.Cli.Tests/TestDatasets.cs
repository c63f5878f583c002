using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// Records of the model that the build accepts and the compiled dataset does not hold, for running the commands
/// over them (<see cref="CliRun.Over"/>): the calendar's first and last days, open and unknown role dates, the
/// coordinates' extremes, and engagements with an id of any length.
/// </summary>
internal static class TestDatasets
{
    public static readonly DateOnly First = DateOnly.MinValue;

    public static readonly DateOnly Last = DateOnly.MaxValue;

    /// <summary>
    /// Every date at an end of the calendar, or spanning it: engagements on 0001-01-01 and 9999-12-31, in the
    /// first and the last month (precision month), a range over the whole calendar, an approximate date ending on
    /// 9999-12-31, a planned one on the last day; roles from an unknown start to 9999-12-31, from 0001-01-01 and
    /// still held, one day long on 0001-01-01, and begun on 9999-12-31; sources published on either end or not known;
    /// a person with no role and no engagement; a place at latitude -90 and longitude 180.
    /// </summary>
    public static Dataset CalendarExtremes()
    {
        var iran = new Country("IRN", "Iran", "Islamic Republic of Iran", "IR");
        var russia = new Country("RUS", "Russia", "Russian Federation", "RU");
        var ministry = new Organization("russia-mfa", "Ministry of Foreign Affairs of the Russian Federation", OrganizationKind.Ministry, russia);
        var pole = new Place("south-pole", "South Pole", russia, PlaceResolution.Venue, GeoNamesId: int.MaxValue, Latitude: -90, Longitude: 180);
        var topic = new Topic("calendar", "The calendar");
        var code = new CameoCode("04", "Consult", PloverEvent.Consult);
        var firstSource = new Source("first-source", "The first day", "First Agency", First, new Uri("https://example.org/first"), "en");
        var lastSource = new Source("last-source", "The last day", "Last Agency", Last, new Uri("https://example.org/last"), "en", Dateline: "MOSCOW, December 31");
        var undated = new Source("undated-source", "No date", null, null, new Uri("https://example.org/undated"), "fa", PublishedNote: "no date on the page");

        var ancient = new Person("ancient-one", new PersonName("Ancient", "One"), russia, ["Ancient"], [
            new Role("Minister of Foreign Affairs", ministry, null, Last),
            new Role("Envoy", ministry, First, First, Acting: true, Note: "one day"),
        ]);
        var eternal = new Person("eternal-two", new PersonName("Eternal", "Two", "ابدی دو"), iran, [], [new Role("Minister", null, First)]);
        var latest = new Person("latest-three", new PersonName("Latest", "Three"), russia, [], [new Role("Ambassador", ministry, Last)]);
        var nobody = new Person("nobody-four", new PersonName("Nobody", "Four"), iran, [], []);

        Engagement Engagement(string id, DateOnly date, DatePrecision precision, DateOnly? end, Source source, EngagementStatus status, params Person[] people) =>
            new(id, date, precision, EngagementKind.Meeting, status, "Talks " + id,
                people.Select((p, i) => new Participant(p, i == 0 ? ParticipantPart.Host : ParticipantPart.Visitor, i == 0 ? "Minister" : null)).ToList(),
                [new Citation(source, ["They met."], "the day as printed")],
                [topic],
                [new Statement(people[0], "Said something.", "Something.")],
                [code],
                [],
                EndDate: end,
                DateNote: "as the article gives it",
                Location: new Location("Moscow", russia, "the ministry", pole),
                Forum: ministry,
                Plover: new PloverCoding(PloverEvent.Consult, "visit", ["diplomatic"]));

        var engagements = new[]
        {
            Engagement("first-day", First, DatePrecision.Day, null, firstSource, EngagementStatus.Happened, ancient, eternal),
            Engagement("first-month", First, DatePrecision.Month, null, firstSource, EngagementStatus.Happened, eternal, ancient),
            Engagement("whole-calendar", First, DatePrecision.Range, Last, undated, EngagementStatus.Happened, ancient, latest),
            Engagement("last-month", new DateOnly(9999, 12, 1), DatePrecision.Month, null, lastSource, EngagementStatus.Happened, eternal, latest),
            Engagement("last-week", new DateOnly(9999, 12, 25), DatePrecision.Approximate, Last, lastSource, EngagementStatus.Happened, latest, eternal),
            Engagement("last-day", Last, DatePrecision.Day, null, lastSource, EngagementStatus.Planned, latest, ancient),
        };

        return Dataset.Of("9.9.9", "sha256:" + new string('9', 64), engagements, [ancient, eternal, latest, nobody], [iran, russia], [ministry], [pole], [topic],
            [firstSource, lastSource, undated], [code]);
    }

    /// <summary>A small, ordinary dataset whose one engagement has the id <paramref name="engagementId"/> (of any length).</summary>
    public static Dataset WithEngagement(string engagementId)
    {
        var russia = new Country("RUS", "Russia", "Russian Federation", "RU");
        var iran = new Country("IRN", "Iran", "Islamic Republic of Iran", "IR");
        var source = new Source("a-source", "A source", "An Agency", new DateOnly(2025, 4, 18), new Uri("https://example.org/a"), "en");
        var lavrov = new Person("sergey-lavrov", new PersonName("Sergey", "Lavrov"), russia, [], []);
        var araghchi = new Person("abbas-araghchi", new PersonName("Abbas", "Araghchi"), iran, [], []);
        var engagement = new Engagement(engagementId, new DateOnly(2025, 4, 18), DatePrecision.Day, EngagementKind.Meeting, EngagementStatus.Happened, "Talks",
            [new Participant(lavrov, ParticipantPart.Host), new Participant(araghchi, ParticipantPart.Visitor)],
            [new Citation(source, ["They met."])], [], [], [], []);
        return Dataset.Of("1.0.0", "sha256:" + new string('1', 64), [engagement], [araghchi, lavrov], [iran, russia], [], [], [], [source], []);
    }
}

/// <summary>A list that fails when read, with the exception <paramref name="fault"/> makes: a fault planted in the middle of a command's work.</summary>
internal sealed class FaultyList<T>(Func<Exception> fault) : IReadOnlyList<T>
{
    public int Count => throw fault();

    public T this[int index] => throw fault();

    public IEnumerator<T> GetEnumerator() => throw fault();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
