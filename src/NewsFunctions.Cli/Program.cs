using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using NewsFunctions.Articles;
using NewsFunctions.Diagnostics;
using NewsFunctions.Enrichment;
using NewsFunctions.Extraction;
using NewsFunctions.Sources;

return await Cli.RunAsync(args);

internal static class Cli
{
    private const string Usage = """
        usage:
          newsfn extract <file-or-url> [--url URL] [--time-zone ID] [--language TAG]
                                                       print the article as JSON
                                                       --time-zone: IANA zone (Europe/Madrid) of dates the page
                                                       writes without one; default: UTC
                                                       --language: BCP 47 language (es, en-GB) of a page that
                                                       declares none, for numeric dates (10/05/2022)
          newsfn extract-batch <in-dir> <out-dir> [--threads N] [--warmup] [--passes N]
                                                       extract every *.html and *.html.gz into <out-dir>/<id>.json;
                                                       a page that fails gets its error in its JSON, the batch goes on;
                                                       progress on stderr, last stdout line:
                                                       pages=N errors=N seconds=S pages_per_s=R peak_mb=M threads=T
                                                       --threads: pages extracted at once (default: one per core)
                                                       --warmup: untimed passes first until the JIT is quiet, for benchmarks
                                                       --passes: time N passes over the pages (each rewrites the JSON),
                                                       for benchmarks on sets too small to time once; seconds is per pass
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return args switch
            {
                ["extract", var source, .. var options] => ExtractOptions.TryParse(options, out var extract, out var error)
                    ? await ExtractOneAsync(source, extract)
                    : Fail($"newsfn: {error}\n{Usage}"),
                ["extract-batch", var inDir, var outDir, .. var options] => BatchOptions.TryParse(options, out var batch, out var error)
                    ? ExtractBatch(inDir, outDir, batch)
                    : Fail($"newsfn: {error}\n{Usage}"),
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

    private static async Task<int> ExtractOneAsync(string source, ExtractOptions options)
    {
        var url = options.Url;
        byte[] bytes;
        string? contentType = null;
        if (Uri.TryCreate(source, UriKind.Absolute, out var remote) && remote.Scheme is "http" or "https")
        {
            using var http = new HttpClient();
            using var response = await http.GetAsync(remote);
            response.EnsureSuccessStatusCode();
            bytes = await response.Content.ReadAsByteArrayAsync();
            contentType = response.Content.Headers.ContentType?.ToString();
            url ??= response.RequestMessage?.RequestUri ?? remote;
        }
        else
        {
            bytes = ReadPage(source);
        }

        var extractionOptions = new ExtractionOptions { ContentType = contentType, TimeZone = options.TimeZone, LanguageHint = options.Language };
        var article = url is null
            ? ExtractArticle(bytes, null, PageId(source), extractionOptions)
            : ExtractAsStored(bytes, url, extractionOptions);
        Console.WriteLine(ArticleJson.Serialize(article));
        return 0;
    }

    /// <summary>
    /// The article under the URL and id the pipeline would store it at, so a page's output can be set beside the app's
    /// <c>/api/articles/{id}</c>; only a page with no URL known keeps its file name as its id, as in a batch.
    /// </summary>
    private static Article ExtractAsStored(byte[] bytes, Uri url, ExtractionOptions options)
    {
        var extracted = Extractor.Extract(bytes, url, options);
        var canonical = ArticleId.Canonical(extracted.CanonicalUrl, url);
        return Article.FromExtraction(ArticleId.For(canonical), canonical, extracted with { CanonicalUrl = canonical })
            .Enrich(Categorizer, Summarizer, Categories.General);
    }

    private static int ExtractBatch(string inDir, string outDir, BatchOptions options)
    {
        var files = Directory.EnumerateFiles(inDir)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        Directory.CreateDirectory(outDir);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads };
        var console = new Lock();
        var warmups = 0;
        if (options.Warmup)
        {
            // Untimed passes of the same work until the JIT is quiet, as every tool in benchmarks/run.sh gets.
            warmups = JitWarmup.UntilQuiet(() => Parallel.ForEach(files, parallel, file => ProcessPage(file, outDir, console)), minimum: 1);
        }

        var clock = Stopwatch.StartNew();
        var errors = 0;
        var done = 0;
        var total = files.Count * options.Passes;
        var interactive = !Console.IsErrorRedirected;
        for (var pass = 0; pass < options.Passes; pass++)
        {
            // Every pass meets the same pages, so the errors reported are one pass's.
            errors = 0;

            // Pages are independent and the extractor is thread-safe, so a batch uses every core it is given; each
            // page's JSON goes to its own file, so the output does not depend on the order in which pages finish.
            Parallel.ForEach(files, parallel, file =>
            {
                if (!ProcessPage(file, outDir, console))
                {
                    Interlocked.Increment(ref errors);
                }

                var finished = Interlocked.Increment(ref done);
                if (finished == total || (interactive ? finished % 10 == 0 : finished % 100 == 0))
                {
                    lock (console)
                    {
                        var rate = finished / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
                        Console.Error.Write(FormattableString.Invariant($"{(interactive ? "\r" : "")}{finished}/{total} pages, {Volatile.Read(ref errors)} errors, {rate:F0} pages/s"));
                        if (!interactive)
                        {
                            Console.Error.WriteLine();
                        }
                    }
                }
            });
        }

        if (interactive)
        {
            Console.Error.WriteLine();
        }

        var seconds = clock.Elapsed.TotalSeconds / options.Passes;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(FormattableString.Invariant(
            $"pages={files.Count} errors={errors} seconds={seconds:F2} pages_per_s={files.Count / Math.Max(seconds, 1e-9):F1} peak_mb={peakMb:F0} threads={options.Threads}{(options.Warmup ? $" warmups={warmups}" : "")}{(options.Passes > 1 ? $" passes={options.Passes}" : "")}"));
        return 0;
    }

    /// <summary>Extracts one page into its JSON file; false when the page failed or its JSON could not be written.</summary>
    private static bool ProcessPage(string file, string outDir, Lock console)
    {
        var id = PageId(file);
        var ok = TryExtract(file, out var article);
        try
        {
            File.WriteAllBytes(Path.Combine(outDir, id + ".json"), ArticleJson.SerializeToUtf8Bytes(article));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            lock (console)
            {
                Console.Error.WriteLine($"newsfn: {id}: cannot write: {e.Message}");
            }

            return false;
        }

        return ok;
    }

    /// <summary>Reads and extracts one page; never throws: a failure becomes an article carrying its error.</summary>
    private static bool TryExtract(string file, out Article article)
    {
        var id = PageId(file);
        try
        {
            article = ExtractArticle(ReadPage(file), null, id, new ExtractionOptions());
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
    private static readonly Categorizer Categorizer = new();
    private static readonly Summarizer Summarizer = new();

    /// <summary>The article as the pipeline stores it, minus what only a fetch knows (source, fetch time, feed data).</summary>
    private static Article ExtractArticle(byte[] bytes, Uri? url, string id, ExtractionOptions options)
    {
        var extracted = Extractor.Extract(bytes, url, options);
        return Article.FromExtraction(id, url ?? extracted.CanonicalUrl ?? new Uri("about:blank"), extracted)
            .Enrich(Categorizer, Summarizer, Categories.General);
    }

    private static byte[] ReadPage(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllBytes(path);
        }

        var compressed = File.ReadAllBytes(path);
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);

        // A gzip file ends with its content's size (mod 4 GiB, of the last member only): a hint, not a promise. When
        // it is right, the page is read straight into an array of its size instead of a growing stream and a copy.
        var size = compressed.Length >= 18 ? BinaryPrimitives.ReadInt32LittleEndian(compressed.AsSpan(compressed.Length - 4)) : 0;
        var page = new byte[size is > 0 and <= MaxHintedPageBytes ? size : 0];
        var read = gzip.ReadAtLeast(page, page.Length, throwOnEndOfStream: false);
        var next = gzip.ReadByte();
        if (read == page.Length && next < 0)
        {
            return page;
        }

        using var buffer = new MemoryStream();
        buffer.Write(page, 0, read);
        if (next >= 0)
        {
            buffer.WriteByte((byte)next);
            gzip.CopyTo(buffer);
        }

        return buffer.ToArray();
    }

    /// <summary>Bigger hints are not trusted with an array up front; such pages take the growing stream.</summary>
    private const int MaxHintedPageBytes = 64 * 1024 * 1024;

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

/// <summary>The options of <c>extract</c> after its page.</summary>
internal sealed partial record ExtractOptions(Uri? Url, TimeZoneInfo? TimeZone, string? Language = null)
{
    public static bool TryParse(IReadOnlyList<string> args, out ExtractOptions options, out string error)
    {
        options = new ExtractOptions(null, null);
        error = "";
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--url" when i + 1 < args.Count && Uri.TryCreate(args[i + 1], UriKind.Absolute, out var url):
                    options = options with { Url = url };
                    i++;
                    break;
                case "--url":
                    error = "--url takes an absolute URL";
                    return false;
                case "--time-zone" when i + 1 < args.Count && SourceCatalog.TryFindTimeZone(args[i + 1], out var zone):
                    options = options with { TimeZone = zone };
                    i++;
                    break;
                case "--time-zone":
                    error = i + 1 < args.Count
                        ? $"--time-zone '{args[i + 1]}' is not a known IANA time zone id (such as Europe/Madrid)"
                        : "--time-zone takes an IANA time zone id (such as Europe/Madrid)";
                    return false;
                case "--language" when i + 1 < args.Count && LanguageTag().IsMatch(args[i + 1]):
                    options = options with { Language = args[i + 1] };
                    i++;
                    break;
                case "--language":
                    error = i + 1 < args.Count
                        ? $"--language '{args[i + 1]}' is not a BCP 47 language tag (such as es or en-GB)"
                        : "--language takes a BCP 47 language tag (such as es or en-GB)";
                    return false;
                default:
                    error = $"unknown option '{args[i]}'";
                    return false;
            }
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();
}

/// <summary>The options of <c>extract-batch</c> after its two folders.</summary>
internal sealed record BatchOptions(int Threads, bool Warmup, int Passes = 1)
{
    public static bool TryParse(IReadOnlyList<string> args, out BatchOptions options, out string error)
    {
        options = new BatchOptions(Environment.ProcessorCount, Warmup: false);
        error = "";
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--warmup":
                    options = options with { Warmup = true };
                    break;
                case "--threads":
                    if (!WholeNumber(args, ref i, 1, 256, out var threads, out error))
                    {
                        return false;
                    }

                    options = options with { Threads = threads };
                    break;
                case "--passes":
                    if (!WholeNumber(args, ref i, 1, 1000, out var passes, out error))
                    {
                        return false;
                    }

                    options = options with { Passes = passes };
                    break;
                default:
                    error = $"unknown option '{args[i]}'";
                    return false;
            }
        }

        return true;
    }

    /// <summary>The whole number after the option at <paramref name="i"/>, which moves past it.</summary>
    private static bool WholeNumber(IReadOnlyList<string> args, ref int i, int min, int max, out int value, out string error)
    {
        var option = args[i];
        if (i + 1 < args.Count && int.TryParse(args[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)
            && value >= min && value <= max)
        {
            i++;
            error = "";
            return true;
        }

        value = 0;
        error = $"{option} takes a whole number from {min} to {max}";
        return false;
    }
}
