using System.Text;

namespace NewsFunctions.Extraction.Charset;

/// <summary>Turns a page's raw bytes into text in the page's own encoding.</summary>
internal static class CharsetDecoder
{
    public static string Decode(ReadOnlySpan<byte> html, string? contentType) => Encoding.UTF8.GetString(html);
}
