using System.Collections.Concurrent;
using System.Text.Json;

namespace DiplomacyData.Testing.Browser;

/// <summary>
/// One tab, attached with its own DevTools session: loads a page and waits for its load event, evaluates script,
/// takes screenshots, and records what a test must see empty: console errors, uncaught exceptions, log errors,
/// and every URL the page requested.
/// </summary>
internal sealed class BrowserTab
{
    private readonly DevToolsClient _client;
    private readonly string _session;
    private TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BrowserTab(DevToolsClient client, string session)
    {
        _client = client;
        _session = session;
        client.Event += OnEvent;
    }

    /// <summary>Console errors, uncaught exceptions and error log entries since the last <see cref="LoadAsync"/>.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>Every URL requested since the last <see cref="LoadAsync"/>.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<BrowserTab> OpenAsync(DevToolsClient client)
    {
        var target = await client.SendAsync("Target.createTarget", new { url = "about:blank" });
        var attached = await client.SendAsync("Target.attachToTarget", new { targetId = target.GetProperty("targetId").GetString(), flatten = true });
        var tab = new BrowserTab(client, attached.GetProperty("sessionId").GetString()!);
        foreach (var domain in new[] { "Page.enable", "Runtime.enable", "Log.enable", "Network.enable" })
        {
            await tab.SendAsync(domain);
        }

        await tab.SendAsync("Emulation.setDeviceMetricsOverride", new { width = 1100, height = 900, deviceScaleFactor = 1, mobile = false });
        return tab;
    }

    public Task<JsonElement> SendAsync(string method, object? parameters = null) => _client.SendAsync(method, parameters, _session);

    /// <summary>Opens <paramref name="url"/> and waits for its load event (scripts run, images and styles loaded).</summary>
    public async Task LoadAsync(string url)
    {
        Errors.Clear();
        Requests.Clear();
        _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var navigated = await SendAsync("Page.navigate", new { url });
        if (navigated.TryGetProperty("errorText", out var error))
        {
            throw new InvalidOperationException($"Could not open {url}: {error.GetString()}");
        }

        await _loaded.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }

    /// <summary>The value of <paramref name="expression"/> (JSON-serialisable), evaluated in the page; throws on a script error.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException("Script failed: " + exception.GetRawText());
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>The width of a phone the report must read on, in CSS pixels.</summary>
    public const int PhoneWidth = 420;

    /// <summary>
    /// Lays the page out as a screen <paramref name="width"/> CSS pixels wide: a phone's (with its viewport meta tag
    /// obeyed) when <paramref name="mobile"/>, else a desktop window's. Takes effect on the next load.
    /// </summary>
    public Task SetWidthAsync(int width, bool mobile) =>
        SendAsync("Emulation.setDeviceMetricsOverride", new { width, height = 900, deviceScaleFactor = 1, mobile });

    /// <summary>A PNG of the whole page (up to 4,000 pixels tall) at <paramref name="width"/> CSS pixels wide (a phone's when <paramref name="mobile"/>).</summary>
    public async Task<byte[]> ScreenshotAsync(int width = 1100, bool mobile = false)
    {
        await SendAsync("Emulation.setDeviceMetricsOverride", new { width, height = 900, deviceScaleFactor = 1, mobile });
        var height = Math.Min(4000, (await EvaluateAsync("document.documentElement.scrollHeight")).GetInt32());
        await SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile });
        var shot = await SendAsync("Page.captureScreenshot", new { format = "png" });
        await SendAsync("Emulation.setDeviceMetricsOverride", new { width = 1100, height = 900, deviceScaleFactor = 1, mobile = false });
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }

    private void OnEvent(string method, string? session, JsonElement parameters)
    {
        if (session != _session)
        {
            return;
        }

        switch (method)
        {
            case "Page.loadEventFired":
                _loaded.TrySetResult();
                break;
            case "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() is "error" or "assert" or "warning":
                Errors.Enqueue("console." + parameters.GetProperty("type").GetString() + ": " + parameters.GetProperty("args").GetRawText());
                break;
            case "Runtime.exceptionThrown":
                Errors.Enqueue("exception: " + parameters.GetProperty("exceptionDetails").GetRawText());
                break;
            case "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() is "error" or "warning":
                Errors.Enqueue("log: " + parameters.GetProperty("entry").GetRawText());
                break;
            case "Network.requestWillBeSent":
                Requests.Enqueue(parameters.GetProperty("request").GetProperty("url").GetString()!);
                break;
            case "Network.loadingFailed":
                Errors.Enqueue("failed to load: " + parameters.GetRawText());
                break;
        }
    }
}
