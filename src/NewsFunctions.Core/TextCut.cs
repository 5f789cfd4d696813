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
}
