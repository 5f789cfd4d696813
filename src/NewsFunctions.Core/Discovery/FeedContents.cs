namespace NewsFunctions.Discovery;

/// <summary>What a feed document lists: the articles, or, for a sitemap index, the sitemaps it names (and no articles).</summary>
public sealed record FeedContents(IReadOnlyList<FeedEntry> Entries, IReadOnlyList<SitemapLink>? Sitemaps = null)
{
    public bool IsSitemapIndex => Sitemaps is not null;

    /// <summary>Entries the document lists that are not in <see cref="Entries"/>, as they are dated before the cutoff <see cref="FeedParser.Read"/> was given.</summary>
    public int TooOld { get; init; }
}

/// <summary>One sitemap a sitemap index names, with its <c>&lt;lastmod&gt;</c> when the index gives one.</summary>
public sealed record SitemapLink(Uri Location, DateTimeOffset? LastModified);
