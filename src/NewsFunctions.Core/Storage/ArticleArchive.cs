using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using NewsFunctions.Articles;
using NewsFunctions.Configuration;

namespace NewsFunctions.Storage;

/// <summary>
/// Blob storage for the raw page as fetched (gzip, <c>{id}.html.gz</c>) and the extracted article
/// (<c>{id}.json</c>). Paths depend on the id alone, so reprocessing overwrites in place. The raw blob carries in its
/// metadata what else the fetch knew (<see cref="FetchFacts"/>), so that it alone is enough to extract the article again.
/// </summary>
public sealed class ArticleArchive
{
    public ArticleArchive(StorageClients clients, IOptions<NewsOptions> options)
    {
        Raw = clients.Blobs.GetBlobContainerClient(options.Value.Storage.RawContainer);
        Articles = clients.Blobs.GetBlobContainerClient(options.Value.Storage.ArticlesContainer);
    }

    public BlobContainerClient Raw { get; }

    public BlobContainerClient Articles { get; }

    public static string RawBlobName(string id) => id + ".html.gz";

    public static string ArticleBlobName(string id) => id + ".json";

    /// <summary>The article id a raw blob is named for, or null when the name is not one <see cref="RawBlobName"/> makes.</summary>
    public static string? IdOfRawBlob(string name) =>
        name.EndsWith(".html.gz", StringComparison.Ordinal) && name[..^".html.gz".Length] is var id && ArticleId.IsValid(id) ? id : null;

    /// <param name="id">The article's id.</param>
    /// <param name="html">The page as fetched.</param>
    /// <param name="contentType">The response's Content-Type.</param>
    /// <param name="url">The URL the page came from, after redirects.</param>
    /// <param name="facts">What else the fetch knew; without them a re-extraction falls back on the archived article.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public async Task SaveRawAsync(string id, ReadOnlyMemory<byte> html, string? contentType, Uri url, FetchFacts? facts = null, CancellationToken cancellationToken = default)
    {
        var metadata = new Dictionary<string, string> { ["url"] = UrlMetadata(url) };
        if (facts is not null)
        {
            metadata["fetch"] = FactsMetadata(facts);
        }

        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(html, cancellationToken);
        }

        compressed.Position = 0;
        await Raw.GetBlobClient(RawBlobName(id)).UploadAsync(compressed, new BlobUploadOptions
        {
            // Served as the page it is, so a browser or curl --compressed reads it directly.
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType ?? "text/html", ContentEncoding = "gzip" },
            Metadata = metadata,
        }, cancellationToken);
    }

    /// <summary>
    /// The most characters the raw page's <c>url</c> metadata holds. Azure refuses an upload whose metadata passes 8 KiB,
    /// and the URL a page redirects to has no length limit: a cap well under it leaves room for the name and later entries.
    /// </summary>
    public const int MaxUrlMetadataChars = 4096;

    /// <summary>
    /// The URL as a metadata value: percent-escaped, because a value travels as an HTTP header and must be ASCII, and cut to
    /// <see cref="MaxUrlMetadataChars"/> before escaping, so the cut never splits an escape or a surrogate pair. The URL is a note
    /// for whoever browses the container; the page itself is what must not be lost.
    /// </summary>
    internal static string UrlMetadata(Uri url)
    {
        var text = url.AbsoluteUri;
        var escaped = Uri.EscapeDataString(text);
        if (escaped.Length <= MaxUrlMetadataChars)
        {
            return escaped;
        }

        // Escaping grows a character by 1 to 12 times, so search for the longest prefix that fits.
        var (fits, over) = (0, text.Length);
        while (over - fits > 1)
        {
            var middle = fits + ((over - fits) / 2);
            if (Uri.EscapeDataString(TextCut.AtMost(text, middle)!).Length <= MaxUrlMetadataChars)
            {
                fits = middle;
            }
            else
            {
                over = middle;
            }
        }

        return Uri.EscapeDataString(TextCut.AtMost(text, fits)!);
    }

    /// <summary>
    /// The most characters the raw page's <c>fetch</c> metadata holds: with <see cref="MaxUrlMetadataChars"/> and the
    /// names, under Azure's 8 KiB. Feed hints come from whoever writes the feed (20 categories of 1000 characters each,
    /// escaped, would be far more), so the last categories, then the feed title, are dropped until the facts fit:
    /// categories are tried in order, so the first ones are the ones that decide.
    /// </summary>
    public const int MaxFactsMetadataChars = 3072;

    internal static string FactsMetadata(FetchFacts facts)
    {
        static string Escaped(FetchFacts f) => Uri.EscapeDataString(JsonSerializer.Serialize(f, WorkQueues.JsonOptions));
        var (categories, title, fits) = TextCut.FeedHints(facts.FeedCategories ?? [], facts.FeedTitle,
            (c, t) => Escaped(facts with { FeedCategories = c, FeedTitle = t }).Length <= MaxFactsMetadataChars);
        facts = facts with { FeedCategories = categories, FeedTitle = title };

        // Only a source id no catalog holds is this long: without it, a re-extraction takes the archived article's.
        return Escaped(fits ? facts : facts with { SourceId = null });
    }

    public async Task SaveArticleAsync(Article article, CancellationToken cancellationToken = default)
    {
        await Articles.GetBlobClient(ArticleBlobName(article.Id)).UploadAsync(
            BinaryData.FromBytes(ArticleJson.SerializeToUtf8Bytes(article)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken);
    }

    /// <summary>The archived article, or null when there is none.</summary>
    public async Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await Articles.GetBlobClient(ArticleBlobName(id)).DownloadContentAsync(cancellationToken);
            return ArticleJson.Deserialize(content.Value.Content.ToMemory().Span);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The raw page as fetched, decompressed, with what the archive kept about it; null when there is none.</summary>
    /// <exception cref="InvalidDataException">The blob is not gzip (put back by hand, or by a tool that unpacked it).</exception>
    public async Task<ArchivedPage?> GetRawAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await Raw.GetBlobClient(RawBlobName(id)).DownloadContentAsync(cancellationToken);
            await using var gzip = new GZipStream(content.Value.Content.ToStream(), CompressionMode.Decompress);
            using var html = new MemoryStream();
            try
            {
                await gzip.CopyToAsync(html, cancellationToken);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"{Raw.Name}/{RawBlobName(id)} does not unpack as gzip ({e.Message}).", e);
            }

            var details = content.Value.Details;
            return new ArchivedPage(html.ToArray(), details.ContentType, ReadUrl(details.Metadata), ReadFacts(details.Metadata), details.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static Uri? ReadUrl(IDictionary<string, string> metadata) =>
        metadata.TryGetValue("url", out var url) && Uri.TryCreate(Uri.UnescapeDataString(url), UriKind.Absolute, out var parsed) ? parsed : null;

    /// <summary>The facts, or null when the blob has none or they do not read (written by hand, or cut by a tool): the article's own then stand in.</summary>
    private static FetchFacts? ReadFacts(IDictionary<string, string> metadata)
    {
        if (!metadata.TryGetValue("fetch", out var escaped))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<FetchFacts>(Uri.UnescapeDataString(escaped), WorkQueues.JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
