namespace NewsFunctions;

/// <summary>Cuts text that comes from pages and feeds to what a store or a message can hold.</summary>
internal static class TextCut
{
    /// <summary>The value cut to at most <paramref name="maxChars"/> UTF-16 characters, never between the two halves of a surrogate pair.</summary>
    public static string? AtMost(string? value, int maxChars)
    {
        if (value is null || value.Length <= maxChars)
        {
            return value;
        }

        return value[..(char.IsHighSurrogate(value[maxChars - 1]) ? maxChars - 1 : maxChars)];
    }

    /// <summary>
    /// A feed's hints cut until <paramref name="fits"/> takes them: the last categories first, then the title. Categories
    /// are tried in order, so the first ones, the ones that decide, are kept longest.
    /// </summary>
    /// <returns>The hints kept (<paramref name="categories"/> itself when none is dropped), and whether they fit: false
    /// once nothing is left to drop.</returns>
    public static (IReadOnlyList<string>? Categories, string? Title, bool Fits) FeedHints(
        IReadOnlyList<string>? categories, string? title, Func<IReadOnlyList<string>?, string?, bool> fits)
    {
        var kept = categories;
        while (!fits(kept, title))
        {
            if (kept is { Count: > 0 })
            {
                kept = kept.Take(kept.Count - 1).ToList();
            }
            else if (title is not null)
            {
                title = null;
            }
            else
            {
                return (kept, title, false);
            }
        }

        return (kept, title, true);
    }
}
