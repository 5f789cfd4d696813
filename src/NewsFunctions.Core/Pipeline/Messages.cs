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

/// <summary>
/// Queue message: list one page of the raw archive, queue a <see cref="ReextractMessage"/> for each page in it, and queue
/// the next page's message. <see cref="Continuation"/> is the listing's marker (null: the first page);
/// <see cref="Queued"/> counts the articles the sweep's earlier pages queued, for its log.
/// </summary>
public sealed record ArchiveSweepMessage(string SweepId, string? Continuation = null, long Queued = 0);

/// <summary>Queue message: extract the archived article <see cref="Id"/> again from its raw page; <see cref="SweepId"/> names the request, for the logs.</summary>
public sealed record ReextractMessage(string Id, string? SweepId = null);
