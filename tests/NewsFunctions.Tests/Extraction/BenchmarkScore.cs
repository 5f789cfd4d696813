using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsFunctions.Tests.Extraction;

/// <summary>
/// The aeb body score exactly as <c>shared/bench/score.py</c> computes it: words are <c>\w+</c> runs (Python's
/// Unicode \w: letters, numbers, underscore), each text is a multiset of 4-word shingles, per-page precision and
/// recall are averaged over pages and F1 is taken from the two means.
/// </summary>
internal static partial class BenchmarkScore
{
    [GeneratedRegex(@"[\p{L}\p{N}_]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static (double F1, double Precision, double Recall, double Exact) Aeb(IEnumerable<(string Truth, string Predicted)> pages)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        var exact = new List<bool>();
        foreach (var (truth, predicted) in pages)
        {
            var (tp, fp, fn) = ShingleShares(truth, predicted);
            if (tp + fp > 0)
            {
                precisions.Add(fp == 0 && fn == 0 ? 1.0 : tp / (tp + fp));
            }

            if (tp + fn > 0)
            {
                recalls.Add(fp == 0 && fn == 0 ? 1.0 : tp / (tp + fn));
            }

            exact.Add(Words(truth).SequenceEqual(Words(predicted), StringComparer.Ordinal));
        }

        var p = precisions.Count == 0 ? 0 : precisions.Average();
        var r = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (f1, p, r, exact.Count == 0 ? 0 : exact.Count(e => e) / (double)exact.Count);
    }

    private static List<string> Words(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    private static Dictionary<string, int> Shingles(string text)
    {
        var w = Words(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (w.Count == 0)
        {
            return counts;
        }

        if (w.Count < 4)
        {
            counts[string.Join('\u0001', w)] = 1;
            return counts;
        }

        for (var i = 0; i + 4 <= w.Count; i++)
        {
            var key = string.Join('\u0001', w[i], w[i + 1], w[i + 2], w[i + 3]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static (double Tp, double Fp, double Fn) ShingleShares(string truth, string predicted)
    {
        var t = Shingles(truth);
        var p = Shingles(predicted);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (key, count) in p)
        {
            var inTruth = t.GetValueOrDefault(key);
            tp += Math.Min(count, inTruth);
            fp += Math.Max(0, count - inTruth);
        }

        foreach (var (key, count) in t)
        {
            fn += Math.Max(0, count - p.GetValueOrDefault(key));
        }

        var total = tp + fp + fn;
        return total == 0 ? (0, 0, 0) : (tp / (double)total, fp / (double)total, fn / (double)total);
    }

    /// <summary>
    /// The shared benchmark folder: <c>NEWSFN_BENCH_DIR</c>, else <c>shared/bench</c> beside the repository (CI clones
    /// the repo with shared/ next to it) or beside any folder above it.
    /// </summary>
    public static string FindBenchDir()
    {
        var fromEnv = Environment.GetEnvironmentVariable("NEWSFN_BENCH_DIR");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(fromEnv)
                ? fromEnv
                : throw new DirectoryNotFoundException($"NEWSFN_BENCH_DIR points to '{fromEnv}', which does not exist.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bench");
            if (Directory.Exists(Path.Combine(candidate, "aeb")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "The benchmark data is missing: expected shared/bench/aeb beside the repository (../shared/bench from the repo root, "
            + "as CI lays it out), or set NEWSFN_BENCH_DIR to the bench folder.");
    }

    public static IEnumerable<(string Id, string Truth)> AebTruth(string benchDir)
    {
        foreach (var line in File.ReadLines(Path.Combine(benchDir, "aeb", "truth.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            yield return (doc.RootElement.GetProperty("id").GetString()!, doc.RootElement.GetProperty("articleBody").GetString() ?? "");
        }
    }
}
