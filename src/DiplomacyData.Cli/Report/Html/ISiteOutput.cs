namespace DiplomacyData.Cli.Report.Html;

/// <summary>Where the report's files go: a folder on disk for <c>diplomacy report</c>, or anything else that takes the same bytes.</summary>
internal interface ISiteOutput
{
    /// <summary>Writes the file at <paramref name="path"/> (a site path, <c>/</c> between folders) as UTF-8 without a byte-order mark.</summary>
    void Write(string path, string content);
}
