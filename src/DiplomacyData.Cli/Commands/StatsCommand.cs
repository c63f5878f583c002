using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using DiplomacyData.Cli.Data;
using DiplomacyData.Cli.Output;
using DiplomacyData.Cli.Statistics;

namespace DiplomacyData.Cli.Commands;

/// <summary><c>diplomacy stats</c>: how many records of each kind, and engagements per kind, status, year, country and person.</summary>
internal static class StatsCommand
{
    /// <summary>The command, reading <paramref name="data"/> and writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console, Dataset data)
    {
        var format = OptionFactory.Format();
        var command = new Command("stats", "Count records per entity, and engagements per kind, status, year, country and person.")
        {
            format,
        };
        command.SetAction(result =>
        {
            var statistics = DatasetStatistics.Of(data);
            if (result.ValueOr(format, OutputFormat.Table) == OutputFormat.Json)
            {
                console.Out.Write(StatisticsJson.Write(statistics));
                console.Out.Write('\n');
            }
            else
            {
                WriteTables(console, statistics);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTables(CliConsole console, DatasetStatistics statistics)
    {
        console.Out.WriteLine(console.OutStyle.Heading($"DiplomacyData {statistics.Version}"));
        console.Out.WriteLine($"data {statistics.DataVersion}, {statistics.ContentHash}");
        Table(console, "Records", "RECORDS", statistics.Records);
        Table(console, "Engagements by kind", "KIND", statistics.ByKind);
        Table(console, "Engagements by status", "STATUS", statistics.ByStatus);
        Table(console, "Engagements by year", "YEAR", statistics.ByYear);
        Table(console, "Engagements by country (someone from it took part)", "COUNTRY", statistics.ByCountry);
        Table(console, "Engagements by person", "PERSON", statistics.ByPerson);
    }

    private static void Table(CliConsole console, string title, string keyHeader, IReadOnlyList<KeyValuePair<string, int>> counts)
    {
        console.Out.WriteLine();
        console.Out.WriteLine(console.OutStyle.Heading(title));
        var table = new TextTable(keyHeader, "COUNT");
        foreach (var (key, count) in counts)
        {
            table.AddRow(key, count.ToString(CultureInfo.InvariantCulture));
        }

        table.Write(console.Out, console.OutStyle, console.Width);
    }
}
