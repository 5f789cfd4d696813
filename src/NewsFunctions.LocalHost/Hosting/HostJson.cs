using System.Globalization;
using System.Text.Json;

namespace NewsFunctions.LocalHost.Hosting;

/// <summary>The parts of host.json the local host honours, with the Functions host's defaults.</summary>
internal sealed record HostJson
{
    public string RoutePrefix { get; init; } = "api";
    public int QueueBatchSize { get; init; } = 16;
    public int QueueMaxDequeueCount { get; init; } = 5;
    public TimeSpan QueueVisibilityTimeout { get; init; } = TimeSpan.Zero;
    public TimeSpan QueueMaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan FunctionTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Reads host.json, then applies <c>AzureFunctionsJobHost__…</c> settings over it, the host's own way of
    /// overriding host.json per environment (tests use it for short retry delays).
    /// </summary>
    public static HostJson Load(string path, IConfiguration? configuration = null)
    {
        var fromFile = LoadFile(path);
        if (configuration?.GetSection("AzureFunctionsJobHost") is not { } jobHost || !jobHost.Exists())
        {
            return fromFile;
        }

        var http = jobHost.GetSection("extensions:http");
        var queues = jobHost.GetSection("extensions:queues");
        return fromFile with
        {
            RoutePrefix = http["routePrefix"]?.Trim('/') ?? fromFile.RoutePrefix,
            QueueBatchSize = queues.GetValue<int?>("batchSize") ?? fromFile.QueueBatchSize,
            QueueMaxDequeueCount = queues.GetValue<int?>("maxDequeueCount") ?? fromFile.QueueMaxDequeueCount,
            QueueVisibilityTimeout = queues.GetValue<TimeSpan?>("visibilityTimeout") ?? fromFile.QueueVisibilityTimeout,
            QueueMaxPollingInterval = queues.GetValue<TimeSpan?>("maxPollingInterval") ?? fromFile.QueueMaxPollingInterval,
            FunctionTimeout = jobHost.GetValue<TimeSpan?>("functionTimeout") ?? fromFile.FunctionTimeout,
        };
    }

    private static HostJson LoadFile(string path)
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
