using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using NewsFunctions.Articles;
using NewsFunctions.Pipeline;
using static NewsFunctions.IntegrationTests.SitemapIndexTests;

namespace NewsFunctions.IntegrationTests;

/// <summary>
/// Discovery of big, old and huge feeds against Azurite: old entries cost nothing, a read queues at most so many new
/// links and leaves the rest for the next, and a sitemap bigger than a page's cap is still read.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class DiscoveryLimitsTests(NewsAppFixture app)
{
    [Fact]
    public async Task EntriesOlderThanTheAgeLimitAreSkippedWithoutAStorageCallAndTheRestQueued()
    {
        var run = Run();
        var now = DateTimeOffset.UtcNow;
        await using var site = await SitemapSite.StartAsync();
        site.Serve("/sitemap.xml", Sitemap(
            ($"/{run}/2019/archive.html", now.AddDays(-2000)),
            ($"/{run}/yesterday.html", now.AddDays(-1)),
            ($"/{run}/undated.html", null),
            ($"/{run}/last-month.html", now.AddDays(-40)),
            ($"/{run}/today.html", now.AddHours(-1))));
        var sourceId = "old-" + run;
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap.xml"), sourceId, maxEntryAgeDays: 30);

        Assert.Equal(3, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));

        // Together in one window of seen checks, whose messages may land in any order (SourceDiscovererOrderTests has the order).
        Assert.Equal(
            [$"/{run}/today.html", $"/{run}/undated.html", $"/{run}/yesterday.html"],
            (await QueuedPathsAsync(discovery)).Order(StringComparer.Ordinal));
        foreach (var old in new[] { $"/{run}/2019/archive.html", $"/{run}/last-month.html" })
        {
            Assert.False((await app.Index.Seen.GetEntityIfExistsAsync<TableEntity>(ArticleId.For(site.Url(old)), "")).HasValue, old);
        }

        Assert.Equal("ok: 5 links, 2 older than 30 days skipped", (await RowAsync(sourceId, site.Url("/sitemap.xml"))).GetString("Status"));
    }

    [Fact]
    public async Task FeedOverTheNewLinkCapQueuesTheRestAtTheNextReads()
    {
        var run = Run();
        var now = DateTimeOffset.UtcNow;
        await using var site = await SitemapSite.StartAsync();
        site.Serve("/sitemap.xml", Sitemap(Enumerable.Range(1, 5).Select(i => ($"/{run}/story-{i}.html", (DateTimeOffset?)now.AddHours(-i))).ToArray()));
        var sourceId = "cap-" + run;
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap.xml"), sourceId, maxNewLinksPerFeed: 2);

        // Every link queued once, the newest at the first read; then the feed's validators stand for all of it.
        async Task<List<string>> ReadAsync(int expected)
        {
            Assert.Equal(expected, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
            return [.. (await QueuedPathsAsync(discovery)).Order(StringComparer.Ordinal)];
        }

        Assert.Equal([$"/{run}/story-1.html", $"/{run}/story-2.html"], await ReadAsync(2));
        Assert.Equal("ok: 5 links, 2 new queued (the cap); the rest at the next read", (await RowAsync(sourceId, site.Url("/sitemap.xml"))).GetString("Status"));
        Assert.Equal([$"/{run}/story-3.html", $"/{run}/story-4.html"], await ReadAsync(2));
        Assert.Equal([$"/{run}/story-5.html"], await ReadAsync(1));
        Assert.Equal("ok: 5 links", (await RowAsync(sourceId, site.Url("/sitemap.xml"))).GetString("Status"));
        Assert.DoesNotContain(site.Requests, r => r.NotModified);
        site.Requests.Clear();
        Assert.Equal(0, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        Assert.True(Assert.Single(site.Requests).NotModified);
    }

    [Fact]
    public async Task SitemapIndexOverTheNewLinkCapReadsItsOtherSitemapsAtTheNextTicks()
    {
        var run = Run();
        var now = DateTimeOffset.UtcNow;
        await using var site = await SitemapSite.StartAsync();
        site.Serve("/index.xml", Index([("/s/3.xml", "2026-11-03T00:00:00Z"), ("/s/2.xml", "2026-11-02T00:00:00Z"), ("/s/1.xml", "2026-11-01T00:00:00Z")]));
        foreach (var n in new[] { 1, 2, 3 })
        {
            site.Serve($"/s/{n}.xml", Sitemap(($"/{run}/{n}/a.html", now.AddHours(-n)), ($"/{run}/{n}/b.html", now.AddHours(-n - 0.5))));
        }

        var sourceId = "capindex-" + run;
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/index.xml"), sourceId, maxNewLinksPerFeed: 3);

        Assert.Equal(3, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        Assert.Equal("ok: sitemap index: 3 of 3 sitemaps read: 4 links from 2, 1 left for the next read (new-link cap)", (await RowAsync(sourceId, site.Url("/index.xml"))).GetString("Status"));
        Assert.DoesNotContain(site.Requests, r => r.Path == "/s/1.xml");
        Assert.Equal(3, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        Assert.Equal(0, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));

        Assert.Equal(6, (await discovery.ReceiveAllAsync()).Select(m => m.Url).Distinct().Count());
    }

    [Fact]
    public async Task SitemapBiggerThanAPageIsReadUpToTheFeedCap()
    {
        var run = Run();
        await using var site = await SitemapSite.StartAsync();
        // 6 MiB, over the 5 MiB a page may be and well under the 50 MiB the sitemaps protocol allows.
        var padding = "<!--" + new string(' ', 6 * 1024 * 1024) + "-->";
        site.Serve("/sitemap.xml", Sitemap(($"/{run}/big.html", null)).Replace("</urlset>", padding + "</urlset>", StringComparison.Ordinal));
        var sourceId = "big-" + run;
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap.xml"), sourceId);

        Assert.Equal(1, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
    }

    [Fact]
    public async Task CapStaysExactAndEveryNewLinkIsQueuedOnceWhenSeenChecksRunTogether()
    {
        var run = Run();
        var now = DateTimeOffset.UtcNow;
        // 100 links, a few listed twice and every third one seen before: windows of checks that mix new, seen and
        // duplicate links, under a cap that is no multiple of the window.
        var links = Stories(run, now, 100);
        await using var site = await SitemapSite.StartAsync();
        site.Serve("/sitemap.xml", Sitemap([.. links, .. links.Take(10)]));
        var seenBefore = links.Where((_, i) => i % 3 == 0).Select(l => l.Path).ToHashSet();
        foreach (var path in seenBefore)
        {
            Assert.True(await app.Index.TryMarkSeenAsync(site.Url(path), "elsewhere", now));
        }

        var sourceId = "together-" + run;
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap.xml"), sourceId, maxNewLinksPerFeed: 23);

        var counts = new List<int>();
        for (var read = 0; read < 4; read++)
        {
            counts.Add(await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        }

        var newLinks = links.Select(l => l.Path).Where(p => !seenBefore.Contains(p)).ToList();
        Assert.Equal([23, 23, 20, 0], counts);
        var queued = await QueuedPathsAsync(discovery);
        Assert.Equal(newLinks.Order(StringComparer.Ordinal), queued.Order(StringComparer.Ordinal));
        // Newest first to within a window of checks: the first read took the newest 23 new links.
        Assert.Equal(newLinks.Take(23).Order(StringComparer.Ordinal), queued.Take(23).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FailedSendForgetsOnlyItsOwnLinkAndTheNextReadQueuesIt()
    {
        var run = Run();
        var now = DateTimeOffset.UtcNow;
        var links = Stories(run, now, 40);
        await using var site = await SitemapSite.StartAsync();
        site.Serve("/sitemap.xml", Sitemap([.. links]));
        // Among the first window of checks, so the others of the window are queued at the same time as it fails.
        var failing = $"/{run}/story-5.html";
        var policy = new FailingSend(failing);
        var sourceId = "failsend-" + run;
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap.xml"), sourceId, queuePolicy: policy);

        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));

        // Not queued means not seen, and queued means seen: for the failed link alone among those looked at.
        var queued = await QueuedPathsAsync(discovery);
        Assert.NotEmpty(queued);
        Assert.DoesNotContain(failing, queued);
        foreach (var (path, _) in links)
        {
            var seen = (await app.Index.Seen.GetEntityIfExistsAsync<TableEntity>(ArticleId.For(site.Url(path)), "")).HasValue;
            Assert.True(seen == queued.Contains(path), $"{path}: seen {seen}, queued {queued.Contains(path)}");
        }

        policy.Enabled = false;
        Assert.Equal(links.Count - queued.Count, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        Assert.Equal(links.Select(l => l.Path).Order(StringComparer.Ordinal), queued.Concat(await QueuedPathsAsync(discovery)).Order(StringComparer.Ordinal));
    }

    /// <summary>Links a minute apart, the newest first.</summary>
    private static List<(string Path, DateTimeOffset? LastMod)> Stories(string run, DateTimeOffset now, int count) =>
        [.. Enumerable.Range(1, count).Select(i => ($"/{run}/story-{i}.html", (DateTimeOffset?)now.AddMinutes(-i)))];

    private static async Task<List<string>> QueuedPathsAsync(DiscoveryTests.Discovery discovery) =>
        [.. (await discovery.ReceiveAllAsync()).Select(m => new Uri(m.Url).AbsolutePath)];

    /// <summary>Fails, before it reaches the queue, every send of an article message whose link ends in <c>path</c>.</summary>
    private sealed class FailingSend(string path) : HttpPipelineSynchronousPolicy
    {
        public volatile bool Enabled = true;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (Enabled && message.Request.Method == RequestMethod.Post && message.Request.Content is { } content)
            {
                using var body = new MemoryStream();
                content.WriteTo(body, CancellationToken.None);
                body.Position = 0;
                var text = System.Xml.Linq.XElement.Load(body).Element("MessageText")?.Value ?? "";
                if (System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(text)).Contains(path + "\"", StringComparison.Ordinal))
                {
                    throw new Azure.RequestFailedException(503, "The send of " + path + " fails (test).");
                }
            }
        }
    }

    private Task<TableEntity> RowAsync(string sourceId, Uri url) => SitemapIndexTests.RowAsync(app, sourceId, url);

    private static string Sitemap(params (string Path, DateTimeOffset? LastMod)[] urls) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{Ns}">"""
        + string.Concat(urls.Select(u => $"<url><loc>{u.Path}</loc>{(u.LastMod is { } d ? $"<lastmod>{d.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)}</lastmod>" : "")}</url>"))
        + "</urlset>";
}
