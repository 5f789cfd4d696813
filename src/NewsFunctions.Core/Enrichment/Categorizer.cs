using System.Globalization;
using System.Text;
using NewsFunctions.Sources;

namespace NewsFunctions.Enrichment;

/// <summary>
/// Puts an article in one category of <see cref="Categories"/>: from what the publisher says (feed categories,
/// section, keywords) mapped through a multilingual vocabulary, else a section in its URL path, else the article's
/// own words (<see cref="TextCategorizer"/>), else the source's default.
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

    private readonly CategorizerOptions options;
    private readonly TextCategorizer text;

    /// <summary>A categorizer with the shipped lexicon.</summary>
    /// <param name="options">Weights and thresholds; <see cref="CategorizerOptions.Default"/> when null.</param>
    /// <param name="textCategorizer">The text classifier; <see cref="TextCategorizer.Default"/> when null.</param>
    public Categorizer(CategorizerOptions? options = null, TextCategorizer? textCategorizer = null)
    {
        this.options = options ?? CategorizerOptions.Default;
        text = textCategorizer ?? TextCategorizer.Default;
    }

    /// <summary>
    /// The article's category. Precedence: the publisher's own labels; else a section in the URL path; else the
    /// article's words when one category is clearly ahead; else the source's default.
    /// </summary>
    /// <param name="defaultCategory">The source's default category.</param>
    /// <param name="publisherLabels">Feed categories, the page's section and keywords, in that order of trust.</param>
    /// <param name="url">The article URL; section paths such as <c>/sport/…</c> count as labels.</param>
    /// <param name="title">The headline, for categorizing from the text when the publisher gives no usable label.</param>
    /// <param name="text">The body text, likewise.</param>
    /// <param name="language">The article's BCP 47 language, likewise.</param>
    public string Categorize(string defaultCategory, IEnumerable<string?> publisherLabels, Uri? url, string? title = null, string? text = null, string? language = null) =>
        Explain(defaultCategory, publisherLabels, url, title, text, language).Category;

    /// <summary>Like <see cref="Categorize"/>, also saying which rule decided and what the text classifier read.</summary>
    public CategoryDecision Explain(string defaultCategory, IEnumerable<string?> publisherLabels, Uri? url, string? title = null, string? text = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(publisherLabels);
        foreach (var label in publisherLabels)
        {
            if (Match(label) is { } category)
            {
                return new(category, CategorySource.PublisherLabel, default);
            }
        }

        var fromUrl = UrlSection(url);
        if (fromUrl is not null && options.UrlBeforeText)
        {
            return new(fromUrl, CategorySource.UrlPath, default);
        }

        var read = options.UseText && (title is not null || text is not null) ? this.text.Classify(title, text, language, options) : default;
        if (read.Category is { } fromText)
        {
            return new(fromText, CategorySource.Text, read);
        }

        if (fromUrl is not null)
        {
            return new(fromUrl, CategorySource.UrlPath, read);
        }

        return new(Categories.IsKnown(defaultCategory) ? defaultCategory : Categories.General, CategorySource.Default, read);
    }

    /// <summary>A section in the first path segments (<c>/sport/…</c>, <c>/news/world/…</c>); article slugs of many words are not sections.</summary>
    private static string? UrlSection(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return null;
        }

        foreach (var segment in url.Segments.Take(3))
        {
            var name = segment.Trim('/');
            if (name.Length > 0 && name.Count(c => c is '-' or '_') < 3 && Match(name) is { } category)
            {
                return category;
            }
        }

        return null;
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
        foreach (var word in key.Split(['-', '/', ' ', '>', '|', ',', '_'], StringSplitOptions.RemoveEmptyEntries))
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

/// <summary>Which rule put an article in its category.</summary>
public enum CategorySource
{
    PublisherLabel,
    Text,
    UrlPath,
    Default,
}

/// <summary>A category, the rule that chose it, and what the text classifier read (default when it was not asked).</summary>
public readonly record struct CategoryDecision(string Category, CategorySource Source, TextCategorization Text);
