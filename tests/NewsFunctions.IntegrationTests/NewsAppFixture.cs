using NewsFunctions.Fetching;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using NewsFunctions.Articles;
using NewsFunctions.LocalHost.DemoSite;
using NewsFunctions.LocalHost.Hosting;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

/// <summary>
/// The whole app as a user runs it: the local Functions host on a free loopback port, the demo news sites on
/// another, real Azurite behind them. Every run gets its own containers, tables and queues, so runs never collide.
/// </summary>
public sealed class NewsAppFixture : IAsyncLifetime
{
    public const string MasterKey = "test-master-key";
    public const string FunctionKey = "test-function-key";

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web);

    private Task? _firstTick;

    public string RunId { get; } = "t" + Guid.NewGuid().ToString("N")[..10];

    public static string RepositoryRoot { get; } = typeof(NewsAppFixture).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string StorageConnection { get; } =
        Environment.GetEnvironmentVariable("NEWSFN_TEST_STORAGE") is { Length: > 0 } s ? s : "UseDevelopmentStorage=true";

    public DemoSiteServer DemoSite { get; private set; } = null!;

    public WebApplication App { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public LogRecorder Logs { get; } = new();

    public IReadOnlyList<DemoArticle> Manifest { get; private set; } = [];

    /// <summary>The demo articles of the sources that are enabled: what a tick must store.</summary>
    public IReadOnlyList<DemoArticle> Expected { get; private set; } = [];

    public ArticleArchive Archive => App.Services.GetRequiredService<ArticleArchive>();

    public ArticleIndex Index => App.Services.GetRequiredService<ArticleIndex>();

    public WorkQueues Queues => App.Services.GetRequiredService<WorkQueues>();

    public string SourcesQueue => "src-" + RunId;

    public string ArticlesQueue => "art-" + RunId;

    public string SweepsQueue => "swp-" + RunId;

    public string ReextractsQueue => "rex-" + RunId;

    /// <summary>Small, so that a sweep of the test archive takes several pages.</summary>
    public const int SweepPageSize = 4;

    public async Task InitializeAsync()
    {
        await EnsureStorageIsUpAsync();
        DemoSite = await DemoSiteServer.StartAsync(Path.Combine(RepositoryRoot, "demo", "site"));
        var sourcesPath = Path.Combine(Path.GetTempPath(), $"sources.{RunId}.json");
        await File.WriteAllTextAsync(sourcesPath, DemoSite.Fill(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot, "config", "sources.demo.json"))));
        Manifest = JsonSerializer.Deserialize<List<DemoArticle>>(
            await File.ReadAllTextAsync(Path.Combine(RepositoryRoot, "demo", "site", "manifest.json")), ManifestJson)!;
        var enabled = NewsFunctions.Sources.SourceCatalog.Load(await File.ReadAllTextAsync(sourcesPath)).Where(s => s.Enabled).Select(s => s.Id).ToHashSet();
        Expected = Manifest.Where(a => enabled.Contains(a.Site)).ToList();

        App = LocalFunctionsHost.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Logging.AddProvider(Logs);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = StorageConnection,
                // A schedule that does not fire during a test run: ticks are triggered through the admin API.
                ["DiscoverSchedule"] = "0 0 0 1 1 *",
                ["SourcesQueueName"] = SourcesQueue,
                ["ArticlesQueueName"] = ArticlesQueue,
                ["ArchiveSweepsQueueName"] = SweepsQueue,
                ["ReextractsQueueName"] = ReextractsQueue,
                ["News:Archive:SweepPageSize"] = SweepPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["News:SourcesPath"] = sourcesPath,
                ["News:Storage:RawContainer"] = "raw-" + RunId,
                ["News:Storage:ArticlesContainer"] = "articles-" + RunId,
                ["News:Storage:TablePrefix"] = "T" + RunId,
                ["News:Fetch:PerHostDelayMilliseconds"] = "0",
                // The test sites run on 127.0.0.1.
                ["News:Fetch:AllowPrivateAddresses"] = "true",
                // The demo articles date from 2022 on.
                ["News:Discovery:MaxEntryAgeDays"] = "0",
                ["LocalHost:MasterKey"] = MasterKey,
                ["LocalHost:FunctionKey"] = FunctionKey,
                ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:01",
                ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "2",
                ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:01",
                ["Logging:LogLevel:Default"] = "Warning",
            });
        });
        await App.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(App.Urls.First()) };
    }

    /// <summary>Runs one timer tick (once per fixture) and waits until the pipeline has stored every expected article.</summary>
    public Task EnsureFirstTickAsync() => _firstTick ??= RunTickAndWaitAsync();

    public async Task FireTimerAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/ScheduleSources") { Content = JsonContent("{}") };
        request.Headers.Add("x-functions-key", MasterKey);
        using var response = await Http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>Waits until every work queue is empty and stays empty (no message visible or in flight).</summary>
    public async Task WaitForQueuesToDrainAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var quietSince = DateTime.MaxValue;
        while (DateTime.UtcNow < deadline)
        {
            var counts = await Task.WhenAll(new[] { Queues.Sources, Queues.Articles, Queues.Sweeps, Queues.Reextracts }
                .Select(async q => (await q.GetPropertiesAsync()).Value.ApproximateMessagesCount));
            if (counts.All(c => c == 0))
            {
                quietSince = quietSince == DateTime.MaxValue ? DateTime.UtcNow : quietSince;
                if (DateTime.UtcNow - quietSince > TimeSpan.FromSeconds(2))
                {
                    return;
                }
            }
            else
            {
                quietSince = DateTime.MaxValue;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The work queues did not drain within {timeout}.");
    }

    /// <summary>Deletes an article a test stored on the side: its index rows and both blobs.</summary>
    public async Task RemoveArticleAsync(string id)
    {
        await RemoveIndexRowsAsync(id);
        await Archive.Raw.DeleteBlobIfExistsAsync(ArticleArchive.RawBlobName(id));
        await Archive.Articles.DeleteBlobIfExistsAsync(ArticleArchive.ArticleBlobName(id));
    }

    /// <summary>Deletes an article's index rows, its feed rows with them.</summary>
    public async Task RemoveIndexRowsAsync(string id)
    {
        if (await Index.Articles.GetEntityIfExistsAsync<TableEntity>(id, "") is { HasValue: true } row)
        {
            var feedKey = row.Value!.GetString("FeedRowKey");
            foreach (var partition in new[] { row.Value.GetString("Category"), "all" })
            {
                await Index.Feed.DeleteEntityAsync(partition, feedKey);
            }

            await Index.Articles.DeleteEntityAsync(id, "");
        }
    }

    public static string IdOf(Uri baseUrl, DemoArticle article) => ArticleId.For(new Uri(baseUrl, article.Path));

    public async Task<int> CountAsync(TableClient table)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (App is not null)
        {
            var archive = Archive;
            var index = Index;
            var queues = Queues;
            await App.StopAsync();
            await Task.WhenAll(
                archive.Raw.DeleteIfExistsAsync(),
                archive.Articles.DeleteIfExistsAsync(),
                index.Articles.DeleteAsync(),
                index.Feed.DeleteAsync(),
                index.Seen.DeleteAsync(),
                App.Services.GetRequiredService<SourceState>().Table.DeleteAsync(),
                App.Services.GetRequiredService<HostSchedule>().Table.DeleteAsync(),
                queues.Sources.DeleteIfExistsAsync(),
                queues.Articles.DeleteIfExistsAsync(),
                queues.Sweeps.DeleteIfExistsAsync(),
                queues.Reextracts.DeleteIfExistsAsync(),
                new QueueClient(StorageConnection, WorkQueues.PoisonQueueName(SweepsQueue)).DeleteIfExistsAsync(),
                new QueueClient(StorageConnection, WorkQueues.PoisonQueueName(ReextractsQueue)).DeleteIfExistsAsync(),
                new QueueClient(StorageConnection, WorkQueues.PoisonQueueName(ArticlesQueue)).DeleteIfExistsAsync(),
                new QueueClient(StorageConnection, WorkQueues.PoisonQueueName(SourcesQueue)).DeleteIfExistsAsync());
            await App.DisposeAsync();
        }

        if (DemoSite is not null)
        {
            await DemoSite.DisposeAsync();
        }
    }

    public static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private async Task RunTickAndWaitAsync()
    {
        await FireTimerAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (await CountAsync(Index.Articles) >= Expected.Count)
            {
                await WaitForQueuesToDrainAsync(TimeSpan.FromSeconds(30));
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"After 90 s only {await CountAsync(Index.Articles)} of {Expected.Count} demo articles were stored.");
    }

    private static async Task EnsureStorageIsUpAsync()
    {
        if (StorageConnection != "UseDevelopmentStorage=true")
        {
            return;
        }

        foreach (var port in new[] { 10000, 10001, 10002 })
        {
            using var tcp = new TcpClient();
            try
            {
                await tcp.ConnectAsync("127.0.0.1", port).WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception e) when (e is SocketException or TimeoutException)
            {
                throw new InvalidOperationException(
                    $"Azurite is not listening on 127.0.0.1:{port}. Run the tests with scripts/test.sh, which starts it, or start it with scripts/azurite.sh start.", e);
            }
        }

    }
}

/// <summary>One article of demo/site/manifest.json: the ground truth the demo pages were written to.</summary>
public sealed record DemoArticle(
    string Site,
    string Path,
    string Title,
    IReadOnlyList<string> Authors,
    DateTimeOffset Published,
    string Language,
    string Category,
    IReadOnlyList<string> MustContain,
    IReadOnlyList<string> MustNotContain,
    bool DateOnly = false,
    bool ZoneShown = true);

[CollectionDefinition(Name)]
public sealed class AppTestGroup : ICollectionFixture<NewsAppFixture>
{
    public const string Name = "app";
}
