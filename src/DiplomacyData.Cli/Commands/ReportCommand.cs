using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Output;
using DiplomacyData.Cli.Report;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Cli.Commands;

/// <summary><c>diplomacy report</c>: the dataset as a static site (overview, timeline, people, who met whom, a page per engagement) that opens from disk.</summary>
internal static class ReportCommand
{
    /// <summary>The command, reading <paramref name="data"/> and writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, Dataset data)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the site into; created when missing. The site is written beside it first and moved in only when complete: its files and folders (index.html, people/ …) replace those of the same name as a whole, anything else there is kept, and a failure leaves the folder as it was. Open index.html in a browser: no server or network is needed.",
            HelpName = "dir",
            Required = true,
        };
        var command = new Command("report", "Write a static HTML report of the dataset: an overview, a timeline with filters, a page per person with their offices over time, who-met-whom matrices, and a page per engagement with its evidence. The same data gives the same bytes.")
        {
            output,
        };
        command.SetAction(result =>
        {
            var directory = Path.GetFullPath(result.GetValue(output)!);
            if (File.Exists(directory))
            {
                throw new CliException(ExitCodes.OutputError, $"--output '{directory}' is a file, not a folder.");
            }

            int pages;
            try
            {
                pages = StagedFolder.Write(directory, staging => ReportSite.Write(ReportRows.Of(data), new FolderOutput(staging)).Count);
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.OutputError, $"could not write the report to '{directory}': {failure.Message}");
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {pages} files to {directory}"));
            console.Out.WriteLine("Open " + Path.Combine(directory, SitePaths.Overview));
            return ExitCodes.Success;
        });
        return command;
    }
}
