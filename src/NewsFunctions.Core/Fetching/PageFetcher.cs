using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using NewsFunctions.Configuration;

namespace NewsFunctions.Fetching;

/// <summary>
/// Fetches feeds and pages politely: an honest User-Agent, robots.txt (with its Crawl-delay), per-host spacing, a size cap, a timeout,
/// conditional requests, and 429/503 reported as transient with the server's Retry-After.
/// </summary>
public sealed class PageFetcher
{
    public const string HttpClientName = "news-fetcher";

    private readonly IHttpClientFactory _httpClients;
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly HostThrottle _throttle;
    private readonly ConcurrentDictionary<string, (RobotsRules Rules, DateTimeOffset Expires)> _robots = new(StringComparer.OrdinalIgnoreCase);

    public PageFetcher(IHttpClientFactory httpClients, IOptions<NewsOptions> options, TimeProvider time)
    {
        _httpClients = httpClients;
        _options = options.Value.Fetch;
        _time = time;
        _throttle = new HostThrottle(time);
    }

    /// <summary>Fetches a URL. With <paramref name="etag"/> or <paramref name="lastModified"/> a 304 comes back as a page with no body.</summary>
    /// <exception cref="FetchException">Disallowed by robots.txt, an HTTP error, too large, or timed out.</exception>
    public async Task<FetchedPage> FetchAsync(Uri url, string? etag = null, DateTimeOffset? lastModified = null, CancellationToken cancellationToken = default)
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
                throw new FetchException($"robots.txt of {url.Authority} disallows {url.PathAndQuery}.", null, isTransient: false);
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

        using var slot = await _throttle.WaitAsync(url, spacing, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            using var response = await Client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var fetchedAt = _time.GetUtcNow();
            var finalUrl = response.RequestMessage?.RequestUri ?? url;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchedPage(url, finalUrl, response.StatusCode, [], null, fetchedAt, etag, lastModified);
            }

            if (!response.IsSuccessStatusCode)
            {
                var transient = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500;
                var retryAfter = response.Headers.RetryAfter is { } ra
                    ? ra.Delta ?? (ra.Date - fetchedAt)
                    : null;
                throw new FetchException($"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.", response.StatusCode, transient, retryAfter);
            }

            var body = await ReadCappedAsync(response.Content, url, timeout.Token);
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
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"GET {url} timed out after {_options.TimeoutSeconds} s.", null, isTransient: true, inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new FetchException($"GET {url} failed: {e.Message}", e.StatusCode, isTransient: true, inner: e);
        }
    }

    private HttpClient Client()
    {
        var client = _httpClients.CreateClient(HttpClientName);
        if (client.DefaultRequestHeaders.UserAgent.Count == 0)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        }

        return client;
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, Uri url, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > _options.MaxResponseBytes)
        {
            throw new FetchException($"GET {url}: {content.Headers.ContentLength} bytes is over the {_options.MaxResponseBytes}-byte cap.", null, isTransient: false);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxResponseBytes)
            {
                throw new FetchException($"GET {url}: the body is over the {_options.MaxResponseBytes}-byte cap.", null, isTransient: false);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task<RobotsRules> RobotsForAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        if (_robots.TryGetValue(key, out var cached) && cached.Expires > _time.GetUtcNow())
        {
            return cached.Rules;
        }

        RobotsRules rules;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
            using var response = await Client().GetAsync(new Uri(key + "/robots.txt"), timeout.Token);
            // A missing robots.txt allows everything; a server error on it means "stay away for now" (RFC 9309).
            rules = response.IsSuccessStatusCode
                ? RobotsRules.Parse(await response.Content.ReadAsStringAsync(timeout.Token), _options.UserAgent)
                : (int)response.StatusCode >= 500
                    ? throw new FetchException($"robots.txt of {url.Authority} answered {(int)response.StatusCode}.", response.StatusCode, isTransient: true)
                    : RobotsRules.AllowAll;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"robots.txt of {url.Authority} could not be read: {e.Message}", null, isTransient: true, inner: e);
        }

        _robots[key] = (rules, _time.GetUtcNow().AddHours(1));
        return rules;
    }
}
