using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsFunctions.Articles;
using NewsFunctions.Configuration;
using NewsFunctions.Discovery;
using NewsFunctions.Fetching;
using NewsFunctions.Sources;
using NewsFunctions.Storage;

namespace NewsFunctions.Pipeline;

/// <summary>
/// Stage 2 (queue): read a source's feeds and queue every article link not seen before. A feed that is a sitemap
/// index is followed to its most recently modified sitemaps on the same host, one level deep.
/// </summary>
public sealed class SourceDiscoverer(
    SourceCatalog catalog,
    PageFetcher fetcher,
    ArticleIndex index,
    SourceState state,
    WorkQueues queues,
    IOptions<NewsOptions> options,
    TimeProvider time,
    ILogger<SourceDiscoverer> logger)
{
    private readonly int _maxSitemaps = options.Value.Discovery.MaxSitemapsPerIndex;
    private readonly int _maxEntryAgeDays = options.Value.Discovery.MaxEntryAgeDays;
    private readonly int _maxNewLinks = options.Value.Discovery.MaxNewLinksPerFeed;

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
            var read = await ReadAsync(source, url, isFeed ? "Feed" : "Section page", isFeed, index: null, cancellationToken);
            if (read.Failure is { } failure)
            {
                failures.Add(failure);
                continue;
            }

            if (read.Page is not { } page)
            {
                continue;
            }

            if (page.NotModified && read.KnownSitemaps is null)
            {
                await state.RecordAsync(source.Id, url, page.FetchedAt, "not modified", newLinks: 0, cancellationToken: cancellationToken);
                continue;
            }

            if (page.NotModified || read.Document!.IsSitemapIndex)
            {
                // A 304 for a sitemap index says its list is as before, not that the sitemaps it names are.
                var (chosen, listed, skipped) = page.NotModified
                    ? (read.KnownSitemaps!, read.KnownSitemaps!.Count, 0)
                    : Choose(read.Document!.Sitemaps!, url, page.FinalUrl);
                var (fresh, error) = await FollowIndexAsync(source, url, page, chosen, listed, skipped, cancellationToken);
                queued += fresh;
                if (error is not null)
                {
                    failures.Add(error);
                }

                continue;
            }

            var outcome = await QueueAllAsync(source, url, read.Document, _maxNewLinks, cancellationToken);
            queued += outcome.Queued;
            await RecordReadAsync(source, url, page, outcome, index: null, cancellationToken);
        }

        logger.LogInformation("Source {Source}: queued {Count} new articles from {Pages} feeds and section pages", source.Id, queued, pages.Count);
        if (failures.Count == pages.Count && failures.Count > 0)
        {
            // Every feed failed: let the queue retry the message (and poison it if it keeps failing).
            throw new AggregateException($"Every feed of source '{source.Id}' failed.", failures);
        }

        return queued;
    }

    /// <summary>
    /// A fetch and parse of one page: the page and what it lists, or the failure (already recorded on the page's row).
    /// On a 304, <see cref="KnownSitemaps"/> are the sitemaps the row keeps when the page is a sitemap index.
    /// </summary>
    private sealed record PageRead(FetchedPage? Page = null, FeedContents? Document = null, Exception? Failure = null, bool HostBusy = false, IReadOnlyList<Uri>? KnownSitemaps = null);

    /// <summary>
    /// Fetches (conditionally) and parses one feed or section page, or a sitemap of <paramref name="index"/>; a failure
    /// or deferral is logged and recorded on its row.
    /// </summary>
    private async Task<PageRead> ReadAsync(Source source, Uri url, string kind, bool isFeed, Uri? index, CancellationToken cancellationToken)
    {
        try
        {
            var (etag, lastModified, sitemaps) = await state.GetValidatorsAsync(source.Id, url, cancellationToken);
            var page = await (isFeed ? fetcher.FetchFeedAsync(url, etag, lastModified, cancellationToken) : fetcher.FetchAsync(url, etag, lastModified, cancellationToken));
            if (page.NotModified)
            {
                return new PageRead(page, KnownSitemaps: isFeed ? sitemaps : null);
            }

            var document = isFeed ? FeedParser.Read(page.Body, page.FinalUrl, page.ContentType, OldestKept(time.GetUtcNow(), _maxEntryAgeDays)) : new FeedContents(SectionPageParser.Parse(page.Body, page.FinalUrl, page.ContentType));
            return new PageRead(page, document);
        }
        catch (FetchException e) when (e.IsHostBusy)
        {
            // The app's own article fetches have the site booked: not the feed's fault, and the next tick reads it.
            logger.LogInformation("{Kind} {Url} of source {Source} waits for the next tick: {Reason}", kind, url, source.Id, e.Message);
            await state.RecordAsync(source.Id, url, time.GetUtcNow(), "deferred: " + e.Message, sitemapIndex: index, cancellationToken: cancellationToken);
            return new PageRead(HostBusy: true);
        }
        catch (Exception e) when (e is FetchException or InvalidDataException)
        {
            // One broken feed must not hide the others of the same source.
            logger.LogWarning(e, "{Kind} {Url} of source {Source} could not be read", kind, url, source.Id);
            await state.RecordAsync(source.Id, url, time.GetUtcNow(), "error: " + e.Message, sitemapIndex: index, cancellationToken: cancellationToken);
            return new PageRead(Failure: e);
        }
    }

    /// <summary>
    /// The sitemaps of an index worth reading: on the index's host (as asked for or as redirected to; the sitemaps
    /// protocol allows no other, and the index's author should not choose hosts for us to crawl), most recently
    /// modified first, those without a date after the dated ones in the index's order, at most <see cref="DiscoveryOptions.MaxSitemapsPerIndex"/>.
    /// </summary>
    private (IReadOnlyList<Uri> Chosen, int Listed, int Skipped) Choose(IReadOnlyList<SitemapLink> sitemaps, Uri indexUrl, Uri finalUrl)
    {
        var sameHost = sitemaps
            .Where(s => string.Equals(s.Location.Host, indexUrl.Host, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Location.Host, finalUrl.Host, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(s => s.Location.AbsoluteUri)
            .ToList();
        var chosen = sameHost
            .OrderByDescending(s => s.LastModified.HasValue)
            .ThenByDescending(s => s.LastModified)
            .Take(_maxSitemaps)
            .Select(s => s.Location)
            .ToList();
        return (chosen, sitemaps.Count, sitemaps.Count - sameHost.Count);
    }

    /// <summary>
    /// Reads the <paramref name="chosen"/> sitemaps of a sitemap index, each through the fetcher and with its own row
    /// (validators, status), and records on the index's row what came of them. A sitemap that fails is noted and the
    /// others are read; only when none could be read is the index a failure of the source.
    /// </summary>
    private async Task<(int Queued, Exception? Failure)> FollowIndexAsync(
        Source source, Uri indexUrl, FetchedPage indexPage, IReadOnlyList<Uri> chosen, int listed, int skipped, CancellationToken cancellationToken)
    {
        int queued = 0, links = 0, read = 0, notModified = 0, deferred = 0, capped = 0;
        var problems = new List<string>();
        for (var i = 0; i < chosen.Count; i++)
        {
            var sitemap = chosen[i];
            var result = await ReadAsync(source, sitemap, "Sitemap", isFeed: true, indexUrl, cancellationToken);
            if (result.HostBusy)
            {
                // Every sitemap is on the index's host, booked as much for the next one: all wait for the next tick.
                deferred = chosen.Count - i;
                break;
            }

            if (result.Failure is { } failure)
            {
                problems.Add(failure.Message);
                continue;
            }

            var page = result.Page!;
            if (page.NotModified)
            {
                notModified++;
                await state.RecordAsync(source.Id, sitemap, page.FetchedAt, "not modified", newLinks: 0, sitemapIndex: indexUrl, cancellationToken: cancellationToken);
                continue;
            }

            if (result.Document!.IsSitemapIndex)
            {
                var nested = $"{sitemap}: a sitemap index inside the sitemap index {indexUrl}; only one level is followed (list it as a feed of its own to read it).";
                logger.LogWarning("Sitemap {Url} of source {Source} is not read: {Reason}", sitemap, source.Id, nested);
                await state.RecordAsync(source.Id, sitemap, page.FetchedAt, "error: " + nested, sitemapIndex: indexUrl, cancellationToken: cancellationToken);
                problems.Add(nested);
                continue;
            }

            var outcome = await QueueAllAsync(source, sitemap, result.Document, _maxNewLinks - queued, cancellationToken);
            queued += outcome.Queued;
            links += outcome.Links;
            read++;
            await RecordReadAsync(source, sitemap, page, outcome, indexUrl, cancellationToken);
            if (queued == _maxNewLinks && i + 1 < chosen.Count)
            {
                // The cap is the index's as a feed: the sitemaps after this one are read at the next tick.
                capped = chosen.Count - i - 1;
                break;
            }
        }

        var summary = $"sitemap index: {chosen.Count} of {listed} sitemaps read" + (chosen.Count < listed - skipped ? " (the most recently modified)" : "")
            + $": {links} links from {read}" + (notModified > 0 ? $", {notModified} not modified" : "") + (deferred > 0 ? $", {deferred} deferred (host busy)" : "") + (capped > 0 ? $", {capped} left for the next read (new-link cap)" : "")
            + (problems.Count > 0 ? $", {problems.Count} failed ({string.Join("; ", problems)})" : "")
            + (skipped > 0 ? $"; {skipped} on another host skipped" : "");
        Exception? error = null;
        string status;
        if (indexPage.NotModified && notModified == chosen.Count)
        {
            status = "not modified";
        }
        else if (read + notModified + deferred + capped == 0)
        {
            // Nothing came of the index (every sitemap failed, or it names none on its host): the feed failed.
            error = new InvalidDataException($"{indexUrl}: {summary}");
            logger.LogWarning("Sitemap index {Url} of source {Source} gave nothing: {Summary}", indexUrl, source.Id, summary);
            status = "error: " + summary;
        }
        else
        {
            status = "ok: " + summary;
        }

        // A 304 keeps the validators and the list they stand for; a full read replaces both.
        await (indexPage.NotModified
            ? state.RecordAsync(source.Id, indexUrl, indexPage.FetchedAt, status, newLinks: queued, cancellationToken: cancellationToken)
            : state.RecordAsync(source.Id, indexUrl, indexPage.FetchedAt, status, indexPage.ETag, indexPage.LastModified, queued, chosen, cancellationToken: cancellationToken));
        if (!indexPage.NotModified)
        {
            await PruneSitemapRowsAsync(source, indexUrl, chosen, cancellationToken);
        }

        return (queued, error);
    }

    /// <summary>
    /// Deletes the rows of sitemaps the index named at earlier reads and no longer chooses (gone from it, or older than
    /// its newest <see cref="DiscoveryOptions.MaxSitemapsPerIndex"/>): without it a daily sitemap's row stayed forever,
    /// one per day per source. One chosen again later is read in full, as the first time.
    /// </summary>
    private async Task PruneSitemapRowsAsync(Source source, Uri indexUrl, IReadOnlyList<Uri> chosen, CancellationToken cancellationToken)
    {
        // A sitemap that is also one of the source's own feeds keeps the row it has as one.
        var keep = chosen.Concat(source.Feeds).Concat(source.Sections).ToList();
        try
        {
            var pruned = await state.PruneSitemapsAsync(source.Id, indexUrl, keep, cancellationToken);
            if (pruned > 0)
            {
                logger.LogInformation("Sitemap index {Url} of source {Source}: removed the rows of {Count} sitemaps it no longer names among its newest", indexUrl, source.Id, pruned);
            }
        }
        catch (Azure.RequestFailedException e)
        {
            // Housekeeping: the links are queued and the rows recorded, and the next full read of the index tries again.
            logger.LogWarning(e, "Sitemap index {Url} of source {Source}: the rows of sitemaps it no longer names could not be removed", indexUrl, source.Id);
        }
    }

    /// <summary>What came of queueing one document's entries.</summary>
    /// <param name="Links">The entries the document lists.</param>
    /// <param name="Queued">The new links queued.</param>
    /// <param name="TooOld">Entries skipped for their feed date (<see cref="DiscoveryOptions.MaxEntryAgeDays"/>).</param>
    /// <param name="Capped">The new-link cap was reached with entries still to look at.</param>
    private readonly record struct QueueOutcome(int Links, int Queued, int TooOld, bool Capped);

    /// <summary>
    /// How many entries are checked against the seen table (and queued) at once. A sitemap without dates or validators
    /// costs one insert per entry at every read, tens of thousands one after the other; the host runs several
    /// discoveries at once too, so this stays well under what one storage account takes.
    /// </summary>
    internal const int MaxConcurrentSeenChecks = 16;

    /// <summary>
    /// Queues the entries not seen before, newest first, until <paramref name="budget"/> new ones are queued. Entries
    /// dated before <see cref="DiscoveryOptions.MaxEntryAgeDays"/> cost no storage call at all (a sitemap's are not even
    /// in <paramref name="document"/>, only counted).
    /// </summary>
    /// <remarks>
    /// The entries go in windows of at most <see cref="MaxConcurrentSeenChecks"/>, each done before the next starts:
    /// within a window the messages may land in any order, but no entry is queued before those of an earlier window,
    /// so the order stays newest first to within a window (the queue itself does not promise more). A window is never
    /// wider than the budget left, so the cap stays exact however many of them turn out new. A failed send forgets
    /// its own link only; the window's other checks finish before the failure goes up, so a link is queued exactly
    /// when it is recorded as seen.
    /// </remarks>
    private async Task<QueueOutcome> QueueAllAsync(Source source, Uri url, FeedContents document, int budget, CancellationToken cancellationToken)
    {
        var entries = document.Entries;
        var worth = Newest(entries, time.GetUtcNow(), _maxEntryAgeDays);
        var fresh = 0;
        var looked = 0;

        // Each window's links are checked in the order that suits what the last window's mostly were: a feed read again
        // starts on old links, a new sitemap is new links all the way (one insert each instead of a read and an insert).
        var likelyNew = false;
        while (looked < worth.Count && fresh < budget)
        {
            var window = Math.Min(Math.Min(MaxConcurrentSeenChecks, budget - fresh), worth.Count - looked);
            var queued = await Task.WhenAll(Enumerable.Range(looked, window).Select(i => TryQueueAsync(source, worth[i], likelyNew, cancellationToken)));
            var queuedNow = queued.Count(q => q);
            fresh += queuedNow;
            looked += window;
            likelyNew = 2 * queuedNow > window;
        }

        var capped = looked < worth.Count;
        if (capped)
        {
            logger.LogWarning(
                "{Url} of source {Source}: {Queued} new links queued, which fills its feed's News:Discovery:MaxNewLinksPerFeed ({Max}) for this read; {Left} entries wait for the next read",
                url, source.Id, fresh, _maxNewLinks, worth.Count - looked);
        }

        return new QueueOutcome(entries.Count + document.TooOld, fresh, entries.Count - worth.Count + document.TooOld, capped);
    }

    /// <summary>
    /// The entries worth queueing, in the order to queue them: those dated within <paramref name="maxAgeDays"/> of
    /// <paramref name="now"/> (all, when it is 0) newest first, then the undated ones in the feed's order, as their age
    /// is unknown. When the cap stops a read early, what waits for the next one is the oldest.
    /// </summary>
    internal static IReadOnlyList<FeedEntry> Newest(IReadOnlyList<FeedEntry> entries, DateTimeOffset now, int maxAgeDays)
    {
        var oldest = OldestKept(now, maxAgeDays);
        // OrderBy is stable: the undated, and entries of one date, keep the feed's order.
        return entries
            .Where(e => e.Published is not { } published || published >= oldest)
            .OrderByDescending(e => e.Published.HasValue)
            .ThenByDescending(e => e.Published)
            .ToList();
    }

    /// <summary>The earliest feed date an entry is queued with: all are, when <paramref name="maxAgeDays"/> is 0.</summary>
    private static DateTimeOffset OldestKept(DateTimeOffset now, int maxAgeDays) => maxAgeDays > 0 ? now.AddDays(-maxAgeDays) : DateTimeOffset.MinValue;

    /// <summary>
    /// Records a document read in full. Its validators are saved only once every new link is queued: after a failure
    /// above, or when the cap stopped the read early, the next read is a full one and queues the rest.
    /// </summary>
    private Task RecordReadAsync(Source source, Uri url, FetchedPage page, QueueOutcome outcome, Uri? index, CancellationToken cancellationToken)
    {
        var status = $"ok: {outcome.Links} links"
            + (outcome.TooOld > 0 ? $", {outcome.TooOld} older than {_maxEntryAgeDays} days skipped" : "")
            + (outcome.Capped ? $", {outcome.Queued} new queued (the cap); the rest at the next read" : "");
        return outcome.Capped
            ? state.RecordAsync(source.Id, url, page.FetchedAt, status, newLinks: outcome.Queued, sitemapIndex: index, cancellationToken: cancellationToken)
            : state.RecordAsync(source.Id, url, page.FetchedAt, status, page.ETag, page.LastModified, outcome.Queued, sitemapIndex: index, cancellationToken: cancellationToken);
    }

    /// <summary>The longest feed title, and category, an article message carries.</summary>
    public const int MaxHintChars = 1000;

    /// <summary>The most feed categories an article message carries.</summary>
    public const int MaxHintCategories = 20;

    /// <summary>
    /// The longest link queued. A queue message holds at most 64 KiB (<see cref="MaxMessageJsonBytes"/> of JSON once
    /// base64-encoded); a link this long always fits, the hints cut to make room. No article URL is this long: a
    /// longer one is a broken feed.
    /// </summary>
    public const int MaxLinkChars = 8192;

    /// <summary>The most UTF-8 bytes of JSON an article message may be: 64 KiB once base64-encoded, 4 bytes for 3.</summary>
    internal const int MaxMessageJsonBytes = 48 * 1024;

    private async Task<bool> TryQueueAsync(Source source, FeedEntry entry, bool likelyNew, CancellationToken cancellationToken)
    {
        var link = ArticleId.Normalize(entry.Link);
        if (link.AbsoluteUri.Length > MaxLinkChars)
        {
            logger.LogWarning("Source {Source}: a link of {Length} characters is skipped (at most {Max}): {Start}…", source.Id, link.AbsoluteUri.Length, MaxLinkChars, link.AbsoluteUri[..200]);
            return false;
        }

        if (!await index.TryMarkSeenAsync(link, source.Id, time.GetUtcNow(), likelyNew, cancellationToken))
        {
            return false;
        }

        try
        {
            // The feed's title and categories are hints from whoever wrote the feed: unbounded, they could outgrow the
            // queue's message limit, and the failed send would abort the discovery of every later entry.
            var categories = entry.Categories.Where(c => c.Length <= MaxHintChars).Take(MaxHintCategories).ToList();
            var title = TextCut.AtMost(entry.Title, MaxHintChars);
            await queues.EnqueueAsync(Fit(new ArticleMessage(source.Id, link.AbsoluteUri, title, entry.Published, categories)), cancellationToken: cancellationToken);
            return true;
        }
        catch
        {
            // Not queued means not seen: the next discovery must try it again.
            await index.ForgetSeenAsync(link, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// The message with its last categories, then its title, dropped until it fits a queue message. The caps count
    /// characters, and JSON writes each non-ASCII one as a six-character escape: 20 categories of 1,000 accented
    /// letters are 120 KB, and the send failed every discovery of the source at that entry.
    /// </summary>
    private static ArticleMessage Fit(ArticleMessage message)
    {
        var (categories, title, _) = TextCut.FeedHints(message.FeedCategories, message.FeedTitle,
            (c, t) => JsonSerializer.SerializeToUtf8Bytes(message with { FeedCategories = c, FeedTitle = t }, WorkQueues.JsonOptions).Length <= MaxMessageJsonBytes);
        return message with { FeedCategories = categories, FeedTitle = title };
    }
}
