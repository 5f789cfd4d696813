using System.Diagnostics;
using System.Globalization;
using System.Text;
using HtmlAgilityPack;
using NewsFunctions.Diagnostics;
using NewsFunctions.Extraction;

/// <summary>
/// Our extraction against HtmlAgilityPack's parse-only, page by page in one process: each page is extracted and
/// parsed alternately, several times, and each page keeps its fastest time of each. Load from other work on the
/// machine hits both sides alike, and the sums of per-page minima are far steadier than two processes' wall times.
/// </summary>
internal static class PairTimes
{
    public static int Run(string dir, int rounds)
    {
        if (rounds < 1)
        {
            Console.Error.WriteLine("pair: rounds must be at least 1");
            return 2;
        }

        var pages = PageFiles.Load(dir);
        var extractor = new ArticleExtractor();
        Func<byte[], int>[] sides =
        [
            bytes => extractor.Extract(bytes, null).Text.Length,
            bytes =>
            {
                var doc = new HtmlDocument();
                doc.LoadHtml(Encoding.UTF8.GetString(bytes));
                return doc.DocumentNode.ChildNodes.Count;
            },
        ];
        JitWarmup.UntilQuiet(() => Array.ForEach(pages, page => Array.ForEach(sides, side => side(page))), 2);
        var fastest = new long[pages.Length, sides.Length];
        var totals = new long[rounds, sides.Length];
        for (var p = 0; p < pages.Length; p++)
        {
            fastest[p, 0] = fastest[p, 1] = long.MaxValue;
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var p = 0; p < pages.Length; p++)
            {
                // Alternate which side goes first, so neither always runs on the caches the other warmed.
                for (var k = 0; k < sides.Length; k++)
                {
                    var s = (k + round + p) % sides.Length;
                    var start = Stopwatch.GetTimestamp();
                    sides[s](pages[p]);
                    var ticks = Stopwatch.GetTimestamp() - start;
                    fastest[p, s] = Math.Min(fastest[p, s], ticks);
                    totals[round, s] += ticks;
                }
            }
        }

        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency / pages.Length;
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            ratios.Add((double)totals[round, 1] / totals[round, 0]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round + 1}: newsfn {Ms(totals[round, 0]):F3} ms/page, hap-parse {Ms(totals[round, 1]):F3} ms/page, newsfn speed = {100 * ratios[^1]:F0}% of the parse's"));
        }

        long sumOurs = 0, sumParse = 0;
        for (var p = 0; p < pages.Length; p++)
        {
            sumOurs += fastest[p, 0];
            sumParse += fastest[p, 1];
        }

        // Where the gap sits: the pages whose extraction costs most beyond their parse (PAIR_WORST=N prints N of them).
        if (int.TryParse(Environment.GetEnvironmentVariable("PAIR_WORST"), CultureInfo.InvariantCulture, out var worst) && worst > 0)
        {
            var names = PageFiles.Names(dir);
            double PageMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
            foreach (var p in Enumerable.Range(0, pages.Length).OrderByDescending(p => fastest[p, 0] - fastest[p, 1]).Take(worst))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"page {names[p]} kb={pages[p].Length / 1024} newsfn_ms={PageMs(fastest[p, 0]):F3} parse_ms={PageMs(fastest[p, 1]):F3} extra_ms={PageMs(fastest[p, 0] - fastest[p, 1]):F3}"));
            }
        }

        ratios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pair pages={pages.Length} rounds={rounds} newsfn_fastest_ms={Ms(sumOurs):F3} parse_fastest_ms={Ms(sumParse):F3} ratio_fastest={100.0 * sumParse / sumOurs:F0}% ratio_median_round={100 * ratios[rounds / 2]:F0}%"));
        return 0;
    }
}
