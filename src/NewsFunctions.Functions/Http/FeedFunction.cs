using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Sources;
using NewsFunctions.Storage;

namespace NewsFunctions.Functions.Http;

/// <summary><c>GET /api/feeds/{category}?limit=&amp;cursor=</c>: a category's articles, newest first.</summary>
public sealed class FeedFunction(ArticleIndex index)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    [Function("GetFeed")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "feeds/{category}")] HttpRequest request,
        string category,
        CancellationToken cancellationToken)
    {
        if (!Categories.IsFeed(category))
        {
            return HttpResults.Problem(request, 404, "Unknown category",
                $"There is no feed '{category}'. Feeds: {Categories.All}, {string.Join(", ", Categories.Known)}.");
        }

        var limit = DefaultLimit;
        if (request.Query.TryGetValue("limit", out var limitText)
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            return HttpResults.Problem(request, 400, "Bad limit", $"'limit' must be a whole number from 1 to {MaxLimit}; got '{limitText}'.");
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

        var next = page.NextCursor is null
            ? null
            : $"{request.Path}?limit={limit}&cursor={Uri.EscapeDataString(page.NextCursor)}";
        return HttpResults.Json(request, new { category, count = page.Items.Count, items = page.Items, next }, "public, max-age=60");
    }
}
