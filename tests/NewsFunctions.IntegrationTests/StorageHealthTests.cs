using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using NewsFunctions.Configuration;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

public sealed class StorageHealthTests
{
    [Fact]
    public async Task UnhealthyStorageIsReportedByCodesWithoutTheAccountOrEndpoint()
    {
        // Blob goes to Azurite under an account it does not know (it answers with a status and error code); queue and
        // table go to a port nobody listens on (no answer at all).
        var azurite = new BlobServiceClient(NewsAppFixture.StorageConnection).Uri;
        int closedPort;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        const string account = "leakyaccountname";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={Convert.ToBase64String(new byte[64])};"
                + $"BlobEndpoint=http://{azurite.Authority}/{account};QueueEndpoint=http://127.0.0.1:{closedPort}/{account};TableEndpoint=http://127.0.0.1:{closedPort}/{account}",
        }).Build();
        var clients = new StorageClients(configuration);
        var options = Options.Create(new NewsOptions());
        var logs = new LogRecorder();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var health = new StorageHealth(new ArticleArchive(clients, options), new ArticleIndex(clients, options), new WorkQueues(clients, configuration), factory.CreateLogger<StorageHealth>());

        var checks = await health.CheckAsync();

        foreach (var service in new[] { "blob", "queue", "table" })
        {
            var status = checks[service];
            Assert.StartsWith("unreachable: ", status, StringComparison.Ordinal);
            Assert.DoesNotContain(account, status, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("127.0.0.1", status, StringComparison.Ordinal);
            Assert.DoesNotContain(closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture), status, StringComparison.Ordinal);
        }

        Assert.Matches(@"^unreachable: RequestFailedException [45]\d\d\b", checks["blob"]);
        Assert.True(checks["queue"] is "unreachable: timeout" || checks["queue"].Contains("ConnectionError", StringComparison.Ordinal), checks["queue"]);
        Assert.Equal(3, logs.Records.Count(r => r.Level == LogLevel.Warning && r.Exception is not null));
    }
}
