using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DiplomacyData.Cli.Draft;

/// <summary>
/// Writes the YAML skeleton of an article: its source record and one engagement per passage that dates one by a
/// weekday, then one holding the other candidate passages. Keys are the model's member names in the generator's
/// camelCase, collections the model's own; what only the curator can decide (an engagement's id, kind, status,
/// title, each participant's part, the source's language when not given) is written as <c>~</c>, which the build
/// reports as a missing value until it is filled in, so nothing is decided by default.
/// </summary>
internal static class DraftYaml
{
    public static string Write(DraftArticle article)
    {
        var yaml = new YamlLines();
        yaml.Comment($"Draft of {article.Source.Id}, written by 'diplomacy draft'. Every ~ below is for you to decide: the build reports each until it is filled in.");
        yaml.Comment("Check every resolved date and every person found, split or merge the engagements, and drop the passages that are not evidence.");

        yaml.Key(0, Collection<Source>());
        yaml.Pair(1, first: true, nameof(Source.Id), article.Source.Id);
        yaml.Pair(2, first: false, nameof(Source.Title), article.Source.Title);
        yaml.Pair(2, first: false, nameof(Source.Publisher), article.Source.Publisher);
        yaml.Pair(2, first: false, nameof(Source.Published), Iso(article.Source.Published));
        yaml.Pair(2, first: false, nameof(Source.Url), article.Source.Url);
        yaml.Pair(2, first: false, nameof(Source.Language), article.Source.Language);
        if (article.Source.Dateline is { } dateline)
        {
            yaml.Pair(2, first: false, nameof(Source.Dateline), dateline);
        }

        yaml.Key(0, Collection<Engagement>());
        foreach (var engagement in article.Engagements)
        {
            WriteEngagement(yaml, article.Source.Id, engagement);
        }

        return yaml.ToString();
    }

    private static void WriteEngagement(YamlLines yaml, string sourceId, DraftEngagement engagement)
    {
        yaml.Pair(1, first: true, nameof(Engagement.Id), null);
        yaml.Pair(2, first: false, nameof(Engagement.Date), engagement.Date is { } date ? Iso(date) : null);
        yaml.Pair(2, first: false, nameof(Engagement.Precision), engagement.Date is null ? null : Output.Kebab.Of(DatePrecision.Day));
        if (engagement.DateNote is { } note)
        {
            yaml.Pair(2, first: false, nameof(Engagement.DateNote), note);
        }

        yaml.Pair(2, first: false, nameof(Engagement.Kind), null);
        yaml.Pair(2, first: false, nameof(Engagement.Status), null);
        yaml.Pair(2, first: false, nameof(Engagement.Title), null);
        if (engagement.People.Count > 0)
        {
            yaml.Key(2, CamelCase.Of(nameof(Engagement.Participants)));
            foreach (var person in engagement.People)
            {
                yaml.Pair(3, first: true, nameof(Participant.Person), person.Id);
                yaml.Pair(4, first: false, nameof(Participant.Part), null);
            }
        }

        yaml.Key(2, CamelCase.Of(nameof(Engagement.Sources)));
        yaml.Pair(3, first: true, nameof(Citation.Source), sourceId);
        yaml.Key(4, CamelCase.Of(nameof(Citation.Evidence)));
        foreach (var passage in engagement.Evidence)
        {
            yaml.Item(5, passage);
        }
    }

    /// <summary>The YAML key of a kind of record: the collection its [DatasetEntity] declares.</summary>
    private static string Collection<T>() =>
        typeof(T).CustomAttributes.Single(a => a.AttributeType.Name == "DatasetEntityAttribute").ConstructorArguments[0].Value as string
        ?? throw new InvalidOperationException(typeof(T).Name + " declares no collection");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Block YAML in the layout of the curated files (two spaces a level, list items indented under their key).
    /// The generator's reader (YamlDotNet) ships only inside the analyzer, so the tool writes the few forms it needs.
    /// </summary>
    private sealed class YamlLines
    {
        private readonly StringBuilder _text = new();

        public void Comment(string text) => _text.Append("# ").Append(text).Append('\n');

        public void Key(int level, string key) => Line(level, key + ":");

        /// <summary>A key and its value; <paramref name="first"/> opens a new list item (<c>- key: value</c>) one level up.</summary>
        public void Pair(int level, bool first, string member, string? value)
        {
            var pair = CamelCase.Of(member) + ": " + YamlScalar.Of(value);
            if (first)
            {
                Line(level, "- " + pair);
            }
            else
            {
                Line(level, pair);
            }
        }

        public void Item(int level, string value) => Line(level, "- " + YamlScalar.Of(value));

        public override string ToString() => _text.ToString();

        private void Line(int level, string text) => _text.Append(' ', level * 2).Append(text).Append('\n');
    }
}

/// <summary>What the draft knows of the article's source record; <see cref="Language"/> null when not given.</summary>
internal sealed record DraftSource(string Id, string Title, string Publisher, DateOnly Published, string Url, string? Language, string? Dateline);

/// <summary>
/// One engagement to be: the day a weekday phrase resolves to (null for the passages that date nothing), how it
/// was resolved, the people the passages name, and the passages themselves, verbatim.
/// </summary>
internal sealed record DraftEngagement(DateOnly? Date, string? DateNote, IReadOnlyList<Person> People, IReadOnlyList<string> Evidence);

/// <summary>The draft of one article: its source record and its candidate engagements.</summary>
internal sealed record DraftArticle(DraftSource Source, IReadOnlyList<DraftEngagement> Engagements);
