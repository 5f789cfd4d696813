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

    /// <summary>Whether a feed exists for the name: every category plus <c>all</c>.</summary>
    public static bool IsFeed(string? category) => category == All || IsKnown(category);
}
