namespace NewsFunctions.Storage;

/// <summary>An article as a feed lists it: everything but the body.</summary>
public sealed record FeedItem
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Category { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public DateTimeOffset? FetchedAt { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    public string? Image { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? SourceId { get; init; }
}

/// <summary>One page of a feed and the cursor of the next, if any.</summary>
public sealed record FeedPage(IReadOnlyList<FeedItem> Items, string? NextCursor);
