namespace NewsFunctions.Sources;

/// <summary>A news site the app watches, as declared in the sources JSON file.</summary>
public sealed record Source
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>RSS, Atom, JSON Feed, news sitemap or sitemap index URLs; every article they list is a candidate.</summary>
    public IReadOnlyList<Uri> Feeds { get; init; } = [];
    /// <summary>HTML section or home pages whose headline links are candidates, for sites without a usable feed.</summary>
    public IReadOnlyList<Uri> Sections { get; init; } = [];
    /// <summary>The category given to an article when nothing on it says better.</summary>
    public string DefaultCategory { get; init; } = Categories.General;
    /// <summary>BCP 47 language the source mostly publishes in; a hint, the page's own language wins.</summary>
    public string? Language { get; init; }
    /// <summary>
    /// IANA time zone the site writes its dates in ("Europe/Madrid"), when known: a page date without a zone, whose
    /// offset the page does not state elsewhere, is read on this zone's clock instead of as UTC.
    /// </summary>
    public string? TimeZone { get; init; }
    public bool Enabled { get; init; } = true;

    /// <summary>The <see cref="TimeZone"/>, or null when none is set or this machine does not know it (the catalog refuses such ids).</summary>
    public TimeZoneInfo? FindTimeZone() => SourceCatalog.TryFindTimeZone(TimeZone, out var zone) ? zone : null;
}
