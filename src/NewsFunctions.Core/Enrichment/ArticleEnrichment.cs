using NewsFunctions.Articles;

namespace NewsFunctions.Enrichment;

/// <summary>Category and summary for an extracted article: one rule for the pipeline and for <c>newsfn</c>.</summary>
public static class ArticleEnrichment
{
    /// <param name="article">The article; its title, text, language and section are read.</param>
    /// <param name="categorizer">Decides the category.</param>
    /// <param name="summarizer">Writes the summary.</param>
    /// <param name="defaultCategory">The category when neither the publisher's labels nor the text decide.</param>
    /// <param name="publisherLabels">How the publisher filed the story (feed categories); the page's section is added.</param>
    /// <returns>The article with <see cref="Article.Category"/> and <see cref="Article.Summary"/> set.</returns>
    public static Article Enrich(this Article article, Categorizer categorizer, Summarizer summarizer, string defaultCategory, IEnumerable<string?>? publisherLabels = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(categorizer);
        ArgumentNullException.ThrowIfNull(summarizer);

        // The publisher's filing (feed category, page section) outranks the text; keywords do not: tags such as
        // "Police" on a story about policing policy name a topic, not the section it was filed in.
        var labels = (publisherLabels ?? []).Append(article.Section);
        Uri.TryCreate(article.Url, UriKind.Absolute, out var url);
        return article with
        {
            Category = categorizer.Categorize(defaultCategory, labels, url, article.Title, article.Text, article.Language),

            // A page whose text yields no summary sentence (a gallery, a video) still gets its own description.
            Summary = summarizer.Summarize(article.Text, article.Title) is { Length: > 0 } summary ? summary : article.Description,
        };
    }
}
