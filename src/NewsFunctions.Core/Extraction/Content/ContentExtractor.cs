using System.Text;
using HtmlAgilityPack;

namespace NewsFunctions.Extraction.Content;

/// <summary>
/// Finds the article body in a page and turns it into clean paragraphs.
/// </summary>
/// <remarks>
/// One walk over the DOM (explicit stack, so any nesting depth is safe) flattens the page into text blocks in
/// reading order while pruning furniture by tag, role, ARIA state and class/id vocabulary. Paragraph-like blocks
/// score their containers; the best container plus the siblings that look like more of the same article is
/// the body. Each block in it is then checked on its own (link density, bylines, datelines, "See also" style
/// prompts, captions). When the walk finds too little, a relaxed walk without class/id pruning and the page's
/// JSON-LD <c>articleBody</c> are tried as fallbacks.
/// </remarks>
internal static class ContentExtractor
{
    /// <summary>Bodies shorter than this (characters) make the extractor try its fallbacks.</summary>
    private const int ShortBody = 300;

    public static string ExtractText(HtmlDocument doc) => Extract(doc).Text;

    public static ContentResult Extract(HtmlDocument doc)
    {
        var strict = new PageScan(doc.DocumentNode, relaxed: false);
        strict.Run();
        var text = strict.BuildBody();
        var source = ContentSource.Dom;
        var picture = strict.LeadPicture;

        if (text.Length < ShortBody)
        {
            var relaxed = new PageScan(doc.DocumentNode, relaxed: true);
            relaxed.Run();
            var relaxedText = relaxed.BuildBody();
            if (relaxedText.Length > text.Length * 2 && relaxedText.Length >= ShortBody / 2)
            {
                text = relaxedText;
                source = ContentSource.DomRelaxed;
                picture = relaxed.LeadPicture;
            }
        }

        if (strict.FindJsonLdArticleBody(2 * text.Length) is { } ld)
        {
            var ldText = TextNormalizer.ParagraphsFromPlainText(ld);
            if (ldText.Length > 2 * text.Length && ldText.Length >= ShortBody / 2)
            {
                text = ldText;
                source = ContentSource.JsonLd;
            }
        }

        // Some pages spell accents as a letter and a combining mark (e + U+0301); composed, "Jané" matches what
        // readers type and search for.
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        return new ContentResult(text, source, picture);
    }
}

/// <summary>Where the body text came from.</summary>
internal enum ContentSource
{
    Dom,
    DomRelaxed,
    JsonLd,
}

/// <summary>The extracted body, its origin, and the address of its lead picture as the page writes it (unresolved).</summary>
internal readonly record struct ContentResult(string Text, ContentSource Source, string? LeadPicture);
