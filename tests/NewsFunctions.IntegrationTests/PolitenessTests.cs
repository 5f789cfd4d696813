using NewsFunctions.Articles;
using NewsFunctions.Pipeline;

namespace NewsFunctions.IntegrationTests;

[Collection(AppTestGroup.Name)]
public sealed class PolitenessTests(NewsAppFixture app)
{
    [Fact]
    public async Task RetryAfterIsHonouredBeforeTheArticleIsFetchedAgain()
    {
        var requests = new List<DateTime>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var site = builder.Build();
        site.MapGet("/news/busy-harbor-story-today.html", (HttpContext context) =>
        {
            lock (requests)
            {
                requests.Add(DateTime.UtcNow);
                if (requests.Count == 1)
                {
                    context.Response.Headers.RetryAfter = "2";
                    return Results.StatusCode(StatusCodes.Status429TooManyRequests);
                }
            }

            return Results.Content("""
                <html lang="en"><head><title>Harbor story</title></head><body><article><h1>Harbor reopens after the storm</h1>
                <p>The harbor reopened on Tuesday after a week of repairs to the breakwater and the ferry ramp.</p>
                <p>Officials said the fishing fleet would be back at sea by the weekend if the weather holds.</p></article></body></html>
                """, "text/html; charset=utf-8");
        });
        await site.StartAsync();
        var url = new Uri(new Uri(site.Urls.First()), "/news/busy-harbor-story-today.html");

        await app.Queues.EnqueueAsync(new ArticleMessage("daily-courier", url.AbsoluteUri, FeedCategories: ["Business"]));

        var id = ArticleId.For(url);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await app.Index.GetAsync(id) is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        try
        {
            Assert.NotNull(await app.Index.GetAsync(id));
        }
        finally
        {
            // Other tests count the demo articles: leave nothing behind.
            await app.RemoveArticleAsync(id);
        }

        Assert.Equal(2, requests.Count);
        Assert.True(requests[1] - requests[0] >= TimeSpan.FromSeconds(1.9), $"Fetched again after {(requests[1] - requests[0]).TotalSeconds:F1} s; the site asked for 2 s.");
    }
}
