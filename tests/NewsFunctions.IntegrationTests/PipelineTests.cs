using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using NewsFunctions.Articles;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

[Collection(AppTestGroup.Name)]
public sealed class PipelineTests(NewsAppFixture app)
{
    [Fact]
    public async Task TimerTickStoresEveryDemoArticleInBlobAndTable()
    {
        await app.EnsureFirstTickAsync();

        foreach (var expected in app.Expected)
        {
            var id = NewsAppFixture.IdOf(app.DemoSite.BaseUrl, expected);
            var raw = await app.Archive.Raw.GetBlobClient(ArticleArchive.RawBlobName(id)).DownloadContentAsync();
            Assert.Equal("gzip", raw.Value.Details.ContentEncoding);
            await using var gzip = new GZipStream(raw.Value.Content.ToStream(), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            Assert.Contains(WebUtility.HtmlEncode(expected.MustContain[0])[..20], WebUtility.HtmlEncode(await reader.ReadToEndAsync()), StringComparison.Ordinal);

            var article = await app.Archive.GetArticleAsync(id);
            Assert.NotNull(article);
            Assert.Equal(expected.Title, article.Title);
            Assert.False(string.IsNullOrWhiteSpace(article.Summary), $"{expected.Path} has no summary.");

            var row = await app.Index.Articles.GetEntityAsync<TableEntity>(id, "");
            Assert.Equal(expected.Title, row.Value.GetString("Title"));
        }

        Assert.Equal(app.Expected.Count, await app.CountAsync(app.Index.Articles));
    }

    [Fact]
    public async Task EveryDemoArticleIsInTheFeedOfItsCategoryAndInAll()
    {
        await app.EnsureFirstTickAsync();

        var all = await GetFeedAsync("all", 100);
        Assert.Equal(app.Expected.Count, all.Count);
        foreach (var group in app.Expected.GroupBy(a => a.Category))
        {
            var feed = await GetFeedAsync(group.Key, 100);
            var ids = feed.Select(i => i.GetProperty("id").GetString()).ToHashSet();
            foreach (var expected in group)
            {
                Assert.True(ids.Contains(NewsAppFixture.IdOf(app.DemoSite.BaseUrl, expected)), $"{expected.Path} is not in the '{group.Key}' feed.");
            }
        }
    }

    [Fact]
    public async Task TimerTickFollowsTheDemoSitemapIndexToItsSitemaps()
    {
        await app.EnsureFirstTickAsync();

        var state = app.App.Services.GetRequiredService<SourceState>();
        async Task<string?> StatusAsync(string path) =>
            (await state.Table.GetEntityAsync<TableEntity>("el-heraldo", ArticleId.For(new Uri(app.DemoSite.BaseUrl, path)))).Value.GetString("Status");
        Assert.Equal("ok: 8 links", await StatusAsync("/el-heraldo/news-sitemap.xml"));
        Assert.Equal("ok: 2 links", await StatusAsync("/el-heraldo/sitemaps/archivo-2022.xml"));
        Assert.StartsWith("ok: sitemap index: 2 of 2 sitemaps read: 10 links from 2", await StatusAsync("/el-heraldo/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondTickAddsNothing()
    {
        await app.EnsureFirstTickAsync();
        var articles = await app.CountAsync(app.Index.Articles);
        var feedRows = await app.CountAsync(app.Index.Feed);
        var seen = await app.CountAsync(app.Index.Seen);
        var blobs = await CountBlobsAsync();

        await app.FireTimerAsync();
        // The tick's discovery must run and finish before counting again.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await app.WaitForQueuesToDrainAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(articles, await app.CountAsync(app.Index.Articles));
        Assert.Equal(feedRows, await app.CountAsync(app.Index.Feed));
        Assert.Equal(seen, await app.CountAsync(app.Index.Seen));
        Assert.Equal(blobs, await CountBlobsAsync());

        // The second read of every feed and section page (and sitemap) was a conditional GET answered 304. Other
        // tests discover sources of their own into the same table.
        var demoSources = app.Expected.Select(a => a.Site).ToHashSet(StringComparer.Ordinal);
        var states = new List<TableEntity>();
        await foreach (var state in app.App.Services.GetRequiredService<SourceState>().Table.QueryAsync<TableEntity>())
        {
            if (demoSources.Contains(state.PartitionKey))
            {
                states.Add(state);
            }
        }

        Assert.Equal(7, states.Count);
        Assert.All(states, s => Assert.Equal("not modified", s.GetString("Status")));
    }

    [Theory]
    [InlineData("/files/report.pdf")]
    [InlineData("/files/report-served-as-html")]
    public async Task ArticleLinkToAPdfIsSkippedWithItsReasonAndNothingIsStored(string path)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var site = builder.Build();
        var pdf = Encoding.ASCII.GetBytes("""
            %PDF-1.7
            1 0 obj << /Type /Catalog /Title (Harbour works: the council's quarterly report on the breakwater) >> endobj
            2 0 obj << /Length 120 >> stream
            BT /F1 12 Tf (The harbour reopened on Tuesday after a week of repairs to the breakwater and the ferry ramp.) Tj ET
            endstream endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """);
        site.MapGet("/robots.txt", () => Results.NotFound());
        site.MapGet("/files/report.pdf", () => Results.Bytes(pdf, "application/pdf"));
        site.MapGet("/files/report-served-as-html", () => Results.Bytes(pdf, "text/html"));
        await site.StartAsync();
        var url = new Uri(new Uri(site.Urls.First()), path);

        var article = await app.App.Services.GetRequiredService<Pipeline.ArticleProcessor>().ProcessAsync(new Pipeline.ArticleMessage(app.Expected[0].Site, url.AbsoluteUri));

        Assert.Null(article);
        Assert.Null(await app.Index.GetAsync(ArticleId.For(url)));
        Assert.Null(await app.Archive.GetArticleAsync(ArticleId.For(url)));
        var seen = await app.Index.Seen.GetEntityAsync<TableEntity>(ArticleId.For(url), "");
        Assert.Contains("not an HTML page", seen.Value.GetString("LastError"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReprocessingAnArticleOverwritesInsteadOfDuplicating()
    {
        await app.EnsureFirstTickAsync();
        var expected = app.Expected[0];
        var before = await app.CountAsync(app.Index.Feed);

        // The same article listed again under a tracking-laden link (say, by a second feed): the same id, the same rows.
        var url = new Uri(app.DemoSite.BaseUrl, expected.Path + "?utm_source=test&utm_medium=email");
        await app.Queues.EnqueueAsync(new Pipeline.ArticleMessage(expected.Site, url.AbsoluteUri, FeedCategories: [expected.Category]));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await app.WaitForQueuesToDrainAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(before, await app.CountAsync(app.Index.Feed));
        Assert.Equal(app.Expected.Count, await app.CountAsync(app.Index.Articles));
    }

    [Fact]
    public async Task ArticleEndpointServesTheArticleWithSummaryAndText()
    {
        await app.EnsureFirstTickAsync();
        foreach (var expected in app.Expected)
        {
            var id = NewsAppFixture.IdOf(app.DemoSite.BaseUrl, expected);
            using var response = await app.Http.GetAsync($"/api/articles/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var article = ArticleJson.Deserialize(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(id, article.Id);
            Assert.Equal(expected.Title, article.Title);
            Assert.Equal(expected.Category, article.Category);
            Assert.False(string.IsNullOrWhiteSpace(article.Summary));
            foreach (var sentence in expected.MustContain)
            {
                Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task StoredArticlesCarryThePagesOwnDateAuthorsAndLanguage()
    {
        await app.EnsureFirstTickAsync();
        var wrong = new List<string>();
        foreach (var expected in app.Expected)
        {
            var article = (await app.Archive.GetArticleAsync(NewsAppFixture.IdOf(app.DemoSite.BaseUrl, expected)))!;
            // The site header shows today's date; the article's own date is the one that counts, offset and all.
            // A page that shows a time but no zone can only be read to the wall clock, unless its source names its time
            // zone (el-heraldo does: its article that shows a time without a zone must come out at +01:00, Madrid in February).
            var dateRight = expected.DateOnly
                ? article.Published?.Date == expected.Published.Date
                : !expected.ZoneShown
                    ? article.Published?.DateTime == expected.Published.DateTime
                    : article.Published == expected.Published && article.Published?.Offset == expected.Published.Offset;
            if (!dateRight)
            {
                wrong.Add($"{expected.Path}: published {article.Published:O} ({article.Sources?["published"]}), expected {expected.Published:O}");
            }

            if (!article.Authors.SequenceEqual(expected.Authors))
            {
                wrong.Add($"{expected.Path}: authors [{string.Join(", ", article.Authors)}], expected [{string.Join(", ", expected.Authors)}]");
            }

            if (article.Language?.Split('-')[0] != expected.Language)
            {
                wrong.Add($"{expected.Path}: language {article.Language}, expected {expected.Language}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task StoredTextLeavesOutTheBoilerplateWovenIntoThePage()
    {
        await app.EnsureFirstTickAsync();
        var leaks = new List<string>();
        foreach (var expected in app.Expected)
        {
            var article = (await app.Archive.GetArticleAsync(NewsAppFixture.IdOf(app.DemoSite.BaseUrl, expected)))!;
            leaks.AddRange(expected.MustNotContain.Where(b => article.Text.Contains(b, StringComparison.Ordinal)).Select(b => $"{expected.Path}: \"{b}\""));
        }

        Assert.True(leaks.Count == 0, "Boilerplate in the stored text:" + Environment.NewLine + string.Join(Environment.NewLine, leaks));
    }

    [Fact]
    public async Task FeedIsNewestFirstAndPagesWithCursor()
    {
        await app.EnsureFirstTickAsync();
        using var first = await app.Http.GetAsync("/api/feeds/all?limit=5");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var firstJson = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var next = firstJson.RootElement.GetProperty("next").GetString();
        Assert.NotNull(next);

        using var second = await app.Http.GetAsync(next);
        using var secondJson = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        var items = firstJson.RootElement.GetProperty("items").EnumerateArray()
            .Concat(secondJson.RootElement.GetProperty("items").EnumerateArray())
            .ToList();
        Assert.Equal(10, items.Count);
        Assert.Equal(10, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        var dates = items.Select(i => i.GetProperty("published").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        var newest = app.Expected.Max(a => a.Published);
        Assert.Equal(newest, dates[0]);
    }

    private async Task<List<JsonElement>> GetFeedAsync(string category, int limit)
    {
        using var response = await app.Http.GetAsync($"/api/feeds/{category}?limit={limit}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private async Task<int> CountBlobsAsync()
    {
        var count = 0;
        await foreach (var _ in app.Archive.Raw.GetBlobsAsync())
        {
            count++;
        }

        await foreach (var _ in app.Archive.Articles.GetBlobsAsync())
        {
            count++;
        }

        return count;
    }
}
