using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using NewsFunctions.Extraction.Charset;
using NewsFunctions.Extraction.Metadata.Dates;

namespace NewsFunctions.Discovery;

/// <summary>Reads the article links out of an RSS 2.0, RSS 1.0 (RDF), Atom 1.0, JSON Feed 1.x or (news) sitemap document, and the sitemaps of a sitemap index.</summary>
public static partial class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    /// <summary>The most a gzip-compressed feed may unpack to: the sitemap protocol's 50 MiB.</summary>
    public const int MaxUncompressedBytes = 50 * 1024 * 1024;

    // No DTDs: a feed has no business declaring entities, and expanding them is how XML bombs work.
    private static readonly XmlReaderSettings XmlSettings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    // Feeds name legacy encodings (windows-1252, ISO-8859-15) in their XML declaration; .NET knows them only once the
    // code pages are registered, which must not depend on whether an HTML page was decoded first in this process.
    static FeedParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Parses a feed. Relative links resolve against <paramref name="feedUrl"/>; entries without a usable link are skipped.
    /// A gzip-compressed document (a <c>sitemap.xml.gz</c> served as it is) is unpacked first. The charset of
    /// <paramref name="contentType"/> decodes a document whose bytes are not in the encoding its XML declaration names.
    /// </summary>
    /// <exception cref="InvalidDataException">The document is not a feed this parser knows, or a sitemap index (see <see cref="Read"/>).</exception>
    public static IReadOnlyList<FeedEntry> Parse(ReadOnlyMemory<byte> document, Uri feedUrl, string? contentType = null) =>
        Read(document, feedUrl, contentType) is { IsSitemapIndex: false } feed
            ? feed.Entries
            : throw new InvalidDataException($"{feedUrl}: a sitemap index, which lists sitemaps rather than articles.");

    /// <summary>As <see cref="Parse"/>, but a sitemap index is read too: its sitemaps' absolute http(s) URLs, in its order.</summary>
    /// <param name="document">The feed's bytes as served.</param>
    /// <param name="feedUrl">The feed's URL, which relative links resolve against.</param>
    /// <param name="contentType">The Content-Type the feed was served with.</param>
    /// <param name="notBefore">
    /// A sitemap's entries dated before this are only counted (<see cref="FeedContents.TooOld"/>), never built: a big
    /// sitemap is mostly its archive. Other feeds, small, return every entry.
    /// </param>
    /// <exception cref="InvalidDataException">The document is not a feed this parser knows.</exception>
    public static FeedContents Read(ReadOnlyMemory<byte> document, Uri feedUrl, string? contentType = null, DateTimeOffset notBefore = default)
    {
        return document.Span.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])
            ? ParseUnpacked(Gunzip(document, feedUrl), feedUrl, contentType, notBefore)
            : ParseUnpacked(document, feedUrl, contentType, notBefore);
    }

    private static FeedContents ParseUnpacked(ReadOnlyMemory<byte> document, Uri feedUrl, string? contentType, DateTimeOffset notBefore)
    {
        var start = SkipWhitespaceAndBom(document.Span);
        if (start < document.Length && document.Span[start] == (byte)'{')
        {
            return new FeedContents(ParseJsonFeed(document.Span, feedUrl));
        }

        try
        {
            using var stream = ReadOnlyStream(document);
            using var reader = XmlReader.Create(stream, XmlSettings);
            return ParseXml(reader, feedUrl, notBefore);
        }
        catch (XmlException e)
        {
            // An encoding the declaration names but no one knows, or bytes that are not in it (a "UTF-8" feed written in
            // latin-1): read the text as what the bytes are instead of losing every entry. Anything else fails again.
            return TryParseAsDetectedText(document.Span, feedUrl, contentType, notBefore)
                ?? throw new InvalidDataException($"{feedUrl}: not well-formed XML ({e.Message}).", e);
        }
    }

    /// <summary>
    /// Every kind is read as it streams by: sitemaps entry by entry (<see cref="SitemapReader"/>), RSS, RDF and Atom
    /// feeds item by item, each item loaded on its own for the link and base rules. A channel with its whole archive
    /// (podcast and "full text" feeds run to tens of MB) then costs one item's tree at a time, not the document's.
    /// </summary>
    /// <exception cref="XmlException">The document is not well-formed.</exception>
    private static FeedContents ParseXml(XmlReader reader, Uri feedUrl, DateTimeOffset notBefore)
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            throw new XmlException("Root element is missing.");
        }

        if (reader.LocalName is "urlset" or "sitemapindex")
        {
            return SitemapReader.Read(reader, feedUrl, notBefore);
        }

        var rootBase = DeclaredBase(reader, feedUrl);
        return (reader.LocalName, reader.NamespaceURI) switch
        {
            ("rss", _) => new FeedContents(ParseRss(FirstChannelItems(reader, rootBase), XNamespace.None)),
            ("RDF", _) => new FeedContents(ParseRss(Children(reader, Rss1 + "item", rootBase), Rss1)),
            ("feed", var ns) when ns == Atom.NamespaceName => new FeedContents(ParseAtom(Children(reader, Atom + "entry", rootBase))),
            var (name, _) => throw new InvalidDataException($"{feedUrl}: <{name}> is not an RSS, RDF or Atom feed or a sitemap."),
        };
    }

    /// <summary>The items of an RSS 2.0 document's first channel (the reader on the root), with the base each resolves against.</summary>
    private static IEnumerable<(XElement Item, Uri Base)> FirstChannelItems(XmlReader reader, Uri rootBase)
    {
        if (reader.IsEmptyElement)
        {
            yield break;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.LocalName == "channel" && reader.NamespaceURI.Length == 0)
            {
                foreach (var item in Children(reader, "item", DeclaredBase(reader, rootBase)))
                {
                    yield return item;
                }

                yield break;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }
    }

    /// <summary>
    /// The child elements named <paramref name="name"/> of the element the reader is on, each loaded on its own as it
    /// comes (its own xml:base rules apply within it; <paramref name="parentBase"/> is what its ancestors declared).
    /// </summary>
    private static IEnumerable<(XElement Item, Uri Base)> Children(XmlReader reader, XName name, Uri parentBase)
    {
        if (reader.IsEmptyElement)
        {
            yield break;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1)
            {
                reader.Read();
            }
            else if (reader.LocalName == name.LocalName && reader.NamespaceURI == name.NamespaceName)
            {
                // ReadFrom leaves the reader just past the element.
                yield return ((XElement)XNode.ReadFrom(reader), parentBase);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    /// <summary>The base the element the reader is on declares (xml:base), resolved against its parent's.</summary>
    private static Uri DeclaredBase(XmlReader reader, Uri parentBase) =>
        reader.GetAttribute("base", XNamespace.Xml.NamespaceName) is { } declared && !string.IsNullOrWhiteSpace(declared)
        && Uri.TryCreate(parentBase, declared.Trim(), out var resolved)
            ? resolved
            : parentBase;

    private static List<FeedEntry> ParseRss(IEnumerable<(XElement Item, Uri Base)> items, XNamespace ns)
    {
        var entries = new List<FeedEntry>();
        foreach (var (item, feedUrl) in items)
        {
            var link = item.Element(ns + "link")?.Value.Trim();
            // Some feeds put the article URL only in a permalink guid.
            if (string.IsNullOrEmpty(link) && item.Element("guid") is { } guid && (string?)guid.Attribute("isPermaLink") != "false")
            {
                link = guid.Value.Trim();
            }

            if (Resolve(link, BaseOf(item, feedUrl)) is not { } url)
            {
                continue;
            }

            var date = item.Element("pubDate")?.Value ?? item.Element(Dc + "date")?.Value;
            var categories = item.Elements("category").Concat(item.Elements(Dc + "subject")).Select(c => c.Value.Trim()).Where(c => c.Length > 0).ToList();
            entries.Add(new FeedEntry(url, Text(item.Element(ns + "title")), ParseDate(date), categories));
        }

        return entries;
    }

    private static List<FeedEntry> ParseAtom(IEnumerable<(XElement Entry, Uri Base)> entries)
    {
        var found = new List<FeedEntry>();
        foreach (var (entry, feedUrl) in entries)
        {
            var link = ArticleLink(entry.Elements(Atom + "link").ToList());
            if (link is null || Resolve((string?)link.Attribute("href"), BaseOf(link, feedUrl)) is not { } url)
            {
                continue;
            }

            var date = entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value;
            var categories = entry.Elements(Atom + "category")
                .Select(c => (string?)c.Attribute("label") ?? (string?)c.Attribute("term") ?? "")
                .Where(c => c.Length > 0)
                .ToList();
            found.Add(new FeedEntry(url, Text(entry.Element(Atom + "title")), ParseDate(date), categories));
        }

        return found;
    }

    /// <summary>Links that are never the article itself: its media, the entry's own feed document, editing and paging links.</summary>
    private static readonly HashSet<string> NotArticleRels = new(StringComparer.OrdinalIgnoreCase)
    {
        "enclosure", "self", "edit", "edit-media", "replies", "license", "hub", "first", "last", "next", "previous", "prev",
    };

    /// <summary>
    /// The entry's link to its article: the alternate one (a link without rel is one), an HTML one first when there are
    /// several; without any, the first link that is not one of <see cref="NotArticleRels"/>, so a podcast's audio file or
    /// an API's self link is not queued as a page.
    /// </summary>
    private static XElement? ArticleLink(List<XElement> links)
    {
        var alternates = links.Where(l => (string?)l.Attribute("rel") is null or "alternate").ToList();
        return alternates.FirstOrDefault(l => (string?)l.Attribute("type") is null or "text/html" or "application/xhtml+xml")
            ?? alternates.FirstOrDefault()
            ?? links.FirstOrDefault(l => !NotArticleRels.Contains(((string?)l.Attribute("rel"))?.Trim() ?? ""));
    }

    /// <summary>
    /// The URL relative links of <paramref name="element"/> resolve against: <paramref name="feedUrl"/> (the feed's, as its
    /// item's ancestors changed it), changed by every xml:base on the way down to the element within its item (Atom
    /// requires it, and feeds served from one host for another's pages rely on it).
    /// </summary>
    private static Uri BaseOf(XElement element, Uri feedUrl)
    {
        var current = feedUrl;
        foreach (var declared in element.AncestorsAndSelf().Reverse().Select(e => (string?)e.Attribute(XNamespace.Xml + "base")))
        {
            if (!string.IsNullOrWhiteSpace(declared) && Uri.TryCreate(current, declared.Trim(), out var next))
            {
                current = next;
            }
        }

        return current;
    }

    private static List<FeedEntry> ParseJsonFeed(ReadOnlySpan<byte> document, Uri feedUrl)
    {
        JsonDocument json;
        try
        {
            var reader = new Utf8JsonReader(document[SkipWhitespaceAndBom(document)..]);
            json = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{feedUrl}: not valid JSON ({e.Message}).", e);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{feedUrl}: a JSON Feed needs an 'items' array.");
            }

            var entries = new List<FeedEntry>();
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var link = String(item, "url") ?? String(item, "external_url");
                if (Resolve(link, feedUrl) is not { } url)
                {
                    continue;
                }

                var tags = item.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Array
                    ? t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                    : [];
                entries.Add(new FeedEntry(url, String(item, "title"), ParseDate(String(item, "date_published")), tags));
            }

            return entries;
        }
    }

    /// <summary>
    /// The bytes as a stream, over the caller's array when they are one: a sitemap may be 50 MiB, and copying it for
    /// the XML reader doubled what one read held.
    /// </summary>
    private static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    /// <summary>The most deflate unpacks one byte to (a run of one byte, stored as repeated longest matches).</summary>
    private const long MaxDeflateRatio = 1032;

    private static ReadOnlyMemory<byte> Gunzip(ReadOnlyMemory<byte> document, Uri feedUrl)
    {
        using var gzip = new GZipStream(ReadOnlyStream(document), CompressionMode.Decompress);
        // Room for the size the gzip trailer gives (the last member's, mod 4 GiB) at once, instead of doubling up to
        // it: for a 30 MiB sitemap that held 48 MiB at the last copy. No more than deflate can unpack the bytes to,
        // nor than the cap, so a trailer that lies costs no more than a real bomb would.
        var declared = document.Length >= 18 ? BinaryPrimitives.ReadUInt32LittleEndian(document.Span[^4..]) : 0;
        using var unpacked = new MemoryStream((int)Math.Min(declared, Math.Min(MaxUncompressedBytes, document.Length * MaxDeflateRatio)));
        var chunk = new byte[81920];
        while (true)
        {
            int read;
            try
            {
                read = gzip.Read(chunk);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"{feedUrl}: looks gzip-compressed but does not unpack ({e.Message}).", e);
            }

            if (read == 0)
            {
                return unpacked.GetBuffer().AsMemory(0, (int)unpacked.Length);
            }

            if (unpacked.Length + read > MaxUncompressedBytes)
            {
                throw new InvalidDataException($"{feedUrl}: the gzip-compressed feed unpacks to more than {MaxUncompressedBytes} bytes.");
            }

            unpacked.Write(chunk, 0, read);
        }
    }

    /// <summary>
    /// The document read from text decoded by its BOM, else as UTF-8 when it is valid UTF-8, else in the charset it was
    /// served with, else as windows-1252; null when that fails too.
    /// </summary>
    private static FeedContents? TryParseAsDetectedText(ReadOnlySpan<byte> document, Uri feedUrl, string? contentType, DateTimeOffset notBefore)
    {
        string text;
        if (document.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = Encoding.UTF8.GetString(document[3..]);
        }
        else if (document.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || document.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }
        else
        {
            text = System.Text.Unicode.Utf8.IsValid(document) ? Encoding.UTF8.GetString(document) : (CharsetDecoder.EncodingFromLabel(CharsetDecoder.CharsetFromContentType(contentType)) ?? Encoding.GetEncoding(1252)).GetString(document);
        }

        try
        {
            // Read from text, the declaration's encoding is not looked at.
            using var reader = XmlReader.Create(new StringReader(text), XmlSettings);
            return ParseXml(reader, feedUrl, notBefore);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Text(XElement? element) => element?.Value.Trim() is { Length: > 0 } s ? s : null;

    internal static Uri? Resolve(string? link, Uri feedUrl) =>
        !string.IsNullOrWhiteSpace(link) && Uri.TryCreate(feedUrl, link.Trim(), out var url) && url.Scheme is "http" or "https" ? url : null;

    private static int SkipWhitespaceAndBom(ReadOnlySpan<byte> document)
    {
        var i = document.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (i < document.Length && document[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yy HH:mm:ss zzz",
    ];

    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["BST"] = "+01:00",
        // Named by feeds outside the Americas and western Europe; IST (India, Ireland, Israel) names three, so no date.
        ["MEZ"] = "+01:00", ["MESZ"] = "+02:00", ["WET"] = "+00:00", ["WEST"] = "+01:00", ["EET"] = "+02:00", ["EEST"] = "+03:00",
        ["MSK"] = "+03:00", ["HKT"] = "+08:00", ["SGT"] = "+08:00", ["AWST"] = "+08:00", ["JST"] = "+09:00", ["KST"] = "+09:00",
        ["ACST"] = "+09:30", ["ACDT"] = "+10:30", ["AEST"] = "+10:00", ["AEDT"] = "+11:00", ["NZST"] = "+12:00", ["NZDT"] = "+13:00",
        ["HST"] = "-10:00", ["AKST"] = "-09:00", ["AKDT"] = "-08:00",
    };

    /// <summary>Feed dates: RFC 822 (RSS), RFC 3339 (Atom, JSON Feed), with the named zones feeds really use.</summary>
    internal static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (NumericDate().Match(value) is { Success: true } numeric)
        {
            // "03/12/2026" outside the standards: which number is the day is the writer's custom, and the invariant
            // parse reads it month first. Read as 12 March, a story of 3 December would fall to the discovery's age
            // limit; undated, it is queued. Dots are day first; a number over 12 says which one is the day.
            var (a, b) = (int.Parse(numeric.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(numeric.Groups["b"].Value, CultureInfo.InvariantCulture));
            var dayFirst = numeric.Groups["sep"].Value == "." || a > 12;
            if (!dayFirst && b <= 12)
            {
                return null;
            }

            var (day, month) = dayFirst ? (a, b) : (b, a);
            var year = numeric.Groups["y"].Value is { Length: 2 } yy ? "20" + yy : numeric.Groups["y"].Value;
            value = FormattableString.Invariant($"{year}-{month:00}-{day:00}{numeric.Groups["rest"].Value}");
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) && !value.Contains(' ', StringComparison.Ordinal))
        {
            return iso;
        }

        // The weekday is redundant, and feeds get it wrong often enough that trusting it would lose real dates.
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        // French abbreviates it with a dot ("mar., 14 oct. 2025").
        if (comma is > 0 and <= 10 && value[..comma].TrimEnd('.') is { Length: > 0 } weekday && weekday.All(char.IsLetter))
        {
            value = value[(comma + 1)..].Trim();
        }

        // Localized RSS writers (WordPress and others set to German, French, Spanish, ...) put the site's month names
        // in pubDate: unread, every such entry was undated and so escaped the discovery's age limit.
        if (ForeignMonth().Match(value) is { Success: true } named && MonthNames.Parse(named.Groups["m"].Value) is > 0 and var number
            && CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[number - 1] is var english
            && !named.Groups["m"].Value.Equals(english, StringComparison.OrdinalIgnoreCase))
        {
            value = value[..named.Groups["m"].Index] + english + value[(named.Groups["m"].Index + named.Groups["m"].Length + named.Groups["dot"].Length)..];
        }

        var space = value.LastIndexOf(' ');
        if (space > 0 && ZoneOffsets.TryGetValue(value[(space + 1)..], out var offset))
        {
            value = value[..space] + " " + offset;
        }
        else if (space > 0 && ZoneWithOffset().Match(value, space + 1) is { Success: true } zone)
        {
            // "+0100" as the RFC writes it, and "GMT+1", "UTC+01:00", "GMT+0530" as people do. GMT+1 is one hour east, as it
            // is read, not the inverted sign of the tz database's "Etc/GMT+1". An impossible offset leaves no date.
            var (hours, minutes) = (int.Parse(zone.Groups["h"].Value, CultureInfo.InvariantCulture), zone.Groups["m"].Success ? int.Parse(zone.Groups["m"].Value, CultureInfo.InvariantCulture) : 0);
            if (hours > 14 || minutes > 59)
            {
                return null;
            }

            value = value[..space] + FormattableString.Invariant($" {zone.Groups["sign"].Value}{hours:00}:{minutes:00}");
        }

        return DateTimeOffset.TryParseExact(value, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var rfc)
            ? rfc
            : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) ? any : null;
    }

    [GeneratedRegex(@"^\d{1,2}\s+(?<m>\p{L}+)(?<dot>\.?)\s+\d{2,4}(?:\s|$)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ForeignMonth();

    [GeneratedRegex(@"\G(?:GMT|UTC|UT)?(?<sign>[+-])(?:(?<h>\d{2})(?<m>\d{2})|(?<h>\d{1,2})(?::(?<m>\d{2}))?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ZoneWithOffset();

    [GeneratedRegex(@"^(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?<rest>(?:[ T].*)?)$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NumericDate();
}
