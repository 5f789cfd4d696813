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
            Metadata = new Dictionary<string, string> { ["url"] = Uri.EscapeDataString(url.AbsoluteUri) },
        }, cancellationToken);
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
