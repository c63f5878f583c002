using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Statistics;

/// <summary>
/// Counts over the catalogue, each an ordered list of (key, count) so that tables and JSON come out in the
/// same, stable order. <c>diplomacy stats --format json</c> prints them; the DuckDB check compares against them.
/// </summary>
/// <param name="Version">The package version, <c>Catalog.Version</c>.</param>
/// <param name="DataVersion">The data's release, <c>Catalog.DataVersion</c>.</param>
/// <param name="ContentHash">The digest of the data, <c>Catalog.ContentHash</c>.</param>
internal sealed record DatasetStatistics(
    string Version,
    string DataVersion,
    string ContentHash,
    IReadOnlyList<KeyValuePair<string, int>> Records,
    IReadOnlyList<KeyValuePair<string, int>> ByKind,
    IReadOnlyList<KeyValuePair<string, int>> ByStatus,
    IReadOnlyList<KeyValuePair<string, int>> ByYear,
    IReadOnlyList<KeyValuePair<string, int>> ByCountry,
    IReadOnlyList<KeyValuePair<string, int>> ByPerson)
{
    public static DatasetStatistics Of(Dataset data)
    {
        var engagements = data.Engagements;
        var records = new[]
        {
            Pair("engagements", engagements.Count),
            Pair("people", data.People.Count),
            Pair("countries", data.Countries.Count),
            Pair("organizations", data.Organizations.Count),
            Pair("topics", data.Topics.Count),
            Pair("sources", data.Sources.Count),
            Pair("cameo_codes", data.CameoCodes.Count),
            Pair("participations", engagements.Sum(e => e.Participants.Count)),
            Pair("citations", engagements.Sum(e => e.Sources.Count)),
            Pair("evidence_quotes", engagements.Sum(e => e.Sources.Sum(c => c.Evidence.Count))),
            Pair("statements", engagements.Sum(e => e.Statements.Count)),
            Pair("plover_events", engagements.Count(e => e.Plover is not null)),
        };

        // Every kind, status, country and person is listed, with 0 where nothing matches, so that the
        // shape of the output does not change with the data.
        var byKind = Enum.GetValues<EngagementKind>().Select(k => Pair(Kebab.Of(k), engagements.Count(e => e.Kind == k)));
        var byStatus = Enum.GetValues<EngagementStatus>().Select(s => Pair(Kebab.Of(s), engagements.Count(e => e.Status == s)));
        var byYear = engagements
            .GroupBy(e => e.Date.Year)
            .OrderBy(g => g.Key)
            .Select(g => Pair(g.Key.ToString(CultureInfo.InvariantCulture), g.Count()));
        var byCountry = data.Countries
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => Pair(c.Id, engagements.Count(e => e.Involves(c))));
        var byPerson = data.People
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => Pair(p.Id, data.EngagementsOf(p).Count));

        return new DatasetStatistics(data.Version, data.DataVersion, data.ContentHash, records, byKind.ToList(), byStatus.ToList(), byYear.ToList(), byCountry.ToList(), byPerson.ToList());
    }

    private static KeyValuePair<string, int> Pair(string key, int count) => new(key, count);
}
