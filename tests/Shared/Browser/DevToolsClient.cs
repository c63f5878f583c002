using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;

namespace DiplomacyData.Testing.Browser;

/// <summary>
/// A small client of the Chrome DevTools Protocol over its WebSocket: commands (optionally to an attached
/// target's session) with their results, and events handed to subscribers as they arrive.
/// </summary>
internal sealed class DevToolsClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private Task? _receiving;
    private int _nextId;

    /// <summary>Every event: its method, its session id (null for the browser's own), and its params.</summary>
    public event Action<string, string?, JsonElement>? Event;

    public static async Task<DevToolsClient> ConnectAsync(Uri endpoint)
    {
        var client = new DevToolsClient();
        client._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await client._socket.ConnectAsync(endpoint, CancellationToken.None);
        client._receiving = Task.Run(client.ReceiveAsync);
        return client;
    }

    /// <summary>Sends <paramref name="method"/> and returns its <c>result</c>; throws with the browser's message on an error.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null, string? sessionId = null, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters ?? new { }) };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }

        return await reply.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Dispatch(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
                message.SetLength(0);
            }
        }
        catch (Exception failure) when (failure is OperationCanceledException or WebSocketException)
        {
            // Closing: commands still waiting fail below.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new InvalidOperationException("The browser closed the DevTools connection."));
        }
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var reply))
        {
            if (message.TryGetProperty("error", out var error))
            {
                reply.TrySetException(new InvalidOperationException("DevTools: " + error.GetRawText()));
            }
            else
            {
                reply.TrySetResult(message.GetProperty("result"));
            }
        }
        else if (message.TryGetProperty("method", out var method))
        {
            var session = message.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
            Event?.Invoke(method.GetString()!, session, message.TryGetProperty("params", out var p) ? p : default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception failure) when (failure is WebSocketException or TimeoutException or OperationCanceledException)
            {
                // The browser is being closed anyway.
            }
        }

        if (_receiving is not null)
        {
            await _receiving.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        }

        _socket.Dispose();
    }
}
