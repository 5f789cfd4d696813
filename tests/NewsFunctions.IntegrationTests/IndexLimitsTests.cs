using NewsFunctions.Articles;

namespace NewsFunctions.IntegrationTests;

/// <summary>Table storage's limits against Azurite: text a page controls never makes an index write fail.</summary>
[Collection(AppTestGroup.Name)]
public sealed class IndexLimitsTests(NewsAppFixture app)
{
    [Fact]
    public async Task ArticleWhoseTitleAndAuthorsOutgrowATablePropertyIsStillIndexed()
    {
        var url = new Uri($"https://news.example/story/{Guid.NewGuid():N}");
        var id = ArticleId.For(url);
        // A template that put the whole page into <title>, and a byline list gone wrong: both past 64 KiB of UTF-16.
        var title = string.Concat(Enumerable.Repeat("Harbor reopens after the storm \U0001F30A ", 1500));
        var article = new Article
        {
            Id = id,
            Url = url.AbsoluteUri,
            Title = title,
            Authors = Enumerable.Range(0, 5000).Select(i => $"Reporter Number {i}").ToList(),
            Summary = "The harbor reopened.",
            Category = "business",
            Published = new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero),
            FetchedAt = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero),
        };

        try
        {
            await app.Index.IndexAsync(article);

            var item = await app.Index.GetAsync(id);
            Assert.NotNull(item);
            Assert.StartsWith("Harbor reopens after the storm", item.Title, StringComparison.Ordinal);
            Assert.True(item.Title!.Length <= 32 * 1024);
            Assert.False(char.IsHighSurrogate(item.Title[^1]), "The cut split a surrogate pair.");
            Assert.Equal("Reporter Number 0", item.Authors[0]);
            var page = await app.Index.GetFeedPageAsync("business", 1000, null);
            Assert.Contains(page.Items, i => i.Id == id);
        }
        finally
        {
            await app.RemoveArticleAsync(id);
        }
    }

    [Fact]
    public async Task LinkLongerThanATablePropertyIsMarkedSeen()
    {
        var link = new Uri($"https://news.example/story/{Guid.NewGuid():N}?q=" + new string('a', 40_000));

        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", DateTimeOffset.UtcNow));
        Assert.False(await app.Index.TryMarkSeenAsync(link, "demo", DateTimeOffset.UtcNow));
    }
}
