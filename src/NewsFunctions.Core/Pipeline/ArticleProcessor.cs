using Microsoft.Extensions.Logging;
using NewsFunctions.Articles;
using NewsFunctions.Enrichment;
using NewsFunctions.Extraction;
using NewsFunctions.Fetching;
using NewsFunctions.Sources;
using NewsFunctions.Storage;

namespace NewsFunctions.Pipeline;

/// <summary>Stage 3 (queue): fetch one article page, extract, enrich, archive to Blob storage, index in Table storage.</summary>
public sealed class ArticleProcessor(
    SourceCatalog catalog,
    PageFetcher fetcher,
    ArticleExtractor extractor,
    Summarizer summarizer,
    Categorizer categorizer,
    ArticleArchive archive,
    ArticleIndex index,
    WorkQueues queues,
    TimeProvider time,
    ILogger<ArticleProcessor> logger)
{
    public const int MaxDeferrals = 5;

    /// <summary>
    /// How often an article waits for a host booked by the app's own fetches. High: each wait is a real place in the
    /// host's schedule, not a guess, and a big batch from one site can need several; past it the queue's retries take over.
    /// </summary>
    public const int MaxHostWaits = 100;
    private static readonly TimeSpan MinDeferral = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxDeferral = TimeSpan.FromHours(1);

    /// <returns>The stored article, or null when the page is permanently unusable (the reason is logged and kept on the link's Seen row).</returns>
    /// <exception cref="InvalidMessageException">The message is null, names no source, or has no absolute http(s) URL.</exception>
    /// <exception cref="FetchException">A transient fetch failure: the queue should try the message again.
    /// A site's Retry-After is honoured instead by queueing a delayed copy (and returning null).</exception>
    public async Task<Article?> ProcessAsync(ArticleMessage message, CancellationToken cancellationToken = default)
    {
        var url = QueueMessages.Check(message);

        var source = catalog.Find(message.SourceId);
        FetchedPage page;
        Article article;
        try
        {
            page = await fetcher.FetchAsync(url, cancellationToken: cancellationToken);
            article = Read(page, message, source);
        }
        catch (FetchException e) when (e is { IsHostBusy: true, RetryAfter: { } free } && message.HostWaits < MaxHostWaits)
        {
            // Our own instances have the site's next requests booked: come back when they are done, plus a little
            // jitter so that the articles put back together do not all return in the same second.
            var delay = Deferral(free + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 1000)));
            logger.LogInformation("{Host} is booked ahead by other fetches; {Url} waits {Delay}", url.Authority, url, delay);
            await queues.EnqueueAsync(message with { HostWaits = message.HostWaits + 1 }, delay, cancellationToken);
            return null;
        }
        catch (FetchException e) when (e is { IsTransient: true, IsHostBusy: false, RetryAfter: { } retryAfter } && message.Deferrals < MaxDeferrals)
        {
            // The site asked us to come back later: a delayed copy of the message honours that without holding a
            // worker, and without spending one of the queue's tries. Past MaxDeferrals the normal retries take over.
            var delay = Deferral(retryAfter);
            logger.LogInformation("{Url} answered {Status}; trying again in {Delay}", url, e.Status, delay);
            await queues.EnqueueAsync(message with { Deferrals = message.Deferrals + 1 }, delay, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is FetchException { IsTransient: false } or ExtractionException)
        {
            logger.LogWarning("Article {Url} of source {Source} is skipped: {Reason}", url, message.SourceId, e.Message);
            await index.RecordFailureAsync(url, e.Message, time.GetUtcNow(), mayPass: false, cancellationToken);
            return null;
        }
        catch (FetchException e) when (e.IsTransient)
        {
            // The queue tries again; if every try fails the message ends in the poison queue, and this note lets a
            // later discovery queue the link again instead of leaving it seen and never stored.
            await index.RecordFailureAsync(url, e.Message, time.GetUtcNow(), mayPass: true, CancellationToken.None);
            throw;
        }

        // Archive first and index last: the index row is what makes an article visible, so it only ever points at complete blobs.
        var facts = new FetchFacts(page.FetchedAt, message.SourceId, message.FeedTitle, message.FeedPublished, message.FeedCategories);
        await archive.SaveRawAsync(article.Id, page.Body, page.ContentType, page.FinalUrl, facts, cancellationToken);
        await StoreAsync(article, cancellationToken);
        await index.RecordStoredAsync(url, article.Id, time.GetUtcNow(), cancellationToken);
        logger.LogInformation("Stored article {Id} ({Category}) from {Url}", article.Id, article.Category, article.Url);
        return article;
    }

    /// <summary>
    /// The article a page makes: extracted, then enriched with the message's feed hints and the source's defaults.
    /// A fetched page and one read back from the archive (<see cref="ArchiveReextractor"/>) both come through here,
    /// so that a re-extraction builds exactly what a fetch of the same bytes would.
    /// </summary>
    /// <exception cref="ExtractionException">The page is no HTML page, or has no article.</exception>
    internal Article Read(FetchedPage page, ArticleMessage message, Source? source)
    {
        if (NotHtml(page) is { } what)
        {
            throw new ExtractionException($"{page.FinalUrl} is not an HTML page ({what}).");
        }

        var extracted = extractor.Extract(page.Body, page.FinalUrl, new ExtractionOptions { ContentType = page.ContentType, FetchedAt = page.FetchedAt, TimeZone = source?.FindTimeZone(), LanguageHint = source?.Language });
        var canonical = ArticleId.Canonical(extracted.CanonicalUrl, page.FinalUrl);
        var article = Article.FromExtraction(ArticleId.For(canonical), canonical, extracted with { CanonicalUrl = canonical });
        return Enrich(article, message, source, page);
    }

    /// <summary>Writes the article's JSON, then its index rows: the index row last, for the reason <see cref="ProcessAsync"/> archives first.</summary>
    internal async Task StoreAsync(Article article, CancellationToken cancellationToken)
    {
        await archive.SaveArticleAsync(article, cancellationToken);
        await index.IndexAsync(article, cancellationToken);
    }

    /// <summary>
    /// What the page is when it is plainly no HTML page: a feed's link to a PDF, an image or a podcast episode. Read as
    /// HTML, its bytes would be stored as an article of garbage. Servers label files wrongly often enough (a PDF as
    /// text/html) that a few formats' first bytes are looked at too. Null for anything that may be a page.
    /// </summary>
    internal static string? NotHtml(FetchedPage page)
    {
        var body = page.Body.AsSpan();
        foreach (var (magic, name) in FileSignatures)
        {
            if (body.StartsWith(magic))
            {
                return name;
            }
        }

        var mediaType = page.ContentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        return mediaType is null or "" or "application/octet-stream" || mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.Contains("xml", StringComparison.Ordinal)
            ? null
            : mediaType;
    }

    private static readonly (byte[] Magic, string Name)[] FileSignatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("PK\u0003\u0004"u8.ToArray(), "a ZIP archive or office document"),
        ("ID3"u8.ToArray(), "an MP3 file"),
    ];

    /// <summary>How long a delayed copy of a message waits: as asked, within 1 s to 1 h.</summary>
    private static TimeSpan Deferral(TimeSpan asked) => asked < MinDeferral ? MinDeferral : asked > MaxDeferral ? MaxDeferral : asked;

    private Article Enrich(Article article, ArticleMessage message, Source? source, FetchedPage page)
    {
        var sources = new Dictionary<string, string>(article.Sources ?? new Dictionary<string, string>());
        var title = article.Title;
        if (string.IsNullOrWhiteSpace(title) && message.FeedTitle is not null)
        {
            title = message.FeedTitle;
            sources["title"] = "feed";
        }

        var published = article.Published;
        if (published is null && message.FeedPublished is { } feedDate && feedDate <= page.FetchedAt)
        {
            published = feedDate;
            sources["published"] = "feed";
        }

        return (article with
        {
            Title = title,
            Published = published,
            Language = article.Language ?? source?.Language,
            SourceId = message.SourceId,
            FetchedAt = page.FetchedAt,
            Sources = sources,
        }).Enrich(categorizer, summarizer, source?.DefaultCategory ?? Categories.General, message.FeedCategories);
    }
}
