using System.Diagnostics;
using System.Globalization;
using NewsFunctions.Articles;
using NewsFunctions.Diagnostics;
using NewsFunctions.Enrichment;
using NewsFunctions.Sources;
using NewsFunctions.Extraction;
using NewsFunctions.Extraction.Content;
using NewsFunctions.Extraction.Metadata;

/// <summary>
/// Where an extraction's time goes: each stage of <see cref="ArticleExtractor"/> timed on its own over every page,
/// after a warm-up pass. Prints milliseconds per page for each stage, its share of the whole, what it allocates
/// (allocation drives garbage collections, whose pauses land on whichever stage happens to trigger them) and the GC
/// pause time that landed in it.
/// </summary>
internal static class StageTimes
{
    public static int Run(string dir, int passes)
    {
        var pages = PageFiles.Load(dir);
        var names = new[] { "decode", "repair+flatten", "parse", "metadata", "body", "language", "categorize", "summarize", "json", "meta-scan", "meta-jsonld", "meta-title", "meta-dates", "meta-authors" };
        var ticks = new long[names.Length];
        var bytes = new long[names.Length];
        var pauses = new TimeSpan[names.Length];
        // Each page's fastest run of each stage: on a busy machine their sum is far steadier than the average.
        var fastest = new long[pages.Length, names.Length];
        for (var p = 0; p < pages.Length; p++)
        {
            for (var i = 0; i < names.Length; i++)
            {
                fastest[p, i] = long.MaxValue;
            }
        }

        var options = new ExtractionOptions();
        var extractor = new ArticleExtractor();
        var categorizer = new Categorizer();
        var summarizer = new Summarizer();
        var warmups = JitWarmup.UntilQuiet(() => Array.ForEach(pages, page => extractor.Extract(page, null)), 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(after {warmups} warm-up passes of the whole extraction)"));
        for (var pass = 0; pass <= passes; pass++)
        {
            for (var p = 0; p < pages.Length; p++)
            {
                var page = pages[p];
                var t = new long[names.Length];
                var a = new long[names.Length];
                var g = new TimeSpan[names.Length];
                var a0 = GC.GetAllocatedBytesForCurrentThread();
                var g0 = GC.GetTotalPauseDuration();
                var sw = Stopwatch.StartNew();
                void Mark(int stage)
                {
                    t[stage] = sw.ElapsedTicks;
                    a[stage] = GC.GetAllocatedBytesForCurrentThread();
                    g[stage] = GC.GetTotalPauseDuration();
                }

                var html = ArticleExtractor.DecodeForParser(page, null);
                Mark(0);
                var flat = ArticleExtractor.PrepareForParser(html);
                Mark(1);
                var doc = ArticleExtractor.NewDocument();
                doc.LoadHtml(flat);
                Mark(2);
                var meta = MetadataReader.Read(doc, null, options);
                Mark(3);
                var text = ContentExtractor.ExtractText(doc);
                Mark(4);
                var language = MetadataReader.ResolveLanguage(meta, text);
                Mark(5);

                // What extract-batch does with the extraction: the same calls as ArticleEnrichment.Enrich, then JSON.
                var category = categorizer.Categorize(Categories.General, [meta.Section], null, meta.Title, text, language);
                Mark(6);
                var summary = summarizer.Summarize(text, meta.Title);
                Mark(7);
                ArticleJson.SerializeToUtf8Bytes(new Article { Id = "page", Url = "", Title = meta.Title ?? "", Text = text, Category = category, Summary = summary });
                Mark(8);
                var scan = NewsFunctions.Extraction.Metadata.PageScan.Run(doc);
                Mark(9);
                var ld = NewsFunctions.Extraction.Metadata.JsonLd.JsonLdReader.Read(scan.JsonLd);
                Mark(10);
                var siteName = scan.Meta("og:site_name") ?? ld.Publisher;
                var (title, _) = TitleChooser.Choose(scan, ld, siteName);
                Mark(11);
                NewsFunctions.Extraction.Metadata.Dates.DateFinder.Find(scan, ld, null, null, meta.DeclaredLanguage, DateTimeOffset.UtcNow, title);
                Mark(12);
                MetadataReader.FindAuthors(scan, ld, siteName, NewsFunctions.Extraction.Metadata.Dates.DateFinder.MainHeading(scan, title));
                Mark(13);
                if (pass > 0)
                {
                    for (var i = 0; i < names.Length; i++)
                    {
                        ticks[i] += t[i] - (i == 0 ? 0 : t[i - 1]);
                        bytes[i] += a[i] - (i == 0 ? a0 : a[i - 1]);
                        pauses[i] += g[i] - (i == 0 ? g0 : g[i - 1]);
                        fastest[p, i] = Math.Min(fastest[p, i], t[i] - (i == 0 ? 0 : t[i - 1]));
                    }
                }
            }
        }

        var n = (double)pages.Length * passes;
        var total = ticks.Take(6).Sum();
        var fastestSums = new long[names.Length];
        for (var p = 0; p < pages.Length; p++)
        {
            for (var i = 0; i < names.Length; i++)
            {
                fastestSums[i] += fastest[p, i];
            }
        }

        for (var i = 0; i < names.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{names[i],-16} {ticks[i] * 1000.0 / Stopwatch.Frequency / n,8:F3} ms/page {100.0 * ticks[i] / total,5:F1}% {bytes[i] / 1024.0 / n,8:F0} KB/page {pauses[i].TotalMilliseconds / n,7:F3} ms GC {fastestSums[i] * 1000.0 / Stopwatch.Frequency / pages.Length,8:F3} ms fastest"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"total",-16} {total * 1000.0 / Stopwatch.Frequency / n,8:F3} ms/page, fastest {fastestSums.Take(6).Sum() * 1000.0 / Stopwatch.Frequency / pages.Length:F3} ms/page (the extraction: decode to language)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"with enrichment",-16} {ticks.Take(9).Sum() * 1000.0 / Stopwatch.Frequency / n,8:F3} ms/page, fastest {fastestSums.Take(9).Sum() * 1000.0 / Stopwatch.Frequency / pages.Length:F3} ms/page (plus categorize, summarize, json: extract-batch's work bar file IO)"));
        return 0;
    }

    /// <summary>
    /// Runs one stage over every page, again and again, with its inputs prepared beforehand: a sampling profiler
    /// attached to this sees that stage alone.
    /// </summary>
    public static int Loop(string stage, string dir, int passes)
    {
        var pages = PageFiles.Load(dir);
        var options = new ExtractionOptions();
        var docs = stage is "decode" or "getstring" ? [] : pages.Select(p => ArticleExtractor.Parse(p, null)).ToArray();
        if (stage is "metadata" or "body" or "language")
        {
            var extractor = new ArticleExtractor();
            JitWarmup.UntilQuiet(() => Array.ForEach(pages, page => extractor.Extract(page, null)), 1);
        }

        var metas = stage == "language" ? docs.Select(d => MetadataReader.Read(d, null, options)).ToArray() : [];
        var texts = stage == "language" ? docs.Select(ContentExtractor.ExtractText).ToArray() : [];
        long sink = 0;
        // Each page's fastest run: on a busy machine the sum of these is far steadier than any average.
        var fastest = Enumerable.Repeat(long.MaxValue, pages.Length).ToArray();
        var sw = new Stopwatch();
        var cpu = TimeSpan.Zero;
        for (var pass = 0; pass <= passes; pass++)
        {
            if (pass == 1)
            {
                // The first pass warms up (JIT tiers, caches) and is not timed.
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
                sw.Start();
            }

            for (var i = 0; i < pages.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                sink += stage switch
                {
                    "decode" => ArticleExtractor.DecodeForParser(pages[i], null).Length,
                    "getstring" => System.Text.Encoding.UTF8.GetString(pages[i]).Length,
                    "metadata" => MetadataReader.Read(docs[i], null, options).Title?.Length ?? 0,
                    "body" => ContentExtractor.ExtractText(docs[i]).Length,
                    "language" => MetadataReader.ResolveLanguage(metas[i], texts[i])?.Length ?? 0,
                    _ => throw new ArgumentException("unknown stage " + stage),
                };
                var took = Stopwatch.GetTimestamp() - start;
                if (pass > 0 && took < fastest[i])
                {
                    fastest[i] = took;
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage} {sw.Elapsed.TotalMilliseconds / passes / pages.Length:F3} ms/page, cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / passes / pages.Length:F3} ms/page, fastest {fastest.Sum() * 1000.0 / Stopwatch.Frequency / pages.Length:F3} ms/page sink={sink}"));
        return 0;
    }

}
