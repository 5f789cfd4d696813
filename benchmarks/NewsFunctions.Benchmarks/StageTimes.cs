using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using HtmlAgilityPack;
using NewsFunctions.Extraction;
using NewsFunctions.Extraction.Charset;
using NewsFunctions.Extraction.Content;
using NewsFunctions.Extraction.Metadata;

/// <summary>
/// Where an extraction's time goes: each stage of <see cref="ArticleExtractor"/> timed on its own over every page,
/// after a warm-up pass. Prints milliseconds per page for each stage and its share of the whole.
/// </summary>
internal static class StageTimes
{
    public static int Run(string dir, int passes)
    {
        var pages = Directory.EnumerateFiles(dir)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".html.gz", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToArray();
        var names = new[] { "decode", "repair+flatten", "parse", "metadata", "body", "language", "meta-scan", "meta-jsonld" };
        var ticks = new long[names.Length];
        var options = new ExtractionOptions();
        for (var pass = 0; pass <= passes; pass++)
        {
            foreach (var page in pages)
            {
                var t = new long[names.Length];
                var sw = Stopwatch.StartNew();
                var html = CharsetDecoder.Decode(page, null);
                t[0] = sw.ElapsedTicks;
                var flat = NestingGuard.Flatten(ArticleExtractor.RepairForParser(html));
                t[1] = sw.ElapsedTicks;
                var doc = new HtmlDocument { OptionMaxNestedChildNodes = 0 };
                doc.LoadHtml(flat);
                t[2] = sw.ElapsedTicks;
                var meta = MetadataReader.Read(doc, null, options);
                t[3] = sw.ElapsedTicks;
                var text = ContentExtractor.ExtractText(doc);
                t[4] = sw.ElapsedTicks;
                MetadataReader.ResolveLanguage(meta, text);
                t[5] = sw.ElapsedTicks;
                var scan = NewsFunctions.Extraction.Metadata.PageScan.Run(doc);
                t[6] = sw.ElapsedTicks;
                NewsFunctions.Extraction.Metadata.JsonLd.JsonLdReader.Read(scan.JsonLd);
                t[7] = sw.ElapsedTicks;
                if (pass > 0)
                {
                    for (var i = 0; i < names.Length; i++)
                    {
                        ticks[i] += t[i] - (i == 0 ? 0 : t[i - 1]);
                    }
                }
            }
        }

        var n = (double)pages.Length * passes;
        var total = ticks.Take(6).Sum();
        for (var i = 0; i < names.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{names[i],-16} {ticks[i] * 1000.0 / Stopwatch.Frequency / n,8:F3} ms/page {100.0 * ticks[i] / total,5:F1}%"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-16} {total * 1000.0 / Stopwatch.Frequency / n,8:F3} ms/page"));
        return 0;
    }

    private static byte[] Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return bytes;
        }

        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
