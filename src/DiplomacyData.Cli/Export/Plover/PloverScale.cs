using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace DiplomacyData.Cli.Export.Plover;

/// <summary>
/// PLOVER's <c>event_scale</c>: the manual's conflict-cooperation score of the event's category and mode
/// (-10 to +10), read from <c>plover-scores.tsv</c> (the manual's table, copied with its provenance). A mode
/// the table does not list takes its category's score, as an event without a mode does.
/// </summary>
internal static class PloverScale
{
    private const string ResourceName = "DiplomacyData.Cli.Export.Plover.plover-scores.tsv";

    private static readonly Lazy<IReadOnlyDictionary<string, double>> Scores = new(Read);

    public static double Of(PloverEvent category, string? mode)
    {
        var name = ExportText.Enum(category).ToUpperInvariant();
        return mode is not null && Scores.Value.TryGetValue(name + ": " + mode, out var withMode) ? withMode : Scores.Value[name];
    }

    private static IReadOnlyDictionary<string, double> Read()
    {
        using var stream = typeof(PloverScale).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The tool was built without its resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        // Modes are lower case in the data ("third-party") and capitalised in the manual ("Third-party").
        var scores = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var cells = line.Split('\t');
            scores.Add(cells[0], double.Parse(cells[1], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
        }

        return scores;
    }
}
