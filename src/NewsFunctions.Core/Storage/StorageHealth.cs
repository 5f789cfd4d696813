using Azure.Data.Tables;

namespace NewsFunctions.Storage;

/// <summary>Whether each storage service the app depends on answers, with the error when one does not.</summary>
public sealed class StorageHealth(ArticleArchive archive, ArticleIndex index, WorkQueues queues)
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
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return (name, "unreachable: " + e.GetType().Name + ": " + e.Message.Split('\n')[0]);
            }
        }
    }
}
