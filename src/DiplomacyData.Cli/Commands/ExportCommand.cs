using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Export;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Commands;

/// <summary><c>diplomacy export</c>: the dataset as JSON Lines, CSV, Parquet and PLOVER event records with a Data Package descriptor, byte for byte the same on every run.</summary>
internal static class ExportCommand
{
    /// <summary>The command, reading <paramref name="data"/> and writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, Dataset data)
    {
        var format = OptionFactory.Enum<ExportFormat>("--format", "Which files to write: jsonl (one JSON Lines file per entity), csv (one table per entity and relation), parquet (the same tables as Parquet files), plover (PLOVER event records), popolo (one Popolo JSON document) or all. Every run also writes datapackage.json describing the files it wrote. Default: all.");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write into; created when missing. Each format writes its own subfolder (jsonl/, csv/, parquet/, plover/, popolo/) and every run datapackage.json at the top. The files are written beside the folder first and moved in only when all are written: each subfolder written replaces the one of the same name as a whole, other formats' subfolders and anything else there are kept, and a failure leaves the folder as it was.",
            HelpName = "dir",
            Required = true,
        };
        var command = new Command("export", "Export the dataset for DuckDB, Spark, pandas and event-data tools. The files are deterministic: the same data gives the same bytes.")
        {
            format, output,
        };
        command.SetAction(result =>
        {
            var directory = Path.GetFullPath(result.GetValue(output)!);
            if (File.Exists(directory))
            {
                throw new CliException(ExitCodes.OutputError, $"--output '{directory}' is a file, not a folder.");
            }

            IReadOnlyList<ExportedFile> files;
            try
            {
                files = StagedFolder.Write(directory, staging => Exporter.Export(data, staging, result.GetValue(format) ?? ExportFormat.All));
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.OutputError, $"could not write the export to '{directory}': {failure.Message}");
            }

            foreach (var file in files)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.RelativePath}  {file.Records} records"));
            }

            console.Out.WriteLine(console.OutStyle.Dim(string.Create(CultureInfo.InvariantCulture, $"Wrote {files.Count} files to {directory}")));
            return ExitCodes.Success;
        });
        return command;
    }
}
