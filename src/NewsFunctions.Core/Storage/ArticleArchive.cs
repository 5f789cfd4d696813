using System.IO.Compression;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using NewsFunctions.Articles;
using NewsFunctions.Configuration;

namespace NewsFunctions.Storage;

/// <summary>
/// Blob storage for the raw page as fetched (gzip, <c>{id}.html.gz</c>) and the extracted article
/// (<c>{id}.json</c>). Paths depend on the id alone, so reprocessing overwrites in place.
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

    public async Task SaveRawAsync(string id, ReadOnlyMemory<byte> html, string? contentType, Uri url, CancellationToken cancellationToken = default)
    {
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
            Metadata = new Dictionary<string, string> { ["url"] = UrlMetadata(url) },
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

    /// <summary>The raw page as fetched, decompressed.</summary>
    public async Task<byte[]?> GetRawAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await Raw.GetBlobClient(RawBlobName(id)).DownloadContentAsync(cancellationToken);
            await using var gzip = new GZipStream(content.Value.Content.ToStream(), CompressionMode.Decompress);
            using var html = new MemoryStream();
            await gzip.CopyToAsync(html, cancellationToken);
            return html.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
