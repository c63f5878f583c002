using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export.Schema;

namespace DiplomacyData.Cli.Report.Read;

/// <summary>
/// What the report is made from: the export specification's tables, and the release the rows belong to.
/// <see cref="Of"/> gives a dataset's (the compiled one's, for <c>diplomacy report</c>); a synthetic set passes its own rows for the same tables.
/// </summary>
/// <param name="DataVersion">The data's release (<c>Catalog.DataVersion</c>), shown on every page.</param>
/// <param name="ContentHash">The digest of the data (<c>Catalog.ContentHash</c>), shown on the overview.</param>
/// <param name="Tables">The tables by name; the report reads <see cref="Needed"/>.</param>
internal sealed record ReportRows(string DataVersion, string ContentHash, IReadOnlyDictionary<string, ReportTable> Tables)
{
    /// <summary>The tables of <see cref="ExportTables"/> the report reads; the others (dyads, aliases …) it does not need.</summary>
    public static IReadOnlyList<string> Needed { get; } = new[]
    {
        "countries", "organizations", "topics", "sources", "cameo_codes", "people", "person_roles", "engagements",
        "engagement_participants", "engagement_topics", "engagement_statements", "engagement_cameo_codes",
        "engagement_plover_contexts", "engagement_sources", "engagement_evidence",
    };

    /// <summary>The rows of <paramref name="data"/>, as <c>diplomacy export</c> writes them.</summary>
    public static ReportRows Of(Dataset data) =>
        new(data.DataVersion, data.ContentHash, Needed.ToDictionary(n => n, n => new ReportTable(ExportTables.Named(n), ExportTables.Named(n).Rows(data)), StringComparer.Ordinal));

    public ReportTable Table(string name) =>
        Tables.TryGetValue(name, out var table)
            ? table
            : throw new InvalidOperationException($"The report needs the export table '{name}', which the rows given do not have.");
}
