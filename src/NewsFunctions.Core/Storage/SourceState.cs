using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsFunctions.Articles;
using NewsFunctions.Configuration;

namespace NewsFunctions.Storage;

/// <summary>
/// <c>{prefix}Sources</c>: PK = source id, RK = id of a feed or section URL. Keeps each page's validators so the
/// next read is a conditional GET (a 304 costs the publisher nothing), and when and how it was last read.
/// </summary>
public sealed class SourceState
{
    public SourceState(StorageClients clients, IOptions<NewsOptions> options) =>
        Table = clients.Tables.GetTableClient(options.Value.Storage.TablePrefix + "Sources");

    public TableClient Table { get; }

    public async Task<(string? ETag, DateTimeOffset? LastModified)> GetValidatorsAsync(string sourceId, Uri url, CancellationToken cancellationToken = default)
    {
        try
        {
            var entity = (await Table.GetEntityAsync<TableEntity>(sourceId, ArticleId.For(url), cancellationToken: cancellationToken)).Value;
            return (entity.GetString("ETag"), entity.GetDateTimeOffset("LastModified"));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return (null, null);
        }
    }

    /// <summary>Records a read. Validators are replaced only when the server sent new ones; an error keeps the old ones.</summary>
    public async Task RecordAsync(string sourceId, Uri url, DateTimeOffset at, string status, string? etag = null, DateTimeOffset? lastModified = null, int? newLinks = null, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(sourceId, ArticleId.For(url))
        {
            ["Url"] = url.AbsoluteUri,
            ["CheckedAt"] = at,
            ["Status"] = status.Length > 1000 ? status[..1000] : status,
        };
        if (etag is not null || lastModified is not null)
        {
            entity["ETag"] = etag;
            entity["LastModified"] = lastModified;
        }

        if (newLinks is not null)
        {
            entity["NewLinks"] = newLinks;
        }

        await Table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }
}
