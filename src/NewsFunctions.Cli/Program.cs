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
          newsfn extract-batch <in-dir> <out-dir> [--warmup]
                                                       extract every *.html and *.html.gz into <out-dir>/<id>.json;
                                                       a page that fails gets its error in its JSON, the batch goes on;
                                                       progress on stderr, last stdout line:
                                                       pages=N errors=N seconds=S pages_per_s=R peak_mb=M
                                                       --warmup: one untimed pass first (JIT, file cache), for benchmarks
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return args switch
            {
                ["extract", var source, "--url", var url] => await ExtractOneAsync(source, new Uri(url)),
                ["extract", var source] => await ExtractOneAsync(source, null),
                ["extract-batch", var inDir, var outDir] => ExtractBatch(inDir, outDir, warmup: false),
                ["extract-batch", var inDir, var outDir, "--warmup"] => ExtractBatch(inDir, outDir, warmup: true),
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

    private static int ExtractBatch(string inDir, string outDir, bool warmup)
    {
        var files = Directory.EnumerateFiles(inDir)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        Directory.CreateDirectory(outDir);
        if (warmup)
        {
            foreach (var file in files)
            {
                TryExtract(file, out _);
            }
        }

        var clock = Stopwatch.StartNew();
        var errors = 0;
        var interactive = !Console.IsErrorRedirected;
        for (var i = 0; i < files.Count; i++)
        {
            var id = PageId(files[i]);
            if (!TryExtract(files[i], out var article))
            {
                errors++;
            }

            try
            {
                File.WriteAllBytes(Path.Combine(outDir, id + ".json"), ArticleJson.SerializeToUtf8Bytes(article));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors++;
                Console.Error.WriteLine($"newsfn: {id}: cannot write: {e.Message}");
            }

            var done = i + 1;
            if (done == files.Count || (interactive ? done % 10 == 0 : done % 100 == 0))
            {
                var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
                Console.Error.Write(FormattableString.Invariant($"{(interactive ? "\r" : "")}{done}/{files.Count} pages, {errors} errors, {rate:F0} pages/s"));
                if (!interactive)
                {
                    Console.Error.WriteLine();
                }
            }
        }

        if (interactive)
        {
            Console.Error.WriteLine();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(FormattableString.Invariant(
            $"pages={files.Count} errors={errors} seconds={seconds:F2} pages_per_s={files.Count / Math.Max(seconds, 1e-9):F1} peak_mb={peakMb:F0}"));
        return 0;
    }

    /// <summary>Reads and extracts one page; never throws: a failure becomes an article carrying its error.</summary>
    private static bool TryExtract(string file, out Article article)
    {
        var id = PageId(file);
        try
        {
            article = ExtractArticle(ReadPage(file), null, id, null);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ExtractionException is the expected kind; anything else is a bug, but one page must not stop the batch.
            var message = e is ExtractionException or IOException or InvalidDataException or UnauthorizedAccessException
                ? e.Message
                : $"{e.GetType().Name}: {e.Message}";
            article = new Article { Id = id, Url = "", Error = message };
            return false;
        }
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
