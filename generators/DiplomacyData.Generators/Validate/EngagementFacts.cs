using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Pipeline;

namespace DiplomacyData.Generators.Validate;

/// <summary>A piece of curator-written or quoted text and where it stands in the YAML.</summary>
internal sealed record PlacedText(string Text, LocationInfo Location);

/// <summary>A value's text and where it is, named by its record rather than its position (<see cref="ValuePlace"/>).</summary>
internal sealed record TextAt(string Text, ValuePlace Place);

/// <summary>One cited report of an engagement: the source's dating and the passages quoted from it.</summary>
/// <param name="Published">The source's publication date, as bound; null when unknown.</param>
/// <param name="Dateline">The dateline as printed (<c>MOSCOW, April 18</c>); null when the article has none.</param>
/// <param name="Language">The BCP 47 tag of the article's text.</param>
internal sealed record CitedReport(string SourceId, IsoDay? Published, string? Dateline, string Language, EquatableArray<PlacedText> Evidence);

/// <summary>
/// What the date, id and duplicate rules need to know of one engagement, taken from a record that bound without
/// errors. Small and equatable so that the rules are pure functions of it. What the whole-dataset rule reads (all but
/// <see cref="DateNote"/> and <see cref="Reports"/>, which the per-file rules read) holds no position: an edit that moves
/// the engagement's lines leaves it equal.
/// </summary>
/// <param name="IdPlace">The id's value, where the rules that judge the id report.</param>
/// <param name="Date">The first day, as bound.</param>
/// <param name="EndDate">The last day or upper bound; null for a single day or a month.</param>
/// <param name="Precision">The record's <c>DatePrecision</c>, through the model links.</param>
/// <param name="Kind">The record's <c>EngagementKind</c> as the YAML spells it, for messages.</param>
/// <param name="Participants">The participants' person ids, in the record's order.</param>
/// <param name="Reports">Every citation whose source bound without errors.</param>
/// <param name="DistinctFrom">The ids the curator declared as separate engagements despite looking alike.</param>
internal sealed record EngagementFacts(
    string Id,
    ValuePlace IdPlace,
    IsoDay Date,
    IsoDay? EndDate,
    SpanPrecision Precision,
    string Kind,
    EquatableArray<string> Participants,
    PlacedText? DateNote,
    EquatableArray<CitedReport> Reports,
    EquatableArray<TextAt> DistinctFrom);

/// <summary>How an engagement's date is to be read by the date rules: the model's <c>DatePrecision</c> members they tell apart.</summary>
internal enum SpanPrecision
{
    /// <summary>One day (or any precision the rules do not tell apart).</summary>
    Day,

    /// <summary>Some day of the month of the date.</summary>
    Month,

    /// <summary>From the date to the end date.</summary>
    Range,

    /// <summary>Around the date, bounded by the end date when there is one.</summary>
    Approximate,
}
