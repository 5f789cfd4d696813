using System.Net;
using System.Text;

namespace NewsFunctions.Extraction.Content;

/// <summary>Turns plain text (e.g. a JSON-LD articleBody) into the body format: paragraphs separated by a blank line.</summary>
internal static class TextNormalizer
{
    public static string ParagraphsFromPlainText(string text)
    {
        // Some sites put HTML or entities inside articleBody.
        if (text.Contains('<', StringComparison.Ordinal) && text.Contains('>', StringComparison.Ordinal))
        {
            var doc = new HtmlAgilityPack.HtmlDocument();
            doc.LoadHtml(text);
            var scan = new PageScan(doc.DocumentNode, relaxed: true);
            scan.Run();
            return scan.BuildAllText();
        }

        // Soft hyphens are invisible hyphenation hints, dropped from DOM text too.
        text = WebUtility.HtmlDecode(text).Replace("\u00AD", "", StringComparison.Ordinal);
        var sb = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var collapsed = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (collapsed.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            sb.Append(collapsed);
        }

        return sb.ToString();
    }
}
