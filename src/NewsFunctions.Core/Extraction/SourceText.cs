using System.Net;
using HtmlAgilityPack;

namespace NewsFunctions.Extraction;

/// <summary>
/// Text read straight from the page source the parser kept, for the DOM walks that run over every node: HtmlTextNode.Text
/// copies each run out, OuterLength measures OuterHtml (another copy), and a script's InnerHtml re-serialises the element.
/// </summary>
internal static class SourceText
{
    /// <summary>A text node's raw text (entities not decoded): for a parsed node, its original span of the source.</summary>
    public static ReadOnlySpan<char> Of(HtmlNode textNode, string source)
    {
        var start = textNode.OuterStartIndex;
        var length = textNode.OriginalOuterLength;
        return start >= 0 && length >= 0 && start + length <= source.Length
            ? source.AsSpan(start, length)
            : (textNode as HtmlTextNode)?.Text ?? textNode.InnerText;
    }

    /// <summary>A script's content as <see cref="HtmlNode.InnerHtml"/> gives it: the parser keeps it as one text node.</summary>
    public static ReadOnlySpan<char> ScriptContent(HtmlNode script, string source)
    {
        var children = script.ChildNodes;
        return children.Count == 1 && children[0].NodeType == HtmlNodeType.Text ? Of(children[0], source) : script.InnerHtml;
    }

    /// <summary>
    /// <paramref name="raw"/> with its entities decoded exactly as <see cref="WebUtility.HtmlDecode(string)"/> decodes
    /// them, without copying the text into a string first and the result into another: the walks decode every text node
    /// that holds an ampersand, long paragraphs included. The result lives in a buffer of the thread's own and is only
    /// valid until the next call.
    /// </summary>
    public static ReadOnlySpan<char> Decoded(ReadOnlySpan<char> raw)
    {
        var amp = raw.IndexOf('&');
        if (amp < 0)
        {
            return raw;
        }

        if (raw.Length > MaxDecodeBuffer)
        {
            return WebUtility.HtmlDecode(raw.ToString());
        }

        // Decoding never lengthens a text: an entity is at least as long as the one or two chars it stands for.
        var buffer = decodeBuffer is { } b && b.Length >= raw.Length ? b : decodeBuffer = new char[Math.Max(raw.Length, 1024)];
        var length = 0;
        var i = 0;
        while (amp >= 0)
        {
            raw.Slice(i, amp).CopyTo(buffer.AsSpan(length));
            length += amp;
            i += amp;

            // WebUtility reads an entity from the ampersand to the next semicolon, unless another ampersand comes first;
            // each such piece decodes on its own, so decoding piece by piece gives the same text.
            var end = raw[(i + 1)..].IndexOfAny(';', '&');
            if (end >= 0 && raw[i + 1 + end] == ';')
            {
                var entity = DecodedEntity(raw.Slice(i, end + 2));
                entity.CopyTo(buffer.AsSpan(length));
                length += entity.Length;
                i += end + 2;
            }
            else
            {
                buffer[length++] = '&';
                i++;
            }

            amp = raw[i..].IndexOf('&');
        }

        raw[i..].CopyTo(buffer.AsSpan(length));
        length += raw.Length - i;
        return buffer.AsSpan(0, length);
    }

    /// <summary>One "&amp;...;" piece decoded; pages use a handful of entities over and over, so their decodings are kept.</summary>
    private static string DecodedEntity(ReadOnlySpan<char> piece)
    {
        var known = entities ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(piece, out var decoded))
        {
            return decoded;
        }

        var key = piece.ToString();
        decoded = WebUtility.HtmlDecode(key);
        if (known.Count < 512 && piece.Length <= 16)
        {
            known[key] = decoded;
        }

        return decoded;
    }

    /// <summary>Texts longer than this are decoded the ordinary way, so that one huge text does not keep a huge buffer for the thread.</summary>
    private const int MaxDecodeBuffer = 64 * 1024;

    [ThreadStatic]
    private static char[]? decodeBuffer;

    [ThreadStatic]
    private static Dictionary<string, string>? entities;
}
