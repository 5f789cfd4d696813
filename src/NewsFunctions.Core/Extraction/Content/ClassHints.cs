using System.Buffers;

namespace NewsFunctions.Extraction.Content;

[Flags]
internal enum ClassHint : byte
{
    None = 0,
    Negative = 1,
    Positive = 2,
}

/// <summary>
/// Reads furniture and content hints from a class or id value. Pages repeat the same class strings endlessly
/// (and sites repeat them across pages), so verdicts are cached; the cache is bounded.
/// </summary>
internal static class ClassHints
{
    // Per thread, so a lookup takes no lock (ConcurrentDictionary.Count alone takes all of its locks); bounded, because
    // ids are often unique per element and a worker sees page after page from new sites.
    private const int MaxCached = 8_192;

    [ThreadStatic]
    private static Dictionary<string, ClassHint>? cache;

    // One vectorised multi-string search per list instead of a Contains per stem: the body walk classifies every
    // distinct class string it meets, and pages from new sites (the normal case for a worker) miss the cache.
    private static readonly SearchValues<string> PositiveStemSearch = SearchValues.Create(BoilerplateVocabulary.PositiveStems, StringComparison.Ordinal);
    private static readonly SearchValues<string> NegativeStemSearch = SearchValues.Create(BoilerplateVocabulary.NegativeStems, StringComparison.Ordinal);
    private static readonly SearchValues<string> NegativeExceptionSearch = SearchValues.Create(BoilerplateVocabulary.NegativeExceptions, StringComparison.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegativeTokens =
        BoilerplateVocabulary.NegativeTokens.GetAlternateLookup<ReadOnlySpan<char>>();

    public static ClassHint Classify(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return ClassHint.None;
        }

        var known = cache ??= new Dictionary<string, ClassHint>(StringComparer.Ordinal);
        if (known.TryGetValue(value, out var hint))
        {
            return hint;
        }

        hint = Compute(value);
        if (known.Count >= MaxCached)
        {
            known.Clear();
        }

        known[value] = hint;
        return hint;
    }

    public static bool IsNegative(string? value) => (Classify(value) & ClassHint.Negative) != 0;

    private static ClassHint Compute(string value)
    {
        var lowered = value.ToLowerInvariant();
        var hint = lowered.AsSpan().ContainsAny(PositiveStemSearch) ? ClassHint.Positive : ClassHint.None;

        return HasNegative(WithoutModifierTokens(WithoutTaxonomyTokens(lowered))) ? hint | ClassHint.Negative : hint;
    }

    /// <summary>
    /// In a list of several classes, state and alignment modifiers ("is-style-default", "header-content-align-left",
    /// "has-sticky-header") tune how a component looks; the component itself is named by another class.
    /// </summary>
    private static string WithoutModifierTokens(string lowered)
    {
        if (!lowered.Contains(' ', StringComparison.Ordinal)
            || (!lowered.Contains("align", StringComparison.Ordinal) && !lowered.Contains("is-", StringComparison.Ordinal)
                && !lowered.Contains("has-", StringComparison.Ordinal)))
        {
            return lowered;
        }

        var kept = new List<string>();
        foreach (var token in lowered.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!token.Contains("align", StringComparison.Ordinal) && !token.StartsWith("is-", StringComparison.Ordinal)
                && !token.StartsWith("has-", StringComparison.Ordinal))
            {
                kept.Add(token);
            }
        }

        return string.Join(' ', kept);
    }

    /// <summary>
    /// A CMS post wrapper ("post-42 post type-post status-publish hentry has-post-thumbnail category-newsletter
    /// tag-social-media"), or a page's class list ("page-template-default page-id-7 content-sidebar"), says what the
    /// post is about, what it has and how the page is laid out: those tokens are not furniture hints.
    /// </summary>
    private static string WithoutTaxonomyTokens(string lowered)
    {
        if (!lowered.Contains("hentry", StringComparison.Ordinal)
            && !lowered.Contains("status-publish", StringComparison.Ordinal)
            && !lowered.Contains("type-post", StringComparison.Ordinal)
            && !lowered.Contains("type-page", StringComparison.Ordinal)
            && !lowered.Contains("page-template", StringComparison.Ordinal)
            && !lowered.Contains("postid-", StringComparison.Ordinal)
            && !lowered.Contains("page-id-", StringComparison.Ordinal))
        {
            return lowered;
        }

        var kept = new List<string>();
        foreach (var token in lowered.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!token.StartsWith("category-", StringComparison.Ordinal) && !token.StartsWith("tag-", StringComparison.Ordinal)
                && !token.StartsWith("has-", StringComparison.Ordinal) && !token.StartsWith("format-", StringComparison.Ordinal)
                && !token.Contains("sidebar", StringComparison.Ordinal)) // layout of the page ("content-sidebar", "no-sidebars")
            {
                kept.Add(token);
            }
        }

        return string.Join(' ', kept);
    }

    private static bool HasNegative(string lowered)
    {
        if (lowered.AsSpan().ContainsAny(NegativeStemSearch))
        {
            return !lowered.AsSpan().ContainsAny(NegativeExceptionSearch);
        }

        var span = lowered.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            if (i < span.Length && char.IsAsciiLetterOrDigit(span[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                if (NegativeTokens.Contains(span[start..i]))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }
}
