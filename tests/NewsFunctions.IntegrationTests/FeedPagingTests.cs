using System.Buffers.Text;
using System.Text;
using Microsoft.Extensions.Options;
using NewsFunctions.Articles;
using NewsFunctions.Configuration;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

/// <summary>Feed paging against Azurite, on tables of its own so the demo feed the other tests read is untouched.</summary>
[Collection(AppTestGroup.Name)]
public sealed class FeedPagingTests(NewsAppFixture app)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private async Task<ArticleIndex> NewIndexAsync()
    {
        var options = new NewsOptions();
        options.Storage.TablePrefix = "P" + Guid.NewGuid().ToString("N")[..10];
        var index = new ArticleIndex(app.App.Services.GetRequiredService<StorageClients>(), Options.Create(options));
        await index.Feed.CreateIfNotExistsAsync();
        await index.Articles.CreateIfNotExistsAsync();
        return index;
    }

    private static Article At(DateTimeOffset published, string name)
    {
        var url = new Uri($"https://news.example/{name}");
        return new Article { Id = ArticleId.For(url), Url = url.AbsoluteUri, Title = name, Published = published, Category = "science" };
    }

    private static async Task<List<string>> ReadAllAsync(ArticleIndex index, int limit, Func<Task>? betweenPages = null)
    {
        var titles = new List<string>();
        string? cursor = null;
        do
        {
            var page = await index.GetFeedPageAsync("science", limit, cursor);
            titles.AddRange(page.Items.Select(i => i.Title!));
            cursor = page.NextCursor;
            if (betweenPages is not null)
            {
                await betweenPages();
                betweenPages = null;
            }
        }
        while (cursor is not null);
        return titles;
    }

    [Fact]
    public async Task ArticleStoredBetweenPagesBehindTheReadPositionIsOnALaterPage()
    {
        var index = await NewIndexAsync();
        foreach (var (hours, name) in new[] { (0, "a"), (-2, "c"), (-3, "d") })
        {
            await index.IndexAsync(At(T0.AddHours(hours), name));
        }

        // After the first page ("a") a late find dated between "a" and "c" is stored, and a brand-new "z".
        var titles = await ReadAllAsync(index, 1, async () =>
        {
            await index.IndexAsync(At(T0.AddHours(-1), "b"));
            await index.IndexAsync(At(T0.AddHours(1), "z"));
        });

        Assert.Equal(["a", "b", "c", "d"], titles);
    }

    [Fact]
    public async Task PagingReturnsEveryArticleOnceWhateverTheLimit()
    {
        var index = await NewIndexAsync();
        var names = Enumerable.Range(0, 7).Select(i => $"n{i}").ToList();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            // Two at the same instant: the id breaks the tie, and neither is lost or repeated.
            await index.IndexAsync(At(T0.AddMinutes(i == 6 ? -5 : -i), name));
        }

        foreach (var limit in new[] { 1, 2, 3, 7, 8 })
        {
            var titles = await ReadAllAsync(index, limit);
            Assert.Equal(names.Order(), titles.Order());
            Assert.Equal(titles.Count, titles.Distinct().Count());
        }
    }

    [Fact]
    public async Task CursorOfTheEarlierFormStillReadsFromTheRowItNames()
    {
        // Cursors handed out before the "after" mark named the first row of the next page; they must keep working.
        var index = await NewIndexAsync();
        foreach (var (hours, name) in new[] { (0, "a"), (-1, "b"), (-2, "c") })
        {
            await index.IndexAsync(At(T0.AddHours(hours), name));
        }

        var b = At(T0.AddHours(-1), "b");
        var legacy = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(ArticleIndex.FeedRowKey(b.Published!.Value, b.Id)));
        var page = await index.GetFeedPageAsync("science", 5, legacy);
        Assert.Equal(["b", "c"], page.Items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("")]
    [InlineData("Pg")]
    public async Task CursorThatNamesNoPositionIsRefused(string cursor)
    {
        var index = await NewIndexAsync();
        await Assert.ThrowsAsync<FormatException>(() => index.GetFeedPageAsync("science", 5, cursor));
    }
}
