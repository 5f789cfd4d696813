using System.Text.RegularExpressions;

namespace NewsFunctions.Enrichment;

/// <summary>
/// Decides which sentences may appear in a summary: strips a leading dateline ("MADRID (EFE) -"), and rejects bylines,
/// photo credits, timestamps, "Read more"-style calls, advertising labels and fragments, in the languages we serve.
/// </summary>
internal static partial class SentenceFilter
{
    private const int MinWords = 5;
    private const int MinLength = 25;

    // Lines that open like this are page furniture, not story.
    private static readonly string[] FurniturePrefixes =
    [
        "read more", "read also", "read next", "read:", "more:", "related:", "see also", "watch:", "listen:", "click here", "sign up", "subscribe",
        "follow us", "share this", "advertisement", "sponsored", "copyright", "all rights reserved", "image copyright", "image caption", "media caption",
        "photo:", "photograph:", "picture:", "image:", "video:", "updated:", "published:", "last updated", "posted:",
        "leer más", "lee también", "lea también", "leer también", "ver también", "ver más", "te puede interesar", "publicidad", "suscríbete", "foto:", "imagen:", "actualizado", "archivado en",
        "lire aussi", "à lire aussi", "a lire aussi", "lire la suite", "voir aussi", "publicité", "abonnez-vous", "mis à jour", "publié le",
        "lesen sie auch", "mehr zum thema", "mehr dazu", "anzeige", "werbung", "bild:", "aktualisiert", "veröffentlicht",
        "leia também", "leia mais", "veja também", "publicidade", "assine", "atualizado",
        "leggi anche", "pubblicità", "iscriviti", "aggiornato",
    ];

    // Anywhere in a line: photo credits and agency picture desks.
    private static readonly string[] CreditMarkers =
    [
        "getty images", "ap photo", "afp photo", "afp via getty", "reuters/", "/reuters", "(photo", "photo by", "photo credit", "photo courtesy",
        "foto de", "(foto", "foto:", "crédito:", "bildquelle", "foto: dpa", "/dpa", "©", "(c) ", "shutterstock", "istock",
    ];

    /// <summary>The sentence fit for a summary (a leading dateline removed), or null when it is furniture or a fragment.</summary>
    public static string? Clean(string sentence)
    {
        var s = sentence.Trim();
        if (Dateline().Match(s) is { Success: true } dateline && dateline.Length < s.Length)
        {
            s = s[dateline.Length..].TrimStart();
        }

        if (s.Length < MinLength || WhiteSpaceCount(s) + 1 < MinWords)
        {
            return null;
        }

        // Sentences are many and mostly kept: lower-case each into a reused buffer rather than a new string.
        var buffer = s.Length <= 512 ? stackalloc char[s.Length] : new char[s.Length];
        s.AsSpan().ToLowerInvariant(buffer);
        ReadOnlySpan<char> lower = buffer;
        foreach (var prefix in FurniturePrefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }
        }

        foreach (var marker in CreditMarkers)
        {
            if (lower.Contains(marker, StringComparison.Ordinal))
            {
                return null;
            }
        }

        if (Byline().IsMatch(s) || lower.Contains("http://", StringComparison.Ordinal) || lower.Contains("https://", StringComparison.Ordinal) || lower.Contains("www.", StringComparison.Ordinal))
        {
            return null;
        }

        // All capitals is a kicker or a heading; no final punctuation and short is a heading or a caption.
        if (IsAllCapitals(s))
        {
            return null;
        }

        if (s[^1] is not ('.' or '!' or '?' or '…' or '"' or '”' or '»' or '’' or '\'' or ')') && s.Length < 80)
        {
            return null;
        }

        return s;
    }

    private static int WhiteSpaceCount(string s)
    {
        var count = 0;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>True when the text has letters and every one of them is a capital.</summary>
    private static bool IsAllCapitals(string s)
    {
        var letters = false;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters = true;
            }
        }

        return letters;
    }

    // "LONDON (Reuters) -", "MADRID, 3 mar (EFE).-", "PARIS, 12 mars (AFP) —", "(AP) —", "BERLIN -"
    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu}\s'’.\-]{1,40}(?:,[^—–\-()]{1,40})?\s*(?:\([^)]{1,30}\))?|\([^)]{1,30}\))\s*\.?\s*[—–-]{1,2}\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // "By Jane Doe", "Por María López y Juan Pérez", "Par Jean Dupont, à Lyon", "Von Anna Schmidt" — and nothing more.
    [GeneratedRegex(@"^(?:By|Por|Par|Von|Di|Da|Reporting by|Texto:|Redacción|Redaction|Rédaction)\s+\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|y|and|et|und|e|de|da|del|van|von|der|,|&))*\s*(?:[,|].{0,60})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
