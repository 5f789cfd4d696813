using NewsFunctions.Articles;

namespace NewsFunctions.IntegrationTests;

/// <summary>The index against Azurite: text a page controls never makes a write fail, and deliveries of one article at once leave one set of rows.</summary>
[Collection(AppTestGroup.Name)]
public sealed class ArticleIndexTests(NewsAppFixture app)
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

    [Fact]
    public async Task TwoDeliveriesOfOneArticleIndexedAtOnceLeaveOneFeedRowPerFeed()
    {
        for (var round = 0; round < 5; round++)
        {
            var url = new Uri($"https://news.example/story/{Guid.NewGuid():N}");
            var id = ArticleId.For(url);
            // No date on the page: each delivery sorts by its own fetch time, and its feed hints gave another category.
            Article Delivery(string category, int second) => new()
            {
                Id = id,
                Url = url.AbsoluteUri,
                Title = "Harbor reopens",
                Category = category,
                FetchedAt = new DateTimeOffset(2026, 11, 28, 9, 0, second, TimeSpan.Zero),
            };

            try
            {
                await Task.WhenAll(app.Index.IndexAsync(Delivery("business", 1)), app.Index.IndexAsync(Delivery("sports", 2)));

                var row = await app.Index.Articles.GetEntityAsync<Azure.Data.Tables.TableEntity>(id, "");
                var feedRows = new List<(string Partition, string Key)>();
                await foreach (var e in app.Index.Feed.QueryAsync<Azure.Data.Tables.TableEntity>())
                {
                    if (e.GetString("Id") == id)
                    {
                        feedRows.Add((e.PartitionKey, e.RowKey));
                    }
                }

                Assert.Equal(
                    [(row.Value.GetString("Category"), row.Value.GetString("FeedRowKey")), ("all", row.Value.GetString("FeedRowKey"))],
                    feedRows.OrderBy(r => r.Partition == "all").ToList());
            }
            finally
            {
                await app.RemoveArticleAsync(id);
                await foreach (var e in app.Index.Feed.QueryAsync<Azure.Data.Tables.TableEntity>())
                {
                    if (e.GetString("Id") == id)
                    {
                        await app.Index.Feed.DeleteEntityAsync(e.PartitionKey, e.RowKey);
                    }
                }
            }
        }
    }
}
