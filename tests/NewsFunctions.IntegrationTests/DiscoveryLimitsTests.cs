using System.Globalization;
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
    public async Task EntriesOlderThanTheAgeLimitAreSkippedWithoutAStorageCallAndTheRestQueuedNewestFirst()
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

        Assert.Equal(
            [$"/{run}/today.html", $"/{run}/yesterday.html", $"/{run}/undated.html"],
            (await discovery.ReceiveAllAsync()).Select(m => new Uri(m.Url).AbsolutePath));
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

        Assert.Equal(2, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        Assert.Equal("ok: 5 links, 2 new queued (the cap); the rest at the next read", (await RowAsync(sourceId, site.Url("/sitemap.xml"))).GetString("Status"));
        Assert.Equal(2, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        Assert.Equal(1, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        Assert.Equal("ok: 5 links", (await RowAsync(sourceId, site.Url("/sitemap.xml"))).GetString("Status"));

        // Every link queued once, newest first; then the feed's validators stand for all of it.
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"/{run}/story-{i}.html"), (await discovery.ReceiveAllAsync()).Select(m => new Uri(m.Url).AbsolutePath));
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

    private Task<TableEntity> RowAsync(string sourceId, Uri url) => SitemapIndexTests.RowAsync(app, sourceId, url);

    private static string Sitemap(params (string Path, DateTimeOffset? LastMod)[] urls) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{Ns}">"""
        + string.Concat(urls.Select(u => $"<url><loc>{u.Path}</loc>{(u.LastMod is { } d ? $"<lastmod>{d.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)}</lastmod>" : "")}</url>"))
        + "</urlset>";
}
