using System.Diagnostics;
using System.Globalization;
using System.Text;
using HtmlAgilityPack;
using NewsFunctions.Diagnostics;
using NewsFunctions.Extraction;

// One extractor per process, over every page of a folder, one thread: untimed warm-up passes (JIT, caches; at
// least warmup-passes, more until the JIT is quiet), then the timed passes. Pages are read and decompressed into memory first, so only the extraction is timed.
//
//   NewsFunctions.Benchmarks <newsfn|smartreader|hap-parse|hap-innertext> <pages-dir> [passes] [warmup-passes] [threads]
//   NewsFunctions.Benchmarks stages <pages-dir> [passes]   (ms per page for each stage of our extractor)
//   NewsFunctions.Benchmarks loop <decode|getstring|metadata|body|language> <pages-dir> [passes]   (one stage only, for a profiler)
//   NewsFunctions.Benchmarks pair <pages-dir> [rounds]   (our extraction against the parse alone, page by page in one process;
//       PAIR_WORST=N also lists the N pages whose extraction costs most beyond their parse)
//   NewsFunctions.Benchmarks sitemap [urls] [parses] [gzip|plain] [max-age-days]   (FeedParser on a news sitemap made in memory: allocation, peak heap, time)
//   NewsFunctions.Benchmarks discover [links] [rounds]   (a discovery of that many new links against Azurite: seen checks and sends)
//
// With threads > 1 the pages of each pass are shared out over that many threads (like `newsfn extract-batch` on
// every core): the same work, so its throughput compares with extract-batch's and with the other tools' on as many threads.
//
// Last stdout line: tool=... pages=N errors=E seconds=S pages_per_s=R cpu_s=C cpu_pages_per_s=R peak_mb=M chars=C jit_s=J jit_methods=N warmups=W
// threads=T gc_pause_s=P gcs=gen0/gen1/gen2 server_gc=B (the GC's pauses and collections within the timed passes)
// (cpu_* use the process's CPU time over the timed passes: steadier than wall time on a busy machine;
// jit_* is the JIT work that still fell inside the timed passes: tiered compilation goes on well past one warm-up pass).
if (args.Length >= 2 && args[0] == "stages")
{
    return StageTimes.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
}

if (args.Length >= 2 && args[0] == "pair")
{
    return PairTimes.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
}

if (args.Length >= 1 && args[0] == "sitemap")
{
    return SitemapTimes.Run(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5, args.Length > 3 && args[3] == "gzip",
        args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 0);
}

if (args.Length >= 1 && args[0] == "rss")
{
    return SitemapTimes.Run(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5, gzip: false,
        maxAgeDays: 0, rss: true);
}

if (args.Length >= 1 && args[0] == "discover")
{
    return await DiscoveryTimes.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
}

if (args.Length >= 3 && args[0] == "loop")
{
    return StageTimes.Loop(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20);
}

if (args.Length < 2 || args[0] is not ("newsfn" or "smartreader" or "hap-parse" or "hap-innertext"))
{
    Console.Error.WriteLine("usage: NewsFunctions.Benchmarks <newsfn|smartreader|hap-parse|hap-innertext> <pages-dir> [passes] [warmup-passes] [threads]");
    return 2;
}

var tool = args[0];
var passes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
var warmups = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
var threads = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
var pages = PageFiles.Load(args[1]);

var extractor = new ArticleExtractor();
Func<byte[], int> run = tool switch
{
    "newsfn" => bytes => extractor.Extract(bytes, null).Text.Length,
    "smartreader" => bytes =>
    {
        // SmartReader takes a string: decode the same way for every tool (UTF-8).
        var reader = new SmartReader.Reader("https://example.com/article", Encoding.UTF8.GetString(bytes));
        var article = reader.GetArticle();
        return article.TextContent?.Length ?? 0;
    },
    "hap-parse" => bytes =>
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(Encoding.UTF8.GetString(bytes));
        return doc.DocumentNode.ChildNodes.Count;
    },
    _ => bytes =>
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(Encoding.UTF8.GetString(bytes));
        return doc.DocumentNode.InnerText.Length;
    },
};

long chars = 0;
var errors = 0;
void Pass(bool count)
{
    if (threads > 1)
    {
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = threads }, page => RunPage(page, count));
        return;
    }

    foreach (var page in pages)
    {
        RunPage(page, count);
    }
}

void RunPage(byte[] page, bool count)
{
    try
    {
        var n = run(page);
        if (count)
        {
            Interlocked.Add(ref chars, n);
        }
    }
    catch (Exception)
    {
        Interlocked.Increment(ref errors);
    }
}

// The given warm-up passes are a minimum: tiered compilation keeps recompiling hot code (tier 0, instrumented,
// tier 1) for several passes, and that JIT work would otherwise land in the timed passes of whichever tool runs
// more code. Warm up until a pass compiles next to nothing, so every tool is timed in its steady state.
var warmupsDone = JitWarmup.UntilQuiet(() => Pass(count: false), warmups);

var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
var jitStart = System.Runtime.JitInfo.GetCompilationTime();
var jitMethodsStart = System.Runtime.JitInfo.GetCompiledMethodCount();
var gcPauseStart = GC.GetTotalPauseDuration();
int[] gcStart = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
var clock = Stopwatch.StartNew();
for (var p = 0; p < passes; p++)
{
    Pass(count: true);
}

var seconds = clock.Elapsed.TotalSeconds;
var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
var jitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jitStart).TotalSeconds;
var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsStart;
var gcPauseSeconds = (GC.GetTotalPauseDuration() - gcPauseStart).TotalSeconds;
var gcCounts = string.Join('/', Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - gcStart[g]));
var total = pages.Length * passes;
var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"tool={tool}{(threads > 1 ? "-mt" : "")} pages={total} errors={errors} seconds={seconds:F2} pages_per_s={total / seconds:F1} cpu_s={cpuSeconds:F2} cpu_pages_per_s={total / cpuSeconds:F1} peak_mb={peakMb:F0} chars={chars} jit_s={jitSeconds:F2} jit_methods={jitMethods} warmups={warmupsDone} threads={threads} gc_pause_s={gcPauseSeconds:F2} gcs={gcCounts} server_gc={System.Runtime.GCSettings.IsServerGC}"));
return 0;
