using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace DiplomacyData.Synthetic;

/// <summary>
/// A deterministic, valid dataset of any size in the real schema and file layout, for benchmarks and scale
/// tests: per engagement, a tenth of a person and a fifth of a source (each with its archived text, in which
/// every evidence quote stands verbatim). The same size always gives the same files.
/// </summary>
public static class SyntheticDataset
{
    private static readonly (string Alpha3, string Alpha2, string Name, string City)[] s_countries =
    [
        ("IRN", "IR", "Iran", "Tehran"), ("RUS", "RU", "Russia", "Moscow"), ("TUR", "TR", "Turkey", "Ankara"),
        ("USA", "US", "United States", "Washington"), ("CHN", "CN", "China", "Beijing"), ("IND", "IN", "India", "New Delhi"),
        ("BRA", "BR", "Brazil", "Brasilia"), ("ZAF", "ZA", "South Africa", "Pretoria"), ("FRA", "FR", "France", "Paris"),
        ("DEU", "DE", "Germany", "Berlin"), ("GBR", "GB", "United Kingdom", "London"), ("JPN", "JP", "Japan", "Tokyo"),
    ];

    private static readonly DateTime s_firstDay = new(2000, 1, 1);

    /// <summary>The dataset's files as (path relative to the data folder, text), in a stable order.</summary>
    public static IEnumerable<(string Path, string Text)> Files(int engagements)
    {
        if (engagements < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(engagements), "at least one engagement");
        }

        var people = Math.Max(2, engagements / 10);
        var sources = Math.Max(1, (engagements + 4) / 5);
        var topics = Math.Min(20, engagements);
        var countries = Math.Min(s_countries.Length, people);

        yield return ("countries.yaml", Countries(countries));
        yield return ("organizations.yaml", Organizations(countries));
        yield return ("topics.yaml", Topics(topics));
        yield return ("people.yaml", People(people, countries));
        yield return (Path.Combine("reference", "cameo-codes.yaml"), CameoCodes);
        for (var source = 0; source < sources; source++)
        {
            var first = source * 5;
            var last = Math.Min(engagements, first + 5);
            var (yaml, text) = Source(source, first, last, people, countries, topics);
            yield return (Path.Combine("sources", SourceId(source) + ".yaml"), yaml);
            yield return (Path.Combine("sources", SourceId(source) + ".txt"), text);
        }
    }

    /// <summary>Writes the dataset under <paramref name="directory"/> (created or emptied first).</summary>
    public static void Write(string directory, int engagements)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        foreach (var (path, text) in Files(engagements))
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    private const string CameoCodes = """
        cameoCodes:
          - {id: '04', name: Consult, plover: consult}
          - {id: '042', name: Make a visit, plover: consult, ploverMode: visit}
          - {id: '043', name: Host a visit, plover: consult, ploverMode: visit}

        """;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string SourceId(int source) => "source-" + source.ToString("D6", CultureInfo.InvariantCulture);

    private static string PersonId(int person) => "person-" + person.ToString("D6", CultureInfo.InvariantCulture);

    private static string PersonName(int person) => $"Given{Invariant(person)} Family{Invariant(person)}";

    private static string Date(int engagement) =>
        s_firstDay.AddDays(engagement * 37 % 9001).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Countries(int count)
    {
        var yaml = new StringBuilder("countries:\n");
        for (var i = 0; i < count; i++)
        {
            var (alpha3, alpha2, name, _) = s_countries[i];
            yaml.Append($"  - {{id: {alpha3}, name: {name}, officialName: {name}, alpha2: {alpha2}}}\n");
        }

        return yaml.ToString();
    }

    private static string Organizations(int countries)
    {
        var yaml = new StringBuilder("organizations:\n");
        for (var i = 0; i < countries; i++)
        {
            var (alpha3, _, name, _) = s_countries[i];
            yaml.Append($"  - {{id: mfa-{alpha3.ToLowerInvariant()}, name: Ministry of Foreign Affairs of {name}, kind: ministry, country: {alpha3}}}\n");
        }

        return yaml.ToString();
    }

    private static string Topics(int count)
    {
        var yaml = new StringBuilder("topics:\n");
        for (var i = 0; i < count; i++)
        {
            yaml.Append($"  - {{id: topic-{Invariant(i)}, name: Topic {Invariant(i)}, description: Synthetic topic number {Invariant(i)}.}}\n");
        }

        return yaml.ToString();
    }

    private static string People(int count, int countries)
    {
        var yaml = new StringBuilder("people:\n");
        for (var i = 0; i < count; i++)
        {
            var alpha3 = s_countries[i % countries].Alpha3;
            yaml.Append($"  - id: {PersonId(i)}\n")
                .Append($"    name: {{given: Given{Invariant(i)}, family: Family{Invariant(i)}}}\n")
                .Append($"    country: {alpha3}\n")
                .Append("    roles:\n")
                .Append($"      - {{title: Minister of Foreign Affairs, organization: mfa-{alpha3.ToLowerInvariant()}, from: 1999-01-01}}\n");
        }

        return yaml.ToString();
    }

    private static (string Yaml, string Text) Source(int source, int first, int last, int people, int countries, int topics)
    {
        var latest = Date(first);
        for (var i = first; i < last; i++)
        {
            latest = string.CompareOrdinal(Date(i), latest) > 0 ? Date(i) : latest;
        }

        var published = DateTime.ParseExact(latest, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder($"Synthetic report {Invariant(source)}\n");
        var yaml = new StringBuilder()
            .Append("sources:\n")
            .Append($"  - id: {SourceId(source)}\n")
            .Append($"    title: Synthetic report {Invariant(source)}\n")
            .Append("    publisher: Synthetic News Agency\n")
            .Append($"    published: {published}\n")
            .Append($"    url: https://example.org/synthetic/{Invariant(source)}\n")
            .Append("    language: en\n")
            .Append("engagements:\n");
        for (var i = first; i < last; i++)
        {
            var host = i % people;
            var visitor = (i + 1) % people;
            var (alpha3, _, _, city) = s_countries[host % countries];
            var sentence = $"On {Date(i)}, {PersonName(host)} received {PersonName(visitor)} in {city} for talks number {Invariant(i)}.";
            text.Append(sentence).Append('\n');
            yaml.Append($"  - id: talks-{Invariant(i)}\n")
                .Append($"    date: {Date(i)}\n")
                .Append("    precision: day\n")
                .Append("    kind: meeting\n")
                .Append("    status: happened\n")
                .Append($"    title: {PersonName(host)} receives {PersonName(visitor)}\n")
                .Append($"    location: {{city: {city}, country: {alpha3}}}\n")
                .Append("    participants:\n")
                .Append($"      - {{person: {PersonId(host)}, part: host}}\n")
                .Append($"      - {{person: {PersonId(visitor)}, part: visitor}}\n")
                .Append($"    topics: [topic-{Invariant(i % topics)}]\n")
                .Append("    statements:\n")
                .Append($"      - {{speaker: {PersonId(host)}, summary: Welcomed the visit number {Invariant(i)}.}}\n")
                .Append("    cameoCodes: ['043']\n")
                .Append("    plover: {event: consult, mode: visit, context: [diplomatic]}\n")
                .Append("    sources:\n")
                .Append($"      - source: {SourceId(source)}\n")
                .Append($"        evidence: [\"{sentence}\"]\n");
        }

        return (yaml.ToString(), text.ToString());
    }
}
