using System.Text;

namespace NewsFunctions.Extraction.Content;

/// <summary>
/// Keeps absurdly deep pages from stalling the parser. HtmlAgilityPack's work per tag grows with the depth of the
/// open-element chain, so a page of 100,000 nested divs takes minutes. One linear scan tracks the nesting depth
/// of start and end tags; only when it passes the limit is the page rewritten without the tags beyond it (their
/// text stays).
/// </summary>
internal static class NestingGuard
{
    public const int DefaultMaxDepth = 2_000;

    /// <summary>Pages with fewer '&lt;' than this parse quickly whatever their depth (measured: 5,000 nested tags, 0.4 s).</summary>
    private const int ScanAboveTags = 8_000;

    public static string Flatten(string html, int maxDepth = DefaultMaxDepth)
    {
        // Cheap bound first. The parser's cost is about depth x tags, so a page with few tags cannot stall it
        // even if all of them nest; only pages with many tags are scanned for their real depth.
        var span = html.AsSpan();
        if (span.Count('<') <= Math.Max(maxDepth, ScanAboveTags) || MaxDepth(span, maxDepth) <= maxDepth)
        {
            return html;
        }

        var sb = new StringBuilder(html.Length);
        var depth = 0;
        var pos = 0;
        while (pos < span.Length)
        {
            var lt = span[pos..].IndexOf('<');
            if (lt < 0)
            {
                sb.Append(span[pos..]);
                break;
            }

            var start = pos + lt;
            sb.Append(span[pos..start]);
            var (kind, end) = ReadTag(span, start);
            var keep = kind switch
            {
                TagKind.Open => ++depth <= maxDepth,
                TagKind.Close => depth-- <= maxDepth,
                _ => true,
            };
            if (depth < 0)
            {
                depth = 0;
            }

            if (keep)
            {
                sb.Append(span[start..end]);
            }

            pos = end;
        }

        return sb.ToString();
    }

    private static int MaxDepth(ReadOnlySpan<char> span, int limit)
    {
        var depth = 0;
        var pos = 0;
        while (pos < span.Length)
        {
            var lt = span[pos..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            var (kind, end) = ReadTag(span, pos + lt);
            if (kind == TagKind.Open && ++depth > limit)
            {
                return depth;
            }

            if (kind == TagKind.Close && depth > 0)
            {
                depth--;
            }

            pos = end;
        }

        return depth;
    }

    private enum TagKind
    {
        Other,
        Open,
        Close,
    }

    /// <summary>Classifies the markup at <paramref name="start"/> (a '&lt;') and returns where it ends.</summary>
    private static (TagKind Kind, int End) ReadTag(ReadOnlySpan<char> span, int start)
    {
        var i = start + 1;
        if (i >= span.Length)
        {
            return (TagKind.Other, span.Length);
        }

        if (span[i..].StartsWith("!--"))
        {
            var close = span[(i + 3)..].IndexOf("-->");
            return (TagKind.Other, close < 0 ? span.Length : i + 3 + close + 3);
        }

        var closing = span[i] == '/';
        if (closing)
        {
            i++;
        }

        if (i >= span.Length || !char.IsAsciiLetter(span[i]))
        {
            return (TagKind.Other, Math.Min(start + 1, span.Length));
        }

        var nameStart = i;
        while (i < span.Length && (char.IsAsciiLetterOrDigit(span[i]) || span[i] is '-' or ':'))
        {
            i++;
        }

        var name = span[nameStart..i];
        var gt = span[i..].IndexOf('>');
        var end = gt < 0 ? span.Length : i + gt + 1;
        if (closing)
        {
            return (IsCounted(name) ? TagKind.Close : TagKind.Other, end);
        }

        if (IsRawText(name))
        {
            // Skip the script or style body: its '<' characters are not tags.
            var closeTag = UnreadMarkup.RawTextClose(span, end, name);
            return (TagKind.Other, closeTag < 0 ? span.Length : closeTag);
        }

        var selfClosing = end >= 2 && span[end - 2] == '/';
        return (!selfClosing && IsCounted(name) ? TagKind.Open : TagKind.Other, end);
    }

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase);

    /// <summary>Void elements and elements that pages habitually leave open do not count towards depth.</summary>
    private static bool IsCounted(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[Math.Min(name.Length, 16)];
        if (name.Length > 16)
        {
            return true;
        }

        name.ToLowerInvariant(lower);
        return lower switch
        {
            "br" or "img" or "meta" or "link" or "input" or "hr" or "source" or "wbr" or "area" or "base" or "col"
                or "embed" or "param" or "track" or "keygen" or "p" or "li" or "dt" or "dd" or "option" or "tr" or "td"
                or "th" or "html" or "head" or "body" or "tbody" or "thead" or "colgroup" => false,
            _ => true,
        };
    }
}
