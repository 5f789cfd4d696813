namespace NewsFunctions.Storage;

/// <summary>
/// What a fetch knew about a page besides its bytes, archived with it: a re-extraction from the archive must see what
/// the first extraction saw. The fetch time bounds the page's dates; the source gives the time zone, language and
/// default category; the feed's title, date and categories are enrichment hints (feed categories outrank the text).
/// </summary>
public sealed record FetchFacts(
    DateTimeOffset FetchedAt,
    string? SourceId,
    string? FeedTitle = null,
    DateTimeOffset? FeedPublished = null,
    IReadOnlyList<string>? FeedCategories = null);

/// <summary>A raw page as archived.</summary>
/// <param name="Body">The page's bytes as fetched.</param>
/// <param name="ContentType">The response's Content-Type (its charset outranks the page's own).</param>
/// <param name="Url">The URL the page was fetched from after redirects; null when the blob does not say.</param>
/// <param name="Facts">Null for pages archived before the facts were kept.</param>
/// <param name="ArchivedAt">When the blob was written: the fetch time within seconds, for pages without <paramref name="Facts"/>.</param>
public sealed record ArchivedPage(byte[] Body, string? ContentType, Uri? Url, FetchFacts? Facts, DateTimeOffset ArchivedAt);
