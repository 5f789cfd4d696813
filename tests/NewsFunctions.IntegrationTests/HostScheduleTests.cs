using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsFunctions.Articles;
using NewsFunctions.Configuration;
using NewsFunctions.Enrichment;
using NewsFunctions.Extraction;
using NewsFunctions.Fetching;
using NewsFunctions.Pipeline;
using NewsFunctions.Sources;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

/// <summary>
/// Host spacing shared by the app's instances, against Azurite: each "instance" here is its own
/// <see cref="PageFetcher"/> with its own <see cref="HostSchedule"/>, as two scaled-out workers would have.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class HostScheduleTests(NewsAppFixture app) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly List<DateTime> _arrivals = [];
    private readonly List<(string Path, TimeSpan At)> _sends = [];
    private readonly string _table = "Hosts" + Guid.NewGuid().ToString("N")[..12];
    private WebApplication _site = null!;
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _site = builder.Build();
        _site.MapGet("/robots.txt", () => Results.NotFound());
        _site.MapGet("/busy.html", (HttpContext context) =>
        {
            lock (_arrivals)
            {
                _arrivals.Add(DateTime.UtcNow);
            }

            context.Response.Headers.RetryAfter = "4";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        });
        _site.MapGet("/news/{slug}.html", (string slug) =>
        {
            lock (_arrivals)
            {
                _arrivals.Add(DateTime.UtcNow);
            }

            return Results.Content($"""
                <html lang="en"><head><title>{slug}</title></head><body><article><h1>Harbor reopens after the storm</h1>
                <p>The harbor reopened on Tuesday after a week of repairs to the breakwater and the ferry ramp.</p>
                <p>Officials said the fishing fleet would be back at sea by the weekend if the weather holds.</p></article></body></html>
                """, "text/html; charset=utf-8");
        });
        await _site.StartAsync();
        _base = new Uri(_site.Urls.First());
        await Table().CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync()
    {
        await Table().DeleteAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task TwoInstancesFetchingOneHostAreSpacedAcrossBoth()
    {
        var first = Fetcher(spacingMs: 1000);
        var second = Fetcher(spacingMs: 1000);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? first : second).FetchAsync(new Uri(_base, $"/news/story-{i}.html"))));

        // Timed when each fetcher hands its request to HttpClient, after its wait, not when it reaches the server (which
        // adds the server's own delays). The schedule spaces slots, and a send can still start late after its slot on a
        // loaded 2-core machine, shortening the gap after it: hence the slack. Without the shared schedule the two
        // instances' requests go in pairs, 0 ms apart.
        var sends = SendTimes(path => path.StartsWith("/news/", StringComparison.Ordinal));
        Assert.Equal(6, sends.Count);
        Assert.All(sends.Zip(sends.Skip(1), (a, b) => b - a), gap => Assert.True(gap >= TimeSpan.FromMilliseconds(600), $"Requests to one host sent {gap.TotalMilliseconds:F0} ms apart; spacing is 1000 ms."));
    }

    [Fact]
    public async Task RequestBookedPastTheWaitIsNotSentAndSaysWhenTheHostIsFree()
    {
        // The first instance waits out the slot after its own robots.txt read; the second may not wait that long.
        var first = Fetcher(spacingMs: 3000, maxWaitSeconds: 4);
        var second = Fetcher(spacingMs: 3000, maxWaitSeconds: 1);
        await first.FetchAsync(new Uri(_base, "/news/first.html"));

        var e = await Assert.ThrowsAsync<FetchException>(() => second.FetchAsync(new Uri(_base, "/news/second.html")));

        Assert.True(e.IsHostBusy);
        Assert.True(e.IsTransient);
        Assert.InRange(e.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
        Assert.Single(_arrivals);
    }

    [Fact]
    public async Task ReservationsMadeAtOnceNeverShareASlot()
    {
        var schedules = Enumerable.Range(0, 4).Select(_ => new HostSchedule(Table(), TimeProvider.System)).ToList();

        var slots = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            schedules[i % schedules.Count].ReserveAsync("news.example:443", TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30))));

        // Under heavy contention a caller may be told to come back instead; the granted ones must be 100 ms apart.
        var granted = slots.Where(s => s.Granted).Select(s => s.At).Order().ToList();
        Assert.True(granted.Count >= 8, $"Only {granted.Count} of 16 reservations were granted.");
        for (var i = 1; i < granted.Count; i++)
        {
            Assert.True(granted[i] - granted[i - 1] >= TimeSpan.FromMilliseconds(100), $"Slots {granted[i - 1]:O} and {granted[i]:O} overlap.");
        }
    }

    [Fact]
    public async Task SlotIsNotTakenFromBeforeASlowRead()
    {
        // Storage slow to answer (seen on a loaded machine: a read and a write took most of a second): a slot dated from
        // before the read is past by the time the request goes out, and the next instance's comes that much too soon.
        var options = new TableClientOptions();
        options.AddPolicy(new SlowReads(TimeSpan.FromMilliseconds(300)), Azure.Core.HttpPipelinePosition.PerCall);
        var schedule = new HostSchedule(new TableClient(NewsAppFixture.StorageConnection, _table, options), TimeProvider.System);
        var before = DateTimeOffset.UtcNow;

        var slot = await schedule.ReserveAsync("slow.example:443", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

        Assert.True(slot.Granted);
        Assert.True(slot.At >= before + TimeSpan.FromMilliseconds(300), $"The slot is {(slot.At - before).TotalMilliseconds:F0} ms after the call began; the read alone took 300 ms.");
    }

    [Fact]
    public async Task SlotThatPassedWhileItsWriteWasSlowIsNotGranted()
    {
        // The first booking's write takes most of the spacing: granted, its request would go out that late, a spacing
        // before the next instance's slot but only a few milliseconds before the request itself.
        var options = new TableClientOptions();
        options.AddPolicy(new SlowWrites(TimeSpan.FromMilliseconds(700), once: true), Azure.Core.HttpPipelinePosition.PerCall);
        var schedule = new HostSchedule(new TableClient(NewsAppFixture.StorageConnection, _table, options), TimeProvider.System);
        var before = DateTimeOffset.UtcNow;

        var slot = await schedule.ReserveAsync("slowwrite.example:443", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

        Assert.True(slot.Granted);
        Assert.True(slot.At >= before + TimeSpan.FromSeconds(1), $"The slot is {(slot.At - before).TotalMilliseconds:F0} ms after the call began; the one booked by the slow write was given up.");
    }

    [Fact]
    public async Task RetryAfterOneInstanceHearsHoldsTheHostBackForTheOthers()
    {
        var first = Fetcher(spacingMs: 100, maxWaitSeconds: 1);
        var second = Fetcher(spacingMs: 100, maxWaitSeconds: 1);
        var refused = await Assert.ThrowsAsync<FetchException>(() => first.FetchAsync(new Uri(_base, "/busy.html")));
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, refused.Status);

        var e = await Assert.ThrowsAsync<FetchException>(() => second.FetchAsync(new Uri(_base, "/news/other.html")));

        Assert.True(e.IsHostBusy);
        Assert.InRange(e.RetryAfter!.Value, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4.5));
        Assert.Single(_arrivals);
    }

    [Fact]
    public async Task ArticleWhoseHostIsBookedIsPutBackWithoutSpendingARetryAfterDeferral()
    {
        var queueName = "hostwait-" + Guid.NewGuid().ToString("N")[..12];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = NewsAppFixture.StorageConnection,
            ["ArticlesQueueName"] = queueName,
            ["SourcesQueueName"] = queueName + "-src",
        }).Build();
        var queues = new WorkQueues(new StorageClients(configuration), configuration);
        await queues.Articles.CreateIfNotExistsAsync();
        try
        {
            var services = app.App.Services;
            var processor = new ArticleProcessor(
                services.GetRequiredService<SourceCatalog>(), Fetcher(spacingMs: 5000, maxWaitSeconds: 1), services.GetRequiredService<ArticleExtractor>(),
                services.GetRequiredService<Summarizer>(), services.GetRequiredService<Categorizer>(), app.Archive, app.Index, queues,
                TimeProvider.System, NullLogger<ArticleProcessor>.Instance);
            await Fetcher(spacingMs: 5000).FetchAsync(new Uri(_base, "/news/booking.html"));
            var url = new Uri(_base, "/news/booked.html");

            var stored = await processor.ProcessAsync(new ArticleMessage("daily-courier", url.AbsoluteUri, Deferrals: 4));

            Assert.Null(stored);
            Assert.Single(_arrivals);
            // Invisible until the host is free (about 5 s): look once it is.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            Azure.Storage.Queues.Models.QueueMessage? back = null;
            while (back is null && DateTime.UtcNow < deadline)
            {
                back = (await queues.Articles.ReceiveMessageAsync()).Value;
                await Task.Delay(back is null ? 250 : 0);
            }

            Assert.NotNull(back);
            var message = JsonSerializer.Deserialize<ArticleMessage>(back.Body.ToString(), Web)!;
            Assert.Equal(url.AbsoluteUri, message.Url);
            Assert.Equal(1, message.HostWaits);
            Assert.Equal(4, message.Deferrals);
            Assert.Null(await app.Index.GetAsync(ArticleId.For(url)));
        }
        finally
        {
            await queues.Articles.DeleteIfExistsAsync();
        }
    }

    [Fact]
    public async Task FeedWhoseHostIsBookedWaitsForTheNextTickWithoutFailingItsSource()
    {
        var sourceId = "booked-" + Guid.NewGuid().ToString("N")[..8];
        var sourcesPath = Path.Combine(Path.GetTempPath(), $"sources.{sourceId}.json");
        await File.WriteAllTextAsync(sourcesPath, $$"""
            { "sources": [ { "id": "{{sourceId}}", "name": "Booked Times", "feeds": [ "{{new Uri(_base, "/news/feed.html").AbsoluteUri}}" ] } ] }
            """);
        try
        {
            var options = new NewsOptions { SourcesPath = sourcesPath };
            var state = app.App.Services.GetRequiredService<SourceState>();
            var discoverer = new SourceDiscoverer(new SourceCatalog(Options.Create(options)), Fetcher(spacingMs: 5000, maxWaitSeconds: 1), app.Index,
                state, app.Queues, Options.Create(options), TimeProvider.System, NullLogger<SourceDiscoverer>.Instance);
            await Fetcher(spacingMs: 5000).FetchAsync(new Uri(_base, "/news/booking.html"));

            // Its only feed could not be read, yet the source is not failed (which would retry and finally poison it).
            Assert.Equal(0, await discoverer.DiscoverAsync(new SourceMessage(sourceId)));

            Assert.Single(_arrivals);
            var row = (await state.Table.GetEntityAsync<TableEntity>(sourceId, ArticleId.For(new Uri(_base, "/news/feed.html")))).Value;
            Assert.StartsWith("deferred:", row.GetString("Status"), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(sourcesPath);
        }
    }

    [Fact]
    public async Task TwoInstancesReadingRobotsTxtTakeTheirTurnInTheSharedSchedule()
    {
        var first = Fetcher(spacingMs: 1500);
        var second = Fetcher(spacingMs: 1500);

        await Task.WhenAll(first.FetchAsync(new Uri(_base, "/news/a.html")), second.FetchAsync(new Uri(_base, "/news/b.html")));

        // Each instance reads robots.txt before its page; unscheduled, those reads go together with the first page,
        // 10-15 ms apart. Slack as above: a send that starts late after its slot (80 ms seen here with two other builds
        // running) shortens the gap after it.
        var sends = SendTimes(_ => true);
        Assert.Equal(4, sends.Count);
        Assert.All(sends.Zip(sends.Skip(1), (a, b) => b - a), gap => Assert.True(gap >= TimeSpan.FromMilliseconds(1000), $"Two requests were sent {gap.TotalMilliseconds:F0} ms apart; spacing is 1500 ms."));
    }

    private TableClient Table() => new(NewsAppFixture.StorageConnection, _table);

    private PageFetcher Fetcher(int spacingMs, int maxWaitSeconds = 30)
    {
        var options = new NewsOptions();
        options.Fetch.PerHostDelayMilliseconds = spacingMs;
        options.Fetch.MaxHostWaitSeconds = maxWaitSeconds;
        options.Fetch.AllowPrivateAddresses = true;
        var services = new ServiceCollection();
        services.AddHttpClient(PageFetcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => PageFetcher.CreateHandler(options.Fetch))
            .AddHttpMessageHandler(() => new SendClock(_sends));
        return new PageFetcher(services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), Options.Create(options), TimeProvider.System,
            new HostSchedule(Table(), TimeProvider.System));
    }

    private List<TimeSpan> SendTimes(Func<string, bool> path)
    {
        lock (_sends)
        {
            return _sends.Where(s => path(s.Path)).Select(s => s.At).Order().ToList();
        }
    }

    private sealed class SlowReads(TimeSpan delay) : Azure.Core.Pipeline.HttpPipelinePolicy
    {
        public override void Process(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The schedule is async all the way.");

        public override async ValueTask ProcessAsync(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline)
        {
            if (message.Request.Method == Azure.Core.RequestMethod.Get)
            {
                await Task.Delay(delay, message.CancellationToken);
            }

            await ProcessNextAsync(message, pipeline);
        }
    }

    private sealed class SlowWrites(TimeSpan delay, bool once) : Azure.Core.Pipeline.HttpPipelinePolicy
    {
        private int _writes;

        public override void Process(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The schedule is async all the way.");

        public override async ValueTask ProcessAsync(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (message.Request.Method != Azure.Core.RequestMethod.Get && (!once || Interlocked.Increment(ref _writes) == 1))
            {
                // After the write lands: the row is booked, the answer comes late.
                await Task.Delay(delay, message.CancellationToken);
            }
        }
    }

    /// <summary>Notes when each request is handed to HttpClient, on a monotonic clock.</summary>
    private sealed class SendClock(List<(string Path, TimeSpan At)> sends) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (sends)
            {
                sends.Add((request.RequestUri!.AbsolutePath, System.Diagnostics.Stopwatch.GetElapsedTime(0)));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
