using System.Buffers;
using HtmlAgilityPack;
using NewsFunctions.Extraction.Charset;
using NewsFunctions.Extraction.Content;
using NewsFunctions.Extraction.Metadata;

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

        var doc = Parse(html, options.ContentType);
        var metadata = MetadataReader.Read(doc, url, options);
        var content = ContentExtractor.Extract(doc);
        var text = content.Text;
        return new ExtractedArticle
        {
            Title = metadata.Title,
            TitleSource = metadata.TitleSource,
            Authors = metadata.Authors,
            Published = metadata.Published,
            PublishedSource = metadata.PublishedSource,
            Modified = metadata.Modified,
            ModifiedSource = metadata.ModifiedSource,
            Language = MetadataReader.ResolveLanguage(metadata, text),
            CanonicalUrl = metadata.CanonicalUrl,
            // Pages without og:image or JSON-LD image often still open their story with a photo.
            Image = metadata.Image ?? MetadataReader.ResolveUrl(content.LeadPicture, metadata.CanonicalUrl),
            SiteName = metadata.SiteName,
            Description = metadata.Description,
            Section = metadata.Section,
            Keywords = metadata.Keywords,
            IsPaywalled = !metadata.IsAccessibleForFree,
            Text = text,
        };
    }

    /// <summary>
    /// Decodes and parses a page the one way every reader of pages here does: its own charset, parser repairs,
    /// nesting flattened, no recursion.
    /// </summary>
    /// <exception cref="ExtractionException">The parser failed on the page.</exception>
    internal static HtmlDocument Parse(ReadOnlySpan<byte> html, string? contentType)
    {
        var doc = NewDocument();
        try
        {
            doc.LoadHtml(PrepareForParser(DecodeForParser(html, contentType)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ExtractionException("The page cannot be parsed as HTML.", e);
        }

        return doc;
    }

    /// <summary>The page decoded in its own charset, with what no reader looks into emptied (one string, not two).</summary>
    internal static string DecodeForParser(ReadOnlySpan<byte> html, string? contentType)
    {
        var buffer = CharsetDecoder.DecodeToRented(html, contentType, out var length);
        try
        {
            return new string(buffer, 0, UnreadMarkup.Empty(buffer.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The decoded page as the parser is given it: the parser's traps repaired, nesting beyond the limit flattened.</summary>
    internal static string PrepareForParser(string html) => NestingGuard.Flatten(RepairForParser(html));

    /// <summary>An empty document with the parser options every reader of pages here uses.</summary>
    internal static HtmlDocument NewDocument() => new()
    {
        // No nesting cap: HtmlAgilityPack's check walks up to the root on every append (quadratic on deep pages) and
        // throws; the content walk uses explicit stacks, so depth itself is harmless.
        OptionMaxNestedChildNodes = 0,

        // These only feed features nobody here reads (ParseErrors, GetElementbyId, DeclaredEncoding: the charset is
        // settled before parsing) and cost a dictionary entry per element or id, or a lookup per meta tag. They change
        // no node of the tree.
        OptionCheckSyntax = false,
        OptionUseIdAttribute = false,
        OptionReadEncoding = false,
    };

    /// <summary>
    /// HtmlAgilityPack reads everything after a self-closing <c>&lt;title/&gt;</c> (common in inline SVG icons) as the
    /// title's text, swallowing the rest of the page. Browsers treat it as empty; so do we.
    /// </summary>
    internal static string RepairForParser(string html)
    {
        // Ordinal search: it is vectorised and runs over every page; upper-case SVG tags are vanishingly rare.
        if (html.Contains("<title/>", StringComparison.Ordinal))
        {
            html = html.Replace("<title/>", "<title></title>", StringComparison.Ordinal);
        }

        if (html.Contains("<title />", StringComparison.Ordinal))
        {
            html = html.Replace("<title />", "<title></title>", StringComparison.Ordinal);
        }

        return html;
    }
}
