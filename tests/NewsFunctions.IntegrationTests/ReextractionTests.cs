using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using NewsFunctions.Articles;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

/// <summary>
/// <c>POST /api/archive/reextract</c> and its queues: archived articles are rebuilt from their raw pages, never fetched.
/// Pages archived here claim URLs on the discard port, where nothing listens: a fetch of one could only fail.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class ReextractionTests(NewsAppFixture app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ArticleIsRebuiltIdenticallyFromItsRawPageAloneWithTheSiteGone()
    {
        // Fetched and stored by the pipeline, from a site that is then shut down.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var site = builder.Build();
        site.MapGet("/news/harbor-reopens.html", () => Results.Content(Page("Harbor reopens after the storm", section: null), "text/html; charset=utf-8"));
        await site.StartAsync();
        var url = new Uri(new Uri(site.Urls.First()), "/news/harbor-reopens.html");
        var id = ArticleId.For(url);
        try
        {
            // The feed's category decides (the page has no section): only a re-extraction that kept it files it the same.
            await app.Queues.EnqueueAsync(new ArticleMessage("daily-courier", url.AbsoluteUri, FeedCategories: ["Business"]));
            await WaitUntilAsync(async () => await app.Index.GetAsync(id) is not null, "the pipeline never stored the article");
            await site.DisposeAsync();
            var stored = await ArticleJsonAsync(id);
            Assert.Equal("business", (await app.Index.GetAsync(id))!.Category);

            // Everything but the raw page is lost.
            await app.RemoveIndexRowsAsync(id);
            await app.Archive.Articles.DeleteBlobAsync(ArticleArchive.ArticleBlobName(id));
            await StartAsync("?id=" + id, HttpStatusCode.Accepted);

            await WaitUntilAsync(async () => await app.Index.GetAsync(id) is not null, "the article was not rebuilt");
            Assert.Equal(stored, await ArticleJsonAsync(id));
            Assert.Equal("business", (await app.Index.GetAsync(id))!.Category);
            Assert.True(await IsInFeedAsync("business", id));
        }
        finally
        {
            await site.DisposeAsync();
            await app.RemoveArticleAsync(id);
        }
    }

    [Fact]
    public async Task ReextractionRewritesTheArticleAndItsIndexRowWhenThePageReadsDifferently()
    {
        var (id, url) = NewArticle();
        try
        {
            await RebuildAsync(id, url, "Ferry timetable changes", "Business");

            // An improved extractor, seeing more of the same page, is simulated by another page under the same id.
            await RebuildAsync(id, url, "Ferry timetable changes for the winter", "Business");

            var article = await app.Archive.GetArticleAsync(id);
            Assert.Equal("Ferry timetable changes for the winter", article?.Title);
            Assert.Equal("Ferry timetable changes for the winter", (await app.Index.GetAsync(id))?.Title);
            Assert.Equal("Ferry timetable changes for the winter", (await FeedRowsAsync("all", id)).Single().GetString("Title"));
        }
        finally
        {
            await app.RemoveArticleAsync(id);
        }
    }

    [Fact]
    public async Task ReextractionThatChangesTheCategoryMovesTheArticleBetweenCategoryFeeds()
    {
        var (id, url) = NewArticle();
        try
        {
            await RebuildAsync(id, url, "Council votes on the harbor budget", "Sports");
            Assert.True(await IsInFeedAsync("sports", id));

            await RebuildAsync(id, url, "Council votes on the harbor budget again", "Politics");

            Assert.Equal("politics", (await app.Index.GetAsync(id))?.Category);
            Assert.True(await IsInFeedAsync("politics", id));
            Assert.False(await IsInFeedAsync("sports", id), "The article is still in the feed of its old category.");
            Assert.Single(await FeedRowsAsync("all", id));
        }
        finally
        {
            await app.RemoveArticleAsync(id);
        }
    }

    [Fact]
    public async Task PageArchivedBeforeItsFetchFactsWereKeptTakesThemFromItsArticle()
    {
        var (id, url) = NewArticle();
        var fetchedAt = new DateTimeOffset(2024, 3, 12, 8, 15, 0, TimeSpan.Zero);
        try
        {
            await app.Archive.SaveRawAsync(id, Encoding.UTF8.GetBytes(Page("Pier repairs begin", "Business")), "text/html; charset=utf-8", url, new FetchFacts(fetchedAt, "daily-courier"));
            await StartAsync("?id=" + id, HttpStatusCode.Accepted);
            await WaitUntilAsync(async () => await app.Index.GetAsync(id) is not null, "the article was not built");

            // As the archive wrote raw pages before: the URL, and nothing else about the fetch.
            await app.Archive.SaveRawAsync(id, Encoding.UTF8.GetBytes(Page("Pier repairs begin on Monday", "Business")), "text/html; charset=utf-8", url);
            await StartAsync("?id=" + id, HttpStatusCode.Accepted);
            await WaitUntilAsync(async () => (await app.Index.GetAsync(id))?.Title == "Pier repairs begin on Monday", "the old-style page was not rebuilt");

            var article = await app.Archive.GetArticleAsync(id);
            Assert.Equal(("daily-courier", fetchedAt), (article?.SourceId, article?.FetchedAt));
        }
        finally
        {
            await app.RemoveArticleAsync(id);
        }
    }

    [Fact]
    public async Task SweepOfMoreRawPagesThanOneListingPageRebuildsEveryOneAndLeavesFetchedArticlesAsTheyWere()
    {
        await app.EnsureFirstTickAsync();
        var demo = app.Expected.Select(a => NewsAppFixture.IdOf(app.DemoSite.BaseUrl, a)).ToList();
        var before = new Dictionary<string, string>();
        foreach (var demoId in demo)
        {
            before[demoId] = await ArticleJsonAsync(demoId);
        }

        var archived = Enumerable.Range(0, (NewsAppFixture.SweepPageSize * 2) + 1).Select(_ => NewArticle()).ToList();
        try
        {
            foreach (var (id, url) in archived)
            {
                await ArchiveAsync(id, url, Page("Lighthouse keeper retires " + id[..6], "Lifestyle"));
            }

            await StartAsync("", HttpStatusCode.Accepted);

            await WaitUntilAsync(async () =>
            {
                foreach (var (id, _) in archived)
                {
                    if (await app.Index.GetAsync(id) is null)
                    {
                        return false;
                    }
                }

                return true;
            }, "not every archived page was rebuilt");
            await app.WaitForQueuesToDrainAsync(Patience);
            foreach (var demoId in demo)
            {
                // Rebuilt from the same bytes with what the fetch knew, an article comes out as it was stored.
                Assert.Equal(before[demoId], await ArticleJsonAsync(demoId));
            }
        }
        finally
        {
            foreach (var (id, _) in archived)
            {
                await app.RemoveArticleAsync(id);
            }
        }
    }

    [Fact]
    public async Task ArticleOfASourceNoLongerInTheSourcesFileIsLeftAsItWas()
    {
        var (id, url) = NewArticle();
        try
        {
            // Stored when the source was still configured; the sources file has dropped it since.
            await app.Archive.SaveRawAsync(id, Encoding.UTF8.GetBytes(Page("Ferry strike ends", "Business")), "text/html; charset=utf-8", url, new FetchFacts(DateTimeOffset.UtcNow, "closed-gazette"));
            await StartAsync("?id=" + id, HttpStatusCode.Accepted);

            await WaitUntilAsync(() => Task.FromResult(app.Logs.Records.Any(r => r.Level == LogLevel.Warning && r.Message.Contains(id, StringComparison.Ordinal))),
                "the unknown source was not reported");
            await app.WaitForQueuesToDrainAsync(Patience);
            Assert.Null(await app.Index.GetAsync(id));
            Assert.Null(await app.Archive.GetArticleAsync(id));
        }
        finally
        {
            await app.RemoveArticleAsync(id);
        }
    }

    [Fact]
    public async Task ArticleWithoutARawPageIs404WhenAskedForAndReportedNotPoisonedWhenQueued()
    {
        var (id, _) = NewArticle();

        using var problem = await StartAsync("?id=" + id, HttpStatusCode.NotFound);
        Assert.Contains(id, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Queued all the same, as a sweep does for a page deleted after it was listed: logged, and done with.
        await app.Queues.EnqueueAsync(new ReextractMessage(id, "test"));
        await WaitUntilAsync(() => Task.FromResult(app.Logs.Records.Any(r => r.Level == LogLevel.Warning && r.Message.Contains(id, StringComparison.Ordinal))),
            "the missing raw page was not reported");
        await app.WaitForQueuesToDrainAsync(Patience);
        var poison = new QueueClient(NewsAppFixture.StorageConnection, WorkQueues.PoisonQueueName(app.ReextractsQueue),
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Assert.False(await poison.ExistsAsync() && (await poison.PeekMessagesAsync(32)).Value.Any(m => m.Body.ToString().Contains(id, StringComparison.Ordinal)),
            "The message for an id without a raw page was poisoned.");
        Assert.Null(await app.Index.GetAsync(id));
    }

    [Fact]
    public async Task RawPageThatIsNotGzipIsReportedAndLeftNotPoisoned()
    {
        var (id, url) = NewArticle();
        // Put back by hand, as the page it is: tools that download the raw blob unpack it (it is served gzip-encoded).
        var blob = app.Archive.Raw.GetBlobClient(ArticleArchive.RawBlobName(id));
        await blob.UploadAsync(BinaryData.FromString(Page("Harbor reopens after the storm", section: null)), new Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { ["url"] = Uri.EscapeDataString(url.AbsoluteUri) },
        });
        try
        {
            await app.Queues.EnqueueAsync(new ReextractMessage(id, "test"));
            await WaitUntilAsync(() => Task.FromResult(app.Logs.Records.Any(r => r.Level == LogLevel.Warning && r.Message.Contains(id, StringComparison.Ordinal) && r.Message.Contains("gzip", StringComparison.Ordinal))),
                "the unreadable raw page was not reported");
            await app.WaitForQueuesToDrainAsync(Patience);
            var poison = new QueueClient(NewsAppFixture.StorageConnection, WorkQueues.PoisonQueueName(app.ReextractsQueue),
                new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
            Assert.False(await poison.ExistsAsync() && (await poison.PeekMessagesAsync(32)).Value.Any(m => m.Body.ToString().Contains(id, StringComparison.Ordinal)),
                "The message for a raw page that is not gzip was poisoned.");
        }
        finally
        {
            await blob.DeleteIfExistsAsync();
        }
    }

    [Fact]
    public async Task FunctionKeyInTheQueryIsNoUnknownParameter()
    {
        var (id, _) = NewArticle();
        using var problem = await StartAsync($"?code={NewsAppFixture.FunctionKey}&id={id}", HttpStatusCode.NotFound);
        Assert.Equal("Not archived", problem.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("?id=not-an-id")]
    [InlineData("?id=0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("?id=0123456789abcdef0123456789abcdef&id=0123456789abcdef0123456789abcdee")]
    [InlineData("?source=daily-courier")]
    public async Task BadRequestIs400ProblemAndStartsNothing(string query)
    {
        using var problem = await StartAsync(query, HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(0, (await app.Queues.Sweeps.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task ReextractionNeedsAFunctionKey()
    {
        using var response = await app.Http.PostAsync("/api/archive/reextract", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, (await app.Queues.Sweeps.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    private static (string Id, Uri Url) NewArticle()
    {
        var url = new Uri($"http://127.0.0.1:9/news/{Guid.NewGuid():N}.html");
        return (ArticleId.For(url), url);
    }

    private static string Page(string title, string? section)
    {
        var meta = section is null ? "" : $"""<meta property="article:section" content="{section}">""";
        return $"""
            <html lang="en"><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>
            <p>The harbor authority met on Tuesday evening and spent most of the session on the schedule for the coming months.</p>
            <p>Residents who spoke at the meeting asked for clearer notices at the quay and on the authority's website.</p>
            <p>A final decision is expected next week, after the members have read the written comments sent in by the public.</p>
            </article></body></html>
            """;
    }

    private Task ArchiveAsync(string id, Uri url, string html) =>
        app.Archive.SaveRawAsync(id, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", url, new FetchFacts(DateTimeOffset.UtcNow, "daily-courier"));

    /// <summary>Archives a page under the id, asks for its re-extraction, and waits until the index shows its title.</summary>
    private async Task RebuildAsync(string id, Uri url, string title, string section)
    {
        await ArchiveAsync(id, url, Page(title, section));
        await StartAsync("?id=" + id, HttpStatusCode.Accepted);
        await WaitUntilAsync(async () => (await app.Index.GetAsync(id))?.Title == title, $"the article was not rebuilt as '{title}'");
    }

    private async Task<JsonDocument> StartAsync(string query, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/archive/reextract" + query);
        request.Headers.Add("x-functions-key", NewsAppFixture.FunctionKey);
        using var response = await app.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        if (expected != HttpStatusCode.Accepted)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var json = JsonDocument.Parse(body);
        if (expected == HttpStatusCode.Accepted)
        {
            Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("sweepId").GetString()));
        }

        return json;
    }

    private async Task<string> ArticleJsonAsync(string id) =>
        (await app.Archive.Articles.GetBlobClient(ArticleArchive.ArticleBlobName(id)).DownloadContentAsync()).Value.Content.ToString();

    private async Task<List<TableEntity>> FeedRowsAsync(string category, string id)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in app.Index.Feed.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {category} and Id eq {id}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<bool> IsInFeedAsync(string category, string id) => (await FeedRowsAsync(category, id)).Count > 0;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"After {Patience.TotalSeconds} s {failure}.");
            await Task.Delay(200);
        }
    }
}
