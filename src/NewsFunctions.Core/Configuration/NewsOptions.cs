using System.ComponentModel.DataAnnotations;

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

    public StorageNames Storage { get; set; } = new();

    public FetchOptions Fetch { get; set; } = new();
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

    [Range(1024, 64 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Minimum spacing between two requests to one host from one instance.</summary>
    [Range(0, 60_000)]
    public int PerHostDelayMilliseconds { get; set; } = 500;

    /// <summary>
    /// The longest robots.txt <c>Crawl-delay</c> honoured as it is; a site asking for more is spaced this much. Requests
    /// to one host wait in the worker, so a longer spacing would hold a worker for each queued article of that site.
    /// </summary>
    [Range(0, 120)]
    public int MaxCrawlDelaySeconds { get; set; } = 30;

    /// <summary>
    /// The longest a request waits for the time a host's 429 or 503 asked for in Retry-After. A host that asked for longer is
    /// not sent anything until then: the fetch fails at once as transient with the time left, so a queue message waits
    /// instead of a worker.
    /// </summary>
    [Range(0, 120)]
    public int MaxRetryAfterWaitSeconds { get; set; } = 30;

    /// <summary>Honour robots.txt; turn off only for sources you own.</summary>
    public bool RespectRobotsTxt { get; set; } = true;
}
