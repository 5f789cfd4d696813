using System.Buffers;

namespace NewsFunctions.Extraction.Content;

/// <summary>
/// Empties, before the parser sees them, the parts of a page that no reader here looks into: script bodies other than
/// JSON-LD, style sheets, inline SVG drawings, comments, and navigation blocks (<c>&lt;nav&gt;</c>) that hold no
/// heading. On news pages these are well over half the characters and a sixth of the tags, and the parser's time goes
/// with them. The elements themselves stay (as empty <c>&lt;script&gt;&lt;/script&gt;</c>, <c>&lt;nav&gt;&lt;/nav&gt;</c>,
/// <c>&lt;!----&gt;</c>), so the tree keeps every node around them and every text around them stays split the same way.
/// </summary>
/// <remarks>
/// A navigation block's menus and link lists are never article text (the body walk prunes <c>nav</c>) and its texts
/// are page chrome to the metadata reader, which turns down the dates and names it finds there. Blocks with an
/// <c>h1</c> or <c>h2</c> are kept (some sites put the page's logo heading there, and the title rules count headings),
/// and so are blocks holding raw text or comments, where a quoted "&lt;/nav&gt;" would fool the search for the close tag.
/// </remarks>
internal static class UnreadMarkup
{
    private static readonly SearchValues<string> Starts =
        SearchValues.Create(["<script", "<style", "<svg", "<title", "<textarea", "<!--", "<nav"], StringComparison.OrdinalIgnoreCase);

    /// <summary>What keeps a navigation block whole: a heading, or markup inside which a "&lt;/nav&gt;" would not be a tag.</summary>
    private static readonly SearchValues<string> NavKeepers =
        SearchValues.Create(["<h1", "<h2", "<script", "<style", "<textarea", "<title", "<!--", "<xmp", "<plaintext"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Bodies shorter than this are left alone: moving the rest of the page costs more than the parser saves.</summary>
    private const int MinSaving = 256;

    /// <summary>Empties the unread parts of <paramref name="html"/> in place and returns its new length.</summary>
    public static int Empty(Span<char> html)
    {
        var length = 0;
        var copied = 0;
        var pos = 0;
        while (pos < html.Length)
        {
            var at = html[pos..].IndexOfAny(Starts);
            if (at < 0)
            {
                break;
            }

            var start = pos + at;

            // Inside the tag that the nearest '<' before it opens, the match is in an attribute's value
            // (title='<script>'), not markup. Everything from the last cut on is still the page as it came.
            var lt = html[copied..start].LastIndexOf('<');
            if (lt >= 0 && OpenTagEnd(html, copied + lt + 1) is var tagEnd && (tagEnd < 0 || tagEnd > start))
            {
                pos = start + 1;
                continue;
            }

            var (keepEnd, bodyEnd) = Element(html, start);
            if (bodyEnd - keepEnd < MinSaving)
            {
                // Too small to be worth it, or not an element at all (a name like <svgfoo>, a tag that never ends).
                pos = Math.Max(bodyEnd, start + 1);
                continue;
            }

            // Moving left within one buffer: Span.CopyTo handles the overlap.
            html[copied..keepEnd].CopyTo(html[length..]);
            length += keepEnd - copied;
            copied = bodyEnd;
            pos = bodyEnd;
        }

        html[copied..].CopyTo(html[length..]);
        return length + html.Length - copied;
    }

    /// <summary>
    /// For the markup at <paramref name="start"/>: where the part to keep ends (the open tag, or <c>&lt;!--</c>) and
    /// where the part to drop ends (just before the close tag, or before <c>--&gt;</c>). Equal when nothing is dropped.
    /// </summary>
    private static (int KeepEnd, int BodyEnd) Element(ReadOnlySpan<char> span, int start)
    {
        if (span[start + 1] == '!')
        {
            // "<!-->" and "<!--->" end where they start; they are left to the parser.
            if (span[(start + 4)..].StartsWith(">") || span[(start + 4)..].StartsWith("->"))
            {
                return (start, start);
            }

            var close = span[(start + 4)..].IndexOf("-->", StringComparison.Ordinal);
            return close < 0 ? (start, start) : (start + 4, start + 4 + close);
        }

        var name = NameAt(span, start + 1);
        var afterName = start + 1 + name.Length;
        if (name.IsEmpty || afterName >= span.Length || !(char.IsWhiteSpace(span[afterName]) || span[afterName] is '>' or '/'))
        {
            return (start, start);
        }

        var tagEnd = OpenTagEnd(span, afterName);
        if (tagEnd < 0 || span[tagEnd - 2] == '/')
        {
            return (start, start);
        }

        // A title or a text area is raw text to the parser too ("How <script> tags work"), and JSON-LD is read:
        // each is stepped over whole, so that nothing in it is taken for markup.
        if (name[0] is 't' or 'T' || (name.Length == 6 && span[afterName..tagEnd].Contains("ld+json", StringComparison.OrdinalIgnoreCase)))
        {
            var end = RawTextClose(span, tagEnd, name);
            return end < 0 ? (tagEnd, tagEnd) : (end, end);
        }

        if (name[0] is 'n' or 'N')
        {
            var navEnd = NestedClose(span, tagEnd, "nav");
            return navEnd < 0 || span[tagEnd..navEnd].ContainsAny(NavKeepers) ? (tagEnd, tagEnd) : (tagEnd, navEnd);
        }

        var svg = name.Length == 3;
        var closeAt = svg ? NestedClose(span, tagEnd, "svg") : RawTextClose(span, tagEnd, name);

        // A script inside a drawing is raw text to the parser, so an "</svg>" in its code would not end the drawing
        // there; such rare drawings are left whole rather than cut where the parser would not cut them.
        if (svg && closeAt >= 0 && span[tagEnd..closeAt].Contains("<script", StringComparison.OrdinalIgnoreCase))
        {
            return (tagEnd, tagEnd);
        }

        return closeAt < 0 ? (tagEnd, tagEnd) : (tagEnd, closeAt);
    }

    /// <summary>Which of the element names searched for starts at <paramref name="i"/> (just past the '&lt;'); empty if none.</summary>
    private static ReadOnlySpan<char> NameAt(ReadOnlySpan<char> span, int i)
    {
        foreach (var name in Names)
        {
            if (span[i..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return span.Slice(i, name.Length);
            }
        }

        return [];
    }

    private static readonly string[] Names = ["script", "style", "svg", "title", "textarea", "nav"];

    /// <summary>The index just past the open tag's '&gt;', quoted attribute values skipped; -1 if the tag never ends.</summary>
    private static int OpenTagEnd(ReadOnlySpan<char> span, int i)
    {
        while (i < span.Length)
        {
            var c = span[i++];
            if (c == '>')
            {
                return i;
            }

            if (c != '=')
            {
                continue;
            }

            while (i < span.Length && char.IsWhiteSpace(span[i]))
            {
                i++;
            }

            if (i < span.Length && span[i] is '"' or '\'')
            {
                var close = span[(i + 1)..].IndexOf(span[i]);
                if (close < 0)
                {
                    return -1;
                }

                i += close + 2;
            }
        }

        return -1;
    }

    /// <summary>Where a raw-text element (script, style, title, text area) ends as the parser ends it: at the first <c>&lt;/name</c>; -1 if never.</summary>
    internal static int RawTextClose(ReadOnlySpan<char> span, int from, ReadOnlySpan<char> name)
    {
        var i = from;
        while (true)
        {
            var lt = span[i..].IndexOf("</", StringComparison.Ordinal);
            if (lt < 0)
            {
                return -1;
            }

            i += lt;
            if (span[(i + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            i += 2;
        }
    }

    /// <summary>Where an SVG drawing or a navigation block ends, nested ones counted; -1 if it never closes.</summary>
    private static int NestedClose(ReadOnlySpan<char> span, int from, string name)
    {
        var depth = 1;
        var i = from;
        while (true)
        {
            var lt = span[i..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (lt < 0)
            {
                return -1;
            }

            i += lt;
            if (i >= 2 && span[i - 2] == '<' && span[i - 1] == '/')
            {
                if (--depth == 0)
                {
                    return i - 2;
                }
            }
            else if (i >= 1 && span[i - 1] == '<' && i + name.Length < span.Length && (char.IsWhiteSpace(span[i + name.Length]) || span[i + name.Length] == '>'))
            {
                depth++;
            }

            i += name.Length;
        }
    }
}
