using System.Net;
using HtmlAgilityPack;
using NewsFunctions.Articles;
using NewsFunctions.Extraction;

namespace NewsFunctions.Discovery;

/// <summary>
/// Finds the article links on an HTML section or home page, for sites without a usable feed. A link counts when it
/// stays on the site, sits outside the page's navigation and furniture, reads like a headline and points at a
/// path shaped like an article (a long slug, a date or a numeric id), not at a tag, author or section page.
/// </summary>
public static class SectionPageParser
{
    private static readonly string[] FurnitureTokens =
    [
        "nav", "menu", "header", "footer", "breadcrumb", "social", "share", "tag", "author", "byline", "pagination", "pager", "cookie", "newsletter", "subscribe", "login", "skip",
    ];

    private static readonly HashSet<string> NonArticleSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "tag", "tags", "topic", "topics", "tema", "temas", "theme", "author", "authors", "autor", "autores", "auteur", "category", "categories", "categoria",
        "section", "search", "buscar", "page", "login", "account", "subscribe", "newsletter", "feeds", "feed", "rss", "video", "videos", "gallery",
    };

    private static readonly HashSet<string> PageExtensions = new(StringComparer.OrdinalIgnoreCase) { "", ".html", ".htm", ".shtml", ".php", ".asp", ".aspx", ".ece", ".cms" };

    /// <summary>The article links of a section page, in page order, each once.</summary>
    public static IReadOnlyList<FeedEntry> Parse(ReadOnlySpan<byte> html, Uri pageUrl, string? contentType = null)
    {
        HtmlDocument doc;
        try
        {
            doc = ArticleExtractor.Parse(html, contentType);
        }
        catch (ExtractionException e)
        {
            throw new InvalidDataException($"{pageUrl}: {e.Message}", e);
        }

        // Relative links resolve against the page's <base href> when it has one, as a browser resolves them.
        var baseUrl = doc.DocumentNode.Descendants("base").Select(b => b.GetAttributeValue("href", "")).FirstOrDefault(h => h.Length > 0) is { } declared
            && Uri.TryCreate(pageUrl, WebUtility.HtmlDecode(declared).Trim(), out var declaredUrl) && declaredUrl.Scheme is "http" or "https"
            ? declaredUrl
            : pageUrl;
        var links = new Dictionary<string, (Uri Url, string Text, int Order)>(StringComparer.Ordinal);
        var order = 0;
        foreach (var anchor in doc.DocumentNode.Descendants("a"))
        {
            var href = anchor.GetAttributeValue("href", "");
            if (href.Length == 0 || href.StartsWith('#') || !Uri.TryCreate(baseUrl, WebUtility.HtmlDecode(href), out var url)
                || url.Scheme is not ("http" or "https") || !ArticleId.IsSameSite(url, pageUrl) || !LooksLikeArticle(url) || InFurniture(anchor))
            {
                continue;
            }

            var key = ArticleId.Normalize(url).AbsoluteUri;
            if (key == ArticleId.Normalize(pageUrl).AbsoluteUri)
            {
                continue;
            }

            // Image links and headline links often point at the same story: keep the one that reads like a headline.
            var text = Headline(anchor);
            if (!links.TryGetValue(key, out var seen) || WordCount(text) > WordCount(seen.Text))
            {
                links[key] = (url, text, seen.Url is null ? order++ : seen.Order);
            }
        }

        return links.Values
            .Where(l => WordCount(l.Text) >= 4)
            .OrderBy(l => l.Order)
            .Select(l => new FeedEntry(l.Url, l.Text, null, []))
            .ToList();
    }

    internal static bool LooksLikeArticle(Uri url)
    {
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(NonArticleSegments.Contains))
        {
            return false;
        }

        var last = segments[^1];
        var extension = Path.GetExtension(last);
        if (!PageExtensions.Contains(extension))
        {
            return false;
        }

        var slug = last[..^extension.Length];
        var words = slug.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        var hasDate = segments.Count(s => s.Length is 2 or 4 && s.All(char.IsAsciiDigit)) >= 2;
        var hasId = words.Any(w => w.Length >= 5 && w.All(char.IsAsciiDigit));
        return words.Length >= 3 || hasDate || hasId;
    }

    private static bool InFurniture(HtmlNode anchor)
    {
        for (var node = anchor.ParentNode; node is not null && node.NodeType == HtmlNodeType.Element; node = node.ParentNode)
        {
            if (node.Name is "nav" or "header" or "footer" or "aside" || node.GetAttributeValue("role", "") is "navigation" or "banner" or "contentinfo")
            {
                return true;
            }

            var marks = (node.GetAttributeValue("class", "") + " " + node.GetAttributeValue("id", "")).ToLowerInvariant();
            if (marks.Length > 1 && marks.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(t => FurnitureTokens.Contains(t)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Headline(HtmlNode anchor)
    {
        var text = WebUtility.HtmlDecode(anchor.InnerText);
        if (WordCount(text) < 4)
        {
            text = anchor.GetAttributeValue("title", null) ?? anchor.GetAttributeValue("aria-label", null) ?? text;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static int WordCount(string? text) => text?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
}
