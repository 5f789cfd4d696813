namespace NewsFunctions.Extraction;

/// <summary>Where an extracted value was found, so that a wrong value can be traced to its origin.</summary>
public enum ValueSource
{
    None,
    JsonLd,
    Meta,
    TimeElement,
    Text,
    Url,
    Heading,
    TitleElement,
}

/// <summary>The article as the extraction engine read it from one page.</summary>
public sealed record ExtractedArticle
{
    public string? Title { get; init; }
    public ValueSource TitleSource { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public ValueSource PublishedSource { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public ValueSource ModifiedSource { get; init; }
    /// <summary>BCP 47 language tag, e.g. <c>en</c> or <c>pt-BR</c>.</summary>
    public string? Language { get; init; }
    public Uri? CanonicalUrl { get; init; }
    public Uri? Image { get; init; }
    public string? SiteName { get; init; }
    public string? Description { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public bool IsPaywalled { get; init; }
    /// <summary>The article body: paragraphs in reading order separated by a blank line.</summary>
    public string Text { get; init; } = "";
}
