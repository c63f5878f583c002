using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Validate.Views;

/// <summary>A bound Engagement, read through the links checked when the schema was read.</summary>
internal readonly struct EngagementView(ObjectValue value, ModelLinks links)
{
    private EngagementLinks Links => links.Engagement;

    public ObjectValue Value => value;

    /// <summary>Where the id is written, or the record when it has none.</summary>
    public LocationInfo IdLocation => value.Get(Links.Id)?.Location ?? value.Location;

    public DateValue? Date => value.Get(Links.Date) as DateValue;

    public DateValue? EndDate => value.Get(Links.EndDate) as DateValue;

    public EnumValue? Precision => value.Get(Links.Precision) as EnumValue;

    public EnumValue? Kind => value.Get(Links.Kind) as EnumValue;

    public EnumValue? Status => value.Get(Links.Status) as EnumValue;

    /// <summary>How the date was resolved, when the curator wrote it down.</summary>
    public ScalarValue? DateNote => value.Get(Links.DateNote) as ScalarValue;

    /// <summary>The ids the curator declared as other engagements, however alike (empty when none).</summary>
    public IEnumerable<ScalarValue> DistinctFrom => (value.Get(Links.DistinctFrom) as ListValue)?.Items.OfType<ScalarValue>() ?? Enumerable.Empty<ScalarValue>();

    public bool Happened => Status.Is(Links.Statuses.Happened);

    public bool Planned => Status.Is(Links.Statuses.Planned);

    /// <summary>The first and last day it may have been on: the date, to the end date when there is one; null without a date.</summary>
    public (IsoDay Start, IsoDay End)? Interval => Date is { } date ? (date.Day, EndDate?.Day ?? date.Day) : null;

    /// <summary>The participants as written (null when the list did not bind), for the rule that wants it non-empty.</summary>
    public ListValue? ParticipantList => value.Get(Links.Participants) as ListValue;

    public ListValue? SourceList => value.Get(Links.Sources) as ListValue;

    public IEnumerable<ParticipantView> Participants
    {
        get
        {
            var participantLinks = links;
            return value.Records(Links.Participants).Select(p => new ParticipantView(p, participantLinks));
        }
    }

    public IEnumerable<CitationView> Sources
    {
        get
        {
            var citationLinks = links;
            return value.Records(Links.Sources).Select(c => new CitationView(c, citationLinks));
        }
    }

    /// <summary>The statements' quotes, where one is given.</summary>
    public IEnumerable<ScalarValue> Quotes
    {
        get
        {
            var quote = links.Statement.Quote;
            return value.Records(Links.Statements).Select(s => s.Get(quote)).OfType<ScalarValue>();
        }
    }

    /// <summary>The CAMEO codes, when the list bound.</summary>
    public IEnumerable<ReferenceValue>? CameoCodes => (value.Get(Links.CameoCodes) as ListValue)?.Items.OfType<ReferenceValue>();

    public LocationView? Location => value.Get(Links.Location) is ObjectValue location ? new LocationView(location, links.Location) : null;

    /// <summary>The PLOVER event the engagement is coded as, when it has a PLOVER coding.</summary>
    public EnumValue? PloverEvent => value.Get(Links.Plover) is ObjectValue plover ? plover.Get(links.PloverCoding.Event) as EnumValue : null;
}

internal readonly struct ParticipantView(ObjectValue value, ModelLinks links)
{
    public ReferenceValue? Person => value.Get(links.Participant.Person) as ReferenceValue;

    public ScalarValue? ReportedTitle => value.Get(links.Participant.ReportedTitle) as ScalarValue;
}

internal readonly struct CitationView(ObjectValue value, ModelLinks links)
{
    public ObjectValue Value => value;

    public ReferenceValue? Source => value.Get(links.Citation.Source) as ReferenceValue;

    /// <summary>The evidence quotes, when the list bound.</summary>
    public ListValue? Evidence => value.Get(links.Citation.Evidence) as ListValue;
}

internal readonly struct LocationView(ObjectValue value, LocationLinks links)
{
    public ScalarValue? City => value.Get(links.City) as ScalarValue;

    public ReferenceValue? Country => value.Get(links.Country) as ReferenceValue;

    public ReferenceValue? Place => value.Get(links.Place) as ReferenceValue;
}
