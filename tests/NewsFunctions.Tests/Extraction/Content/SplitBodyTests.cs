using static NewsFunctions.Tests.Extraction.PageBuilder;

namespace NewsFunctions.Tests.Extraction.Content;

public sealed class SplitBodyTests
{
    private const string Para4 = "Residents of the eastern districts now spend more than an hour on buses each way and welcomed the plan at a packed public meeting on Wednesday evening.";
    private const string Part1 = "Officials expect the first construction contracts to be signed next spring once the regional government has confirmed its share of the funding.";
    private const string Part2 = "The council will publish the final route with the locations of all fourteen new stops on its website before the summer break begins.";
    private const string Part3 = "A second consultation on the depot site is planned for the autumn and the results will be presented to the transport committee in December.";

    [Fact]
    public void BodySectionsWithVariantClassesAroundAdsAreAllKept()
    {
        var inner = $"""
            <div class="note-column">
              <section class="detail-body"><div class="body-content">{Paragraphs(Para1, Para2, Para3, Para4)}</div></section>
              <div class="ad-slot"><span>Advertisement</span></div>
              <section class="detail-body second-part"><div class="body-content"><p>{Part1}</p></div></section>
              <div class="ad-slot"><span>Advertisement</span></div>
              <section class="detail-body third-part"><div class="body-content"><p>{Part2}</p></div></section>
              <section class="detail-body fourth-part"><div class="body-content"><p>{Part3}</p></div></section>
            </div>
            """;
        var text = Extract(Page(inner));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}\n\n{Para4}\n\n{Part1}\n\n{Part2}\n\n{Part3}", text);
    }

    [Fact]
    public void SiblingBlocksOfAnotherComponentAreNotPulledIn()
    {
        var inner = $"""
            <div class="page-column">
              <div class="odd sect sect_lead">{Paragraphs(Para1, Para2, Para3, Para4)}</div>
              <div class="even sect sect_comments"><p>{Part1}</p></div>
              <div class="odd sect sect_comments"><p>{Part2}</p></div>
              <div class="even sect sect_comments"><p>{Part3}</p></div>
            </div>
            """;
        var text = Extract(Page(inner));
        Assert.DoesNotContain(Part1, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortLaterSectionsOfTheSameComponentAreKept()
    {
        // The first section holds most of the story, so the parent has far less than 1.6x its prose; the later
        // sections are the same component all the same.
        var inner = $"""
            <div class="page-wrap"><div class="layout-col">
              <div class="row align-center"><div class="col-8">{Paragraphs(Para1, Para2, Para3, Para4)}</div></div>
              <div class="promo-box"><a href="/subscribe">Subscribe now</a></div>
              <div class="row align-center"><div class="col-8"><h2>What happens next</h2><p>{Part1}</p></div></div>
              <div class="row align-center"><div class="col-8"><h2>The route</h2><p>{Part2}</p></div></div>
            </div></div>
            """;
        var text = Extract(Page(inner));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}\n\n{Para4}\n\nWhat happens next\n\n{Part1}\n\nThe route\n\n{Part2}", text);
    }

    [Fact]
    public void LinkedBlurbsInTheSameComponentAreNotPulledIn()
    {
        // A related-stories row laid out like the story's rows: its blurb is a quarter link, the headline of the story it leads to.
        var inner = $"""
            <div class="page-wrap"><div class="layout-col">
              <div class="row align-center"><div class="col-8">{Paragraphs(Para1, Para2, Para3, Para4)}</div></div>
              <div class="row align-center"><div class="col-8">
                <p><a href="/a">Tram works in the eastern districts start next spring, the council says</a> {Part1}</p>
              </div></div>
            </div></div>
            """;
        var text = Extract(Page(inner));
        Assert.DoesNotContain(Part1, text, StringComparison.Ordinal);
    }
}
