using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsFunctions.Configuration;
using NewsFunctions.Fetching;
using NewsFunctions.Pipeline;
using NewsFunctions.Sources;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

/// <summary>
/// Discovery of a source of its own (a feed served on loopback) against Azurite, queueing into a queue of its own so
/// the app's workers leave the messages alone and the demo articles' counts stay as they are.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class DiscoveryTests(NewsAppFixture app)
{
    [Fact]
    public async Task FeedEntryWhoseHintsOutgrowAQueueMessageIsQueuedWithThemCutAndTheRestStillAre()
    {
        var run = Guid.NewGuid().ToString("N")[..12];
        var longTitle = string.Concat(Enumerable.Repeat("Harbor reopens after the storm ", 2500));
        var manyCategories = string.Concat(Enumerable.Range(0, 200).Select(i => $"<category>{new string('c', 400)}{i}</category>"));
        await using var site = await FeedSite.StartAsync($"""
            <rss version="2.0"><channel><title>Busy</title>
              <item><title>{longTitle}</title><link>/news/{run}/harbor-reopens-after-storm.html</link></item>
              <item><title>Ferry ramp is fixed</title><link>/news/{run}/ferry-ramp-is-fixed.html</link>{manyCategories}</item>
              <item><title>Fleet is back at sea</title><link>/news/{run}/fleet-back-at-sea.html</link></item>
            </channel></rss>
            """);
        await using var discovery = await Discovery.CreateAsync(app, site.FeedUrl);

        Assert.Equal(3, await discovery.Discoverer.DiscoverAsync(new SourceMessage("busy-feed")));

        var messages = await discovery.ReceiveAllAsync();
        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.Contains(run, m.Url, StringComparison.Ordinal));
        var first = messages.Single(m => m.Url.EndsWith("harbor-reopens-after-storm.html", StringComparison.Ordinal));
        Assert.StartsWith("Harbor reopens after the storm", first.FeedTitle, StringComparison.Ordinal);
        Assert.True(first.FeedTitle!.Length <= SourceDiscoverer.MaxHintChars);
        var second = messages.Single(m => m.Url.EndsWith("ferry-ramp-is-fixed.html", StringComparison.Ordinal));
        Assert.InRange(second.FeedCategories!.Count, 1, SourceDiscoverer.MaxHintCategories);
    }

    [Fact]
    public async Task FeedEntryWhoseNonAsciiHintsOutgrowAQueueMessageIsQueuedWithThemCut()
    {
        // Each hint is within its character cap, but JSON writes every non-ASCII character as a six-character escape.
        var run = Guid.NewGuid().ToString("N")[..12];
        var categories = string.Concat(Enumerable.Range(0, 20).Select(i => $"<category>{new string('\u00e9', 990)}{i}</category>"));
        await using var site = await FeedSite.StartAsync($"""
            <rss version="2.0"><channel><title>Busy</title>
              <item><title>{new string('\u00e9', 1000)}</title><link>/news/{run}/caf\u00e9-{new string('\u00e9', 1000)}.html</link>{categories}</item>
              <item><title>Ferry ramp is fixed</title><link>/news/{run}/ferry-ramp-is-fixed.html</link></item>
            </channel></rss>
            """);
        await using var discovery = await Discovery.CreateAsync(app, site.FeedUrl);

        Assert.Equal(2, await discovery.Discoverer.DiscoverAsync(new SourceMessage("busy-feed")));

        var first = Assert.Single(await discovery.ReceiveAllAsync(), m => m.Url.Contains("caf", StringComparison.Ordinal));
        Assert.NotEmpty(first.FeedCategories!);
    }

    [Fact]
    public async Task LinkTooLongForAQueueMessageIsSkippedAndTheRestAreQueued()
    {
        var run = Guid.NewGuid().ToString("N")[..12];
        await using var site = await FeedSite.StartAsync($"""
            <rss version="2.0"><channel><title>Busy</title>
              <item><title>Broken</title><link>/news/{run}/broken-story-link.html?q={new string('a', 60_000)}</link></item>
              <item><title>Ferry ramp is fixed</title><link>/news/{run}/ferry-ramp-is-fixed.html</link></item>
            </channel></rss>
            """);
        await using var discovery = await Discovery.CreateAsync(app, site.FeedUrl);

        Assert.Equal(1, await discovery.Discoverer.DiscoverAsync(new SourceMessage("busy-feed")));

        var message = Assert.Single(await discovery.ReceiveAllAsync());
        Assert.EndsWith($"/news/{run}/ferry-ramp-is-fixed.html", message.Url, StringComparison.Ordinal);
    }

    /// <summary>A loopback site with one feed at /feed.xml.</summary>
    internal sealed class FeedSite : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private FeedSite(WebApplication app) => _app = app;

        public Uri FeedUrl => new(new Uri(_app.Urls.First()), "/feed.xml");

        public static async Task<FeedSite> StartAsync(string feed, string contentType = "application/rss+xml; charset=utf-8")
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapGet("/feed.xml", () => Results.Content(feed, contentType));
            await app.StartAsync();
            return new FeedSite(app);
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }

    /// <summary>A discoverer for one source reading <c>feedUrl</c>, with the app's fetcher, index and source state and a queue of its own.</summary>
    internal sealed class Discovery : IAsyncDisposable
    {
        private readonly string _sourcesPath;

        private Discovery(SourceDiscoverer discoverer, QueueClient articles, string sourcesPath)
        {
            Discoverer = discoverer;
            Articles = articles;
            _sourcesPath = sourcesPath;
        }

        public SourceDiscoverer Discoverer { get; }

        public QueueClient Articles { get; }

        /// <remarks>
        /// Entries of any age are queued unless <paramref name="maxEntryAgeDays"/> says otherwise: the tests' feeds are
        /// dated for good. A <paramref name="queuePolicy"/> runs before each send to the articles queue (to make one fail).
        /// </remarks>
        public static async Task<Discovery> CreateAsync(
            NewsAppFixture app, Uri feedUrl, string sourceId = "busy-feed", int maxSitemapsPerIndex = 5, int maxEntryAgeDays = 0, int maxNewLinksPerFeed = 1000,
            HttpPipelinePolicy? queuePolicy = null)
        {
            var sourcesPath = Path.Combine(Path.GetTempPath(), $"sources.{Guid.NewGuid():N}.json");
            await File.WriteAllTextAsync(sourcesPath, $$"""{"sources":[{"id":"{{sourceId}}","name":"Busy","feeds":["{{feedUrl}}"]}]}""");
            var options = Options.Create(new NewsOptions
            {
                SourcesPath = sourcesPath,
                Discovery = { MaxSitemapsPerIndex = maxSitemapsPerIndex, MaxEntryAgeDays = maxEntryAgeDays, MaxNewLinksPerFeed = maxNewLinksPerFeed },
            });
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = NewsAppFixture.StorageConnection,
                ["ArticlesQueueName"] = "disc-" + Guid.NewGuid().ToString("N")[..12],
            }).Build();
            var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
            if (queuePolicy is not null)
            {
                queueOptions.AddPolicy(queuePolicy, HttpPipelinePosition.PerCall);
            }

            var queues = new WorkQueues(new StorageClients(configuration, "AzureWebJobsStorage", queueOptions), configuration);
            await queues.Articles.CreateIfNotExistsAsync();
            var services = app.App.Services;
            var discoverer = new SourceDiscoverer(
                new SourceCatalog(options), services.GetRequiredService<PageFetcher>(), app.Index, services.GetRequiredService<SourceState>(),
                queues, options, TimeProvider.System, NullLogger<SourceDiscoverer>.Instance);
            return new Discovery(discoverer, queues.Articles, sourcesPath);
        }

        public async Task<List<ArticleMessage>> ReceiveAllAsync()
        {
            var messages = new List<ArticleMessage>();
            while ((await Articles.ReceiveMessagesAsync(32)).Value is { Length: > 0 } batch)
            {
                messages.AddRange(batch.Select(m => JsonSerializer.Deserialize<ArticleMessage>(m.Body.ToString(), WorkQueues.JsonOptions)!));
            }

            return messages;
        }

        public async ValueTask DisposeAsync()
        {
            await Articles.DeleteIfExistsAsync();
            File.Delete(_sourcesPath);
        }
    }
}
