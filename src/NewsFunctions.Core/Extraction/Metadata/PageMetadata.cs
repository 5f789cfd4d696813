namespace NewsFunctions.Extraction.Metadata;

/// <summary>What a page says about its article, apart from the body text.</summary>
public sealed record PageMetadata
{
    public string? Title { get; init; }
    public ValueSource TitleSource { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public ValueSource PublishedSource { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public ValueSource ModifiedSource { get; init; }
    /// <summary>The language the page declares (html lang, meta, JSON-LD), normalized to BCP 47; not yet checked against the text.</summary>
    public string? DeclaredLanguage { get; init; }
    public Uri? CanonicalUrl { get; init; }
    public Uri? Image { get; init; }
    public string? SiteName { get; init; }
    public string? Description { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public bool IsAccessibleForFree { get; init; } = true;
}
