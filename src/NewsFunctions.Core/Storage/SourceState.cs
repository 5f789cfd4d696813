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
    /// list is too long to keep: the next read is then a full one.
    /// </summary>
    public async Task RecordAsync(string sourceId, Uri url, DateTimeOffset at, string status, string? etag = null, DateTimeOffset? lastModified = null, int? newLinks = null, IReadOnlyList<Uri>? sitemaps = null, CancellationToken cancellationToken = default)
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

        await Table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }
}
