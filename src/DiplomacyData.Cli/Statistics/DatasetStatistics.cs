using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Schema;
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
        // One count per record table of the export specification (the tables keyed by id alone), so a new kind of
        // record is counted without a line here; engagements first, as the headline figure.
        var entities = ExportTables.All
            .Where(t => t.PrimaryKey is ["id"])
            .Select(t => Pair(t.Name, t.Rows(data).Count()))
            .OrderBy(p => p.Key == "engagements" ? 0 : 1);
        var records = entities.Concat(new[]
        {
            Pair("participations", engagements.Sum(e => e.Participants.Count)),
            Pair("citations", engagements.Sum(e => e.Sources.Count)),
            Pair("evidence_quotes", engagements.Sum(e => e.Sources.Sum(c => c.Evidence.Count))),
            Pair("statements", engagements.Sum(e => e.Statements.Count)),
            Pair("plover_events", engagements.Count(e => e.Plover is not null)),
        }).ToList();

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
