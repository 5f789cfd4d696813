using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using NewsFunctions.Articles;
using NewsFunctions.Storage;

namespace NewsFunctions.Serving;

/// <summary>
/// A feed page to write: its items plus the links a feed reader needs. <paramref name="Home"/> is what the feed is
/// about, the page a reader links to as its website (RSS <c>&lt;link&gt;</c>, Atom <c>alternate</c>, JSON Feed
/// <c>home_page_url</c>): the category in the API's own JSON, the one representation of it that is not a feed.
/// <paramref name="First"/> is the feed's own URL (its first page) when <paramref name="Self"/> is a later page; null
/// when this is the first page.
/// </summary>
public sealed record FeedDocument(string Category, string Title, Uri Self, Uri Home, Uri? Next, IReadOnlyList<FeedItem> Items, Func<string, Uri> ArticleApiUrl, Uri? First = null);

/// <summary>Writes a feed page as RSS 2.0, Atom 1.0, JSON Feed 1.1 or the API's own JSON. This is where a feed is written.</summary>
public static class FeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static string Write(FeedDocument feed, FeedFormat format) => format switch
    {
        FeedFormat.Rss => Xml(w => WriteRss(w, feed)),
        FeedFormat.Atom => Xml(w => WriteAtom(w, feed)),
        FeedFormat.JsonFeed => JsonSerializer.Serialize(JsonFeed(feed), ArticleJson.Options),
        _ => JsonSerializer.Serialize(new { category = feed.Category, count = feed.Items.Count, items = feed.Items, next = feed.Next?.PathAndQuery }, ArticleJson.Options),
    };

    private static void WriteRss(XmlWriter w, FeedDocument feed)
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "atom", null, AtomNs);
        w.WriteAttributeString("xmlns", "dc", null, DcNs);
        w.WriteStartElement("channel");
        w.WriteElementString("title", Clean(feed.Title));
        // RSS 2.0's channel link is the website the channel is about, not the feed: that is atom:link rel="self".
        w.WriteElementString("link", feed.Home.AbsoluteUri);
        w.WriteElementString("description", Clean(feed.Title));
        if (Language(feed) is { } language)
        {
            w.WriteElementString("language", language);
        }

        AtomLink(w, "self", feed.Self, "application/rss+xml");
        if (feed.First is not null)
        {
            AtomLink(w, "first", feed.First, "application/rss+xml");
        }

        if (feed.Next is not null)
        {
            AtomLink(w, "next", feed.Next, "application/rss+xml");
        }

        if (Newest(feed) is { } newest)
        {
            w.WriteElementString("lastBuildDate", newest.ToString("r", CultureInfo.InvariantCulture));
        }

        foreach (var item in feed.Items)
        {
            w.WriteStartElement("item");
            w.WriteElementString("title", Clean(item.Title ?? item.Url));
            w.WriteElementString("link", item.Url);
            w.WriteStartElement("guid");
            w.WriteAttributeString("isPermaLink", "false");
            w.WriteString("urn:newsfunctions:article:" + item.Id);
            w.WriteEndElement();
            if (item.Summary is { Length: > 0 } summary)
            {
                // Readers render an RSS description as HTML: plain text goes in escaped, or "a<b" loses its tail to a
                // tag that is not there and a literal "&lt;" shows as "<". (Atom and JSON Feed say the summary is text.)
                w.WriteElementString("description", HtmlText(Clean(summary)));
            }

            if (item.Published is { } published)
            {
                // RFC 822 keeps the publisher's offset: "Fri, 07 Jan 2022 16:24:00 +0100".
                w.WriteElementString("pubDate", published.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + published.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal));
            }

            if (item.Category is { } category)
            {
                w.WriteElementString("category", Clean(category));
            }

            foreach (var author in item.Authors)
            {
                w.WriteElementString("creator", DcNs, Clean(author));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteAtom(XmlWriter w, FeedDocument feed)
    {
        w.WriteStartElement("feed", AtomNs);
        var feedLanguage = Language(feed);
        if (feedLanguage is not null)
        {
            w.WriteAttributeString("xml", "lang", null, feedLanguage);
        }

        w.WriteElementString("id", AtomNs, "urn:newsfunctions:feed:" + feed.Category);
        w.WriteElementString("title", AtomNs, Clean(feed.Title));
        w.WriteElementString("updated", AtomNs, Rfc3339(Newest(feed) ?? DateTimeOffset.UnixEpoch));
        AtomLink(w, "self", feed.Self, "application/atom+xml");
        AtomLink(w, "alternate", feed.Home, "application/json");
        if (feed.First is not null)
        {
            AtomLink(w, "first", feed.First, "application/atom+xml");
        }

        if (feed.Next is not null)
        {
            AtomLink(w, "next", feed.Next, "application/atom+xml");
        }

        foreach (var item in feed.Items)
        {
            w.WriteStartElement("entry", AtomNs);
            if (feedLanguage is null && LanguageTag(item.Language) is { } language)
            {
                w.WriteAttributeString("xml", "lang", null, language);
            }

            w.WriteElementString("id", AtomNs, "urn:newsfunctions:article:" + item.Id);
            w.WriteElementString("title", AtomNs, Clean(item.Title ?? item.Url));
            AtomLink(w, "alternate", new Uri(item.Url), "text/html");
            AtomLink(w, "related", feed.ArticleApiUrl(item.Id), "application/json");
            // Atom requires <updated>; an article with no date of its own is as new as its fetch.
            w.WriteElementString("updated", AtomNs, Rfc3339(Updated(item) ?? DateTimeOffset.UnixEpoch));
            if (item.Published is { } published)
            {
                w.WriteElementString("published", AtomNs, Rfc3339(published));
            }

            foreach (var author in item.Authors.DefaultIfEmpty(item.SiteName ?? "unknown"))
            {
                w.WriteStartElement("author", AtomNs);
                w.WriteElementString("name", AtomNs, Clean(author));
                w.WriteEndElement();
            }

            if (item.Category is { } category)
            {
                w.WriteStartElement("category", AtomNs);
                w.WriteAttributeString("term", category);
                w.WriteEndElement();
            }

            if (item.Summary is { Length: > 0 } summary)
            {
                w.WriteElementString("summary", AtomNs, Clean(summary));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    /// <summary>JSON Feed's members are typed (a string, an array): an absent value is left out, never written as null.</summary>
    private static Dictionary<string, object> JsonFeed(FeedDocument feed) => Present(new Dictionary<string, object?>
    {
        ["version"] = "https://jsonfeed.org/version/1.1",
        ["title"] = feed.Title,
        ["home_page_url"] = feed.Home.AbsoluteUri,
        // feed_url identifies the feed, so a later page gives the first page's URL, not its own.
        ["feed_url"] = (feed.First ?? feed.Self).AbsoluteUri,
        ["next_url"] = feed.Next?.AbsoluteUri,
        ["language"] = Language(feed),
        ["items"] = feed.Items.Select(item => Present(new Dictionary<string, object?>
        {
            ["id"] = item.Id,
            ["url"] = item.Url,
            ["title"] = item.Title,
            ["summary"] = item.Summary,
            ["content_text"] = item.Summary ?? "",
            ["image"] = item.Image,
            ["date_published"] = item.Published is { } p ? Rfc3339(p) : null,
            ["date_modified"] = item.Modified is { } m ? Rfc3339(m) : null,
            ["authors"] = item.Authors.Count == 0 ? null : item.Authors.Select(a => new { name = a }).ToList(),
            ["tags"] = item.Category is null ? null : new[] { item.Category },
            ["language"] = item.Language,
        })).ToList(),
    });

    private static Dictionary<string, object> Present(Dictionary<string, object?> members) =>
        members.Where(m => m.Value is not null).ToDictionary(m => m.Key, m => m.Value!);

    private static DateTimeOffset? Updated(FeedItem item) => item.Modified ?? item.Published ?? item.FetchedAt;

    /// <summary>When the page last changed: its most recently updated item, which need not be the first (items go by publication).</summary>
    private static DateTimeOffset? Newest(FeedDocument feed) => feed.Items.Select(Updated).Max();

    /// <summary>The language of the whole page when every item is in the same one; null for a mixed or unknown page.</summary>
    private static string? Language(FeedDocument feed)
    {
        var languages = feed.Items.Select(i => LanguageTag(i.Language)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return languages is [{ } only] ? only : null;
    }

    /// <summary>A BCP 47 tag as stored ("en-US", "es"), or null when it is not shaped like one (it would be invalid in xml:lang).</summary>
    private static string? LanguageTag(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var tag = language.Trim().Replace('_', '-');
        return tag.Split('-').All(p => p.Length is > 0 and <= 8 && p.All(char.IsAsciiLetterOrDigit)) && char.IsAsciiLetter(tag[0]) ? tag : null;
    }

    private static string Rfc3339(DateTimeOffset d) => d.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>Scraped text can hold control characters that XML 1.0 forbids; they carry nothing a reader needs.</summary>
    private static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i++, 2);
            }
        }

        return kept.ToString();
    }

    /// <summary>Plain text as HTML that shows it: only the characters markup reads are escaped, accents and scripts stay as they are.</summary>
    private static string HtmlText(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    private static void AtomLink(XmlWriter w, string rel, Uri href, string type)
    {
        w.WriteStartElement("link", AtomNs);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href.AbsoluteUri);
        w.WriteEndElement();
    }

    private static string Xml(Action<XmlWriter> write)
    {
        var output = new StringBuilder();
        using (var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            write(w);
            w.WriteEndDocument();
        }

        // StringBuilder output is declared utf-16; the body is sent as UTF-8.
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
