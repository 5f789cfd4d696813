namespace NewsFunctions.Discovery;

/// <summary>One article a feed lists.</summary>
public sealed record FeedEntry(Uri Link, string? Title, DateTimeOffset? Published, IReadOnlyList<string> Categories);
