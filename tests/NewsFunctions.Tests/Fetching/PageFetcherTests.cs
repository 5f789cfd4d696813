using System.Net;
using Microsoft.Extensions.Options;
using NewsFunctions.Configuration;
using NewsFunctions.Fetching;

namespace NewsFunctions.Tests.Fetching;

/// <summary>The fetcher against a real HTTP server on loopback.</summary>
public sealed class PageFetcherTests : IAsyncLifetime
{
    private WebApplication _server = null!;
    private Uri _base = null!;
    private readonly List<(string Path, string? UserAgent, DateTime At)> _requests = [];
    private string _robotsTxt = "User-agent: *\nDisallow: /private/\n";

    /// <summary>
    /// When the fetcher handed each request to HttpClient: the spacing is what it controls. The server sees requests
    /// arrive with the connection's and the thread pool's delays on top (once, a first request arrived a second late,
    /// 13 ms before the second one), which says nothing about the fetcher.
    /// </summary>
    private readonly List<(string Path, TimeSpan At)> _sends = [];

    private sealed class SendClock(List<(string Path, TimeSpan At)> sends) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (sends)
            {
                sends.Add((request.RequestUri!.AbsolutePath, TimeSpan.FromSeconds(System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency)));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    private List<TimeSpan> SendTimes(string path) => _sends.Where(r => r.Path == path).Select(r => r.At).Order().ToList();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.Use(async (context, next) =>
        {
            lock (_requests)
            {
                _requests.Add((context.Request.Path, context.Request.Headers.UserAgent.ToString(), DateTime.UtcNow));
            }

            await next(context);
        });
        _server.MapGet("/robots.txt", () => _robotsTxt.StartsWith("redirect:", StringComparison.Ordinal) ? Results.Redirect(_robotsTxt[9..]) : Results.Text(_robotsTxt));
        _server.MapGet("/robots-endless.txt", async (HttpContext c) =>
        {
            // A robots.txt that trickles on and on (bounded here: 10 s or 64 MiB, whichever comes first).
            c.Response.ContentType = "text/plain";
            await c.Response.WriteAsync("User-agent: *\nDisallow: /private/\n", c.RequestAborted);
            var padding = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("# padding padding padding\n", 2000)));
            var until = DateTime.UtcNow.AddSeconds(10);
            for (var written = 0L; written < 64 << 20 && DateTime.UtcNow < until && !c.RequestAborted.IsCancellationRequested; written += padding.Length)
            {
                await c.Response.Body.WriteAsync(padding, c.RequestAborted);
                await c.Response.Body.FlushAsync(c.RequestAborted);
                await Task.Delay(10, c.RequestAborted);
            }
        });
        _server.MapGet("/robots-moved.txt", () => "User-agent: *\nDisallow: /private/\n");
        _server.MapGet("/to-private", () => Results.Redirect("/private/secret.html"));
        _server.MapGet("/to-ftp", (HttpContext c) =>
        {
            c.Response.Headers.Location = "ftp://files.example/article.html";
            return Results.StatusCode(302);
        });
        _server.MapGet("/loop/{n:int}", (int n) => Results.Redirect($"/loop/{n + 1}"));
        _server.MapGet("/article.html", (HttpContext c) =>
        {
            c.Response.Headers.ETag = "\"v1\"";
            if (c.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                return Results.StatusCode(304);
            }

            return Results.Content("<html><body><p>Hello</p></body></html>", "text/html; charset=utf-8");
        });
        _server.MapGet("/private/secret.html", () => "secret");
        _server.MapGet("/busy", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "120";
            return Results.StatusCode(503);
        });
        _server.MapGet("/slow-down", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "2";
            return Results.StatusCode(429);
        });
        _server.MapGet("/back-at", (HttpContext c) =>
        {
            // An HTTP-date has whole seconds: 3 s ahead is between 2 and 3 s away.
            c.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddSeconds(3).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(503);
        });
        _server.MapGet("/gone", () => Results.NotFound());
        _server.MapGet("/huge", () => Results.Text(new string('x', 200_000)));
        _server.MapGet("/gzipped", async context =>
        {
            // Content-Length is the compressed size; the body the fetcher keeps is the unpacked one.
            using var packed = new MemoryStream();
            await using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                await gzip.WriteAsync(System.Text.Encoding.UTF8.GetBytes(new string('x', 200_000)));
            }

            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = packed.Length;
            await context.Response.Body.WriteAsync(packed.ToArray());
        });
        _server.MapGet("/huge-unsized", async context =>
        {
            // Written in pieces with no Content-Length, as a server streaming a generated sitemap does.
            for (var i = 0; i < 20; i++)
            {
                await context.Response.WriteAsync(new string('x', 10_000));
                await context.Response.Body.FlushAsync();
            }
        });
        _server.MapGet("/redirect", () => Results.Redirect("/article.html"));
        await _server.StartAsync();
        _base = new Uri(_server.Urls.First());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private PageFetcher Fetcher(Action<FetchOptions>? configure = null)
    {
        var options = new NewsOptions();
        options.Fetch.PerHostDelayMilliseconds = 0;
        options.Fetch.MaxResponseBytes = 100_000;
        options.Fetch.AllowPrivateAddresses = true;
        configure?.Invoke(options.Fetch);
        var services = new ServiceCollection();
        services.AddHttpClient(PageFetcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => PageFetcher.CreateHandler(options.Fetch))
            .AddHttpMessageHandler(() => new SendClock(_sends));
        return new PageFetcher(services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), Options.Create(options), TimeProvider.System);
    }

    [Fact]
    public async Task PageComesWithBodyContentTypeAndETagAndOurUserAgent()
    {
        var page = await Fetcher().FetchAsync(new Uri(_base, "/article.html"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Hello"u8.ToArray(), page.Body);
        Assert.StartsWith("text/html", page.ContentType, StringComparison.Ordinal);
        Assert.Equal("\"v1\"", page.ETag);
        Assert.All(_requests, r => Assert.StartsWith("NewsFunctions/", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MatchingETagGivesNotModified()
    {
        var page = await Fetcher().FetchAsync(new Uri(_base, "/article.html"), etag: "\"v1\"");
        Assert.True(page.NotModified);
        Assert.Empty(page.Body);
    }

    [Fact]
    public async Task RobotsDisallowedPageIsNeverRequested()
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri(_base, "/private/secret.html")));
        Assert.False(error.IsTransient);
        Assert.Contains("robots.txt", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_requests, r => r.Path == "/private/secret.html");
    }

    [Fact]
    public async Task RobotsCanBeTurnedOffForOwnSources()
    {
        var page = await Fetcher(o => o.RespectRobotsTxt = false).FetchAsync(new Uri(_base, "/private/secret.html"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
    }

    [Fact]
    public async Task ServiceUnavailableIsTransientWithRetryAfter()
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri(_base, "/busy")));
        Assert.True(error.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
    }

    [Fact]
    public async Task NotFoundIsPermanent()
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri(_base, "/gone")));
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task BodyOverTheCapIsRefused()
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri(_base, "/huge")));
        Assert.Contains("cap", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/huge")]
    [InlineData("/huge-unsized")]
    [InlineData("/gzipped")]
    public async Task FeedOverThePageCapIsReadUpToTheFeedCap(string path)
    {
        var url = new Uri(_base, path);

        Assert.Equal(200_000, (await Fetcher(o => o.MaxFeedBytes = 200_000).FetchFeedAsync(url)).Body.Length);
        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher(o => o.MaxFeedBytes = 199_999).FetchFeedAsync(url));
        Assert.Contains("199999-byte cap", error.Message, StringComparison.Ordinal);
        // Pages keep theirs (100,000 bytes here).
        Assert.Contains("100000-byte cap", (await Assert.ThrowsAsync<FetchException>(() => Fetcher(o => o.MaxFeedBytes = 200_000).FetchAsync(url))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedirectIsFollowedAndFinalUrlKept()
    {
        var page = await Fetcher().FetchAsync(new Uri(_base, "/redirect"));
        Assert.Equal("/article.html", page.FinalUrl.AbsolutePath);
    }

    [Fact]
    public async Task RedirectToAPathRobotsDisallowsIsNotFollowed()
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri(_base, "/to-private")));
        Assert.False(error.IsTransient);
        Assert.Contains("robots.txt", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_requests, r => r.Path == "/private/secret.html");
    }

    [Fact]
    public async Task RedirectToANonHttpSchemeIsAClearPermanentError()
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri(_base, "/to-ftp")));
        Assert.False(error.IsTransient);
        Assert.Contains("not an http(s) URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedirectChainStopsAfterMaxRedirects()
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri(_base, "/loop/0")));
        Assert.False(error.IsTransient);
        Assert.Contains($"more than {PageFetcher.MaxRedirects} redirects", error.Message, StringComparison.Ordinal);
        Assert.Equal(PageFetcher.MaxRedirects + 1, _requests.Count(r => r.Path.StartsWith("/loop/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RobotsTxtBehindARedirectIsFollowed()
    {
        _robotsTxt = "redirect:/robots-moved.txt";
        var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri(_base, "/private/secret.html")));
        Assert.Contains("robots.txt", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_requests, r => r.Path == "/private/secret.html");
    }

    [Fact]
    public async Task RobotsTxtThatNeverEndsIsReadUpToItsCap()
    {
        _robotsTxt = "redirect:/robots-endless.txt";
        var fetcher = Fetcher(o => o.TimeoutSeconds = 5);

        var page = await fetcher.FetchAsync(new Uri(_base, "/article.html"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(_base, "/private/secret.html")));
        Assert.Contains("robots.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestsToOneHostAreSpaced()
    {
        var fetcher = Fetcher(o => o.PerHostDelayMilliseconds = 600);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fetcher.FetchAsync(new Uri(_base, "/article.html"))));
        var times = SendTimes("/article.html");
        Assert.Equal(3, times.Count);
        for (var i = 1; i < times.Count; i++)
        {
            // A little slack for the timer's resolution.
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromMilliseconds(580), $"Requests {i - 1} and {i} were sent {(times[i] - times[i - 1]).TotalMilliseconds} ms apart.");
        }
    }

    [Fact]
    public async Task RobotsCrawlDelaySpacesRequestsToTheHost()
    {
        _robotsTxt = "User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n";
        var fetcher = Fetcher();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fetcher.FetchAsync(new Uri(_base, "/article.html"))));
        var times = SendTimes("/article.html");
        Assert.Equal(3, times.Count);
        for (var i = 1; i < times.Count; i++)
        {
            // These tests space nothing of their own, so only the Crawl-delay does.
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromMilliseconds(980), $"Requests {i - 1} and {i} were sent {(times[i] - times[i - 1]).TotalMilliseconds} ms apart; robots.txt asks for 1 s.");
        }
    }

    [Theory]
    [InlineData("/article.html")]
    [InlineData("/redirect")]
    public async Task LoopbackIsNotConnectedToUnlessPrivateAddressesAreAllowed(string path)
    {
        // By name as well as by number: what counts is the address the name resolves to.
        foreach (var url in new[] { new Uri(_base, path), new Uri($"http://localhost:{_base.Port}{path}") })
        {
            var error = await Assert.ThrowsAsync<FetchException>(() => Fetcher(o => o.AllowPrivateAddresses = false).FetchAsync(url));
            Assert.False(error.IsTransient);
            Assert.Contains("not at a public address", error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(_requests);
    }

    [Theory]
    [InlineData("93.184.216.34", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("::ffff:93.184.216.34", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00:ec2::254", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:169.254.169.254", false)]
    public void AddressesOfThisMachineItsNetworkAndCloudServicesAreNotPublic(string address, bool isPublic) =>
        Assert.Equal(isPublic, PublicAddresses.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task ConcurrentFirstFetchesToAHostReadItsRobotsTxtOnce()
    {
        var fetcher = Fetcher();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => fetcher.FetchAsync(new Uri(_base, "/article.html"))));
        Assert.Single(_requests, r => r.Path == "/robots.txt");
    }

    [Fact]
    public async Task RobotsTxtRequestIsSpacedFromTheRequestAfterIt()
    {
        await Fetcher(o => o.PerHostDelayMilliseconds = 1500).FetchAsync(new Uri(_base, "/article.html"));
        var robots = SendTimes("/robots.txt").Single();
        var page = SendTimes("/article.html").Single();
        // Unspaced, the page follows robots.txt within milliseconds.
        Assert.True(page - robots >= TimeSpan.FromMilliseconds(1480), $"robots.txt and the page were sent {(page - robots).TotalMilliseconds} ms apart.");
    }

    [Fact]
    public async Task CrawlDelayPastTheCapIsSpacedByTheCap()
    {
        _robotsTxt = "User-agent: *\nCrawl-delay: 3600\n";
        var fetcher = Fetcher(o => o.MaxCrawlDelaySeconds = 1);
        var started = DateTime.UtcNow;
        await fetcher.FetchAsync(new Uri(_base, "/article.html"));
        await fetcher.FetchAsync(new Uri(_base, "/article.html"));
        var elapsed = DateTime.UtcNow - started;
        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("/slow-down")]
    [InlineData("/back-at")]
    public async Task RetryAfterInSecondsOrAsADateHoldsBackTheNextRequestToTheHost(string path)
    {
        var fetcher = Fetcher();
        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(_base, path)));
        Assert.True(error.IsTransient);

        var page = await fetcher.FetchAsync(new Uri(_base, "/article.html"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var refused = SendTimes(path).Single();
        var next = SendTimes("/article.html").Single();
        // The host asked for 2 s from its answer, which came after the request was sent.
        Assert.True(next - refused >= TimeSpan.FromMilliseconds(1980), $"The next request was sent {(next - refused).TotalMilliseconds} ms after the one the host asked to wait 2 s after.");
    }

    [Fact]
    public async Task RetryAfterPastTheCapFailsTheNextRequestWithoutSendingIt()
    {
        var fetcher = Fetcher(o => o.MaxHostWaitSeconds = 5);
        await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(_base, "/busy")));
        var started = DateTime.UtcNow;

        var error = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new Uri(_base, "/article.html")));

        // Waiting out the cap first would take 5 s; the rest is slack for a noisy machine.
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(4), "The request waited although the host asked for more than the cap.");
        Assert.True(error.IsTransient);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(120));
        Assert.DoesNotContain(_requests, r => r.Path == "/article.html");
    }

    [Fact]
    public async Task NonHttpUrlIsRefused()
    {
        await Assert.ThrowsAsync<FetchException>(() => Fetcher().FetchAsync(new Uri("file:///etc/passwd")));
    }
}
