using static NewsFunctions.Tests.Extraction.PageBuilder;

namespace NewsFunctions.Tests.Extraction.Content;

public sealed class LeadAndEmbedTests
{
    private const string Lead = "Trams will reach the eastern suburbs before 2030 after a decade of debate, the council decided on Tuesday night.";

    [Fact]
    public void StandfirstInArticleHeaderIsKeptBeforeBody()
    {
        var inner = $"""
            <div class="article-header"><p class="teaser-text">{Lead}</p><span class="byline">By Jane Doe</span></div>
            <div class="article-body">{Paragraphs(Para1, Para2, Para3)}</div>
            """;
        var text = Extract(Page(inner));
        Assert.Equal($"{Lead}\n\n{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void LeadInColumnNextToBodyContainerIsKept()
    {
        var inner = $"""
            <div class="col-intro"><p>{Lead}</p></div>
            <div class="col-main"><div class="story">{Paragraphs(Para1, Para2, Para3)}</div></div>
            """;
        var text = Extract(Page(inner));
        Assert.StartsWith(Lead + "\n\n" + Para1, text, StringComparison.Ordinal);
    }

    [Fact]
    public void CaptionBetweenTitleAndBodyIsNotTakenForLead()
    {
        var inner = $"""
            <div class="image-caption"><p>The new tram stop on Market Street, photographed during a test run on Monday morning.</p></div>
            <div class="article-body">{Paragraphs(Para1, Para2, Para3)}</div>
            """;
        var text = Extract(Page(inner));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void TextBeforeTheTitleIsNotTakenForLead()
    {
        var before = """<div class="promo-box"><p>Get the best of our journalism every morning, with the stories you need to start the day.</p></div>""";
        var text = Extract(Page(Paragraphs(Para1, Para2, Para3), beforeArticle: before));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void EmbeddedTweetInSocialWrapperIsKeptWithItsAttribution()
    {
        var inner = Paragraphs(Para1)
            + """
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">The trams are coming! <a href="https://t.co/x">https://t.co/x</a></p>— Tram Fans (@tramfans) <a href="https://twitter.com/tramfans/status/1">November 18, 2026</a></blockquote></div>
            """
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(inner));
        Assert.Contains("The trams are coming! https://t.co/x", text, StringComparison.Ordinal);
        Assert.Contains("— Tram Fans (@tramfans) November 18, 2026", text, StringComparison.Ordinal);
        Assert.EndsWith(Para3, text, StringComparison.Ordinal);
    }

    [Fact]
    public void StandfirstAboveABoxOfRelatedLinksIsKept()
    {
        var related = string.Concat(Enumerable.Range(1, 14).Select(i => $"""<li><a href="/story-{i}">Earlier coverage of the tram plan, part {i}</a></li>"""));
        var inner = $"""
            <div class="article-header"><p class="teaser-text">{Lead}</p><span class="byline">By Jane Doe</span></div>
            <div class="more-on-this"><h3>More on this</h3><ul>{related}</ul></div>
            <div class="article-body">{Paragraphs(Para1, Para2, Para3)}</div>
            """;
        var text = Extract(Page(inner));
        Assert.Equal($"{Lead}\n\n{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void StandfirstClassedAsOneIsKeptWithoutAFullStop()
    {
        const string lead = "Trams will reach the eastern suburbs before 2030 after a decade of debate, and the route is still open";
        var inner = $"""
            <div class="article-header"><p class="article-header__lead">{lead}</p><span class="byline">By Jane Doe</span></div>
            <div class="article-body">{Paragraphs(Para1, Para2, Para3)}</div>
            """;
        var text = Extract(Page(inner));
        Assert.Equal($"{lead}\n\n{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void CaptionWithLeadLikeUtilityClassIsNotTakenForLead()
    {
        const string caption = "Commuters wait at the central tram stop during the morning rush on Monday, 17 November 2026";
        var inner = $"""
            <div class="article-header"><div class="image__caption leading-tight text-sm">{caption}</div><span class="byline">By Jane Doe</span></div>
            <div class="article-body">{Paragraphs(Para1, Para2, Para3)}</div>
            """;
        var text = Extract(Page(inner));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }
}
