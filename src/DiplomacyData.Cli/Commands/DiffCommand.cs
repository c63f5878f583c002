using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Diff;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Commands;

/// <summary><c>diplomacy diff</c>: what changed between two releases of the data, as a table or as the draft of a changelog entry.</summary>
internal static class DiffCommand
{
    /// <summary>The command, reading <paramref name="data"/> and writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, Dataset data)
    {
        var oldArgument = new Argument<string>("old") { Description = "The older release: a folder written by 'diplomacy export' (its jsonl/ or csv/ files, or that folder itself)." };
        var newArgument = new Argument<string?>("new")
        {
            Description = "The newer release, a folder like <old>; when left out, the data compiled into this tool.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = "table (every row added, removed or changed, field by field) or changelog (the draft of a data/CHANGELOG.md entry for the newer release).",
            HelpName = "table|changelog",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "changelog");
        var oldVersion = new Option<string?>("--old-version")
        {
            Description = "The release version of <old>, for the changelog's version bump; by default the version its datapackage.json records.",
            HelpName = "version",
        };
        var date = new Option<string?>("--date")
        {
            Description = "The release date of the changelog entry, yyyy-MM-dd; default: today (UTC).",
            HelpName = "yyyy-MM-dd",
        };
        var command = new Command("diff", "Compare two releases of the data (two exports, or an export and this tool's data): records added, removed and changed, field by field, keyed by the export specification's primary keys.")
        {
            oldArgument, newArgument, format, oldVersion, date,
        };
        command.SetAction(result =>
        {
            var releaseDate = result.GetValue(date) is { } text ? ParseDate(text) : DateOnly.FromDateTime(DateTime.UtcNow);
            var (old, @new) = Snapshots(data, result.GetValue(oldArgument)!, result.GetValue(newArgument));
            var diff = SnapshotDiff.Compare(old, @new);
            if (result.GetValue(format) == "changelog")
            {
                WriteChangelog(console, diff, result.GetValue(oldVersion), releaseDate);
            }
            else
            {
                WriteTable(console, diff);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static (ReleaseSnapshot Old, ReleaseSnapshot New) Snapshots(Dataset data, string oldPath, string? newPath)
    {
        var oldFormats = Formats(oldPath);
        if (newPath is null)
        {
            var (format, folder) = oldFormats[0];
            return (ReleaseSnapshot.Read(oldPath, format, folder), ReleaseSnapshot.OfThisTool(data, format));
        }

        var newFormats = Formats(newPath);
        var shared = oldFormats.Select(f => f.Format).Intersect(newFormats.Select(f => f.Format)).ToList();
        if (shared.Count == 0)
        {
            throw new CliException(ExitCodes.UsageError, $"'{oldPath}' and '{newPath}' share no export format: export both as jsonl or both as csv.");
        }

        var chosen = shared[0];
        return (ReleaseSnapshot.Read(oldPath, chosen, oldFormats.First(f => f.Format == chosen).Folder), ReleaseSnapshot.Read(newPath, chosen, newFormats.First(f => f.Format == chosen).Folder));
    }

    private static System.Collections.Generic.IReadOnlyList<(SnapshotFormat Format, string Folder)> Formats(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new CliException(ExitCodes.NotFound, $"'{path}' is not a folder; give a folder written by 'diplomacy export'.");
        }

        var formats = ReleaseSnapshot.FormatsIn(path);
        return formats.Count > 0
            ? formats
            : throw new CliException(ExitCodes.NotFound, $"'{path}' holds no JSON Lines or CSV export (no jsonl/*.jsonl or csv/*.csv); write one with 'diplomacy export --format jsonl -o {path}'.");
    }

    private static void WriteTable(CliConsole console, SnapshotDiff diff)
    {
        console.Out.WriteLine($"{diff.Old.Label} ({diff.Old.Version ?? "version not recorded"}) -> {diff.New.Label} ({diff.New.Version ?? "version not recorded"}), {diff.Old.Format.ToString().ToLowerInvariant()}");
        if (diff.IsEmpty)
        {
            console.Out.WriteLine("No differences.");
            return;
        }

        var table = new TextTable("CHANGE", "TABLE", "KEY", "FIELD", "OLD", "NEW");
        foreach (var column in diff.Columns)
        {
            table.AddRow(Word(column.Kind) + " field", column.Table, "", column.Field, "", "");
        }

        foreach (var record in diff.Records)
        {
            if (record.Kind == ChangeKind.Changed)
            {
                foreach (var field in record.Fields)
                {
                    table.AddRow(Word(record.Kind), record.Table, record.Key.ToString(), field.Field, field.Old ?? "-", field.New ?? "-");
                }
            }
            else
            {
                table.AddRow(Word(record.Kind), record.Table, record.Key.ToString(), "", "", "");
            }
        }

        table.Write(console.Out, console.OutStyle, console.Width);
        var counts = string.Join(", ", Enum.GetValues<ChangeKind>().Select(kind => string.Create(CultureInfo.InvariantCulture, $"{diff.Records.Count(r => r.Kind == kind)} {Word(kind)}")));
        console.Out.WriteLine(console.OutStyle.Dim($"Rows: {counts}; fields: {diff.Columns.Count.ToString(CultureInfo.InvariantCulture)} added or removed."));
    }

    private static void WriteChangelog(CliConsole console, SnapshotDiff diff, string? oldVersion, DateOnly date)
    {
        if (diff.IsEmpty)
        {
            throw new CliException(ExitCodes.NotFound, "the two releases hold the same data: there is nothing to write a changelog entry for.");
        }

        var baseVersion = oldVersion ?? diff.Old.Version;
        if (baseVersion is null || baseVersion.Contains('-', StringComparison.Ordinal))
        {
            throw new CliException(
                ExitCodes.UsageError,
                baseVersion is null
                    ? $"{diff.Old.Label} does not record its data version; give it with --old-version (the release it was exported from, e.g. 1.0.0)."
                    : $"{diff.Old.Label} is version {baseVersion}, data that was not released; give the release to bump from with --old-version (e.g. 1.0.0).");
        }

        var hash = diff.New.ContentHash ?? throw new CliException(
            ExitCodes.UsageError,
            $"{diff.New.Label} does not record its content hash (datapackage.json 'contentHash'); export it again with this tool, or leave <new> out to compare against this tool's data.");
        try
        {
            console.Out.Write(ChangelogDraft.Write(diff, baseVersion, hash, date));
        }
        catch (FormatException failure)
        {
            throw new CliException(ExitCodes.UsageError, failure.Message + " (--old-version)");
        }
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new CliException(ExitCodes.UsageError, $"--date '{text}' is not a date written yyyy-MM-dd.");

    private static string Word(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };
}
