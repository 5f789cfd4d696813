using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Primitives;
using NewsFunctions.Serving;
using NewsFunctions.Sources;
using NewsFunctions.Storage;

namespace NewsFunctions.Functions.Http;

/// <summary>
/// <c>GET /api/feeds/{category}?limit=&amp;cursor=&amp;format=</c>: a category's articles, newest first, as the API's
/// JSON or as RSS, Atom or JSON Feed (<c>format=rss|atom|jsonfeed</c> or the Accept header).
/// </summary>
public sealed class FeedFunction(ArticleIndex index)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    [Function("GetFeed")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "feeds/{category}")] HttpRequest request,
        string category,
        CancellationToken cancellationToken)
    {
        if (Categories.FeedNamed(category) is not { } feedName)
        {
            return HttpResults.Problem(request, 404, "Unknown category",
                $"There is no feed '{category}'. Feeds: {Categories.All}, {string.Join(", ", Categories.Known)}.");
        }

        if (feedName != category || HttpResults.HasTrailingSlash(request))
        {
            // One URL per feed: served under every spelling, each spelling would be an entry of its own in caches
            // and feed readers. On a 301 a reader moves its subscription to the lower-case URL. A trailing slash
            // would also move the base of the feed's relative links, its articles' API links with it.
            return HttpResults.MovedPermanentlyToLastSegment(request, feedName);
        }

        var limit = DefaultLimit;
        if (request.Query.TryGetValue("limit", out var limitText)
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            return HttpResults.Problem(request, 400, "Bad limit", $"'limit' must be a whole number from 1 to {MaxLimit}; got '{limitText}'.");
        }

        switch (FeedFormats.Choose(request.Query["format"], request.Headers.Accept, out var format))
        {
            case FormatChoice.UnknownFormat:
                return HttpResults.Problem(request, 400, "Bad format", $"'format' must be json, rss, atom or jsonfeed; got '{request.Query["format"]}'.");
            case FormatChoice.NotAcceptable:
                request.HttpContext.Response.Headers.Vary = "Accept";
                return HttpResults.Problem(request, 406, "Not acceptable",
                    $"The Accept header allows none of {FeedFormats.MediaTypes}; send one of them (or */*), or ask with ?format=json|rss|atom|jsonfeed.");
        }

        string? cursor = request.Query.TryGetValue("cursor", out var c) ? c.ToString() : null;
        FeedPage page;
        try
        {
            page = await index.GetFeedPageAsync(category, limit, cursor, cancellationToken);
        }
        catch (FormatException) when (cursor is not null)
        {
            return HttpResults.Problem(request, 400, "Bad cursor", "'cursor' must be a value returned as 'next' by this feed.");
        }

        var requested = new Uri(request.GetEncodedUrl());
        // The links are typed as this format, so they name it even when Accept chose it: a reader following them
        // (self included: readers re-fetch the feed at its self link) with another Accept, or none, still gets the
        // format the link promises.
        // An empty format= (a client's template with nothing filled in) leaves the choice to Accept, as no format= does.
        var negotiated = string.IsNullOrEmpty(request.Query["format"]) && format != FeedFormat.Json;
        var formatName = negotiated ? FeedFormats.QueryName(format) : request.Query["format"].ToString();
        var formatParameter = formatName.Length > 0 ? $"&format={Uri.EscapeDataString(formatName)}" : "";
        Uri Link(IEnumerable<KeyValuePair<string, StringValues>> query) => new(requested,
            $"{request.PathBase}{request.Path}{(negotiated ? QueryString.Create(query.Where(q => q.Key != "format")).Add("format", formatName) : QueryString.Create(query))}");
        var self = negotiated ? Link(request.Query) : requested;
        var next = page.NextCursor is null
            ? null
            : new Uri(self, $"{request.PathBase}{request.Path}?limit={limit}&cursor={Uri.EscapeDataString(page.NextCursor)}{formatParameter}");
        // A later page names the feed itself: the same request without its cursor.
        var first = cursor is null ? null : Link(request.Query.Where(q => q.Key != "cursor"));
        // format=json although JSON is the default: the home link is typed application/json in Atom, and a reader
        // following it with a feed type in Accept would otherwise get the feed again.
        var home = new Uri(requested, $"{request.PathBase}{request.Path}?format=json");
        // feeds/{category} and articles/{id} are siblings under the route prefix.
        var feed = new FeedDocument(category, $"NewsFunctions: {category}", self, home, next, page.Items, id => new Uri(self, "../articles/" + id), first);
        return HttpResults.Text(request, FeedWriter.Write(feed, format), FeedFormats.ContentType(format), "public, max-age=60", varyByAccept: true);
    }
}
