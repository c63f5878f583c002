using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using DiplomacyData.Testing.Browser;

namespace DiplomacyData.Docs.Tests;

/// <summary>
/// The docs site built once by docs/build.sh (as a person builds it), served over loopback by docfx's own server (the
/// site's scripts are modules, which browsers refuse to load from file://), and every page of it opened once in
/// headless Chromium: what each page logged and requested, its links, the ids its elements carry and its heading.
/// </summary>
public sealed class DocsSiteFixture : IAsyncLifetime
{
    private Process? _server;

    /// <summary>Where docs/build.sh writes the site.</summary>
    public static string Site => Repository.PathOf("artifacts", "docs", "site");

    /// <summary>The server's root, http://127.0.0.1:port/.</summary>
    public Uri Root { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every page of the site but the tables of contents (docfx's fragments), by its path in the site.</summary>
    public IReadOnlyDictionary<string, VisitedPage> Pages { get; private set; } = new Dictionary<string, VisitedPage>();

    /// <summary>How long docs/build.sh and the visit of every page took, for the test output (no test times anything).</summary>
    public (TimeSpan Build, TimeSpan Visit) Durations { get; private set; }

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        var build = ProcessRunner.Run("bash", Repository.Root, new Dictionary<string, string>(), Repository.PathOf("docs", "build.sh"));
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("docs/build.sh failed:\n" + build);
        }

        var built = watch.Elapsed;
        Root = new Uri($"http://127.0.0.1:{FreePort()}/");
        _server = StartServer(Root.Port);
        await WaitUntilServedAsync();

        await using var chromium = await HeadlessChromium.StartAsync();
        var tab = await chromium.OpenTabAsync();
        var pages = new Dictionary<string, VisitedPage>(StringComparer.Ordinal);
        foreach (var path in PagePaths())
        {
            await tab.LoadAsync(new Uri(Root, path).AbsoluteUri);
            await tab.EvaluateAsync(SettleScript);
            var facts = await tab.EvaluateAsync(FactsScript);
            pages[path] = new VisitedPage(
                path,
                [.. tab.Errors],
                [.. tab.Requests],
                [.. facts.GetProperty("links").EnumerateArray().Select(l => l.GetString()!)],
                facts.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToHashSet(StringComparer.Ordinal),
                facts.GetProperty("heading").GetString()!);
        }

        Pages = pages;
        Durations = (built, watch.Elapsed - built);
    }

    public Task DisposeAsync()
    {
        if (_server is not null)
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(5000);
            _server.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>The site's pages as paths with '/', in ordinal order; the tables of contents are fragments the pages load.</summary>
    private static IEnumerable<string> PagePaths() =>
        Directory.EnumerateFiles(Site, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Site, file).Replace('\\', '/'))
            .Where(path => Path.GetFileName(path) != "toc.html")
            .Order(StringComparer.Ordinal);

    private static Process StartServer(int port)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "docfx", "serve", Site, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--hostname", "127.0.0.1" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var server = Process.Start(start)!;
        _ = server.StandardOutput.ReadToEndAsync();
        _ = server.StandardError.ReadToEndAsync();
        return server;
    }

    private async Task WaitUntilServedAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(Root, "index.html"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_server!.HasExited)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow >= deadline || _server!.HasExited)
            {
                throw new InvalidOperationException($"docfx serve did not serve {Root} within a minute");
            }

            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Resolves once the page has requested nothing new for 150 ms (its scripts fetch the tables of contents and draw them), or after 5 s.</summary>
    private const string SettleScript = """
        new Promise(resolve => {
          let last = -1, quiet = 0;
          const tick = () => {
            const count = performance.getEntriesByType('resource').length;
            if (count === last) { if (++quiet >= 3) { resolve(count); return; } } else { quiet = 0; last = count; }
            setTimeout(tick, 50);
          };
          tick();
          setTimeout(() => resolve(-1), 5000);
        })
        """;

    private const string FactsScript = """
        ({
          heading: (document.querySelector('article h1') || document.querySelector('h1') || { textContent: '' }).textContent.trim(),
          links: [...document.querySelectorAll('a[href]')].map(a => a.href),
          ids: [...document.querySelectorAll('[id]')].map(e => e.id).concat([...document.querySelectorAll('a[name]')].map(a => a.name))
        })
        """;
}

/// <param name="Path">The page's path in the site (<c>docs/cli.html</c>).</param>
/// <param name="Errors">Console errors and warnings, uncaught exceptions, failed loads.</param>
/// <param name="Requests">Every URL the page requested.</param>
/// <param name="Links">Every link's target, resolved against the page.</param>
/// <param name="Ids">The ids of the page's elements (and the names of its anchors): what a link's fragment may name.</param>
/// <param name="Heading">The text of the page's first heading.</param>
public sealed record VisitedPage(string Path, IReadOnlyList<string> Errors, IReadOnlyList<string> Requests, IReadOnlyList<string> Links, IReadOnlySet<string> Ids, string Heading);
