using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsFunctions.Articles;
using NewsFunctions.Serving;

namespace NewsFunctions.Functions.Http;

/// <summary>
/// JSON and problem responses written as plain content, so they serialize the same way under the Functions host and
/// the local host, whatever MVC formatters each registers.
/// </summary>
internal static class HttpResults
{
    public static IActionResult Json<T>(HttpRequest request, T value, string cacheControl) =>
        Text(request, JsonSerializer.Serialize(value, ArticleJson.Options), "application/json; charset=utf-8", cacheControl, varyByAccept: false);

    /// <summary>
    /// A cacheable body with a validator: a client that sends the ETag back gets 304 without the body.
    /// <paramref name="varyByAccept"/> when the body was chosen by the Accept header, so caches keep the formats apart.
    /// </summary>
    public static IActionResult Text(HttpRequest request, string body, string contentType, string cacheControl, bool varyByAccept)
    {
        var etag = EntityTags.WeakFor(body);
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = cacheControl;
        headers.ETag = etag;
        if (varyByAccept)
        {
            headers.Vary = "Accept";
        }

        if (EntityTags.NoneMatchHits(request.Headers.IfNoneMatch, etag))
        {
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }

        return new ContentResult { Content = body, ContentType = contentType, StatusCode = StatusCodes.Status200OK };
    }

    /// <summary>
    /// 301 to the resource's one URL. Not 308: only GET and HEAD get here, so keeping the method adds nothing, and
    /// every feed reader knows 301.
    /// </summary>
    public static IActionResult MovedPermanently(HttpRequest request, string location)
    {
        var headers = request.HttpContext.Response.Headers;
        headers.Location = location;
        headers.CacheControl = "public, max-age=86400";
        return new StatusCodeResult(StatusCodes.Status301MovedPermanently);
    }

    /// <summary>
    /// 301 to the request's URL with its last path segment (the route value the function reads) spelled
    /// <paramref name="segment"/>, query kept, so the client lands on the same answer under its one URL.
    /// </summary>
    public static IActionResult MovedPermanentlyToLastSegment(HttpRequest request, string segment)
    {
        var path = (request.PathBase + request.Path).Value!.TrimEnd('/');
        return MovedPermanently(request, new PathString(path[..(path.LastIndexOf('/') + 1)] + segment).ToUriComponent() + request.QueryString);
    }

    /// <summary>
    /// Whether the path ends in a slash. Routing ignores one, so <c>feeds/all/</c> reaches the function as
    /// <c>feeds/all</c> does; the function decides whether that is the same resource's one URL.
    /// </summary>
    public static bool HasTrailingSlash(HttpRequest request) => request.Path.Value is { Length: > 1 } path && path[^1] == '/';

    public static IActionResult Problem(HttpRequest request, int status, string title, string detail, string? errorId = null)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return new ContentResult
        {
            Content = Problems.Json(status, title, detail, request.Path.Value, errorId),
            ContentType = Problems.ContentType,
            StatusCode = status,
        };
    }
}
