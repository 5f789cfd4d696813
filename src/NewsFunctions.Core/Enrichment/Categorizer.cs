using System.Globalization;
using System.Text;
using NewsFunctions.Sources;

namespace NewsFunctions.Enrichment;

/// <summary>
/// Puts an article in one category of <see cref="Categories"/>: from what the publisher says (feed categories,
/// section, keywords, URL path) mapped through a multilingual vocabulary, else the source's default.
/// </summary>
public sealed class Categorizer
{
    // Publisher labels in the languages we serve. Kept small and obvious: it maps what sites call their sections.
    private static readonly Dictionary<string, string> Vocabulary = Build(new()
    {
        ["politics"] = ["politics", "political", "politica", "politique", "politik", "election", "elections", "elecciones", "government", "gobierno", "parliament", "congress", "nacional", "national"],
        ["world"] = ["world", "international", "internacional", "mundo", "monde", "welt", "ausland", "europe", "europa", "americas", "asia", "africa", "middle-east"],
        ["business"] = ["business", "economy", "economia", "economie", "wirtschaft", "finance", "finanzas", "markets", "mercados", "money", "negocios", "empresas"],
        ["technology"] = ["technology", "tech", "tecnologia", "technologie", "technik", "digital", "internet", "gadgets", "ciencia-y-tecnologia", "ai", "software"],
        ["science"] = ["science", "ciencia", "sciences", "wissenschaft", "space", "environment", "climate", "medio-ambiente"],
        ["health"] = ["health", "salud", "sante", "gesundheit", "medicine", "wellbeing"],
        ["sports"] = ["sport", "sports", "deportes", "deporte", "futbol", "football", "soccer", "basketball", "tennis", "baloncesto", "fussball", "esportes"],
        ["entertainment"] = ["entertainment", "culture", "cultura", "kultur", "espectaculos", "cine", "film", "movies", "music", "musica", "tv", "television", "celebrity", "arts", "books"],
        ["lifestyle"] = ["lifestyle", "life", "estilo", "estilo-de-vida", "vida", "food", "gastronomia", "travel", "viajes", "fashion", "moda", "home", "living", "wellness"],
        ["crime"] = ["crime", "crimes", "sucesos", "policiales", "justice", "justicia", "courts", "tribunales", "police", "policia", "faits-divers"],
    });

    /// <summary>The article's category: the publisher's own labels first, then its URL path, else the source's default.</summary>
    /// <param name="defaultCategory">The source's default category.</param>
    /// <param name="publisherLabels">Feed categories, the page's section and keywords, in that order of trust.</param>
    /// <param name="url">The article URL; section paths such as <c>/sport/…</c> count as labels.</param>
    /// <param name="title">The headline, for categorizing from the text when the publisher gives no usable label.</param>
    /// <param name="text">The body text, likewise.</param>
    /// <param name="language">The article's BCP 47 language, likewise.</param>
    public string Categorize(string defaultCategory, IEnumerable<string?> publisherLabels, Uri? url, string? title = null, string? text = null, string? language = null)
    {
        foreach (var label in publisherLabels)
        {
            if (Match(label) is { } category)
            {
                return category;
            }
        }

        // Section paths such as /sports/2024/... are the publisher's own filing.
        foreach (var segment in url?.Segments.Take(3) ?? [])
        {
            if (Match(segment.Trim('/')) is { } category)
            {
                return category;
            }
        }

        return Categories.IsKnown(defaultCategory) ? defaultCategory : Categories.General;
    }

    private static string? Match(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var key = Fold(label);
        if (Vocabulary.TryGetValue(key, out var category))
        {
            return category;
        }

        // "Sports / Football", "Ciencia y Tecnología": try each word.
        foreach (var word in key.Split(['-', '/', ' ', '>', '|', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Vocabulary.TryGetValue(word, out category))
            {
                return category;
            }
        }

        return null;
    }

    private static string Fold(string s)
    {
        var decomposed = s.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsWhiteSpace(c) ? '-' : c);
            }
        }

        return folded.ToString();
    }

    private static Dictionary<string, string> Build(Dictionary<string, string[]> byCategory)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (category, labels) in byCategory)
        {
            foreach (var label in labels)
            {
                map[Fold(label)] = category;
            }
        }

        return map;
    }
}
