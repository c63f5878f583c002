using System.Linq;
using System.Text.Json;
using DiplomacyData.Cli.Export.JsonLines;

namespace DiplomacyData.Cli.Export.Plover;

/// <summary>
/// PLOVER's <c>cite_info</c>: one citation object per record, as the manual's "Information object for
/// citations" defines it. An engagement may be reported by several articles, so the fields that describe a
/// text (<c>citation</c>, <c>url</c>, <c>title</c>, <c>language</c>, <c>publication</c>) are arrays with one
/// item per source, in the engagement's order: the manual leaves the content of such fields open and names
/// a JSON array as the way to give several values. <c>license</c> and <c>copyright</c> are null: the dataset
/// does not record what covers the articles' text.
/// </summary>
internal static class PloverCiteInfo
{
    public const string Corpus = "DiplomacyData";

    /// <summary>Who coded the events (also the record's <c>coder</c>): people, not an extraction system.</summary>
    public const string Coder = "DiplomacyData curators (hand-coded)";

    /// <summary>The codebook, named as the manual's examples name theirs: its draft version 2.0.</summary>
    public const string Codebook = "plover-2.0";

    public static void Write(Utf8JsonWriter json, Engagement engagement, string dataVersion)
    {
        var sources = engagement.Sources.Select(c => c.Source).ToList();
        json.WriteStartObject("cite_info");
        json.WriteString("corpus", Corpus);
        json.WriteStrings("citation", sources.Select(s => s.Id));
        json.WriteStrings("url", sources.Select(s => s.Url.OriginalString));
        json.WriteStrings("title", sources.Select(s => s.Title));
        json.WriteStartArray("language");
        foreach (var source in sources)
        {
            json.WriteStringValue(Iso639_1(source.Language));
        }

        json.WriteEndArray();
        json.WriteStartArray("publication");
        foreach (var source in sources)
        {
            json.WriteStringValue(source.Publisher);
        }

        json.WriteEndArray();
        json.WriteNull("license");
        json.WriteNull("copyright");
        json.WriteString("coder", Coder);
        json.WriteString("codebook", Codebook);
        json.WriteString("version", dataVersion);
        json.WriteEndObject();
    }

    /// <summary>
    /// The ISO 639-1 code the manual asks for, from a BCP 47 tag: its primary language subtag when that has two
    /// letters (<c>en-GB</c> gives <c>en</c>); null for a language that ISO 639-1 does not list (a three-letter
    /// primary subtag).
    /// </summary>
    public static string? Iso639_1(string bcp47)
    {
        var primary = bcp47.Split('-')[0];
        return primary.Length == 2 ? primary.ToLowerInvariant() : null;
    }
}
