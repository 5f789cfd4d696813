namespace NewsFunctions.Extraction;

/// <summary>Limits and context for one extraction.</summary>
public sealed class ExtractionOptions
{
    /// <summary>Pages larger than this are cut before parsing, so that one huge page cannot exhaust the worker.</summary>
    public int MaxHtmlBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>When the page was fetched: dates after this (plus a small skew) are rejected as impossible.</summary>
    public DateTimeOffset? FetchedAt { get; set; }

    /// <summary>The HTTP <c>Content-Type</c> header, when known; its charset outranks the page's own declaration.</summary>
    public string? ContentType { get; set; }
}
