namespace DiplomacyData.Cli.Export.Schema;

/// <summary>
/// The value types of the exported tables. Each maps to one Table Schema type (Frictionless Data), one Parquet
/// type and one CSV spelling, so a column's type is stated once, in <see cref="ExportTables"/>.
/// </summary>
internal enum ExportType
{
    /// <summary>UTF-8 text. Table Schema <c>string</c>; Parquet BYTE_ARRAY with the STRING annotation.</summary>
    String,

    /// <summary>A 32-bit whole number. Table Schema <c>integer</c>; Parquet INT32.</summary>
    Integer,

    /// <summary>
    /// A decimal number (degrees of latitude …), written in text formats as the shortest invariant-culture text
    /// that reads back to the same double. Table Schema <c>number</c>; Parquet DOUBLE.
    /// </summary>
    Number,

    /// <summary><c>true</c>/<c>false</c>. Table Schema <c>boolean</c>; Parquet BOOLEAN.</summary>
    Boolean,

    /// <summary>A calendar day, ISO 8601 <c>yyyy-MM-dd</c> in text formats. Table Schema <c>date</c>; Parquet INT32 with the DATE annotation.</summary>
    Date,
}

/// <summary>The spellings of <see cref="ExportType"/> that documents and descriptors use.</summary>
internal static class ExportTypeNames
{
    /// <summary>The Table Schema (Frictionless Data v2) type name, also used in docs/exports.md.</summary>
    public static string TableSchema(this ExportType type) => type switch
    {
        ExportType.String => "string",
        ExportType.Integer => "integer",
        ExportType.Number => "number",
        ExportType.Boolean => "boolean",
        ExportType.Date => "date",
        _ => throw new System.ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
