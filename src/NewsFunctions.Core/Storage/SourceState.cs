using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsFunctions.Articles;
using NewsFunctions.Configuration;

namespace NewsFunctions.Storage;

/// <summary>
/// <c>{prefix}Sources</c>: PK = source id, RK = id of a feed or section URL. Keeps each page's validators so the
/// next read is a conditional GET (a 304 costs the publisher nothing), and when and how it was last read. A sitemap
/// read for a sitemap index notes the index (<c>SitemapIndex</c>), so its row can go when the index drops it.
/// </summary>
public sealed class SourceState
{
    public SourceState(StorageClients clients, IOptions<NewsOptions> options) =>
        Table = clients.Tables.GetTableClient(options.Value.Storage.TablePrefix + "Sources");

    public TableClient Table { get; }

    /// <summary>
    /// The validators of a page's last full read, and for a sitemap index the sitemaps it named then: what a 304 for
    /// the index stands for (null when the row's validators are not a sitemap index's).
    /// </summary>
    public async Task<(string? ETag, DateTimeOffset? LastModified, IReadOnlyList<Uri>? Sitemaps)> GetValidatorsAsync(string sourceId, Uri url, CancellationToken cancellationToken = default)
    {
        try
        {
            var entity = (await Table.GetEntityAsync<TableEntity>(sourceId, ArticleId.For(url), cancellationToken: cancellationToken)).Value;
            var sitemaps = entity.GetString("Sitemaps") is { Length: > 0 } list ? list.Split('\n').Select(s => new Uri(s)).ToList() : null;
            return (entity.GetString("ETag"), entity.GetDateTimeOffset("LastModified"), sitemaps);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return (null, null, null);
        }
    }

    /// <summary>The longest list of sitemaps kept with an index's validators; a Table string holds 32 K characters.</summary>
    internal const int MaxSitemapsChars = 30_000;

    /// <summary>
    /// Records a read. Validators are replaced only when the server sent new ones; an error keeps the old ones. A
    /// sitemap index's validators are kept with the <paramref name="sitemaps"/> chosen from it, or not at all when the
    /// list is too long to keep: the next read is then a full one. A sitemap read for a <paramref name="sitemapIndex"/>
    /// is noted as its, for <see cref="PruneSitemapsAsync"/>.
    /// </summary>
    public async Task RecordAsync(
        string sourceId, Uri url, DateTimeOffset at, string status, string? etag = null, DateTimeOffset? lastModified = null, int? newLinks = null,
        IReadOnlyList<Uri>? sitemaps = null, Uri? sitemapIndex = null, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(sourceId, ArticleId.For(url))
        {
            ["Url"] = url.AbsoluteUri,
            ["CheckedAt"] = at,
            ["Status"] = status.Length > 1000 ? status[..1000] : status,
        };
        var sitemapList = sitemaps is null ? "" : string.Join('\n', sitemaps.Select(s => s.AbsoluteUri));
        if ((etag is not null || lastModified is not null) && sitemapList.Length <= MaxSitemapsChars)
        {
            entity["ETag"] = etag;
            entity["LastModified"] = lastModified;
            // Written with every new validator, empty for a feed, so a URL that stops being an index loses its old list.
            entity["Sitemaps"] = sitemapList;
        }

        if (newLinks is not null)
        {
            entity["NewLinks"] = newLinks;
        }

        if (sitemapIndex is not null)
        {
            entity["SitemapIndex"] = ArticleId.For(sitemapIndex);
        }

        await Table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Deletes the rows of the sitemaps read for <paramref name="indexUrl"/> that are not in <paramref name="keep"/>.</summary>
    /// <returns>How many rows were deleted.</returns>
    public async Task<int> PruneSitemapsAsync(string sourceId, Uri indexUrl, IEnumerable<Uri> keep, CancellationToken cancellationToken = default)
    {
        var kept = keep.Select(ArticleId.For).ToHashSet(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {sourceId} and SitemapIndex eq {ArticleId.For(indexUrl)}");
        var stale = new List<string>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (!kept.Contains(row.RowKey))
            {
                stale.Add(row.RowKey);
            }
        }

        // One by one, not as a batch: few rows go at a time (those the index dropped since its last full read), and a
        // delete of a row another discovery already removed succeeds (the SDK does not throw on its 404), where it
        // would fail the whole batch.
        foreach (var rowKey in stale)
        {
            await Table.DeleteEntityAsync(sourceId, rowKey, ETag.All, cancellationToken);
        }

        return stale.Count;
    }
}
