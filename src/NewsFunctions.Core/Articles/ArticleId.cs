using System.Security.Cryptography;
using System.Text;

namespace NewsFunctions.Articles;

/// <summary>
/// Article ids are derived from the canonical URL, so reprocessing a page overwrites its article instead of
/// adding a second one.
/// </summary>
public static class ArticleId
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "ocid", "smid", "at_medium", "at_campaign",
    };

    /// <summary>The id for an article URL: 32 lowercase hex characters (the first 128 bits of SHA-256 of the normalized URL).</summary>
    public static string For(Uri url)
    {
        var normalized = Normalize(url);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized.AbsoluteUri), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>
    /// The form of a URL under which two links to the same article compare equal: lowercase scheme and host,
    /// no default port, no fragment, no tracking parameters, remaining query parameters sorted.
    /// </summary>
    public static Uri Normalize(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("An article URL must be absolute.", nameof(url));
        }

        var builder = new UriBuilder(url)
        {
            Scheme = url.Scheme.ToLowerInvariant(),
            Host = url.Host.ToLowerInvariant(),
            Fragment = "",
        };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        var query = url.Query.TrimStart('?');
        if (query.Length > 0)
        {
            var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !IsTracking(p.Split('=', 2)[0]))
                .Order(StringComparer.Ordinal);
            builder.Query = string.Join('&', kept);
        }

        return builder.Uri;
    }

    /// <summary>
    /// The URL an article fetched from <paramref name="fetched"/> is stored under, normalized: the page's canonical URL
    /// when it stays on the fetched site; a canonical pointing elsewhere is more often a template mistake than the
    /// truth, and trusting it would let one page overwrite another site's article.
    /// </summary>
    public static Uri Canonical(Uri? declared, Uri fetched)
    {
        if (declared is null || !declared.IsAbsoluteUri || declared.Scheme is not ("http" or "https"))
        {
            return Normalize(fetched);
        }

        return Normalize(IsSameSite(declared, fetched) ? declared : fetched);
    }

    /// <summary>Whether two URLs are on the same site: the same host, <c>www.</c> or not.</summary>
    public static bool IsSameSite(Uri a, Uri b)
    {
        static string Site(Uri u) => u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host;
        return string.Equals(Site(a), Site(b), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a string is shaped like an id this class makes; callers check it before touching storage.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: 32 } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
