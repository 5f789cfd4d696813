namespace NewsFunctions.Serving;

/// <summary>The shapes a category feed is served in.</summary>
public enum FeedFormat
{
    /// <summary>This API's own JSON: <c>{category, count, items, next}</c>.</summary>
    Json,
    /// <summary>RSS 2.0.</summary>
    Rss,
    /// <summary>Atom 1.0 (RFC 4287).</summary>
    Atom,
    /// <summary>JSON Feed 1.1.</summary>
    JsonFeed,
}

/// <summary>Picks the format from <c>?format=</c>, else from the Accept header, else JSON.</summary>
public static class FeedFormats
{
    public static string ContentType(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml; charset=utf-8",
        FeedFormat.Atom => "application/atom+xml; charset=utf-8",
        FeedFormat.JsonFeed => "application/feed+json; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    /// <returns>False when <paramref name="query"/> names no known format.</returns>
    public static bool TryChoose(string? query, IEnumerable<string?> accept, out FeedFormat format)
    {
        if (!string.IsNullOrEmpty(query))
        {
            format = query.ToLowerInvariant() switch
            {
                "json" => FeedFormat.Json,
                "rss" => FeedFormat.Rss,
                "atom" => FeedFormat.Atom,
                "jsonfeed" or "json-feed" => FeedFormat.JsonFeed,
                _ => (FeedFormat)(-1),
            };
            return Enum.IsDefined(format);
        }

        var types = string.Join(',', accept.Where(a => a is not null));
        format = types.Contains("application/rss+xml", StringComparison.OrdinalIgnoreCase) ? FeedFormat.Rss
            : types.Contains("application/atom+xml", StringComparison.OrdinalIgnoreCase) ? FeedFormat.Atom
            : types.Contains("application/feed+json", StringComparison.OrdinalIgnoreCase) ? FeedFormat.JsonFeed
            : FeedFormat.Json;
        return true;
    }
}
