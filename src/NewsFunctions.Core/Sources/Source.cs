namespace NewsFunctions.Sources;

/// <summary>A news site the app watches, as declared in the sources JSON file.</summary>
public sealed record Source
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>RSS, Atom, JSON Feed or news sitemap URLs; every article they list is a candidate.</summary>
    public IReadOnlyList<Uri> Feeds { get; init; } = [];
    /// <summary>HTML section or home pages whose headline links are candidates, for sites without a usable feed.</summary>
    public IReadOnlyList<Uri> Sections { get; init; } = [];
    /// <summary>The category given to an article when nothing on it says better.</summary>
    public string DefaultCategory { get; init; } = Categories.General;
    /// <summary>BCP 47 language the source mostly publishes in; a hint, the page's own language wins.</summary>
    public string? Language { get; init; }
    public bool Enabled { get; init; } = true;
}
