using System.Globalization;
using System.Text.Json;

namespace NewsFunctions.LocalHost.Hosting;

/// <summary>The parts of host.json the local host honours, with the Functions host's defaults.</summary>
internal sealed record HostJson
{
    public string RoutePrefix { get; init; } = "api";
    public int QueueBatchSize { get; init; } = 16;
    public int QueueNewBatchThreshold { get; init; } = 8;
    public int QueueMaxDequeueCount { get; init; } = 5;
    public TimeSpan QueueVisibilityTimeout { get; init; } = TimeSpan.Zero;
    public TimeSpan QueueMaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan FunctionTimeout { get; init; } = TimeSpan.FromMinutes(30);

    public static HostJson Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"host.json not found at '{path}'.", path);
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = doc.RootElement;
        var result = new HostJson();
        if (root.TryGetProperty("functionTimeout", out var timeout))
        {
            result = result with { FunctionTimeout = Span(timeout) };
        }

        if (!root.TryGetProperty("extensions", out var extensions))
        {
            return result;
        }

        if (extensions.TryGetProperty("http", out var http) && http.TryGetProperty("routePrefix", out var prefix))
        {
            result = result with { RoutePrefix = prefix.GetString()!.Trim('/') };
        }

        if (extensions.TryGetProperty("queues", out var queues))
        {
            result = result with
            {
                QueueBatchSize = Int(queues, "batchSize") ?? result.QueueBatchSize,
                QueueNewBatchThreshold = Int(queues, "newBatchThreshold") ?? result.QueueNewBatchThreshold,
                QueueMaxDequeueCount = Int(queues, "maxDequeueCount") ?? result.QueueMaxDequeueCount,
                QueueVisibilityTimeout = queues.TryGetProperty("visibilityTimeout", out var v) ? Span(v) : result.QueueVisibilityTimeout,
                QueueMaxPollingInterval = queues.TryGetProperty("maxPollingInterval", out var m) ? Span(m) : result.QueueMaxPollingInterval,
            };
        }

        return result;
    }

    private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetInt32() : null;

    private static TimeSpan Span(JsonElement e) => TimeSpan.Parse(e.GetString()!, CultureInfo.InvariantCulture);
}
