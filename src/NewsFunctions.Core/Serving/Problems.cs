using System.Text.Json;
using NewsFunctions.Articles;

namespace NewsFunctions.Serving;

/// <summary>
/// The one shape of an error body (RFC 9457 problem details), shared by the functions and by the local host's own
/// answers (wrong method, missing key), so a client reads every error the same way.
/// </summary>
public static class Problems
{
    public const string ContentType = "application/problem+json; charset=utf-8";

    /// <summary>
    /// <paramref name="errorId"/>, when the error is logged under one, is a member of its own (an RFC 9457 extension)
    /// so that an app can log or show it without parsing the detail, which is for people.
    /// </summary>
    public static string Json(int status, string title, string detail, string? instance, string? errorId = null) => errorId is null
        ? JsonSerializer.Serialize(new { type = "about:blank", title, status, detail, instance }, ArticleJson.Options)
        : JsonSerializer.Serialize(new { type = "about:blank", title, status, detail, instance, errorId }, ArticleJson.Options);
}
