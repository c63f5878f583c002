using System.Collections.Generic;
using System.IO;
using System.Linq;
using DiplomacyData.Cli.Report.Html;
using DiplomacyData.Cli.Report.Pages;
using DiplomacyData.Cli.Report.Read;

namespace DiplomacyData.Cli.Report;

/// <summary>
/// Writes the static report: overview, timeline, people, who met whom and a page per engagement, with the local
/// stylesheet and script. A pure function of the rows: the same rows give the same files, byte for byte.
/// </summary>
internal static class ReportSite
{
    /// <summary>Writes every file of the report for <paramref name="rows"/> to <paramref name="output"/>; returns the site paths written, in the order written.</summary>
    public static IReadOnlyList<string> Write(ReportRows rows, ISiteOutput output)
    {
        var model = ReportModel.Read(rows);
        var written = new List<string>();
        void Emit(Page page)
        {
            using (var writer = output.Create(page.Path))
            {
                page.Render(writer, model.DataVersion);
            }

            written.Add(page.Path);
        }

        foreach (var asset in new[] { SitePaths.Stylesheet, SitePaths.Script })
        {
            using (var writer = output.Create(asset))
            {
                writer.Write(Asset(asset));
            }

            written.Add(asset);
        }

        Emit(OverviewPage.Create(model));
        foreach (var page in TimelinePages.Create(model))
        {
            Emit(page);
        }

        foreach (var page in PeoplePages.CreateList(model))
        {
            Emit(page);
        }

        var coverage = (First: model.FirstDay, Last: model.LastDay);
        foreach (var page in model.People.SelectMany(p => PeoplePages.CreatePerson(p, coverage)))
        {
            Emit(page);
        }

        foreach (var page in MatrixPages.Create(model))
        {
            Emit(page);
        }

        var timeline = TimelinePages.PageOf(model.Engagements);
        foreach (var engagement in model.Engagements)
        {
            Emit(EngagementPage.Create(engagement, timeline[engagement.Id]));
        }

        return written;
    }

    /// <summary>The text of an asset shipped in the tool (<c>Report/Assets/</c>, embedded by the project file).</summary>
    private static string Asset(string path)
    {
        var name = "DiplomacyData.Cli.Report.Assets." + Path.GetFileName(path);
        using var stream = typeof(ReportSite).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"The report's asset '{name}' is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        // Line ends as written on any machine that checked the file out: '\n'.
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
