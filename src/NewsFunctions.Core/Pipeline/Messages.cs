namespace NewsFunctions.Pipeline;

/// <summary>Queue message: read this source's feeds now.</summary>
public sealed record SourceMessage(string SourceId);

/// <summary>
/// Queue message: fetch, extract and store this article. Feed facts travel along as hints for enrichment;
/// <see cref="Deferrals"/> counts how often the site asked us to come back later (Retry-After), and
/// <see cref="HostWaits"/> how often the message was put back because the app's other fetches had its host booked ahead.
/// </summary>
public sealed record ArticleMessage(
    string SourceId,
    string Url,
    string? FeedTitle = null,
    DateTimeOffset? FeedPublished = null,
    IReadOnlyList<string>? FeedCategories = null,
    int Deferrals = 0,
    int HostWaits = 0);
