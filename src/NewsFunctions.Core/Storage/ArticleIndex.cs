using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsFunctions.Articles;
using NewsFunctions.Configuration;
using NewsFunctions.Sources;

namespace NewsFunctions.Storage;

/// <summary>
/// Table storage index. Three tables:
/// <list type="bullet">
/// <item><c>{prefix}Articles</c>: PK = article id, RK = "" — one row per article, the point lookup.</item>
/// <item><c>{prefix}Feed</c>: PK = category (and <c>all</c>), RK = inverted publish ticks + id — newest first, one query per feed page.</item>
/// <item><c>{prefix}Seen</c>: PK = id of the link URL, RK = "" — links already queued, so a feed read twice queues nothing twice.</item>
/// </list>
/// </summary>
public sealed partial class ArticleIndex
{
    public ArticleIndex(StorageClients clients, IOptions<NewsOptions> options)
        : this(clients.Tables, options.Value.Storage.TablePrefix)
    {
    }

    internal ArticleIndex(TableServiceClient tables, string prefix)
    {
        Articles = tables.GetTableClient(prefix + "Articles");
        Feed = tables.GetTableClient(prefix + "Feed");
        Seen = tables.GetTableClient(prefix + "Seen");
    }

    public TableClient Articles { get; }

    public TableClient Feed { get; }

    public TableClient Seen { get; }

    /// <summary>How long a link whose last try failed for a reason that may pass waits before discovery queues it again.</summary>
    public static readonly TimeSpan RetryFailedLinkAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a queued link may go without any outcome (neither stored nor a failure noted) before discovery takes
    /// its message for lost and queues it again. Far longer than a message's tries on the queue take, and than any
    /// backlog should last: a message still waiting then is processed twice, which stores the same article twice.
    /// </summary>
    public static readonly TimeSpan RequeueLostLinkAfter = TimeSpan.FromHours(6);

    /// <summary>How many times discovery queues a link again after failures that may pass or lost messages; then it is left alone.</summary>
    public const int MaxLinkRevivals = 3;

    /// <summary>
    /// Records a discovered link. Returns false when it was recorded before (the insert is the atomic check), unless
    /// its last try failed for a reason that may pass (a timeout, a 503 after every retry of the queue) at least
    /// <see cref="RetryFailedLinkAfter"/> ago, or its last queueing came to nothing at all for
    /// <see cref="RequeueLostLinkAfter"/> (the worker or storage failed where no failure could be noted, and the
    /// message ended in the poison queue), and it has not been queued again since: then it is queued again, at most
    /// <see cref="MaxLinkRevivals"/> times. Without that a site's bad hour, or storage's, would lose its articles for
    /// good, since the message that failed ends in the poison queue while the link stays seen.
    /// </summary>
    public Task<bool> TryMarkSeenAsync(Uri link, string sourceId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        TryMarkSeenAsync(link, sourceId, at, likelyNew: false, cancellationToken);

    /// <summary>
    /// <see cref="TryMarkSeenAsync(Uri, string, DateTimeOffset, CancellationToken)"/>, asking storage in the order that
    /// is cheaper for what the link probably is. An old link costs one read and a new one a read and an insert when
    /// read first; inserted first, a new link costs the insert alone and an old one a refused insert (409) and a read.
    /// A feed read again is mostly old links, a new sitemap or a busy feed's first read mostly new ones: the caller
    /// says which it is seeing. The answer is the same either way.
    /// </summary>
    internal async Task<bool> TryMarkSeenAsync(Uri link, string sourceId, DateTimeOffset at, bool likelyNew, CancellationToken cancellationToken)
    {
        var id = ArticleId.For(link);
        if (_storedLinks.Contains(id))
        {
            return false;
        }

        if (likelyNew && await TryInsertSeenAsync(id, link, sourceId, at, cancellationToken))
        {
            return true;
        }

        // Read first: on a feed read again most links are old, and a read answers those in one request where a failed
        // insert and then a read took two (and logged every old link as a failed 409 request in the dependency telemetry).
        var found = await Seen.GetEntityIfExistsAsync<TableEntity>(id, "", cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } row)
        {
            // Missing after a refused insert too: the discovery that inserted it has forgotten it since (its send failed).
            return await TryInsertSeenAsync(id, link, sourceId, at, cancellationToken);
        }

        if (IsStored(row))
        {
            _storedLinks.Add(id);
            return false;
        }

        return await TryReviveAsync(row, at, cancellationToken);
    }

    /// <summary>Inserts the link's seen row; false when it is there already (another discovery has queued the link).</summary>
    private async Task<bool> TryInsertSeenAsync(string id, Uri link, string sourceId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await Seen.AddEntityAsync(new TableEntity(id, "")
            {
                ["Url"] = Fit(link.AbsoluteUri),
                ["SourceId"] = sourceId,
                ["DiscoveredAt"] = at,
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    private async Task<bool> TryReviveAsync(TableEntity row, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if ((row.GetInt32("Revivals") ?? 0) is var revivals && revivals >= MaxLinkRevivals || !(FailedMayPass(row, at) || Lost(row, at)))
        {
            return false;
        }

        row["Revivals"] = revivals + 1;
        row["RevivedAt"] = at;
        try
        {
            // The ETag makes the revival atomic: of two discoveries reading the same failed row, one queues the link.
            await Seen.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>
    /// Links whose article this process knows to be stored. Such a link is not queued again, so a discovery that reads
    /// the same feed every few minutes answers its old entries from memory instead of one request each. (A failure noted
    /// after the store, by a second delivery of the same message, would make the row revivable for other processes;
    /// this one skips fetching again an article it knows is stored.)
    /// </summary>
    private readonly RecentIds _storedLinks = new(StoredLinksPerGeneration);

    /// <summary>Two generations of this many ids (32 hex characters each): a few MB at most, and a busy feed's entries stay in.</summary>
    private const int StoredLinksPerGeneration = 20_000;

    /// <summary>Its article is stored, after the last failure noted on it (a failure after the store keeps it revivable).</summary>
    private static bool IsStored(TableEntity row) =>
        row.GetDateTimeOffset("StoredAt") is { } storedAt && !(row.GetDateTimeOffset("LastErrorAt") > storedAt);

    /// <summary>The last try failed for a reason that may pass, long enough ago, with no success or new queueing since.</summary>
    private static bool FailedMayPass(TableEntity row, DateTimeOffset at) =>
        row.GetBoolean("MayPass") == true && row.GetDateTimeOffset("LastErrorAt") is { } failedAt
        && !(row.GetDateTimeOffset("StoredAt") >= failedAt) && !(row.GetDateTimeOffset("RevivedAt") >= failedAt)
        && failedAt + RetryFailedLinkAfter <= at;

    /// <summary>Never stored, and the last queueing of the link left no outcome at all for a long time.</summary>
    private static bool Lost(TableEntity row, DateTimeOffset at)
    {
        if (row.GetDateTimeOffset("StoredAt") is not null || (row.GetDateTimeOffset("RevivedAt") ?? row.GetDateTimeOffset("DiscoveredAt")) is not { } queuedAt)
        {
            return false;
        }

        return !(row.GetDateTimeOffset("LastErrorAt") >= queuedAt) && queuedAt + RequeueLostLinkAfter <= at;
    }

    /// <summary>Forgets a link so the next discovery queues it again (used when queueing it failed).</summary>
    public async Task ForgetSeenAsync(Uri link, CancellationToken cancellationToken = default) =>
        await Seen.DeleteEntityAsync(ArticleId.For(link), "", ETag.All, cancellationToken);

    /// <summary>
    /// Notes on a seen link why its article could not be stored, for whoever looks into a missing article. A failure
    /// that <paramref name="mayPass"/> lets a later discovery queue the link again (see <see cref="TryMarkSeenAsync(Uri, string, DateTimeOffset, CancellationToken)"/>).
    /// </summary>
    public async Task RecordFailureAsync(Uri link, string error, DateTimeOffset at, bool mayPass = false, CancellationToken cancellationToken = default) =>
        await Seen.UpsertEntityAsync(new TableEntity(ArticleId.For(link), "")
        {
            ["LastError"] = error.Length > 1000 ? error[..1000] : error,
            ["LastErrorAt"] = at,
            ["MayPass"] = mayPass,
        }, TableUpdateMode.Merge, cancellationToken);

    /// <summary>Notes on a seen link that its article is stored, and under which id.</summary>
    public async Task RecordStoredAsync(Uri link, string articleId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var id = ArticleId.For(link);
        await Seen.UpsertEntityAsync(new TableEntity(id, "")
        {
            ["StoredAt"] = at,
            ["ArticleId"] = articleId,
        }, TableUpdateMode.Merge, cancellationToken);
        _storedLinks.Add(id);
    }

    /// <summary>
    /// Indexes an archived article: feed rows first, the article row last, so a reader that finds the article row
    /// finds everything else. A re-indexed article whose date or category moved leaves no stale feed rows behind,
    /// also when two deliveries of it are indexed at once: the article row is written only if it is still the one
    /// read, so whichever write lands last has read the other's feed rows, and removes them.
    /// </summary>
    public async Task IndexAsync(Article article, CancellationToken cancellationToken = default)
    {
        var sortDate = article.Published ?? article.FetchedAt ?? DateTimeOffset.UtcNow;
        var feedKey = FeedRowKey(sortDate, article.Id);
        var category = Categories.IsKnown(article.Category) ? article.Category! : Categories.General;

        for (var attempt = 1; ; attempt++)
        {
            var found = await Articles.GetEntityIfExistsAsync<TableEntity>(article.Id, "", cancellationToken: cancellationToken);
            var previous = found.HasValue ? found.Value : null;

            foreach (var partition in new[] { category, Categories.All })
            {
                var row = Summary(article, partition, feedKey);
                await Feed.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            }

            var entity = Summary(article, article.Id, "");
            entity["FeedRowKey"] = feedKey;
            entity["Category"] = category;
            try
            {
                if (previous is null)
                {
                    await Articles.AddEntityAsync(entity, cancellationToken);
                }
                else
                {
                    await Articles.UpdateEntityAsync(entity, previous.ETag, TableUpdateMode.Replace, cancellationToken);
                }
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxIndexAttempts)
            {
                // Another delivery of the same article wrote its row since we read it: read it again.
                continue;
            }

            if (previous?.GetString("FeedRowKey") is { } oldKey)
            {
                var current = new HashSet<(string?, string)> { (category, feedKey), (Categories.All, feedKey) };
                foreach (var row in new[] { (previous.GetString("Category"), oldKey), (Categories.All, oldKey) })
                {
                    if (row.Item1 is not null && !current.Contains(row))
                    {
                        await DeleteIfExistsAsync(Feed, row.Item1, row.oldKey, cancellationToken);
                    }
                }
            }

            return;
        }
    }

    /// <summary>How often <see cref="IndexAsync"/> tries when other deliveries of the same article keep writing its row first.</summary>
    private const int MaxIndexAttempts = 5;

    /// <summary>
    /// One page of a category feed, newest first. The cursor names the last row key the page returned (base64url),
    /// and the next page starts just after it: so it stays valid however long a client keeps it, costs one range
    /// query whatever the page, and an article stored between two reads after the position the client has reached
    /// is on a later page instead of falling between the pages. (Articles newer than the first page are on a new
    /// first page.)
    /// </summary>
    /// <exception cref="FormatException">The cursor is not one this method returned.</exception>
    public async Task<FeedPage> GetFeedPageAsync(string category, int limit, string? cursor, CancellationToken cancellationToken = default)
    {
        var filter = cursor is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {category}")
            : DecodeCursor(cursor) switch
            {
                (var rowKey, After: true) => TableClient.CreateQueryFilter($"PartitionKey eq {category} and RowKey gt {rowKey}"),
                var (rowKey, _) => TableClient.CreateQueryFilter($"PartitionKey eq {category} and RowKey ge {rowKey}"),
            };
        var items = new List<FeedItem>(limit);
        string? last = null;
        string? next = null;
        await foreach (var entity in Feed.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(limit + 1, 1000), cancellationToken: cancellationToken))
        {
            if (items.Count == limit)
            {
                next = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(AfterMark + last));
                break;
            }

            items.Add(ToItem(entity));
            last = entity.RowKey;
        }

        return new FeedPage(items, next);
    }

    /// <summary>Marks a cursor that names the last row returned; cursors without it (before the mark) name the next row to return.</summary>
    private const char AfterMark = '>';

    private static (string RowKey, bool After) DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var after = text.StartsWith(AfterMark);
            var rowKey = after ? text[1..] : text;
            return CursorPattern().IsMatch(rowKey) ? (rowKey, after) : throw new FormatException("The cursor does not name a feed position.");
        }
        catch (FormatException e)
        {
            throw new FormatException("The cursor is not one this feed returned.", e);
        }
    }

    [GeneratedRegex("^[0-9]{19}-[0-9a-f]{32}$")]
    private static partial Regex CursorPattern();

    /// <summary>The index row of one article, or null when it has not been (completely) stored.</summary>
    public async Task<FeedItem?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            var entity = await Articles.GetEntityAsync<TableEntity>(id, "", cancellationToken: cancellationToken);
            return ToItem(entity.Value);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    internal static string FeedRowKey(DateTimeOffset sortDate, string id) =>
        (DateTimeOffset.MaxValue.UtcTicks - sortDate.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + id;

    private static TableEntity Summary(Article article, string partitionKey, string rowKey) => new(partitionKey, rowKey)
    {
        ["Id"] = article.Id,
        ["Url"] = Fit(article.Url),
        ["Title"] = Fit(article.Title),
        ["Summary"] = Fit(article.Summary),
        ["Category"] = article.Category,
        ["Published"] = article.Published?.ToString("O", CultureInfo.InvariantCulture),
        ["Modified"] = article.Modified?.ToString("O", CultureInfo.InvariantCulture),
        ["FetchedAt"] = article.FetchedAt,
        ["Language"] = Fit(article.Language),
        ["SiteName"] = Fit(article.SiteName),
        ["Image"] = Fit(article.Image),
        ["Authors"] = Fit(string.Join('\n', article.Authors)),
        ["SourceId"] = Fit(article.SourceId),
    };

    /// <summary>
    /// The most UTF-16 characters Table storage keeps in one string property (64 KiB). A page's title, authors or image
    /// URL come from whoever wrote the page; one longer than this would fail the whole insert, and so the article.
    /// The archived JSON keeps the full value; the index row is a summary.
    /// </summary>
    public const int MaxStringPropertyChars = 32 * 1024;

    private static string? Fit(string? value) => TextCut.AtMost(value, MaxStringPropertyChars);

    private static FeedItem ToItem(TableEntity e) => new()
    {
        Id = e.GetString("Id") ?? e.PartitionKey,
        Url = e.GetString("Url") ?? "",
        Title = e.GetString("Title"),
        Summary = e.GetString("Summary"),
        Category = e.GetString("Category"),
        // Kept as ISO strings: Table storage's DateTime drops the publisher's offset.
        Published = ParseDate(e.GetString("Published")),
        Modified = ParseDate(e.GetString("Modified")),
        FetchedAt = e.GetDateTimeOffset("FetchedAt"),
        Language = e.GetString("Language"),
        SiteName = e.GetString("SiteName"),
        Image = e.GetString("Image"),
        Authors = e.GetString("Authors") is { Length: > 0 } a ? a.Split('\n') : [],
        SourceId = e.GetString("SourceId"),
    };

    private static DateTimeOffset? ParseDate(string? iso) =>
        iso is not null && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static async Task DeleteIfExistsAsync(TableClient table, string partition, string row, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }
}
