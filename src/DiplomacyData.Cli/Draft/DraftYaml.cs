using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using DiplomacyData.Generators.Common;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

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
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, skipAnchorName: false, indentSequences: true, newLine: "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new Comment($"Draft of {article.Source.Id}, written by 'diplomacy draft'. Every ~ below is for you to decide: the build reports each until it is filled in.", isInline: false));
        emitter.Emit(new Comment("Check every resolved date and every person found, split or merge the engagements, and drop the passages that are not evidence.", isInline: false));
        emitter.Emit(new MappingStart());

        Key(emitter, Collection<Source>());
        emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
        emitter.Emit(new MappingStart());
        Pair(emitter, nameof(Source.Id), article.Source.Id);
        Pair(emitter, nameof(Source.Title), article.Source.Title);
        Pair(emitter, nameof(Source.Publisher), article.Source.Publisher);
        Pair(emitter, nameof(Source.Published), Iso(article.Source.Published));
        Pair(emitter, nameof(Source.Url), article.Source.Url);
        Pair(emitter, nameof(Source.Language), article.Source.Language);
        if (article.Source.Dateline is { } dateline)
        {
            Pair(emitter, nameof(Source.Dateline), dateline);
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new SequenceEnd());

        Key(emitter, Collection<Engagement>());
        emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
        foreach (var engagement in article.Engagements)
        {
            WriteEngagement(emitter, article.Source.Id, engagement);
        }

        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void WriteEngagement(IEmitter emitter, string sourceId, DraftEngagement engagement)
    {
        emitter.Emit(new MappingStart());
        Pair(emitter, nameof(Engagement.Id), null);
        Pair(emitter, nameof(Engagement.Date), engagement.Date is { } date ? Iso(date) : null);
        Pair(emitter, nameof(Engagement.Precision), engagement.Date is null ? null : Output.Kebab.Of(DatePrecision.Day));
        if (engagement.DateNote is { } note)
        {
            Pair(emitter, nameof(Engagement.DateNote), note);
        }

        Pair(emitter, nameof(Engagement.Kind), null);
        Pair(emitter, nameof(Engagement.Status), null);
        Pair(emitter, nameof(Engagement.Title), null);
        if (engagement.People.Count > 0)
        {
            Key(emitter, Naming.ToCamelCase(nameof(Engagement.Participants)));
            emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
            foreach (var person in engagement.People)
            {
                emitter.Emit(new MappingStart());
                Pair(emitter, nameof(Participant.Person), person.Id);
                Pair(emitter, nameof(Participant.Part), null);
                emitter.Emit(new MappingEnd());
            }

            emitter.Emit(new SequenceEnd());
        }

        Key(emitter, Naming.ToCamelCase(nameof(Engagement.Sources)));
        emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
        emitter.Emit(new MappingStart());
        Pair(emitter, nameof(Citation.Source), sourceId);
        Key(emitter, Naming.ToCamelCase(nameof(Citation.Evidence)));
        emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
        foreach (var passage in engagement.Evidence)
        {
            Value(emitter, passage);
        }

        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new SequenceEnd());
        emitter.Emit(new MappingEnd());
    }

    /// <summary>The YAML key of a kind of record: the collection its [DatasetEntity] declares.</summary>
    private static string Collection<T>() =>
        typeof(T).CustomAttributes.Single(a => a.AttributeType.Name == "DatasetEntityAttribute").ConstructorArguments[0].Value as string
        ?? throw new InvalidOperationException(typeof(T).Name + " declares no collection");

    private static void Pair(IEmitter emitter, string member, string? value)
    {
        Key(emitter, Naming.ToCamelCase(member));
        Value(emitter, value);
    }

    private static void Key(IEmitter emitter, string key) =>
        emitter.Emit(new Scalar(null, null, key, ScalarStyle.Plain, true, false));

    /// <summary>A text as a plain scalar where YAML reads it back as the same text, quoted otherwise; null as <c>~</c>.</summary>
    private static void Value(IEmitter emitter, string? value) =>
        emitter.Emit(value is null
            ? new Scalar(null, null, "~", ScalarStyle.Plain, true, false)
            : new Scalar(null, null, value, LooksLikeAnotherType(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));

    // A plain 'true', '~', '12' or '2024-01-01' would not read back as text; dates are read as text by the binder anyway.
    private static bool LooksLikeAnotherType(string value) =>
        value is "~" or "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
        || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
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
