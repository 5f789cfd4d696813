using System.Text;
using NewsFunctions.Extraction;

namespace NewsFunctions.Tests.Extraction;

/// <summary>Builds realistic news pages around an article body and runs the extractor over them.</summary>
internal static class PageBuilder
{
    public const string Para1 = "The city council voted on Tuesday to expand the tram network, a decision that ends years of debate over how to connect the eastern suburbs with the centre.";
    public const string Para2 = "Supporters said the new line would cut commuting times in half, while critics warned that construction would disrupt businesses along the route for at least three years.";
    public const string Para3 = "The mayor, who had campaigned on the project, called the vote a turning point and promised that the first trams would run before the end of the decade.";

    public static string Page(string articleInner, string? beforeArticle = null, string? afterArticle = null) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Council backs tram expansion | Daily Example</title>
        <style>.x { color: red; }</style><script>var tracking = "<p>not text</p>";</script></head>
        <body>
        <header class="site-header">
          <div class="top-bar"><span class="today">Friday, 28 November 2026</span></div>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        </header>
        {{beforeArticle}}
        <main>
          <article>
            <h1>Council backs tram expansion</h1>
            {{articleInner}}
          </article>
          {{afterArticle}}
        </main>
        <footer><p>© 2026 Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    public static string Paragraphs(params string[] texts) => string.Concat(texts.Select(t => $"<p>{t}</p>\n"));

    public static string Extract(string html) =>
        new ArticleExtractor().Extract(Encoding.UTF8.GetBytes(html), new Uri("https://news.example.com/a")).Text;
}
