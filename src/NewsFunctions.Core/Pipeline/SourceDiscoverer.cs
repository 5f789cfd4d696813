using Microsoft.Extensions.Logging;
using NewsFunctions.Articles;
using NewsFunctions.Discovery;
using NewsFunctions.Fetching;
using NewsFunctions.Sources;
using NewsFunctions.Storage;

namespace NewsFunctions.Pipeline;

/// <summary>Stage 2 (queue): read a source's feeds and queue every article link not seen before.</summary>
public sealed class SourceDiscoverer(
    SourceCatalog catalog,
    PageFetcher fetcher,
    ArticleIndex index,
    SourceState state,
    WorkQueues queues,
    TimeProvider time,
    ILogger<SourceDiscoverer> logger)
{
    /// <returns>How many new article links were queued.</returns>
    /// <exception cref="InvalidMessageException">The message is null or names no source.</exception>
    /// <exception cref="InvalidOperationException">The message names a source that is not in the catalog.</exception>
    public async Task<int> DiscoverAsync(SourceMessage message, CancellationToken cancellationToken = default)
    {
        QueueMessages.Check(message);
        var source = catalog.Find(message.SourceId)
            ?? throw new InvalidOperationException($"Unknown source '{message.SourceId}': it is not in the sources file.");
        if (!source.Enabled)
        {
            logger.LogInformation("Source {Source} is disabled; nothing to do", source.Id);
            return 0;
        }

        var queued = 0;
        var failures = new List<Exception>();
        var pages = source.Feeds.Select(url => (Url: url, IsFeed: true)).Concat(source.Sections.Select(url => (Url: url, IsFeed: false))).ToList();
        foreach (var (url, isFeed) in pages)
        {
            IReadOnlyList<FeedEntry> entries;
            FetchedPage page;
            try
            {
                var (etag, lastModified) = await state.GetValidatorsAsync(source.Id, url, cancellationToken);
                page = await fetcher.FetchAsync(url, etag, lastModified, cancellationToken);
                if (page.NotModified)
                {
                    await state.RecordAsync(source.Id, url, page.FetchedAt, "not modified", newLinks: 0, cancellationToken: cancellationToken);
                    continue;
                }

                entries = isFeed ? FeedParser.Parse(page.Body, page.FinalUrl, page.ContentType) : SectionPageParser.Parse(page.Body, page.FinalUrl, page.ContentType);
            }
            catch (FetchException e) when (e.IsHostBusy)
            {
                // The app's own article fetches have the site booked: not the feed's fault, and the next tick reads it.
                logger.LogInformation("{Kind} {Url} of source {Source} waits for the next tick: {Reason}", isFeed ? "Feed" : "Section page", url, source.Id, e.Message);
                await state.RecordAsync(source.Id, url, time.GetUtcNow(), "deferred: " + e.Message, cancellationToken: cancellationToken);
                continue;
            }
            catch (Exception e) when (e is FetchException or InvalidDataException)
            {
                // One broken feed must not hide the others of the same source.
                logger.LogWarning(e, "{Kind} {Url} of source {Source} could not be read", isFeed ? "Feed" : "Section page", url, source.Id);
                await state.RecordAsync(source.Id, url, time.GetUtcNow(), "error: " + e.Message, cancellationToken: cancellationToken);
                failures.Add(e);
                continue;
            }

            var fresh = 0;
            foreach (var entry in entries)
            {
                if (await TryQueueAsync(source, entry, cancellationToken))
                {
                    fresh++;
                }
            }

            queued += fresh;
            // Validators are saved only after every new link is queued: a failure above means the next read is a full one.
            await state.RecordAsync(source.Id, url, page.FetchedAt, $"ok: {entries.Count} links", page.ETag, page.LastModified, fresh, cancellationToken);
        }

        logger.LogInformation("Source {Source}: queued {Count} new articles from {Pages} feeds and section pages", source.Id, queued, pages.Count);
        if (failures.Count == pages.Count && failures.Count > 0)
        {
            // Every feed failed: let the queue retry the message (and poison it if it keeps failing).
            throw new AggregateException($"Every feed of source '{source.Id}' failed.", failures);
        }

        return queued;
    }

    /// <summary>The longest feed title, and category, an article message carries.</summary>
    public const int MaxHintChars = 1000;

    /// <summary>The most feed categories an article message carries.</summary>
    public const int MaxHintCategories = 20;

    /// <summary>
    /// The longest link queued. A queue message holds at most 64 KiB (48 KiB of text once base64-encoded); with the
    /// hints' caps, a link this long always fits. No article URL is this long: a longer one is a broken feed.
    /// </summary>
    public const int MaxLinkChars = 8192;

    private async Task<bool> TryQueueAsync(Source source, FeedEntry entry, CancellationToken cancellationToken)
    {
        var link = ArticleId.Normalize(entry.Link);
        if (link.AbsoluteUri.Length > MaxLinkChars)
        {
            logger.LogWarning("Source {Source}: a link of {Length} characters is skipped (at most {Max}): {Start}…", source.Id, link.AbsoluteUri.Length, MaxLinkChars, link.AbsoluteUri[..200]);
            return false;
        }

        if (!await index.TryMarkSeenAsync(link, source.Id, time.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        try
        {
            // The feed's title and categories are hints from whoever wrote the feed: unbounded, they could outgrow the
            // queue's message limit, and the failed send would abort the discovery of every later entry.
            var categories = entry.Categories.Where(c => c.Length <= MaxHintChars).Take(MaxHintCategories).ToList();
            var title = TextCut.AtMost(entry.Title, MaxHintChars);
            await queues.EnqueueAsync(new ArticleMessage(source.Id, link.AbsoluteUri, title, entry.Published, categories), cancellationToken: cancellationToken);
            return true;
        }
        catch
        {
            // Not queued means not seen: the next discovery must try it again.
            await index.ForgetSeenAsync(link, CancellationToken.None);
            throw;
        }
    }
}
