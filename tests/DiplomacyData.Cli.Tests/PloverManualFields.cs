using System.IO;

namespace DiplomacyData.Cli.Tests;

/// <summary>One row of the PLOVER manual's "Data Fields" tables (Reference/plover-data-fields.tsv).</summary>
internal sealed record PloverManualField(string Table, string Name, string Content, string Required, string Shape)
{
    public bool IsRequired => Required == "Y";
}

/// <summary>The PLOVER manual's field tables, read from the reference copy that names its source.</summary>
internal static class PloverManualFields
{
    /// <summary>The record itself (table "PLOVER JSON").</summary>
    public const string Record = "tab:json";

    /// <summary>Entries of <c>actor</c> and <c>recipient</c> ("Information object for entities").</summary>
    public const string Entity = "tab:actorinfo";

    /// <summary><c>event_loc</c> ("Location object").</summary>
    public const string Location = "tab:locations";

    /// <summary><c>cite_info</c> ("Information object for citations").</summary>
    public const string Citation = "tab:citeinfo";

    /// <summary><c>text_info</c> ("Information object for text").</summary>
    public const string Text = "tab:textinfo";

    public static string PathOf => Repository.PathOf("tests", "DiplomacyData.Cli.Tests", "Reference", "plover-data-fields.tsv");

    public static IReadOnlyList<PloverManualField> All { get; } = Read();

    public static IReadOnlyList<PloverManualField> Of(string table) => All.Where(f => f.Table == table).ToList();

    private static List<PloverManualField> Read()
    {
        var rows = File.ReadAllLines(PathOf).Where(line => !line.StartsWith('#')).Select(line => line.Split('\t')).ToList();
        rows[0].ShouldBe(["table", "name", "content", "required", "shape"]);
        return rows.Skip(1).Select(cells => new PloverManualField(cells[0], cells[1], cells[2], cells[3], cells[4])).ToList();
    }
}
