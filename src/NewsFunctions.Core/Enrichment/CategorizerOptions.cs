namespace NewsFunctions.Enrichment;

/// <summary>Weights and thresholds of the text categorizer (<see cref="TextCategorizer"/>) and how <see cref="Categorizer"/> uses it.</summary>
public sealed record CategorizerOptions
{
    /// <summary>The defaults, measured on the BBC benchmark (docs/ENRICHMENT.md).</summary>
    public static CategorizerOptions Default { get; } = new();

    /// <summary>How much a headline word counts against a body word.</summary>
    public double TitleWeight { get; init; } = 3.0;

    /// <summary>How much a word of the lead (the first <see cref="LeadWords"/> body words) counts.</summary>
    public double LeadWeight { get; init; } = 1.5;

    public int LeadWords { get; init; } = 60;

    /// <summary>Body words read; later ones are not scanned. News states its subject early.</summary>
    public int MaxWords { get; init; } = 600;

    /// <summary>A lexicon entry counts at most this many times per article.</summary>
    public int MaxRepeats { get; init; } = 3;

    /// <summary>The leader needs at least this weighted score to be trusted.</summary>
    public double MinScore { get; init; } = 4.0;

    /// <summary>The leader needs to be ahead of the runner-up by this share of its own score.</summary>
    public double MinMargin { get; init; } = 0.2;

    /// <summary>Whether the text classifier is consulted at all (off: labels, URL path and default only, as before).</summary>
    public bool UseText { get; init; } = true;

    /// <summary>
    /// Whether a section in the URL path (<c>/sport/</c>, <c>/news/world/</c>) beats the text classifier. On by default:
    /// on the extraction benchmark's pages the URL section was right or as good whenever the two disagreed.
    /// </summary>
    public bool UrlBeforeText { get; init; } = true;
}
