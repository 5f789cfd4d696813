using System.Net.Sockets;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace NewsFunctions.Storage;

/// <summary>Whether each storage service the app depends on answers, with what kind of error when one does not.</summary>
public sealed partial class StorageHealth(ArticleArchive archive, ArticleIndex index, WorkQueues queues, ILogger<StorageHealth> logger)
{
    public async Task<IReadOnlyDictionary<string, string>> CheckAsync(CancellationToken cancellationToken = default)
    {
        var checks = await Task.WhenAll(
            Probe("blob", async ct => await archive.Articles.ExistsAsync(ct)),
            Probe("queue", async ct => await queues.Articles.ExistsAsync(ct)),
            Probe("table", async ct =>
            {
                await foreach (var _ in index.Articles.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: ct).AsPages(pageSizeHint: 1))
                {
                    break;
                }
            }));
        return checks.ToDictionary(c => c.Name, c => c.Status);

        async Task<(string Name, string Status)> Probe(string name, Func<CancellationToken, Task> probe)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await probe(timeout.Token);
                return (name, "ok");
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                // The client's retries ran past the probe's time: nothing answered, or too slowly.
                const string status = "unreachable: timeout";
                LogUnreachable(logger, name, status, e);
                return (name, status);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The health route is anonymous and exception messages name the account, endpoints and request ids:
                // the caller gets only the kind of failure and its codes, the log gets the rest.
                var status = "unreachable: " + Describe(e);
                LogUnreachable(logger, name, status, e);
                return (name, status);
            }
        }
    }

    /// <summary>The exception's type with the codes found in it (HTTP status, Azure error code, transport error).</summary>
    internal static string Describe(Exception exception)
    {
        var parts = new List<string> { exception.GetType().Name };
        var failed = Find<RequestFailedException>(exception, e => e.Status != 0) ?? Find<RequestFailedException>(exception, _ => true);
        if (failed is { Status: not 0 })
        {
            parts.Add(failed.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(failed?.ErrorCode) && failed.ErrorCode.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            parts.Add(failed.ErrorCode);
        }

        if (Find<HttpRequestException>(exception, e => e.HttpRequestError != HttpRequestError.Unknown) is { } http)
        {
            parts.Add(http.HttpRequestError.ToString());
        }

        if (Find<SocketException>(exception, _ => true) is { } socket)
        {
            parts.Add(socket.SocketErrorCode.ToString());
        }

        return string.Join(' ', parts.Distinct());
    }

    private static T? Find<T>(Exception exception, Func<T, bool> match)
        where T : Exception
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            if (current is T found && match(found))
            {
                return found;
            }

            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: {Service} storage {Status}")]
    private static partial void LogUnreachable(ILogger logger, string service, string status, Exception exception);
}
