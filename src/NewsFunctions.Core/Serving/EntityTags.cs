using System.Security.Cryptography;
using System.Text;

namespace NewsFunctions.Serving;

/// <summary>The validators of served bodies and the If-None-Match check against them (RFC 9110 §8.8.3, §13.1.2).</summary>
public static class EntityTags
{
    /// <summary>A weak tag of the body: equal bodies get equal tags.</summary>
    public static string WeakFor(string body) =>
        "W/\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))[..12]) + "\"";

    /// <summary>
    /// Whether If-None-Match (any number of header lines, each a list) names <paramref name="etag"/> or is <c>*</c>:
    /// then a GET or HEAD is answered 304. The comparison is weak, as RFC 9110 requires for If-None-Match, so
    /// <c>"x"</c> and <c>W/"x"</c> match each other; a malformed rest of a line is ignored.
    /// </summary>
    public static bool NoneMatchHits(IEnumerable<string?> ifNoneMatch, string etag)
    {
        var opaque = Opaque(etag, 0, out _);
        foreach (var line in ifNoneMatch)
        {
            if (line is null)
            {
                continue;
            }

            if (line.Trim() == "*")
            {
                return true;
            }

            var i = 0;
            while (i < line.Length)
            {
                if (line[i] is ',' or ' ' or '\t')
                {
                    i++;
                    continue;
                }

                if (Opaque(line, i, out var end) is not { } tag)
                {
                    break;
                }

                if (opaque is not null && tag.SequenceEqual(opaque))
                {
                    return true;
                }

                i = end;
            }
        }

        return false;
    }

    /// <summary>The quoted part of the entity tag starting at <paramref name="start"/>, without its <c>W/</c>; null when malformed.</summary>
    private static string? Opaque(string text, int start, out int end)
    {
        end = start;
        if (string.CompareOrdinal(text, start, "W/", 0, 2) == 0)
        {
            start += 2;
        }

        if (start >= text.Length || text[start] != '"')
        {
            return null;
        }

        var close = text.IndexOf('"', start + 1);
        if (close < 0)
        {
            return null;
        }

        end = close + 1;
        return text[start..end];
    }
}
