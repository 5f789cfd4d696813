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
}
