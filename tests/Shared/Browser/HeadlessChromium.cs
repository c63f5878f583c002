using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DiplomacyData.Testing.Browser;

/// <summary>
/// Headless Chromium from the distribution's packages (<c>apt-get install chromium</c>; tests/run.sh installs it when
/// missing), started with a fresh profile and driven over the DevTools protocol. <c>CHROMIUM</c> names another
/// executable. Closed, profile deleted, on dispose.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;

    private HeadlessChromium(Process process, string profile, DevToolsClient client)
    {
        _process = process;
        _profile = profile;
        Client = client;
    }

    public DevToolsClient Client { get; }

    public static async Task<HeadlessChromium> StartAsync()
    {
        var executable = Find() ?? throw new InvalidOperationException(
            "Chromium was not found (looked for $CHROMIUM, chromium, chromium-browser on PATH). Install Debian's package (apt-get install chromium), as tests/run.sh does.");
        var profile = Path.Combine(Path.GetTempPath(), "diplomacydata-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-sync", "--disable-component-update", "--mute-audio",
            "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var endpoint = await ReadEndpointAsync(process).WaitAsync(TimeSpan.FromSeconds(30));
        return new HeadlessChromium(process, profile, await DevToolsClient.ConnectAsync(endpoint));
    }

    /// <summary>A new tab with the page, console, log and network events on.</summary>
    public Task<BrowserTab> OpenTabAsync() => BrowserTab.OpenAsync(Client);

    private static async Task<Uri> ReadEndpointAsync(Process process)
    {
        var seen = new List<string>();
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            var match = Endpoint().Match(line);
            if (match.Success)
            {
                // Keep draining stderr so that the browser never blocks on a full pipe.
                _ = process.StandardError.ReadToEndAsync();
                return new Uri(match.Groups[1].Value);
            }

            seen.Add(line);
        }

        throw new InvalidOperationException("Chromium exited without a DevTools endpoint:\n" + string.Join('\n', seen));
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } named)
        {
            return named;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return new[] { "chromium", "chromium-browser" }
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex Endpoint();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Client.SendAsync("Browser.close", timeout: TimeSpan.FromSeconds(5));
        }
        catch (Exception failure) when (failure is InvalidOperationException or TimeoutException)
        {
            // Killed below.
        }

        await Client.DisposeAsync();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile left in the temp folder is harmless.
        }
    }
}
