using System.Collections.Concurrent;
using Azure.Data.Tables;
using NewsFunctions.Articles;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

/// <summary>
/// A source whose feed is a sitemap index, as news sites publish them (one news sitemap a day, or a section), served
/// on loopback and discovered against Azurite into a queue of its own.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class SitemapIndexTests(NewsAppFixture app)
{
    internal const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task SitemapIndexIsFollowedToItsNewestChildren()
    {
        var run = Run();
        await using var site = await SitemapSite.StartAsync();
        // A week of daily news sitemaps, listed oldest first with the index's own order shuffled a little.
        var days = new[] { 3, 1, 2, 7, 4, 6, 5 };
        site.Serve("/sitemap-index.xml", Index(days.Select(d => ($"/sitemaps/news-2026-11-0{d}.xml", (string?)$"2026-11-0{d}T23:50:00+01:00"))));
        foreach (var d in days)
        {
            site.Serve($"/sitemaps/news-2026-11-0{d}.xml", NewsSitemap($"/{run}/2026/11/0{d}/story-a.html", $"/{run}/2026/11/0{d}/story-b.html"));
        }

        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap-index.xml"), "index-" + run, maxSitemapsPerIndex: 3);

        Assert.Equal(6, await discovery.Discoverer.DiscoverAsync(new SourceMessage("index-" + run)));

        var urls = (await discovery.ReceiveAllAsync()).Select(m => new Uri(m.Url).AbsolutePath).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [$"/{run}/2026/11/05/story-a.html", $"/{run}/2026/11/05/story-b.html", $"/{run}/2026/11/06/story-a.html", $"/{run}/2026/11/06/story-b.html", $"/{run}/2026/11/07/story-a.html", $"/{run}/2026/11/07/story-b.html"],
            urls);
        Assert.DoesNotContain(site.Requests, r => r.Path.Contains("-01.xml", StringComparison.Ordinal) || r.Path.Contains("-04.xml", StringComparison.Ordinal));
        var index = await RowAsync("index-" + run, site.Url("/sitemap-index.xml"));
        Assert.Equal("ok: sitemap index: 3 of 7 sitemaps read (the most recently modified): 6 links from 3", index.GetString("Status"));
        Assert.Equal("ok: 2 links", (await RowAsync("index-" + run, site.Url("/sitemaps/news-2026-11-07.xml"))).GetString("Status"));
    }

    [Fact]
    public async Task NestedSitemapIndexIsRefusedClearlyAndItsSiblingIsRead()
    {
        var run = Run();
        await using var site = await SitemapSite.StartAsync();
        site.Serve("/sitemap-index.xml", Index([("/sitemaps/sections.xml", "2026-11-07T10:00:00Z"), ("/sitemaps/news.xml", "2026-11-07T09:00:00Z")]));
        site.Serve("/sitemaps/sections.xml", Index([("/sitemaps/section-sport.xml", "2026-11-07T10:00:00Z")]));
        site.Serve("/sitemaps/section-sport.xml", NewsSitemap($"/{run}/sport/derby.html"));
        site.Serve("/sitemaps/news.xml", NewsSitemap($"/{run}/news/harbor.html"));
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap-index.xml"), "nested-" + run);

        Assert.Equal(1, await discovery.Discoverer.DiscoverAsync(new SourceMessage("nested-" + run)));

        Assert.EndsWith($"/{run}/news/harbor.html", Assert.Single(await discovery.ReceiveAllAsync()).Url, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Requests, r => r.Path == "/sitemaps/section-sport.xml");
        var nested = (await RowAsync("nested-" + run, site.Url("/sitemaps/sections.xml"))).GetString("Status");
        Assert.StartsWith("error: ", nested, StringComparison.Ordinal);
        Assert.Contains("a sitemap index inside the sitemap index", nested, StringComparison.Ordinal);
        Assert.Contains("list it as a feed of its own", nested, StringComparison.Ordinal);
        Assert.StartsWith("ok: sitemap index: 2 of 2 sitemaps read: 1 links from 1, 1 failed (", (await RowAsync("nested-" + run, site.Url("/sitemap-index.xml"))).GetString("Status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChildOnAnotherHostIsSkipped()
    {
        var run = Run();
        await using var site = await SitemapSite.StartAsync();
        var elsewhere = new UriBuilder(site.Url("/sitemaps/elsewhere.xml")) { Host = "localhost" }.Uri;
        site.Serve("/sitemap-index.xml", Index([(elsewhere.AbsoluteUri, "2026-11-08T00:00:00Z"), ("/sitemaps/news.xml", "2026-11-07T00:00:00Z")]));
        site.Serve("/sitemaps/elsewhere.xml", NewsSitemap($"/{run}/elsewhere.html"));
        site.Serve("/sitemaps/news.xml", NewsSitemap($"/{run}/news/harbor.html"));
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap-index.xml"), "host-" + run);

        Assert.Equal(1, await discovery.Discoverer.DiscoverAsync(new SourceMessage("host-" + run)));

        Assert.EndsWith($"/{run}/news/harbor.html", Assert.Single(await discovery.ReceiveAllAsync()).Url, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Requests, r => r.Path == "/sitemaps/elsewhere.xml");
        Assert.Equal("ok: sitemap index: 1 of 2 sitemaps read: 1 links from 1; 1 on another host skipped", (await RowAsync("host-" + run, site.Url("/sitemap-index.xml"))).GetString("Status"));
    }

    [Fact]
    public async Task FailingChildDoesNotLoseTheOtherChildrensLinks()
    {
        var run = Run();
        await using var site = await SitemapSite.StartAsync();
        site.Serve("/sitemap-index.xml", Index([("/sitemaps/broken.xml", "2026-11-08T00:00:00Z"), ("/sitemaps/news.xml", "2026-11-07T00:00:00Z")]));
        site.Serve("/sitemaps/news.xml", NewsSitemap($"/{run}/news/harbor.html", $"/{run}/news/ferry.html"));
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap-index.xml"), "broken-" + run);

        Assert.Equal(2, await discovery.Discoverer.DiscoverAsync(new SourceMessage("broken-" + run)));

        Assert.Equal(2, (await discovery.ReceiveAllAsync()).Count);
        Assert.StartsWith("error: GET ", (await RowAsync("broken-" + run, site.Url("/sitemaps/broken.xml"))).GetString("Status"), StringComparison.Ordinal);
        var index = (await RowAsync("broken-" + run, site.Url("/sitemap-index.xml"))).GetString("Status");
        Assert.StartsWith("ok: sitemap index: 2 of 2 sitemaps read: 2 links from 1, 1 failed (GET ", index, StringComparison.Ordinal);
        Assert.Contains("404", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexWhoseEveryChildFailsFailsItsSource()
    {
        await using var site = await SitemapSite.StartAsync();
        site.Serve("/sitemap-index.xml", Index([("/sitemaps/broken.xml", "2026-11-08T00:00:00Z")]));
        var sourceId = "allbroken-" + Run();
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap-index.xml"), sourceId);

        var error = await Assert.ThrowsAsync<AggregateException>(() => discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));

        Assert.Contains("sitemap index", error.InnerExceptions.Single().Message, StringComparison.Ordinal);
        Assert.StartsWith("error: sitemap index: 1 of 1 sitemaps read: 0 links from 0, 1 failed", (await RowAsync(sourceId, site.Url("/sitemap-index.xml"))).GetString("Status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAnswering304StillReadsItsSitemapsConditionally()
    {
        var run = Run();
        await using var site = await SitemapSite.StartAsync();
        // A static index whose children change under the same name: its 304 says nothing about them.
        site.Serve("/sitemap-index.xml", Index([("/sitemaps/news.xml", null), ("/sitemaps/video.xml", null)]));
        site.Serve("/sitemaps/news.xml", NewsSitemap($"/{run}/news/harbor.html"));
        site.Serve("/sitemaps/video.xml", NewsSitemap($"/{run}/video/regatta.html"));
        var sourceId = "static-" + run;
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap-index.xml"), sourceId);
        Assert.Equal(2, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));

        site.Requests.Clear();
        Assert.Equal(0, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        Assert.Equal(3, site.Requests.Count(r => r.NotModified));
        Assert.Equal("not modified", (await RowAsync(sourceId, site.Url("/sitemap-index.xml"))).GetString("Status"));

        site.Serve("/sitemaps/news.xml", NewsSitemap($"/{run}/news/harbor.html", $"/{run}/news/ferry.html"));
        site.Requests.Clear();
        Assert.Equal(1, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));

        Assert.Contains(site.Requests, r => r.Path == "/sitemap-index.xml" && r.NotModified);
        Assert.EndsWith($"/{run}/news/ferry.html", (await discovery.ReceiveAllAsync()).Last().Url, StringComparison.Ordinal);
        Assert.Equal("ok: sitemap index: 2 of 2 sitemaps read: 2 links from 1, 1 not modified", (await RowAsync(sourceId, site.Url("/sitemap-index.xml"))).GetString("Status"));
    }

    [Fact]
    public async Task RowsOfSitemapsTheIndexNoLongerChoosesAreRemovedAtItsNextFullRead()
    {
        var run = Run();
        await using var site = await SitemapSite.StartAsync();
        site.Serve("/s/a.xml", NewsSitemap($"/{run}/a.html"));
        site.Serve("/sitemap-index.xml", Index([("/s/gone.xml", "2026-11-03T00:00:00Z"), ("/s/a.xml", "2026-11-02T00:00:00Z")]));
        var sourceId = "prune-" + run;
        await using var discovery = await DiscoveryTests.Discovery.CreateAsync(app, site.Url("/sitemap-index.xml"), sourceId, maxSitemapsPerIndex: 2);
        Assert.Equal(1, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        Assert.StartsWith("error: ", (await RowAsync(sourceId, site.Url("/s/gone.xml"))).GetString("Status"), StringComparison.Ordinal);

        // The index drops the sitemap that failed, and names a newer one and an older one.
        site.Serve("/s/new.xml", NewsSitemap($"/{run}/new.html"));
        site.Serve("/s/old.xml", NewsSitemap($"/{run}/old.html"));
        site.Serve("/sitemap-index.xml", Index([("/s/new.xml", "2026-11-04T00:00:00Z"), ("/s/a.xml", "2026-11-02T00:00:00Z"), ("/s/old.xml", "2026-11-01T00:00:00Z")]));
        Assert.Equal(1, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        Assert.Equal(["/s/a.xml", "/s/new.xml"], await SitemapRowsAsync(sourceId, site));

        // Still named, but no longer among the newest two.
        site.Serve("/s/newer.xml", NewsSitemap($"/{run}/newer.html"));
        site.Serve("/sitemap-index.xml", Index([("/s/newer.xml", "2026-11-05T00:00:00Z"), ("/s/new.xml", "2026-11-04T00:00:00Z"), ("/s/a.xml", "2026-11-02T00:00:00Z")]));
        Assert.Equal(1, await discovery.Discoverer.DiscoverAsync(new SourceMessage(sourceId)));
        Assert.Equal(["/s/new.xml", "/s/newer.xml"], await SitemapRowsAsync(sourceId, site));
        Assert.StartsWith("ok: ", (await RowAsync(sourceId, site.Url("/sitemap-index.xml"))).GetString("Status"), StringComparison.Ordinal);
    }

    /// <summary>The paths of the source's rows other than its index's.</summary>
    private async Task<List<string>> SitemapRowsAsync(string sourceId, SitemapSite site)
    {
        var paths = new List<string>();
        await foreach (var row in app.App.Services.GetRequiredService<SourceState>().Table.QueryAsync<TableEntity>(e => e.PartitionKey == sourceId))
        {
            paths.Add(new Uri(row.GetString("Url")).AbsolutePath);
        }

        Assert.Contains("/sitemap-index.xml", paths);
        return paths.Where(p => p != "/sitemap-index.xml").Order(StringComparer.Ordinal).ToList();
    }

    internal static string Run() => Guid.NewGuid().ToString("N")[..12];

    private Task<TableEntity> RowAsync(string sourceId, Uri url) => RowAsync(app, sourceId, url);

    /// <summary>The source's <c>NewsSources</c> row of a feed or sitemap.</summary>
    internal static async Task<TableEntity> RowAsync(NewsAppFixture app, string sourceId, Uri url) =>
        (await app.App.Services.GetRequiredService<SourceState>().Table.GetEntityAsync<TableEntity>(sourceId, ArticleId.For(url))).Value;

    internal static string Index(IEnumerable<(string Loc, string? LastMod)> sitemaps) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="{Ns}">"""
        + string.Concat(sitemaps.Select(s => $"<sitemap><loc>{s.Loc}</loc>{(s.LastMod is null ? "" : $"<lastmod>{s.LastMod}</lastmod>")}</sitemap>"))
        + "</sitemapindex>";

    private static string NewsSitemap(params string[] paths) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{Ns}" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">"""
        + string.Concat(paths.Select(p => $"<url><loc>{p}</loc><news:news><news:publication><news:name>Harbor Times</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-11-07T08:00:00Z</news:publication_date><news:title>{p}</news:title></news:news></url>"))
        + "</urlset>";

    /// <summary>A loopback site serving XML documents that can change between reads, with ETags, noting every request.</summary>
    internal sealed class SitemapSite : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

        private SitemapSite(WebApplication app) => _app = app;

        public ConcurrentQueue<(string Path, bool NotModified)> Requests { get; } = new();

        public Uri Url(string path) => new(new Uri(_app.Urls.First()), path);

        public void Serve(string path, string document) => _documents[path] = document;

        public static async Task<SitemapSite> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var site = new SitemapSite(app);
            app.Run(async context =>
            {
                var path = context.Request.Path.Value ?? "/";
                if (!site._documents.TryGetValue(path, out var document))
                {
                    site.Requests.Enqueue((path, false));
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                var etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document))[..8]) + "\"";
                context.Response.Headers.ETag = etag;
                var notModified = context.Request.Headers.IfNoneMatch == etag;
                site.Requests.Enqueue((path, notModified));
                if (notModified)
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }

                context.Response.ContentType = "application/xml; charset=utf-8";
                await context.Response.WriteAsync(document);
            });
            await app.StartAsync();
            return site;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
