using System.Net;
using HtmlAgilityPack;

namespace NewsFunctions.Extraction.Content;

/// <summary>Finds the article body in a page and turns it into clean paragraphs.</summary>
internal static class ContentExtractor
{
    public static string ExtractText(HtmlDocument doc)
    {
        var root = doc.DocumentNode;
        var body = root.SelectSingleNode("//article") ?? root.SelectSingleNode("//body") ?? root;
        var paragraphs = body.SelectNodes(".//p")?.Select(n => Clean(n.InnerText)).Where(s => s.Length > 0) ?? [];
        return string.Join("\n\n", paragraphs);
    }

    private static string Clean(string s) => string.Join(' ', WebUtility.HtmlDecode(s).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
