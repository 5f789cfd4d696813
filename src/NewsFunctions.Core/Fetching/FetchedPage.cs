using System.Net;

namespace NewsFunctions.Fetching;

/// <summary>A response body as fetched, with what later stages need from its headers.</summary>
public sealed record FetchedPage(
    Uri RequestedUrl,
    Uri FinalUrl,
    HttpStatusCode Status,
    byte[] Body,
    string? ContentType,
    DateTimeOffset FetchedAt,
    string? ETag = null,
    DateTimeOffset? LastModified = null)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;
}
