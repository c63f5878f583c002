using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using DiplomacyData.Cli.Release;

namespace DiplomacyData.Cli.Commands;

/// <summary>
/// <c>diplomacy release shipped-ids</c>: what a data release records of the data compiled into the tool, read through the
/// package, for the curator cutting it (data/CURATING.md, "Cutting a data release").
/// </summary>
internal static class ReleaseCommand
{
    /// <summary>The header of <c>shipped-ids.tsv</c>, which the build reads (DD0504, DD0505).</summary>
    public static readonly string[] ShippedIdsHeader =
    [
        "# The typed handles of the last data release (data/CHANGELOG.md): handle, then id, one per line.",
        "# Ids are public API: a handle listed here whose record is gone fails the build (DD0504) unless it is",
        "# retired in retired-ids.tsv. Written by 'diplomacy release shipped-ids' when a release is cut; do not edit by hand.",
    ];

    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write (data/release/shipped-ids.tsv when a release is cut); standard output when not given.",
            HelpName = "file",
        };
        var shippedIds = new Command("shipped-ids", "Write the typed handles of the data compiled into this tool, each with its id, as data/release/shipped-ids.tsv records them: run it when you cut a data release, after the changelog entry.")
        {
            output,
        };
        shippedIds.SetAction(result =>
        {
            var lines = ShippedIdsHeader.Concat(TypedHandles.Of(typeof(Catalog).Assembly).Select(h => h.Handle + "\t" + h.Id));
            var text = string.Join("\n", lines) + "\n";
            if (result.GetValue(output) is { } path)
            {
                // Written whole or not at all: a failure leaves the previous file as it was.
                var temporary = path + ".partial";
                File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                File.Move(temporary, path, overwrite: true);
                console.Out.WriteLine($"{TypedHandles.Of(typeof(Catalog).Assembly).Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} handles written to {path}");
            }
            else
            {
                console.Out.Write(text);
            }

            return ExitCodes.Success;
        });
        return new Command("release", "What a data release records of the data compiled into this tool.")
        {
            shippedIds,
        };
    }
}
