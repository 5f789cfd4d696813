using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsFunctions;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

/// <summary>
/// What a discovery of a sitemap of <c>links</c> new, undated links costs against local storage (Azurite on its
/// default ports): the app's own services, a sitemap served on loopback, tables, containers and an articles queue of
/// the run's own, deleted at the end. Each round serves new links, so every one costs its seen check and its send.
/// Each round then reads the same sitemap again, served without validators, so every link is found seen (what a
/// sitemap costs at every tick once read). Prints the seconds per read and the links per second.
/// </summary>
internal static class DiscoveryTimes
{
    public static async Task<int> RunAsync(int links, int rounds)
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var sitemap = Array.Empty<byte>();
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                var context = await listener.GetContextAsync();
                context.Response.ContentType = "application/xml; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(Volatile.Read(ref sitemap));
                context.Response.Close();
            }
        });

        var sourcesPath = Path.Combine(Path.GetTempPath(), $"bench-sources.{run}.json");
        await File.WriteAllTextAsync(sourcesPath, $$"""{"sources":[{"id":"bench","name":"Bench","feeds":["http://127.0.0.1:{{port}}/sitemap.xml"]}]}""");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["ArticlesQueueName"] = "bench-articles-" + run,
            ["News:SourcesPath"] = sourcesPath,
            ["News:Storage:TablePrefix"] = "Bench" + run,
            ["News:Storage:RawContainer"] = "bench-raw-" + run,
            ["News:Storage:ArticlesContainer"] = "bench-articles-" + run,
            ["News:Fetch:AllowPrivateAddresses"] = "true",
            ["News:Fetch:RespectRobotsTxt"] = "false",
            ["News:Discovery:MaxEntryAgeDays"] = "0",
            ["News:Discovery:MaxNewLinksPerFeed"] = links.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddNewsPipeline(configuration).BuildServiceProvider();
        var clients = services.GetRequiredService<StorageClients>();
        try
        {
            await services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync();
            var discoverer = services.GetRequiredService<SourceDiscoverer>();
            var seconds = new List<double>();
            var seenSeconds = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                Volatile.Write(ref sitemap, Sitemap(port, $"{run}-{round}", links));
                // Then the same sitemap again: served without validators, every link is looked up and found seen.
                foreach (var (times, expected) in new[] { (seconds, links), (seenSeconds, 0) })
                {
                    var start = Stopwatch.GetTimestamp();
                    var queued = await discoverer.DiscoverAsync(new SourceMessage("bench"));
                    times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
                    if (queued != expected)
                    {
                        Console.Error.WriteLine($"discover: {queued} links queued, {expected} expected");
                        return 1;
                    }
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: new {seconds[^1]:F2} s, seen {seenSeconds[^1]:F2} s"));
            }

            seconds.Sort();
            seenSeconds.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"discover links={links} rounds={rounds} new_s_median={seconds[rounds / 2]:F2} new_links_per_s={links / seconds[rounds / 2]:F0} seen_s_median={seenSeconds[rounds / 2]:F2} seen_links_per_s={links / seenSeconds[rounds / 2]:F0}"));
            return 0;
        }
        finally
        {
            listener.Stop();
            File.Delete(sourcesPath);
            foreach (var table in new[] { "Articles", "Feed", "Seen", "Sources", "Hosts" })
            {
                await clients.Tables.DeleteTableAsync("Bench" + run + table);
            }

            await clients.Blobs.DeleteBlobContainerAsync("bench-raw-" + run);
            await clients.Blobs.DeleteBlobContainerAsync("bench-articles-" + run);
            await clients.Queues.DeleteQueueAsync("bench-articles-" + run);
        }
    }

    private static byte[] Sitemap(int port, string run, int links)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">""");
        for (var i = 0; i < links; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<url><loc>http://127.0.0.1:{port}/{run}/story-{i}.html</loc></url>\n");
        }

        return Encoding.UTF8.GetBytes(xml.Append("</urlset>").ToString());
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
