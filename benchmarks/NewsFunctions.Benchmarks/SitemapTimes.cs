using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using NewsFunctions.Discovery;

/// <summary>
/// What one parse of a big news sitemap costs <see cref="FeedParser"/>: a sitemap of <c>urls</c> entries (loc, lastmod,
/// news:news with publication, date, title and keywords, an image:image) made in memory, optionally gzip-compressed,
/// parsed once to warm up (with <c>max-age-days</c>, entries older than that before the newest are left out, as
/// discovery asks) and then <c>parses</c> times. Prints, per parse, the bytes allocated on the thread and the
/// time; for one more parse, the most the managed heap held above what it held before (live objects only), and what
/// the entries it returns keep; and the process's peak working set, which includes the document itself.
/// One configuration per process, so the working set is that configuration's. With <c>rss</c>, the document is instead
/// an RSS 2.0 channel of <c>urls</c> full-text items (title, link, guid, pubDate, two categories, a description and about
/// 2 KB of <c>content:encoded</c>), as podcast and full-text feeds keep their whole archive.
/// </summary>
internal static class SitemapTimes
{
    public static int Run(int urls, int parses, bool gzip, int maxAgeDays, bool rss = false)
    {
        if (urls < 1 || parses < 1)
        {
            Console.Error.WriteLine("sitemap: urls and parses must be at least 1");
            return 2;
        }

        var plain = rss ? MakeRss(urls) : Make(urls);
        var document = gzip ? Gzip(plain) : plain;
        var feedUrl = new Uri(rss ? "https://news.example.com/feed.xml" : "https://news.example.com/sitemap-news.xml");
        var notBefore = maxAgeDays > 0 ? Newest.AddDays(-maxAgeDays) : default;
        var kept = Parse().Count;

        var allocated = new List<long>();
        var ms = new List<double>();
        for (var i = 0; i < parses; i++)
        {
            FullCollect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            GC.KeepAlive(Parse());
            ms.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        // The live peak, untimed: another thread collects every few milliseconds and notes what survives, so the
        // figure is what the parse holds at once rather than what the GC let pile up between its collections.
        FullCollect();
        var baseline = GC.GetTotalMemory(false);
        var peak = baseline;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(5))
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        });
        sampler.Start();
        var keptEntries = Parse();
        done.Set();
        sampler.Join();
        FullCollect();
        // The entries are what the caller keeps.
        var retained = GC.GetTotalMemory(false) - baseline;
        GC.KeepAlive(keptEntries);

        IReadOnlyList<FeedEntry> Parse() => FeedParser.Read(document, feedUrl, "application/xml", notBefore).Entries;

        static double Mb(double bytes) => bytes / (1024 * 1024);
        ms.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(rss ? "rss" : "sitemap")} urls={urls} gzip={gzip} max_age_days={maxAgeDays} kept={kept} document_mb={Mb(document.Length):F1} unpacked_mb={Mb(plain.Length):F1} parses={parses} " +
            $"alloc_mb_per_parse={Mb(allocated.Average()):F0} live_peak_mb={Mb(peak - baseline):F0} entries_mb={Mb(retained):F0} ms_median={ms[ms.Count / 2]:F0} ms_min={ms[0]:F0} " +
            $"working_set_peak_mb={Mb(Process.GetCurrentProcess().PeakWorkingSet64):F0}"));
        return 0;
    }

    private static readonly DateTimeOffset Newest = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static void FullCollect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>A news sitemap as big sites serve it: about 600 bytes an entry, newest first, a minute apart.</summary>
    private static byte[] Make(int urls)
    {
        string[] sections = ["politics", "business", "sport", "culture", "science", "world"];
        string[] words = ["harbor", "council", "budget", "storm", "ferry", "election", "market", "school", "bridge", "festival", "court", "rail"];
        var xml = new StringBuilder(urls * 700);
        xml.Append("""<?xml version="1.0" encoding="UTF-8"?>""").Append('\n')
            .Append("""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">""").Append('\n');
        for (var i = 0; i < urls; i++)
        {
            var at = Newest.AddMinutes(-i);
            var date = at.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
            var section = sections[i % sections.Length];
            string Word(int k) => words[(i * 7 + k * 5) % words.Length];
            var slug = $"{Word(0)}-{Word(1)}-{Word(2)}-{Word(3)}-{i}";
            xml.Append(CultureInfo.InvariantCulture, $"""
                <url><loc>https://news.example.com/{at:yyyy/MM/dd}/{section}/{slug}.html</loc><lastmod>{date}</lastmod>
                <news:news><news:publication><news:name>The Example Times</news:name><news:language>en</news:language></news:publication>
                <news:publication_date>{date}</news:publication_date><news:title>The {Word(0)} {Word(1)} vote: what the {Word(2)} means for the {Word(3)} ({i})</news:title>
                <news:keywords>{section}, {Word(0)}, {Word(1)}, {Word(2)}</news:keywords></news:news>
                <image:image><image:loc>https://img.example.com/{at:yyyy/MM}/{slug}.jpg</image:loc></image:image></url>

                """);
        }

        xml.Append("</urlset>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    /// <summary>An RSS 2.0 channel of full-text items, newest first, a minute apart: about 2.8 KB an item.</summary>
    private static byte[] MakeRss(int items)
    {
        string[] words = ["harbor", "council", "budget", "storm", "ferry", "election", "market", "school", "bridge", "festival", "court", "rail"];
        var xml = new StringBuilder(items * 3000);
        xml.Append("""<?xml version="1.0" encoding="UTF-8"?>""").Append('\n')
            .Append("""<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>The Example Times</title><link>https://news.example.com/</link>""").Append('\n');
        for (var i = 0; i < items; i++)
        {
            var at = Newest.AddMinutes(-i);
            string Word(int k) => words[(i * 7 + k * 5) % words.Length];
            var slug = $"{Word(0)}-{Word(1)}-{Word(2)}-{i}";
            var paragraph = $"<p>The {Word(0)} {Word(1)} vote went ahead on Tuesday after weeks of talks about the {Word(2)} and what it means for the {Word(3)}.</p>";
            xml.Append(CultureInfo.InvariantCulture, $"""
                <item><title>The {Word(0)} {Word(1)} vote: what the {Word(2)} means ({i})</title><link>https://news.example.com/{at:yyyy/MM/dd}/{slug}.html</link>
                <guid isPermaLink="false">urn:example:{i}</guid><pubDate>{at.ToString("r", CultureInfo.InvariantCulture)}</pubDate><category>{Word(0)}</category><category>{Word(1)}</category>
                <description>What the {Word(2)} means for the {Word(3)}, and who pays.</description>
                <content:encoded><![CDATA[{string.Concat(Enumerable.Repeat(paragraph, 14))}]]></content:encoded></item>

                """);
        }

        xml.Append("</channel></rss>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static byte[] Gzip(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return compressed.ToArray();
    }
}
