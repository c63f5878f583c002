using System.IO;

namespace DiplomacyData.Cli.Report.Html;

/// <summary>Where the report's files go: a folder on disk for <c>diplomacy report</c>, or anything else that takes the same text.</summary>
internal interface ISiteOutput
{
    /// <summary>
    /// A writer for the file at <paramref name="path"/> (a site path, <c>/</c> between folders), UTF-8 without a
    /// byte-order mark; the file is complete when the writer is disposed. Pages are streamed into it rather than
    /// made into one string first, so that a page of a megabyte costs no large allocation.
    /// </summary>
    TextWriter Create(string path);
}
