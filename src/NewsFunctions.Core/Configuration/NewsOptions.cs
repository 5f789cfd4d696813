using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace NewsFunctions.Configuration;

/// <summary>
/// Everything the app reads from configuration under <c>News</c> (app setting names <c>News__…</c>).
/// Every property has a default, so an app deployed with no <c>News__</c> settings runs as documented.
/// </summary>
public sealed class NewsOptions
{
    public const string SectionName = "News";

    /// <summary>Path of the sources JSON file, relative to the app's directory unless rooted.</summary>
    [Required]
    public string SourcesPath { get; set; } = "config/sources.json";

    // Data annotations stop at the top-level object unless told to look inside: without these, a [Range] or
    // [RegularExpression] on a nested setting was never checked, and a bad value failed later, far from its cause.
    [ValidateObjectMembers]
    public StorageNames Storage { get; set; } = new();

    [ValidateObjectMembers]
    public FetchOptions Fetch { get; set; } = new();

    [ValidateObjectMembers]
    public DiscoveryOptions Discovery { get; set; } = new();

    [ValidateObjectMembers]
    public ArchiveOptions Archive { get; set; } = new();
}

/// <summary>How the archive is swept when its articles are extracted again.</summary>
public sealed class ArchiveOptions
{
    /// <summary>
    /// How many raw pages one sweep message lists and queues (5000 is the most one listing returns). Each invocation
    /// sends this many queue messages, so a page must stay well inside the function's time limit.
    /// </summary>
    [Range(1, 5000)]
    public int SweepPageSize { get; set; } = 500;
}

/// <summary>How feeds are read for article links.</summary>
public sealed class DiscoveryOptions
{
    /// <summary>
    /// The most sitemaps of one sitemap index read per discovery: the most recently modified ones (by the index's
    /// <c>&lt;lastmod&gt;</c>). A news site's index can name years of monthly archives; their articles are old news.
    /// </summary>
    [Range(1, 100)]
    public int MaxSitemapsPerIndex { get; set; } = 5;

    /// <summary>
    /// Entries whose feed date (RSS <c>pubDate</c>, Atom <c>published</c> or <c>updated</c>, a sitemap's
    /// <c>&lt;lastmod&gt;</c> or <c>news:publication_date</c>, JSON Feed <c>date_published</c>) is older than this many
    /// days are not queued, nor looked up: a sitemap lists up to 50,000 URLs, most of them years old, and crawling
    /// them would hold the fetch stage for days on old news. Entries without a date are queued. 0 means no limit
    /// (a backfill of a site's archive, or the demo sites, whose articles date from 2022). The default, 30, is long
    /// enough that a source added today starts with a month of articles and that an app stopped for up to four weeks
    /// misses nothing when it comes back, and short enough that a site's archive is not crawled.
    /// </summary>
    [Range(0, 3650)]
    public int MaxEntryAgeDays { get; set; } = 30;

    /// <summary>
    /// The most new links one feed read queues (a sitemap index counts as one feed, over all its sitemaps). Past it
    /// the feed's new validators are not saved, so the next read is a full one and queues the rest, newest first;
    /// links already queued cost one Table lookup each then. The default, 1000, is a Google News sitemap's most,
    /// and about as many articles as the fetch stage gets through at one site between two 15-minute ticks at the
    /// default 500 ms spacing; it keeps the first read of a big fresh sitemap under a minute (a Table insert and a
    /// queue send per link), well within host.json's 10-minute function timeout, rather than an hour.
    /// </summary>
    [Range(1, 50_000)]
    public int MaxNewLinksPerFeed { get; set; } = 1000;
}

/// <summary>Names of the containers, tables and queues; tests give each run its own.</summary>
public sealed class StorageNames
{
    /// <summary>Raw HTML as fetched, gzip-compressed: <c>{id}.html.gz</c>.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string RawContainer { get; set; } = "raw-html";

    /// <summary>Extracted articles as JSON: <c>{id}.json</c>.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string ArticlesContainer { get; set; } = "articles";

    /// <summary>Table names are alphanumeric; this prefix starts each of the app's tables.</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{0,40}$")]
    public string TablePrefix { get; set; } = "News";
}

/// <summary>How pages and feeds are fetched.</summary>
public sealed class FetchOptions
{
    [Required]
    public string UserAgent { get; set; } = "NewsFunctions/1.0 (+https://github.com/newsfunctions/newsfunctions)";

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>The largest page body read (an article or a section page), in bytes.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// The largest feed or sitemap body read, in bytes, once any HTTP content encoding is undone (a
    /// <c>sitemap.xml.gz</c> file served as it is counts packed, and may unpack to
    /// <see cref="Discovery.FeedParser.MaxUncompressedBytes"/>). The sitemaps protocol allows 50 MiB, the default;
    /// pages keep <see cref="MaxResponseBytes"/>, as an article is never that big.
    /// </summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxFeedBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Minimum spacing between two requests to one host, across every instance of the app (see <see cref="Fetching.HostSchedule"/>).</summary>
    [Range(0, 60_000)]
    public int PerHostDelayMilliseconds { get; set; } = 500;

    /// <summary>
    /// The longest robots.txt <c>Crawl-delay</c> honoured as it is; a site asking for more is spaced this much. Requests
    /// to one host wait in the worker, so a longer spacing would hold a worker for each queued article of that site.
    /// </summary>
    [Range(0, 120)]
    public int MaxCrawlDelaySeconds { get; set; } = 30;

    /// <summary>
    /// The longest a fetch waits for its turn at a host: booked ahead by other requests (from any instance), or held
    /// back by the host's own 429 or 503 Retry-After. Past it nothing is sent and the fetch fails as transient with the
    /// time left, so an article is put back on its queue until then (a queue message waits instead of a worker) and a
    /// feed is read at the next tick.
    /// </summary>
    [Range(0, 300)]
    public int MaxHostWaitSeconds { get; set; } = 30;

    /// <summary>Honour robots.txt; turn off only for sources you own.</summary>
    public bool RespectRobotsTxt { get; set; } = true;

    /// <summary>
    /// Let fetches reach loopback, private, link-local and other non-public addresses. Off, a feed's article link or a
    /// redirect to such an address (the instance metadata service, a storage emulator, an internal site) is refused at
    /// connect time, whatever name leads there: links and redirects come from whoever writes the feeds and pages, and
    /// what is fetched is archived and served. Turn on for sources on your own network, and for the demo site on 127.0.0.1.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }
}
