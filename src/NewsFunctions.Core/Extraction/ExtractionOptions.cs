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

    /// <summary>
    /// The source's time zone, when known: a date the page writes without a zone and without its offset stated
    /// elsewhere on the page is read on this zone's clock (its offset for that local date-time). Without it such a
    /// date is read as UTC.
    /// </summary>
    public TimeZoneInfo? TimeZone { get; set; }

    /// <summary>
    /// The source's language (BCP 47), when known: used only where the page declares none, to read numeric dates
    /// ("10/05/2022") in the order that language writes them. The language reported is still the page's own or the
    /// one its text is detected as.
    /// </summary>
    public string? LanguageHint { get; set; }
}
