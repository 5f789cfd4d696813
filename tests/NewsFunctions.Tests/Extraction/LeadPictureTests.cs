using System.Text;
using NewsFunctions.Extraction;
using static NewsFunctions.Tests.Extraction.PageBuilder;

namespace NewsFunctions.Tests.Extraction;

/// <summary>The lead image of pages that declare none in their metadata comes from the photo that opens the story.</summary>
public sealed class LeadPictureTests
{
    private static Uri? ImageOf(string html) =>
        new ArticleExtractor().Extract(Encoding.UTF8.GetBytes(html), new Uri("https://news.example.com/2026/11/tram")).Image;

    [Fact]
    public void PhotoInAFigureAboveTheBodyIsTheLeadImageResolvedAgainstThePage()
    {
        var image = ImageOf(Page($"""
            <figure class="wp-block-image"><img src="/uploads/2026/11/tram-depot.jpg?w=1200&amp;q=80" alt="The tram depot" width="1200" height="675">
            <figcaption>The depot in the east. Photo: Jane Doe</figcaption></figure>
            {Paragraphs(Para1, Para2, Para3)}
            """));
        Assert.Equal(new Uri("https://news.example.com/uploads/2026/11/tram-depot.jpg?w=1200&q=80"), image);
    }

    [Fact]
    public void LazyLoadedPhotoGivesItsRealAddressNotThePlaceholder()
    {
        var image = ImageOf(Page($"""
            <p>{Para1}</p>
            <img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://cdn.example.com/tram-line.webp">
            {Paragraphs(Para2, Para3)}
            """));
        Assert.Equal(new Uri("https://cdn.example.com/tram-line.webp"), image);
    }

    [Fact]
    public void LogosAvatarsIconsTeasersAndSmallPicturesAreNotLeadImages()
    {
        var image = ImageOf(Page(
            $"""
            <div class="byline"><img src="/authors/jane-avatar.jpg" alt="Jane Doe">By Jane Doe</div>
            <img src="/img/share-icon.png" alt=""><img src="/img/rating-stars.jpg" width="80" height="16">
            {Paragraphs(Para1, Para2, Para3)}
            <img src="/img/divider.gif">
            """,
            beforeArticle: """<div class="brand"><img src="/img/daily-example-logo.png" alt="Daily Example"></div>""",
            afterArticle: """<aside class="related"><ul><li><a href="/b"><img src="/uploads/other-story.jpg">Other story</a></li></ul></aside>"""));
        Assert.Null(image);
    }

    [Fact]
    public void DeclaredImageBeatsThePhotoInTheBody()
    {
        var html = Page($"""<figure><img src="/uploads/tram-depot.jpg"></figure>{Paragraphs(Para1, Para2, Para3)}""")
            .Replace("<title>", """<meta property="og:image" content="https://news.example.com/social/tram-card.jpg"><title>""", StringComparison.Ordinal);
        Assert.Equal(new Uri("https://news.example.com/social/tram-card.jpg"), ImageOf(html));
    }
}
