using System.Net;
using System.Text.RegularExpressions;
using NewsFunctions.Extraction.Content;

namespace NewsFunctions.Extraction.Metadata;

/// <summary>
/// Metadata strings (description, section, site name) as plain text. CMSs escape them once too often
/// (<c>asegur&amp;amp;oacute;</c>, <c>Body &amp;amp; Fitness</c>) or store the teaser's HTML in them
/// (<c>&amp;lt;p&amp;gt;Die Situation …</c>, a trailing <c>&lt;a class="read-more"&gt;Read More&lt;/a&gt;</c>); an app
/// would show that markup to its readers.
/// </summary>
internal static partial class PlainText
{
    /// <summary>Entity layers decoded beyond the one every attribute gets: double escaping is common, triple is not.</summary>
    private const int MaxExtraDecodes = 2;

    public static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        for (var i = 0; i < MaxExtraDecodes && s.Contains('&', StringComparison.Ordinal); i++)
        {
            var decoded = WebUtility.HtmlDecode(s);
            if (decoded == s)
            {
                break;
            }

            s = decoded;
        }

        if (s.Contains('<', StringComparison.Ordinal))
        {
            // A link that only says "Read more" goes with its text; other elements leave their text behind.
            s = Anchor().Replace(s, m => IsPlug(m.Groups["text"].Value) ? " " : m.Groups["text"].Value);
            s = Tag().Replace(s, " ");
        }

        s = PageScan.Squash(s);
        return s.Length == 0 ? null : s;
    }

    private static bool IsPlug(string linkText)
    {
        var lowered = PageScan.Squash(linkText).Trim('.', '…', ' ', '»', '›', '>', '[', ']').ToLowerInvariant();
        return lowered.Length == 0 || Array.Exists(BoilerplateVocabulary.BoilerplatePrefixes, p => lowered.StartsWith(p, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"<a\b[^<>]*>(?<text>[^<]*)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Anchor();

    // Only names of elements a teaser is written with: "<The Palace: Tale of Jang Noksu>" is a show's title.
    [GeneratedRegex(@"</?(?:p|a|br|span|div|b|strong|i|em|u|small|sup|sub|font|h[1-6]|ul|ol|li|blockquote|q|img|figure|figcaption|section|article|header|footer|abbr|cite|mark|time)\b(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Tag();
}
