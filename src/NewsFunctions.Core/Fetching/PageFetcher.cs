using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using NewsFunctions.Configuration;

namespace NewsFunctions.Fetching;

/// <summary>
/// Fetches feeds and pages politely: an honest User-Agent, robots.txt (with its Crawl-delay), per-host spacing, a size cap, a timeout,
/// conditional requests, and 429/503 reported as transient with the server's Retry-After, which later requests to that host then wait out.
/// </summary>
public sealed class PageFetcher
{
    public const string HttpClientName = "news-fetcher";

    private readonly IHttpClientFactory _httpClients;
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly HostThrottle _throttle;
    private readonly HostSchedule? _schedule;
    private readonly ConcurrentDictionary<string, (RobotsRules Rules, DateTimeOffset Expires)> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> _robotsReads = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A fetcher; with <paramref name="schedule"/> requests to a host are spaced across every instance of the app, without it within this one.</summary>
    public PageFetcher(IHttpClientFactory httpClients, IOptions<NewsOptions> options, TimeProvider time, HostSchedule? schedule = null)
    {
        _httpClients = httpClients;
        _options = options.Value.Fetch;
        _time = time;
        _throttle = new HostThrottle(time);
        _schedule = schedule;
    }

    /// <summary>The most redirects one fetch follows.</summary>
    public const int MaxRedirects = 5;

    /// <summary>
    /// The handler the fetcher's HTTP client must use: it decompresses, and it leaves redirects to the fetcher, which
    /// checks each target's scheme and robots.txt and spaces it like any request to that host.
    /// </summary>
    /// <remarks>Unless <see cref="FetchOptions.AllowPrivateAddresses"/>, it connects only to public addresses: checked on the
    /// addresses a name resolves to when connecting, so neither a redirect nor a name pointed at 127.0.0.1 gets around it.</remarks>
    public static SocketsHttpHandler CreateHandler(FetchOptions options) => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
        ConnectCallback = options.AllowPrivateAddresses ? null : ConnectToPublicAddressAsync,
    };

    private static async ValueTask<Stream> ConnectToPublicAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var usable = addresses.Where(PublicAddresses.IsPublic).ToArray();
        if (usable.Length == 0)
        {
            throw new NonPublicAddressException($"{host} is not at a public address ({string.Join(", ", addresses.Take(4))}), and News:Fetch:AllowPrivateAddresses is off.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Fetches a page, up to <see cref="FetchOptions.MaxResponseBytes"/>. With <paramref name="etag"/> or
    /// <paramref name="lastModified"/> a 304 comes back as a page with no body.
    /// </summary>
    /// <exception cref="FetchException">Disallowed by robots.txt, an HTTP error, too large, timed out, or too many or bad redirects.</exception>
    public Task<FetchedPage> FetchAsync(Uri url, string? etag = null, DateTimeOffset? lastModified = null, CancellationToken cancellationToken = default) =>
        FetchAsync(url, etag, lastModified, _options.MaxResponseBytes, cancellationToken);

    /// <summary>As <see cref="FetchAsync(Uri, string?, DateTimeOffset?, CancellationToken)"/>, for a feed or sitemap: up to <see cref="FetchOptions.MaxFeedBytes"/>.</summary>
    /// <exception cref="FetchException">Disallowed by robots.txt, an HTTP error, too large, timed out, or too many or bad redirects.</exception>
    public Task<FetchedPage> FetchFeedAsync(Uri url, string? etag = null, DateTimeOffset? lastModified = null, CancellationToken cancellationToken = default) =>
        FetchAsync(url, etag, lastModified, _options.MaxFeedBytes, cancellationToken);

    private async Task<FetchedPage> FetchAsync(Uri url, string? etag, DateTimeOffset? lastModified, int maxBytes, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            var (response, fetchedAt) = await SendPoliteAsync(url, current, etag, lastModified, cancellationToken);
            using (response)
            {
                if (RedirectTarget(response, current) is { } target)
                {
                    if (target.Scheme is not ("http" or "https"))
                    {
                        throw new FetchException($"GET {url}: {current} redirects to '{target}', which is not an http(s) URL.", response.StatusCode, isTransient: false);
                    }

                    if (redirects == MaxRedirects)
                    {
                        throw new FetchException($"GET {url}: more than {MaxRedirects} redirects (the last to {target}).", response.StatusCode, isTransient: false);
                    }

                    current = target;
                    continue;
                }

                return await ReadAsync(url, current, response, fetchedAt, etag, lastModified, maxBytes, cancellationToken);
            }
        }
    }

    /// <summary>One request, after its robots.txt allows it and its host's spacing: the response with its headers read.</summary>
    private async Task<(HttpResponseMessage Response, DateTimeOffset FetchedAt)> SendPoliteAsync(
        Uri requested, Uri url, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new FetchException($"Only absolute http(s) URLs can be fetched: '{url}'.", null, isTransient: false);
        }

        var spacing = TimeSpan.FromMilliseconds(_options.PerHostDelayMilliseconds);
        if (_options.RespectRobotsTxt)
        {
            var robots = await RobotsForAsync(url, cancellationToken);
            if (!robots.IsAllowed(url))
            {
                throw new FetchException(
                    url == requested ? $"robots.txt of {url.Authority} disallows {url.PathAndQuery}." : $"GET {requested} redirects to {url}, which robots.txt of {url.Authority} disallows.",
                    null, isTransient: false);
            }

            // A site's Crawl-delay spaces our requests to it, up to a cap: past it, one slow site would hold workers for minutes.
            if (robots.CrawlDelay is { } crawlDelay)
            {
                var capped = crawlDelay < TimeSpan.FromSeconds(_options.MaxCrawlDelaySeconds) ? crawlDelay : TimeSpan.FromSeconds(_options.MaxCrawlDelaySeconds);
                spacing = capped > spacing ? capped : spacing;
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (lastModified is not null)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        return await SendInTurnAsync(request, spacing, cancellationToken);
    }

    /// <summary>Sends a request in its host's turn, shared by every instance and then this one's; a 429 or 503 with Retry-After holds the host back for both.</summary>
    private async Task<(HttpResponseMessage Response, DateTimeOffset FetchedAt)> SendInTurnAsync(HttpRequestMessage request, TimeSpan spacing, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        await WaitForSharedSlotAsync(url, spacing, cancellationToken);
        using var slot = await _throttle.WaitAsync(url, spacing, TimeSpan.FromSeconds(_options.MaxHostWaitSeconds), cancellationToken);
        var response = await WithinTimeoutAsync(url, token => Client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token), cancellationToken);
        var fetchedAt = _time.GetUtcNow();
        // Noted while the host's slot is still held, so the next request to it already waits.
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
            && RetryAfter(response, fetchedAt) is { } retryAfter && _throttle.StayAway(url, retryAfter, response.StatusCode) is { } until)
        {
            await HoldSharedScheduleAsync(url, until);
        }

        return (response, fetchedAt);
    }

    /// <summary>
    /// Waits for this request's slot in its host's schedule shared by every instance. A slot further away than
    /// <see cref="FetchOptions.MaxHostWaitSeconds"/> is not taken: holding a worker that long for one site would
    /// stall the others, so the caller hears when to come back instead.
    /// </summary>
    /// <exception cref="FetchException">The host is booked further ahead than the wait allowed (transient, with <see cref="FetchException.RetryAfter"/>).</exception>
    private async Task WaitForSharedSlotAsync(Uri url, TimeSpan spacing, CancellationToken cancellationToken)
    {
        if (_schedule is null || spacing <= TimeSpan.Zero)
        {
            return;
        }

        var slot = await _schedule.ReserveAsync(url.Authority, spacing, TimeSpan.FromSeconds(_options.MaxHostWaitSeconds), cancellationToken);
        var wait = slot.At - _time.GetUtcNow();
        if (!slot.Granted)
        {
            throw new FetchException(
                $"GET {url}: requests to {url.Authority} are booked {Math.Ceiling(wait.TotalSeconds):F0} s ahead, past the {_options.MaxHostWaitSeconds} s a fetch waits.",
                null, isTransient: true, retryAfter: wait > TimeSpan.Zero ? wait : TimeSpan.Zero)
            {
                IsHostBusy = true,
            };
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Tells the app's other instances that the host asked for no request before <paramref name="until"/>.</summary>
    private async Task HoldSharedScheduleAsync(Uri url, DateTimeOffset until)
    {
        if (_schedule is null)
        {
            return;
        }

        try
        {
            // Not cancellable: the response is in hand and the hold is a short write that other instances rely on.
            await _schedule.HoldAsync(url.Authority, until, CancellationToken.None);
        }
        catch (Azure.RequestFailedException)
        {
            // The response is what the caller needs; this instance still holds the host back on its own, and the
            // others learn of the Retry-After from their own next request.
        }
    }

    /// <summary>Runs one network step of a fetch under the timeout: a timeout or a network failure becomes a transient <see cref="FetchException"/>.</summary>
    private async Task<T> WithinTimeoutAsync<T>(Uri url, Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            return await step(timeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"GET {url} timed out after {_options.TimeoutSeconds} s.", null, isTransient: true, inner: e);
        }
        catch (HttpRequestException e) when (e.InnerException is NonPublicAddressException refused)
        {
            throw new FetchException($"GET {url}: {refused.Message}", null, isTransient: false, inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new FetchException($"GET {url} failed: {e.Message}", e.StatusCode, isTransient: true, inner: e);
        }
    }

    /// <summary>Where a redirect response points, resolved against the URL it answered; null when it is no redirect.</summary>
    private static Uri? RedirectTarget(HttpResponseMessage response, Uri from) =>
        (int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location
            ? location.IsAbsoluteUri ? location : new Uri(from, location)
            : null;

    private async Task<FetchedPage> ReadAsync(Uri url, Uri finalUrl, HttpResponseMessage response, DateTimeOffset fetchedAt, string? etag, DateTimeOffset? lastModified, int maxBytes, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchedPage(url, finalUrl, response.StatusCode, [], null, fetchedAt, etag, lastModified);
        }

        if (!response.IsSuccessStatusCode)
        {
            var transient = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500;
            throw new FetchException($"GET {finalUrl} answered {(int)response.StatusCode} {response.ReasonPhrase}.", response.StatusCode, transient, RetryAfter(response, fetchedAt));
        }

        var body = await WithinTimeoutAsync(finalUrl, token => ReadCappedAsync(response.Content, finalUrl, maxBytes, token), cancellationToken);
        return new FetchedPage(
            url,
            finalUrl,
            response.StatusCode,
            body,
            response.Content.Headers.ContentType?.ToString(),
            fetchedAt,
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified);
    }

    /// <summary>The response's Retry-After, in seconds or as an HTTP-date, as the time to wait from <paramref name="receivedAt"/>.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset receivedAt) =>
        response.Headers.RetryAfter is { } ra ? ra.Delta ?? (ra.Date - receivedAt) : null;

    private HttpClient Client()
    {
        var client = _httpClients.CreateClient(HttpClientName);
        if (client.DefaultRequestHeaders.UserAgent.Count == 0)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        }

        return client;
    }

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, Uri url, int maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw new FetchException($"GET {url}: {declared} bytes is over the {maxBytes}-byte cap.", null, isTransient: false);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        if (declared is { } length)
        {
            // A feed may be tens of MiB: read into the one array the page keeps instead of a growing copy of it.
            var body = new byte[length];
            try
            {
                await stream.ReadExactlyAsync(body, cancellationToken);
            }
            catch (EndOfStreamException e)
            {
                throw new FetchException($"GET {url}: the body ended before its Content-Length of {length} bytes.", null, isTransient: true, inner: e);
            }

            return body;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new FetchException($"GET {url}: the body is over the {maxBytes}-byte cap.", null, isTransient: false);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The most of a robots.txt that is read: RFC 9309 asks for at least 500 KiB and allows ignoring the rest.</summary>
    internal const int MaxRobotsBytes = 500 * 1024;

    private static async Task<string> ReadRobotsAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxRobotsBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        // Cut at the last full line, so a rule is never read half.
        var end = length == buffer.Length ? Array.LastIndexOf(buffer, (byte)'\n', length - 1) + 1 : length;
        return System.Text.Encoding.UTF8.GetString(buffer, 0, end);
    }

    private async Task<RobotsRules> RobotsForAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        if (_robots.TryGetValue(key, out var cached) && cached.Expires > _time.GetUtcNow())
        {
            return cached.Rules;
        }

        // One read per host at a time: the first fetches of a batch of a site's articles would otherwise each ask for
        // its robots.txt at once. The read is shared, so no one caller's cancellation ends it; its own timeout does.
        var read = _robotsReads.GetOrAdd(key, _ => new Lazy<Task<RobotsRules>>(() => ReadRobotsForAsync(url, key)));
        return await read.Value.WaitAsync(cancellationToken);
    }

    private async Task<RobotsRules> ReadRobotsForAsync(Uri url, string key)
    {
        try
        {
            // robots.txt is a request to the host like any other: spaced from the page fetch that follows it, and held
            // back by the host's Retry-After. Its Crawl-delay is not known yet, so the configured spacing applies.
            var spacing = TimeSpan.FromMilliseconds(_options.PerHostDelayMilliseconds);
            var robotsUrl = new Uri(key + "/robots.txt");
            var response = await SendRobotsRequestAsync(robotsUrl, spacing);
            // The handler leaves redirects to us; RFC 9309 asks to follow at least five for robots.txt (http -> https is common).
            for (var hop = 0; hop < MaxRedirects && RedirectTarget(response, robotsUrl) is { } target; hop++)
            {
                robotsUrl = target;
                response.Dispose();
                if (robotsUrl.Scheme is not ("http" or "https"))
                {
                    throw new FetchException($"robots.txt of {url.Authority} redirects to '{target}', which is not an http(s) URL.", null, isTransient: false);
                }

                response = await SendRobotsRequestAsync(robotsUrl, spacing);
            }

            RobotsRules rules;
            using (response)
            {
                // A missing robots.txt allows everything; a server error on it means "stay away for now" (RFC 9309).
                rules = response.IsSuccessStatusCode
                    ? RobotsRules.Parse(await WithinTimeoutAsync(robotsUrl, token => ReadRobotsAsync(response.Content, token), CancellationToken.None), _options.UserAgent)
                    : (int)response.StatusCode >= 500
                        ? throw new FetchException($"robots.txt of {url.Authority} answered {(int)response.StatusCode}.", response.StatusCode, isTransient: true)
                        : RobotsRules.AllowAll;
            }

            _robots[key] = (rules, _time.GetUtcNow().AddHours(1));
            return rules;
        }
        finally
        {
            // Cached or failed: either way the next caller no longer needs this read (a failed one is tried afresh).
            _robotsReads.TryRemove(key, out _);
        }
    }

    private async Task<HttpResponseMessage> SendRobotsRequestAsync(Uri robotsUrl, TimeSpan spacing)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, robotsUrl);
        return (await SendInTurnAsync(request, spacing, CancellationToken.None)).Response;
    }
}
