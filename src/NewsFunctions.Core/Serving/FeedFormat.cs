using System.Globalization;

namespace NewsFunctions.Serving;

/// <summary>The shapes a category feed is served in.</summary>
public enum FeedFormat
{
    /// <summary>This API's own JSON: <c>{category, count, items, next}</c>.</summary>
    Json,
    /// <summary>RSS 2.0.</summary>
    Rss,
    /// <summary>Atom 1.0 (RFC 4287).</summary>
    Atom,
    /// <summary>JSON Feed 1.1.</summary>
    JsonFeed,
}

/// <summary>What <see cref="FeedFormats.Choose"/> made of a request.</summary>
public enum FormatChoice
{
    /// <summary>A format was chosen.</summary>
    Chosen,
    /// <summary><c>?format=</c> names no known format (400).</summary>
    UnknownFormat,
    /// <summary>The Accept header allows none of the formats (406).</summary>
    NotAcceptable,
}

/// <summary>Picks the format from <c>?format=</c>, else from the Accept header (RFC 9110 §12.5.1), else JSON.</summary>
public static class FeedFormats
{
    /// <summary>The media types served, in the order preferred when the client likes several equally.</summary>
    private static readonly (FeedFormat Format, string MediaType)[] Served =
    [
        (FeedFormat.Json, "application/json"),
        (FeedFormat.Rss, "application/rss+xml"),
        (FeedFormat.Atom, "application/atom+xml"),
        (FeedFormat.JsonFeed, "application/feed+json"),
    ];

    /// <summary>The media types a feed is served as, for a 406's message.</summary>
    public static string MediaTypes { get; } = string.Join(", ", Served.Select(s => s.MediaType));

    /// <summary>The <c>?format=</c> value that asks for the format.</summary>
    public static string QueryName(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "rss",
        FeedFormat.Atom => "atom",
        FeedFormat.JsonFeed => "jsonfeed",
        _ => "json",
    };

    public static string ContentType(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "application/rss+xml; charset=utf-8",
        FeedFormat.Atom => "application/atom+xml; charset=utf-8",
        FeedFormat.JsonFeed => "application/feed+json; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    /// <summary>
    /// <c>?format=</c> wins when given. Otherwise each media type gets the q of the most specific Accept range that
    /// matches it (exact, then <c>type/*</c>, then <c>*/*</c>); the highest q above 0 wins, then the more specific
    /// match, then the range the client listed first, then JSON before the feed formats. No Accept header means JSON.
    /// </summary>
    public static FormatChoice Choose(string? query, IEnumerable<string?> accept, out FeedFormat format)
    {
        if (!string.IsNullOrEmpty(query))
        {
            format = query.ToLowerInvariant() switch
            {
                "json" => FeedFormat.Json,
                "rss" => FeedFormat.Rss,
                "atom" => FeedFormat.Atom,
                "jsonfeed" or "json-feed" => FeedFormat.JsonFeed,
                _ => (FeedFormat)(-1),
            };
            return Enum.IsDefined(format) ? FormatChoice.Chosen : FormatChoice.UnknownFormat;
        }

        var ranges = accept.Where(a => a is not null).SelectMany(a => SplitList(a!)).Select(ParseRange).OfType<MediaRange>().ToList();
        format = FeedFormat.Json;
        if (ranges.Count == 0)
        {
            return FormatChoice.Chosen;
        }

        (double Q, int Specificity, int Position)? best = null;
        foreach (var (candidate, mediaType) in Served)
        {
            if (Quality(mediaType, ranges) is not { } match || match.Q <= 0)
            {
                continue;
            }

            if (best is not { } b || match.Q > b.Q || (match.Q == b.Q && (match.Specificity > b.Specificity || (match.Specificity == b.Specificity && match.Position < b.Position))))
            {
                best = match;
                format = candidate;
            }
        }

        return best is null ? FormatChoice.NotAcceptable : FormatChoice.Chosen;
    }

    private sealed record MediaRange(string Type, string Subtype, double Q, int Position);

    /// <summary>The q, specificity and position of the most specific range matching the type; null when none does.</summary>
    private static (double Q, int Specificity, int Position)? Quality(string mediaType, List<MediaRange> ranges)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var (type, subtype) = (mediaType[..slash], mediaType[(slash + 1)..]);
        (double Q, int Specificity, int Position)? found = null;
        foreach (var range in ranges)
        {
            var specificity = range.Type == "*" ? 0
                : !range.Type.Equals(type, StringComparison.OrdinalIgnoreCase) ? -1
                : range.Subtype == "*" ? 1
                : range.Subtype.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 2
                : -1;
            if (specificity >= 0 && (found is not { } f || specificity > f.Specificity))
            {
                found = (range.Q, specificity, range.Position);
            }
        }

        return found;
    }

    /// <summary>Splits a header list at commas outside quoted strings.</summary>
    private static IEnumerable<string> SplitList(string header)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= header.Length; i++)
        {
            if (i == header.Length || (header[i] == ',' && !quoted))
            {
                if (header.AsSpan(start, i - start).Trim().Length > 0)
                {
                    yield return header[start..i].Trim();
                }

                start = i + 1;
            }
            else if (header[i] == '"' && (i == 0 || header[i - 1] != '\\'))
            {
                quoted = !quoted;
            }
        }
    }

    /// <summary>A media range with its q; null when it is malformed (a range that cannot be read is ignored).</summary>
    private static MediaRange? ParseRange(string element, int position)
    {
        var parts = element.Split(';');
        var name = parts[0].Trim();
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == name.Length - 1 || (name[..slash] == "*" && name[(slash + 1)..] != "*"))
        {
            return null;
        }

        var q = 1.0;
        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                if (!double.TryParse(pair[1].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out q) || q > 1)
                {
                    return null;
                }

                break;
            }
        }

        return new MediaRange(name[..slash], name[(slash + 1)..], q, position);
    }
}
