namespace NewsFunctions.Sources;

/// <summary>The fixed category taxonomy served at <c>/api/feeds/{category}</c>.</summary>
public static class Categories
{
    public const string All = "all";
    public const string General = "general";

    /// <summary>Every category an article can have, in display order.</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        "politics", "world", "business", "technology", "science", "health", "sports", "entertainment", "lifestyle", "crime", General,
    ];

    private static readonly HashSet<string> KnownSet = new(Known, StringComparer.Ordinal);

    public static bool IsKnown(string? category) => category is not null && KnownSet.Contains(category);

    private static readonly Dictionary<string, string> FeedNames = Known.Append(All).ToDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The feed's own (lower-case) name when a feed exists for the name in any case: every category plus <c>all</c>.
    /// Null when there is no such feed.
    /// </summary>
    public static string? FeedNamed(string? category) => category is not null && FeedNames.TryGetValue(category, out var name) ? name : null;
}
