using System.Diagnostics;
using System.IO.Compression;
using NewsFunctions.Articles;
using NewsFunctions.Extraction;

return await Cli.RunAsync(args);

internal static class Cli
{
    private const string Usage = """
        usage:
          newsfn extract <file-or-url> [--url URL]     print the article as JSON
          newsfn extract-batch <in-dir> <out-dir>      extract every *.html and *.html.gz into <out-dir>/<id>.json
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return args switch
            {
                ["extract", var source, "--url", var url] => await ExtractOneAsync(source, new Uri(url)),
                ["extract", var source] => await ExtractOneAsync(source, null),
                ["extract-batch", var inDir, var outDir] => ExtractBatch(inDir, outDir),
                _ => Fail(Usage),
            };
        }
        catch (Exception e) when (e is IOException or UriFormatException or HttpRequestException or ExtractionException or UnauthorizedAccessException)
        {
            return Fail($"newsfn: {e.Message}");
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    private static async Task<int> ExtractOneAsync(string source, Uri? url)
    {
        byte[] bytes;
        string? contentType = null;
        if (Uri.TryCreate(source, UriKind.Absolute, out var remote) && remote.Scheme is "http" or "https")
        {
            using var http = new HttpClient();
            using var response = await http.GetAsync(remote);
            response.EnsureSuccessStatusCode();
            bytes = await response.Content.ReadAsByteArrayAsync();
            contentType = response.Content.Headers.ContentType?.ToString();
            url ??= remote;
        }
        else
        {
            bytes = ReadPage(source);
        }

        var article = ExtractArticle(bytes, url, PageId(source), contentType);
        Console.WriteLine(ArticleJson.Serialize(article));
        return 0;
    }

    private static int ExtractBatch(string inDir, string outDir)
    {
        var files = Directory.EnumerateFiles(inDir)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        Directory.CreateDirectory(outDir);
        var clock = Stopwatch.StartNew();
        var errors = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var id = PageId(files[i]);
            Article article;
            try
            {
                article = ExtractArticle(ReadPage(files[i]), null, id, null);
            }
            catch (Exception e) when (e is ExtractionException or IOException or InvalidDataException)
            {
                errors++;
                article = new Article { Id = id, Url = "", Error = e.Message };
            }

            File.WriteAllBytes(Path.Combine(outDir, id + ".json"), ArticleJson.SerializeToUtf8Bytes(article));
            if ((i + 1) % 50 == 0 || i + 1 == files.Count)
            {
                Console.Error.Write($"\r{i + 1}/{files.Count}");
            }
        }

        Console.Error.WriteLine();
        var seconds = clock.Elapsed.TotalSeconds;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(FormattableString.Invariant(
            $"pages={files.Count} errors={errors} seconds={seconds:F2} pages_per_s={files.Count / Math.Max(seconds, 1e-9):F1} peak_mb={peakMb:F0}"));
        return 0;
    }

    private static readonly ArticleExtractor Extractor = new();

    private static Article ExtractArticle(byte[] bytes, Uri? url, string id, string? contentType)
    {
        var extracted = Extractor.Extract(bytes, url, new ExtractionOptions { ContentType = contentType });
        return Article.FromExtraction(id, url ?? extracted.CanonicalUrl ?? new Uri("about:blank"), extracted);
    }

    private static byte[] ReadPage(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllBytes(path);
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string PageId(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in new[] { ".html.gz", ".html" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
