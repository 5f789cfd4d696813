using System.Text.Json.Serialization;
using NewsFunctions.Extraction;

namespace NewsFunctions.Articles;

/// <summary>
/// An article as NewsFunctions archives and serves it. Its JSON form (camelCase) is the public contract
/// shared by the archive blobs, the HTTP API and the <c>newsfn</c> CLI.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    public string? Image { get; init; }
    public string? Description { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public bool IsPaywalled { get; init; }
    public string? Category { get; init; }
    public string? Summary { get; init; }
    public string Text { get; init; } = "";

    /// <summary>Where each traced value came from (<c>title</c>, <c>published</c>, <c>modified</c>).</summary>
    public IReadOnlyDictionary<string, string>? Sources { get; init; }

    public string? SourceId { get; init; }
    public DateTimeOffset? FetchedAt { get; init; }

    /// <summary>Set on a batch extraction's output when the page could not be read; the other fields are then empty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    /// <summary>The article read from a page, before enrichment adds its category and summary.</summary>
    public static Article FromExtraction(string id, Uri url, ExtractedArticle extracted) => new()
    {
        Id = id,
        Url = (extracted.CanonicalUrl ?? url).AbsoluteUri,
        Title = extracted.Title,
        Authors = extracted.Authors,
        Published = extracted.Published,
        Modified = extracted.Modified,
        Language = extracted.Language,
        SiteName = extracted.SiteName,
        Image = extracted.Image?.AbsoluteUri,
        Description = extracted.Description,
        Section = extracted.Section,
        Keywords = extracted.Keywords,
        IsPaywalled = extracted.IsPaywalled,
        Text = extracted.Text,
        Sources = new Dictionary<string, string>
        {
            ["title"] = Trace(extracted.TitleSource),
            ["published"] = Trace(extracted.PublishedSource),
            ["modified"] = Trace(extracted.ModifiedSource),
        },
    };

    private static string Trace(ValueSource source) => source switch
    {
        ValueSource.JsonLd => "json-ld",
        ValueSource.Meta => "meta",
        ValueSource.TimeElement => "time-element",
        ValueSource.Text => "text",
        ValueSource.Url => "url",
        ValueSource.Heading => "heading",
        ValueSource.TitleElement => "title-element",
        _ => "none",
    };
}
