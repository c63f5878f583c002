namespace DiplomacyData.Cli.Export;

/// <summary>What <c>diplomacy export --format</c> writes; each format goes to a folder of its own name, and every run writes a <c>datapackage.json</c> describing its files.</summary>
internal enum ExportFormat
{
    /// <summary>Every format.</summary>
    All,

    /// <summary><c>jsonl/</c>: one JSON Lines file per entity, references as ids, children nested.</summary>
    Jsonl,

    /// <summary><c>csv/</c>: one table per entity and per child list, ids as foreign keys.</summary>
    Csv,

    /// <summary><c>parquet/</c>: one Parquet file per table, the same tables and columns as <c>csv/</c>, with DATE, INT32 and BOOLEAN types.</summary>
    Parquet,

    /// <summary><c>plover/</c>: PLOVER-style JSON event records, one per coded engagement.</summary>
    Plover,

    /// <summary><c>popolo/</c>: one Popolo JSON document of persons, organizations, memberships, areas and events.</summary>
    Popolo,
}
