using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Draft;

namespace DiplomacyData.Cli.Commands;

/// <summary><c>diplomacy draft</c>: an article's archived text and the YAML skeleton of its records, for a curator to finish.</summary>
internal static class DraftCommand
{
    /// <summary>The command, reading <paramref name="data"/> and writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, Dataset data)
    {
        var textFile = new Argument<string>("text") { Description = "The article's text, as captured, in UTF-8: copied byte for byte as the archived text. A text in another encoding (Windows-1252, UTF-16 …) is refused with exit code 4, naming its first byte that is not UTF-8; nothing is written then." };
        var publisher = Required("--publisher", "name", "The publisher as the page shows it (Kuwait News Agency (KUNA)).");
        var published = Required("--published", "yyyy-MM-dd", "The publication date; weekdays are resolved against the dateline, or against this date when the text has none.");
        var title = Required("--title", "text", "The headline as published.");
        var url = Required("--url", "url", "Where the article was found (http or https).");
        var language = new Option<string?>("--language") { Description = "The article's language as a BCP 47 tag (en). Left as ~ for you to fill in when not given.", HelpName = "tag" };
        var id = new Option<string?>("--id") { Description = "The source id's first part, in kebab-case; the publication date is appended (--id kuna writes kuna-2025-04-18; an id already ending in that date is kept as given). Default: the publisher in kebab-case.", HelpName = "prefix" };
        var dataFolder = new Option<string>("--data")
        {
            Description = "The dataset folder to write into: <data>/sources/<id>.txt and <id>.yaml.",
            HelpName = "dir",
            DefaultValueFactory = _ => "data",
        };
        var command = new Command("draft", "Start curating an article: write its archived text and a YAML skeleton with the source record, weekdays resolved against the dateline, the people it names and candidate evidence passages. What only you can decide is left as ~ for the build to report.")
        {
            textFile, publisher, published, title, url, language, id, dataFolder,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(textFile)!;
            if (!File.Exists(path))
            {
                throw new CliException(ExitCodes.NotFound, $"'{path}' is not a file; give the article's text file.");
            }

            var date = DateOnly.TryParseExact(result.GetValue(published), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new CliException(ExitCodes.UsageError, $"--published '{result.GetValue(published)}' is not a date written yyyy-MM-dd.");
            var address = result.GetValue(url)!;
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new CliException(ExitCodes.UsageError, $"--url '{address}' is not an absolute http(s) address.");
            }

            var sourceId = SourceId(result.GetValue(id) ?? Slug(result.GetValue(publisher)!), date);
            if (!IsKebab(sourceId))
            {
                throw new CliException(ExitCodes.UsageError, $"the source id '{sourceId}' is not kebab-case (a-z, 0-9 and single hyphens); give one with --id.");
            }

            var folder = Path.Combine(result.GetValue(dataFolder)!, "sources");
            var archive = Path.Combine(folder, sourceId + ".txt");
            var yaml = Path.Combine(folder, sourceId + ".yaml");
            foreach (var existing in new[] { archive, yaml }.Where(File.Exists))
            {
                throw new CliException(ExitCodes.OutputError, $"'{existing}' already exists; a draft never overwrites curated files (choose another --id, or remove it).");
            }

            var article = ArticleFile.Read(path);
            var source = new DraftSource(sourceId, result.GetValue(title)!, result.GetValue(publisher)!, date, address, result.GetValue(language), null);
            var draft = ArticleDraft.Make(data, source, article.Text);
            WriteBoth(folder, (archive, article.Bytes), (yaml, ExportTextEncoding.GetBytes(DraftYaml.Write(draft))));

            var dated = draft.Engagements.Count(e => e.Date is not null);
            var people = draft.Engagements.SelectMany(e => e.People).Distinct().Count();
            console.Out.WriteLine(archive);
            console.Out.WriteLine(yaml);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{draft.Engagements.Count} candidate engagements ({dated} dated by a weekday), {people} people of the dataset named, dateline: {draft.Source.Dateline ?? "none found"}."));
            if (result.GetValue(language) is { } tag && !WeekdayPhrases.Reads(tag))
            {
                console.Out.WriteLine($"Weekdays were not resolved: the draft reads weekday phrases in {string.Join(", ", WeekdayPhrases.Languages)}, not in '{tag}'; date each engagement yourself.");
            }

            console.Out.WriteLine(console.OutStyle.Dim("Next: fill in every ~, then build (dotnet build src/DiplomacyData): the build lists what is still undecided."));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Writes the two files, each only where no file is (a draft never overwrites); when either cannot be written, the
    /// other is removed again, so that a failed draft leaves nothing behind that the next one would refuse to replace.
    /// </summary>
    private static void WriteBoth(string folder, params (string Path, byte[] Bytes)[] files)
    {
        Directory.CreateDirectory(folder);
        var written = new System.Collections.Generic.List<string>();
        try
        {
            foreach (var (file, bytes) in files)
            {
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                written.Add(file);
                stream.Write(bytes);
            }
        }
        catch
        {
            foreach (var file in written)
            {
                File.Delete(file);
            }

            throw;
        }
    }

    private static readonly System.Text.Encoding ExportTextEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static Option<string> Required(string name, string helpName, string description) =>
        new(name) { Description = description, HelpName = helpName, Required = true };

    /// <summary>
    /// The dataset's source id, <c>&lt;publisher&gt;-&lt;yyyy-MM-dd&gt;</c> (CURATING.md): <paramref name="prefix"/> with the
    /// publication date appended, unless it already ends with that date (<c>kuna</c> and <c>kuna-2025-04-18</c> both
    /// give <c>kuna-2025-04-18</c>).
    /// </summary>
    internal static string SourceId(string prefix, DateOnly published)
    {
        var suffix = "-" + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return prefix.EndsWith(suffix, StringComparison.Ordinal) ? prefix : prefix + suffix;
    }

    /// <summary>The publisher's ASCII letters and digits as lower-case words joined by hyphens ("Kuwait News Agency (KUNA)" → kuwait-news-agency-kuna).</summary>
    private static string Slug(string publisher) =>
        string.Join('-', System.Text.RegularExpressions.Regex.Split(publisher.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0));

    private static bool IsKebab(string id) =>
        id.Length > 0 && id.Split('-').All(part => part.Length > 0 && part.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)));
}
