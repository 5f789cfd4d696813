using System.Text;
using System.Xml;

namespace NewsFunctions.Discovery;

/// <summary>
/// Reads a sitemap (<c>&lt;urlset&gt;</c>) or sitemap index straight off the XML reader, one <c>&lt;url&gt;</c> at a
/// time. A sitemap may be 50 MiB; its DOM held about 3.5 times the document, and the host runs several discoveries at
/// once, so what a read holds is the entries it keeps (docs/FEED-PARSING.md). It reads what an <c>XElement</c> walk would: the first of each child
/// element, its whole text.
/// </summary>
internal static class SitemapReader
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string GoogleNewsNs = "http://www.google.com/schemas/sitemap-news/0.9";
    private static readonly (string, string)[] NewsFields = [(GoogleNewsNs, "publication_date"), (GoogleNewsNs, "keywords"), (GoogleNewsNs, "title")];

    /// <summary>
    /// Reads the document whose root element (<c>urlset</c> or <c>sitemapindex</c>) the reader is on, to its end.
    /// Entries dated before <paramref name="notBefore"/> are counted, not kept.
    /// </summary>
    /// <exception cref="XmlException">The document is not well-formed, anywhere up to its end.</exception>
    public static FeedContents Read(XmlReader reader, Uri feedUrl, DateTimeOffset notBefore)
    {
        var isIndex = reader.LocalName == "sitemapindex";
        // A root in no namespace has its children in none; in any other, they are looked for in the sitemaps' one.
        var ns = reader.NamespaceURI.Length == 0 ? "" : SitemapNs;
        var entries = new List<FeedEntry>();
        var sitemaps = new List<SitemapLink>();
        var tooOld = 0;
        // loc and lastmod, then those of <news:news>: publication_date, keywords, title.
        var fields = new string?[5];
        (string, string)[] urlFields = [(ns, "loc"), (ns, "lastmod")];
        Action<XmlReader> readNews = news => ReadFirstChildren(news, NewsFields, fields.AsSpan(2));
        ForEachChild(reader, (ns, isIndex ? "sitemap" : "url"), child =>
        {
            Array.Clear(fields);
            ReadFirstChildren(child, urlFields, fields.AsSpan(0, 2), (GoogleNewsNs, "news"), readNews);
            if (isIndex)
            {
                if (FeedParser.Resolve(fields[0], feedUrl) is { } sitemap)
                {
                    sitemaps.Add(new SitemapLink(sitemap, FeedParser.ParseDate(fields[1])));
                }

                return;
            }

            var published = FeedParser.ParseDate(fields[2] ?? fields[1]);
            if (published < notBefore)
            {
                tooOld++;
                return;
            }

            if (FeedParser.Resolve(fields[0], feedUrl) is not { } location)
            {
                return;
            }

            var keywords = fields[3]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            entries.Add(new FeedEntry(location, fields[4]?.Trim() is { Length: > 0 } title ? title : null, published, keywords));
        });

        // The rest (comments, processing instructions) must be well-formed too, as a DOM load would require.
        while (reader.Read())
        {
        }

        return isIndex ? new FeedContents([], sitemaps) : new FeedContents(entries) { TooOld = tooOld };
    }

    /// <summary>Hands each child element named <paramref name="name"/> of the element the reader is on to <paramref name="read"/>, which reads it whole; the reader ends past the element.</summary>
    private static void ForEachChild(XmlReader reader, (string Ns, string Local) name, Action<XmlReader> read)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (Is(reader, name))
            {
                read(reader);
            }
            else
            {
                reader.Skip();
            }
        }

        reader.Read();
    }

    /// <summary>
    /// Reads the element the reader is on to its end, putting the text of the first child element of each of
    /// <paramref name="names"/> in <paramref name="values"/> (null when there is none), and handing the first child
    /// named <paramref name="nestedName"/>, an element with children of its own, to <paramref name="nested"/>.
    /// </summary>
    private static void ReadFirstChildren(
        XmlReader reader, ReadOnlySpan<(string Ns, string Local)> names, Span<string?> values, (string Ns, string Local) nestedName = default, Action<XmlReader>? nested = null)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var nestedDone = false;
        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (IndexOf(names, reader) is var slot and >= 0 && values[slot] is null)
            {
                values[slot] = Text(reader);
            }
            else if (nested is not null && !nestedDone && Is(reader, nestedName))
            {
                nestedDone = true;
                nested(reader);
            }
            else
            {
                reader.Skip();
            }
        }

        reader.Read();
    }

    private static int IndexOf(ReadOnlySpan<(string Ns, string Local)> names, XmlReader reader)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (Is(reader, names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Is(XmlReader reader, (string Ns, string Local) name) => reader.LocalName == name.Local && reader.NamespaceURI == name.Ns;

    /// <summary>The element's text, all of it down its descendants (as <c>XElement.Value</c>); the reader ends past the element.</summary>
    private static string Text(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        string? first = null;
        StringBuilder? more = null;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (first is null)
                {
                    first = reader.Value;
                }
                else
                {
                    (more ??= new StringBuilder(first)).Append(reader.Value);
                }
            }

            reader.Read();
        }

        reader.Read();
        return more?.ToString() ?? first ?? "";
    }
}
