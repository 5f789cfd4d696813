using System.Globalization;
using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace NewsFunctions.Extraction;

/// <summary>
/// Reads an article out of a raw HTML page. Thread-safe and stateless: one instance serves the whole app.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Extracts the article from the page's raw bytes.</summary>
    /// <exception cref="ExtractionException">The page is empty or cannot be read as HTML.</exception>
    public ExtractedArticle Extract(ReadOnlySpan<byte> html, Uri? url, ExtractionOptions? options = null)
    {
        options ??= new ExtractionOptions();
        if (html.IsEmpty)
        {
            throw new ExtractionException("The page is empty.");
        }

        if (html.Length > options.MaxHtmlBytes)
        {
            html = html[..options.MaxHtmlBytes];
        }

        var text = Encoding.UTF8.GetString(html);
        var doc = new HtmlDocument { OptionMaxNestedChildNodes = 512 };
        doc.LoadHtml(text);
        return Extract(doc, url, options);
    }

    private static ExtractedArticle Extract(HtmlDocument doc, Uri? url, ExtractionOptions options)
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
            title = Clean(h1.InnerText);
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

        var body = root.SelectSingleNode("//article") ?? root.SelectSingleNode("//body") ?? root;
        var paragraphs = body.SelectNodes(".//p")?.Select(n => Clean(n.InnerText)).Where(s => s.Length > 0) ?? [];

        return new ExtractedArticle
        {
            Title = title,
            TitleSource = titleSource,
            Published = published,
            PublishedSource = publishedSource,
            Language = root.SelectSingleNode("//html")?.GetAttributeValue("lang", null),
            CanonicalUrl = Uri.TryCreate(root.SelectSingleNode("//link[@rel='canonical']")?.GetAttributeValue("href", null), UriKind.Absolute, out var c) ? c : url,
            Description = Meta("og:description") ?? Meta("description"),
            SiteName = Meta("og:site_name"),
            Text = string.Join("\n\n", paragraphs),
        };
    }

    private static string Clean(string s) => string.Join(' ', WebUtility.HtmlDecode(s).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
