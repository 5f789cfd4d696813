using System.Text;
using NewsFunctions.Discovery;

namespace NewsFunctions.Tests.Discovery;

public sealed class SectionPageParserTests
{
    private static readonly Uri Page = new("https://www.courier.example/sports/");

    private const string Html = """
        <html><body>
          <header><a href="/">The Courier</a><nav><a href="/politics/">Politics</a><a href="/sports/">Sports</a>
            <a href="/sports/a-nav-link-that-looks-like-an-article-slug.html">A nav link that looks like an article</a></nav></header>
          <div class="cookie-banner"><a href="/privacy-and-cookie-policy-details.html">Read our cookie policy here now</a></div>
          <main>
            <article class="card"><a href="/sports/gulls-clinch-division-title.html"><img src="g.jpg" alt=""></a>
              <h2><a href="/sports/gulls-clinch-division-title.html?utm_source=home">Ellison Gulls rally late to clinch first division title</a></h2></article>
            <article class="card"><h2><a href="https://courier.example/2024/03/12/ferry-vote">Ferry vote set for spring after long delay</a></h2></article>
            <article class="card"><h2><a href="/news/1234567">Council approves new budget for harbour works</a></h2></article>
            <a href="/tags/sailing-and-regattas-on-the-bay/">Sailing and regattas on the bay</a>
            <a href="/authors/helen-marsh-courier-staff.html">Helen Marsh, Courier staff writer here</a>
            <a href="https://elsewhere.example/some-other-site-story.html">A story on some other site entirely</a>
            <a href="/sports/short.html">Short</a>
            <a href="/files/season-fixtures-list-2024.pdf">Season fixtures list for 2024 download</a>
            <a href="javascript:void(0)">Load more stories from the archive</a>
          </main>
          <footer><a href="/about-the-courier-and-its-staff.html">About the Courier and its staff</a></footer>
        </body></html>
        """;

    [Fact]
    public void HeadlineLinksToArticlesAreFoundOnceInPageOrder()
    {
        var entries = SectionPageParser.Parse(Encoding.UTF8.GetBytes(Html), Page);
        Assert.Equal(
            ["https://www.courier.example/sports/gulls-clinch-division-title.html", "https://courier.example/2024/03/12/ferry-vote", "https://www.courier.example/news/1234567"],
            entries.Select(e => ArticleLink(e.Link)));
        Assert.Equal("Ellison Gulls rally late to clinch first division title", entries[0].Title);
    }

    private static string ArticleLink(Uri url) => NewsFunctions.Articles.ArticleId.Normalize(url).AbsoluteUri;

    [Fact]
    public void RelativeLinksResolveAgainstThePagesBaseHref()
    {
        const string html = """
            <html><head><base href="https://www.courier.example/archive/2024/"></head><body><main>
              <h2><a href="03/12/gulls-clinch-division-title.html">Ellison Gulls rally late to clinch first division title</a></h2>
            </main></body></html>
            """;
        var entry = Assert.Single(SectionPageParser.Parse(Encoding.UTF8.GetBytes(html), Page));
        Assert.Equal("https://www.courier.example/archive/2024/03/12/gulls-clinch-division-title.html", entry.Link.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://x.example/politics/", false)]
    [InlineData("https://x.example/tag/harbor-bond-vote-news/", false)]
    [InlineData("https://x.example/a/b/story-with-long-slug.html", true)]
    [InlineData("https://x.example/2024/03/12/vote", true)]
    [InlineData("https://x.example/news/98765432", true)]
    [InlineData("https://x.example/img/photo-of-the-harbor.jpg", false)]
    public void ArticleShapedPathsAreRecognised(string url, bool expected) =>
        Assert.Equal(expected, SectionPageParser.LooksLikeArticle(new Uri(url)));
}
