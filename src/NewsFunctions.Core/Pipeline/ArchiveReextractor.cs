using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsFunctions.Articles;
using NewsFunctions.Configuration;
using NewsFunctions.Extraction;
using NewsFunctions.Fetching;
using NewsFunctions.Sources;
using NewsFunctions.Storage;

namespace NewsFunctions.Pipeline;

/// <summary>
/// Rebuilds archived articles from their raw pages, for when extraction, categorizing or summarizing has improved: no
/// page is fetched again, which would be impolite to the sites, and old pages change or vanish. A sweep lists the raw
/// container one page per queue message and queues one <see cref="ReextractMessage"/> per archived page, so no
/// invocation runs long, however large the archive.
/// </summary>
public sealed class ArchiveReextractor(
    ArticleProcessor processor,
    SourceCatalog catalog,
    ArticleArchive archive,
    WorkQueues queues,
    IOptions<NewsOptions> options,
    ILogger<ArchiveReextractor> logger)
{
    /// <summary>How many messages a sweep sends at once: a page of them one by one would take most of a minute.</summary>
    private const int MaxParallelSends = 16;

    private readonly int _pageSize = options.Value.Archive.SweepPageSize;

    /// <summary>Starts a re-extraction of the one article <paramref name="id"/>, or of the whole archive when it is null.</summary>
    /// <returns>The sweep's id, which its log entries carry; null when <paramref name="id"/> has no raw page in the archive.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not an article id.</exception>
    public async Task<string?> StartAsync(string? id, CancellationToken cancellationToken = default)
    {
        if (id is not null && !ArticleId.IsValid(id))
        {
            throw new ArgumentException($"'{id}' is not an article id.", nameof(id));
        }

        var sweepId = Guid.NewGuid().ToString("N");
        if (id is null)
        {
            await queues.EnqueueAsync(new ArchiveSweepMessage(sweepId), cancellationToken);
            logger.LogInformation("Re-extraction sweep {SweepId} of the whole archive started", sweepId);
            return sweepId;
        }

        if (!await archive.Raw.GetBlobClient(ArticleArchive.RawBlobName(id)).ExistsAsync(cancellationToken))
        {
            return null;
        }

        await queues.EnqueueAsync(new ReextractMessage(id, sweepId), cancellationToken);
        logger.LogInformation("Re-extraction {SweepId} of article {Id} queued", sweepId, id);
        return sweepId;
    }

    /// <summary>
    /// Queues a re-extraction of each page in one page of the listing, then the message for the next page. Listed by
    /// name, the order is stable while re-extraction runs: it rewrites articles, never raw blobs, so no page is missed
    /// or listed twice. A page fetched while the sweep runs may or may not be listed; it was extracted by today's code anyway.
    /// </summary>
    /// <returns>How many re-extractions this page queued.</returns>
    /// <exception cref="InvalidMessageException">The message is null or names no sweep.</exception>
    public async Task<int> SweepAsync(ArchiveSweepMessage message, CancellationToken cancellationToken = default)
    {
        QueueMessages.Check(message);
        await foreach (var page in archive.Raw.GetBlobsAsync(cancellationToken: cancellationToken).AsPages(message.Continuation, _pageSize))
        {
            var ids = page.Values.Select(b => ArticleArchive.IdOfRawBlob(b.Name)).OfType<string>().ToList();
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelSends, CancellationToken = cancellationToken },
                async (id, token) => await queues.EnqueueAsync(new ReextractMessage(id, message.SweepId), token));

            // The next page is queued last, once this one's articles are: a try that fails before then is retried whole
            // (queueing some articles twice, which only extracts them twice), and never leaves a second chain of pages.
            var queued = message.Queued + ids.Count;
            if (page.ContinuationToken is { Length: > 0 } next)
            {
                await queues.EnqueueAsync(message with { Continuation = next, Queued = queued }, cancellationToken);
                logger.LogInformation("Re-extraction sweep {SweepId}: {Queued} articles queued so far; the listing goes on", message.SweepId, queued);
            }
            else
            {
                logger.LogInformation("Re-extraction sweep {SweepId} has listed the whole archive: {Queued} articles queued", message.SweepId, queued);
            }

            return ids.Count;
        }

        return 0;
    }

    /// <summary>
    /// Extracts and enriches the archived page again, as a fetch of the same bytes would, and overwrites the article and
    /// its index rows (moving its feed rows when its category or date changed). Never fetches.
    /// </summary>
    /// <returns>The rebuilt article; null when there is none to rebuild, which is logged: no raw page, too little known
    /// about it, a raw page that does not unpack, a source the sources file no longer has, a page that no longer reads as an article, or one whose
    /// canonical URL now names another article.</returns>
    /// <exception cref="InvalidMessageException">The message is null or its id is no article id.</exception>
    public async Task<Article?> ReextractAsync(ReextractMessage message, CancellationToken cancellationToken = default)
    {
        QueueMessages.Check(message);
        var id = message.Id;
        ArchivedPage? raw;
        try
        {
            raw = await archive.GetRawAsync(id, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            // No try can read it: thrown, the message would be retried and poisoned, and the log would say only that.
            logger.LogWarning("Re-extraction {SweepId}: the raw page of article {Id} cannot be read ({Reason}); left as it is", message.SweepId, id, e.Message);
            return null;
        }

        if (raw is null)
        {
            logger.LogWarning("Re-extraction {SweepId}: article {Id} has no raw page in the archive; nothing to rebuild", message.SweepId, id);
            return null;
        }

        // A page archived before the fetch facts were kept (or with a source id too long to keep): the article built
        // from it then holds what is missing.
        var previous = raw.Facts?.SourceId is null || raw.Url is null ? await archive.GetArticleAsync(id, cancellationToken) : null;
        var facts = raw.Facts ?? FactsOf(previous, raw.ArchivedAt);
        var url = raw.Url ?? (Uri.TryCreate(previous?.Url, UriKind.Absolute, out var articleUrl) ? articleUrl : null);
        if ((facts?.SourceId ?? previous?.SourceId) is not { } sourceId || facts is null || url is null)
        {
            logger.LogWarning("Re-extraction {SweepId}: the raw page of article {Id} says neither its URL and source nor has an archived article that does; left as it is", message.SweepId, id);
            return null;
        }

        if (catalog.Find(sourceId) is not { } source)
        {
            // The source gave the first extraction its time zone, language and default category: without it, dates the
            // page writes without an offset would move by hours and the article could change feeds. A source kept
            // with "enabled": false still has them.
            logger.LogWarning("Re-extraction {SweepId}: article {Id} is of source {Source}, which the sources file no longer has; left as it is", message.SweepId, id, sourceId);
            return null;
        }

        var page = new FetchedPage(url, url, HttpStatusCode.OK, raw.Body, raw.ContentType, facts.FetchedAt);
        var hints = new ArticleMessage(sourceId, url.AbsoluteUri, facts.FeedTitle, facts.FeedPublished, facts.FeedCategories);
        Article article;
        try
        {
            article = processor.Read(page, hints, source);
        }
        catch (ExtractionException e)
        {
            logger.LogWarning("Re-extraction {SweepId}: article {Id} no longer reads as an article ({Reason}); left as it is", message.SweepId, id, e.Message);
            return null;
        }

        if (article.Id != id)
        {
            // Stored under the new id it would be a second copy of the article; the fetch path decides such moves.
            logger.LogWarning("Re-extraction {SweepId}: article {Id} now reads as {Url}, another article's id; left as it is", message.SweepId, id, article.Url);
            return null;
        }

        await processor.StoreAsync(article, cancellationToken);
        logger.LogInformation("Re-extraction {SweepId}: article {Id} rebuilt ({Category})", message.SweepId, id, article.Category);
        return article;
    }

    /// <summary>
    /// The facts an archived article keeps: its fetch time and source, and the feed's title and date where they stood in
    /// for the page's. The feed's categories are not kept on the article, so such a page is categorized from itself.
    /// </summary>
    private static FetchFacts? FactsOf(Article? article, DateTimeOffset archivedAt) => article is null ? null : new(
        article.FetchedAt ?? archivedAt,
        article.SourceId,
        article.Sources?.GetValueOrDefault("title") == "feed" ? article.Title : null,
        article.Sources?.GetValueOrDefault("published") == "feed" ? article.Published : null);
}
