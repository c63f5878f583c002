using System.IO;
using DiplomacyData.Cli;
using DiplomacyData.Testing.Browser;

namespace DiplomacyData.Report.Tests.Browser;

/// <summary>
/// The report of the real data written by <c>diplomacy report</c> (in-process) to a temporary folder, a small
/// synthetic report whose every text is hostile markup, and one headless Chromium for the browser tests.
/// </summary>
public sealed class ReportInBrowserFixture : IAsyncLifetime
{
    private HeadlessChromium? _chromium;

    internal string Site { get; } = Path.Combine(Path.GetTempPath(), "diplomacy-report-test-" + Guid.NewGuid().ToString("N"));

    internal string SyntheticSite => Path.Combine(Site, "synthetic");

    internal string RealSite => Path.Combine(Site, "real");

    internal HeadlessChromium Chromium => _chromium ?? throw new InvalidOperationException("Chromium did not start.");

    /// <summary>Where the screenshots for review go: artifacts/report-screenshots/ of the repository.</summary>
    internal static string Screenshots => Repository.PathOf("artifacts", "report-screenshots");

    public async Task InitializeAsync()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(new[] { "report", "--output", RealSite }, output, error);
        if (exit != 0)
        {
            throw new InvalidOperationException($"diplomacy report exited {exit}: {error}");
        }

        DiplomacyData.Cli.Report.ReportSite.Write(SyntheticReportRows.Create(40), new DiplomacyData.Cli.Report.Html.FolderOutput(SyntheticSite));
        _chromium = await HeadlessChromium.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        try
        {
            Directory.Delete(Site, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; harmless.
        }
    }

    /// <summary>The <c>file://</c> URL of a site path under <paramref name="site"/>.</summary>
    internal static string Url(string site, string path) => new Uri(Path.Combine(site, path.Replace('/', Path.DirectorySeparatorChar))).AbsoluteUri;
}
