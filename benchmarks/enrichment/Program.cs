using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using NewsFunctions.Enrichment;

// Enrichment benchmark: categorizes and summarizes the BBC sets under ../shared/bench (or $NEWSFN_BENCH_DIR) and
// writes OUT.jsonl files for ../shared/bench/score_enrich.py. The BBC data is non-commercial research data: it is
// read here to measure, never to build the lexicon or rules.
//
//   dotnet run -c Release -- categories|summaries|aeb|sweep|summaries-sweep|all [--out DIR]
var command = args.FirstOrDefault() ?? "all";
var outDir = ArgValue(args, "--out") ?? Path.Combine(Path.GetTempPath(), "newsfn-enrich");
Directory.CreateDirectory(outDir);
var bench = BenchDir();
Console.WriteLine($"bench data: {bench}");
Console.WriteLine($"output:     {outDir}");

if (command is "categories" or "all")
{
    Categories(CategorizerOptions.Default, Path.Combine(outDir, "categories.jsonl"), verbose: true);
}

if (command is "sweep")
{
    foreach (var minScore in new[] { 0.0, 2, 4, 6, 8 })
    {
        foreach (var margin in new[] { 0.0, 0.1, 0.2, 0.3, 0.4 })
        {
            Console.Write($"minScore={minScore,-3} minMargin={margin,-4} ");
            Categories(CategorizerOptions.Default with { MinScore = minScore, MinMargin = margin }, null, verbose: false);
        }
    }
}

if (command is "summaries" or "all")
{
    Summaries(new Summarizer(), Path.Combine(outDir, "summaries.jsonl"), "default (feed card)");
    Summaries(new Summarizer { TargetLength = int.MaxValue, MaxSentences = 3 }, Path.Combine(outDir, "summaries-3.jsonl"), "three sentences, no length cap");
}

if (command is "summaries-sweep")
{
    // Our splitter and filter with plain lead selection, to separate their gain from the scoring's.
    Summaries(new Summarizer { TargetLength = int.MaxValue, MaxLength = int.MaxValue, MaxSentences = 3, Window = 3 }, Path.Combine(outDir, "summaries-lead3.jsonl"), "lead-3 with our splitter and filter");
    foreach (var (target, max) in new[] { (200, 300), (250, 350), (280, 380), (300, 420), (350, 500) })
    {
        Summaries(new Summarizer { TargetLength = target, MaxLength = max }, Path.Combine(outDir, $"summaries-{target}.jsonl"), $"target {target}, max {max}");
    }
}

if (command is "aeb" or "all")
{
    Aeb();
}

return 0;

void Categories(CategorizerOptions options, string? outPath, bool verbose)
{
    string[] five = ["business", "entertainment", "politics", "sport", "tech"];
    var categorizer = new Categorizer(options);
    var items = ReadJsonl(Path.Combine(bench, "categories", "bbc.jsonl"));
    using var writer = outPath is null ? null : new StreamWriter(outPath);
    var confusion = new Dictionary<(string Truth, string Got), int>();
    var sources = new Dictionary<CategorySource, int>();
    var watch = Stopwatch.StartNew();
    foreach (var item in items)
    {
        var decision = categorizer.Explain("general", [], null, (string?)item["title"], (string?)item["text"], "en");
        var got = decision.Category switch { "sports" => "sport", "technology" => "tech", var c => c };
        var truth = (string)item["label"]!;
        confusion[(truth, got)] = confusion.GetValueOrDefault((truth, got)) + 1;
        sources[decision.Source] = sources.GetValueOrDefault(decision.Source) + 1;
        writer?.WriteLine(new JsonObject
        {
            ["id"] = (string?)item["id"],
            ["category"] = decision.Category,
            ["source"] = decision.Source.ToString(),
            ["best"] = decision.Text.Best,
            ["margin"] = Math.Round(decision.Text.Margin, 3),
            ["score"] = Math.Round(decision.Text.Score, 1),
        }.ToJsonString());
    }

    var elapsed = watch.Elapsed;
    var total = items.Count;

    // The classifier alone, warm: the texts already in memory, five passes.
    var texts = items.Select(i => ((string?)i["title"], (string?)i["text"])).ToList();
    var words = texts.Sum(t => (long)(t.Item2?.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length ?? 0));
    watch.Restart();
    for (var pass = 0; pass < 5; pass++)
    {
        foreach (var (title, body) in texts)
        {
            categorizer.Explain("general", [], null, title, body, "en");
        }
    }

    var warm = watch.Elapsed / 5;
    var right = five.Sum(l => confusion.GetValueOrDefault((l, l)));
    var outside = confusion.Where(kv => !five.Contains(kv.Key.Got)).Sum(kv => kv.Value);
    var f1s = five.Select(l =>
    {
        double tp = confusion.GetValueOrDefault((l, l));
        double predicted = confusion.Where(kv => kv.Key.Got == l).Sum(kv => kv.Value);
        double actual = confusion.Where(kv => kv.Key.Truth == l).Sum(kv => kv.Value);
        var p = predicted > 0 ? tp / predicted : 0;
        var r = actual > 0 ? tp / actual : 0;
        return (Label: l, P: p, R: r, F1: p + r > 0 ? 2 * p * r / (p + r) : 0);
    }).ToList();
    var answered = total - outside;
    var precisionAnswered = answered > 0 ? (double)right / answered : 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"categories items={total} accuracy={(double)right / total:F3} macroF1={f1s.Average(f => f.F1):F3} outside-five={(double)outside / total:P1} accuracy-within-five={precisionAnswered:F3}"));
    if (!verbose)
    {
        return;
    }

    foreach (var f in f1s)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {f.Label,-14} P={f.P:F3} R={f.R:F3} F1={f.F1:F3}"));
    }

    Console.WriteLine("  decided by: " + string.Join(", ", sources.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key}={kv.Value}")));
    Console.WriteLine("  put outside the five: " + string.Join(", ", confusion.Where(kv => !five.Contains(kv.Key.Got)).GroupBy(kv => kv.Key.Got).OrderByDescending(g => g.Sum(kv => kv.Value)).Select(g => $"{g.Key}={g.Sum(kv => kv.Value)}")));
    Console.WriteLine("  top confusions: " + string.Join(", ", confusion.Where(kv => kv.Key.Truth != kv.Key.Got).OrderByDescending(kv => kv.Value).Take(10).Select(kv => $"{kv.Key.Truth}->{kv.Key.Got}={kv.Value}")));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  speed: {total / elapsed.TotalSeconds:F0} articles/s with JSON reading and writing, first call included; classifier alone, warm: {total / warm.TotalSeconds:F0} articles/s ({warm.TotalMilliseconds * 1000 / total:F0} µs each, mean {words / total} body words, one thread)"));
}

void Summaries(Summarizer summarizer, string outPath, string name)
{
    var items = ReadJsonl(Path.Combine(bench, "summaries", "bbc.jsonl"));
    using var writer = new StreamWriter(outPath);
    var watch = Stopwatch.StartNew();
    long chars = 0, sentences = 0;
    foreach (var item in items)
    {
        var summary = summarizer.Summarize((string)item["text"]!, (string?)item["title"]);
        chars += summary.Length;
        sentences += Summarizer.Sentences(summary).Count();
        writer.WriteLine(new JsonObject { ["id"] = (string?)item["id"], ["summary"] = summary }.ToJsonString());
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"summaries [{name}] items={items.Count} mean length={(double)chars / items.Count:F0} chars, {(double)sentences / items.Count:F2} sentences, {items.Count / watch.Elapsed.TotalSeconds:F0} articles/s -> {outPath}"));
}

// The extraction set's 88 pages carry URLs and body text: how do URL sections and the text classifier agree?
void Aeb()
{
    var categorizer = new Categorizer();
    var items = ReadJsonl(Path.Combine(bench, "aeb", "truth.jsonl"));
    int withUrl = 0, withText = 0, both = 0, agree = 0;
    foreach (var item in items)
    {
        var url = new Uri((string)item["url"]!);
        var body = (string?)item["articleBody"] ?? "";
        var byUrl = categorizer.Explain("general", [], url);
        var byText = categorizer.Explain("general", [], null, null, body);
        var hasUrl = byUrl.Source == CategorySource.UrlPath;
        var hasText = byText.Source == CategorySource.Text;
        withUrl += hasUrl ? 1 : 0;
        withText += hasText ? 1 : 0;
        if (hasUrl && hasText)
        {
            both++;
            agree += byUrl.Category == byText.Category ? 1 : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  aeb {(hasUrl ? byUrl.Category : "-"),-13} {(hasText ? byText.Category : "(" + byText.Text.Best + ")"),-16} m={byText.Text.Margin:F2} {url}"));
    }

    Console.WriteLine($"aeb pages={items.Count} url-section={withUrl} text-confident={withText} both={both} agree={agree}");
}

static List<JsonNode> ReadJsonl(string path) =>
    [.. File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonNode.Parse(l)!)];

static string? ArgValue(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

// $NEWSFN_BENCH_DIR, else shared/bench beside the repository (as in CI), found from here or from the program.
static string BenchDir()
{
    if (Environment.GetEnvironmentVariable("NEWSFN_BENCH_DIR") is { Length: > 0 } overridden)
    {
        return Path.GetFullPath(overridden);
    }

    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        var repo = new DirectoryInfo(start);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "NewsFunctions.sln")))
        {
            repo = repo.Parent;
        }

        // ../shared/bench from the repository root; a git worktree may sit one level deeper.
        for (var dir = repo?.Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bench");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
    }

    throw new DirectoryNotFoundException("Benchmark data not found: set NEWSFN_BENCH_DIR or put shared/bench beside the repository.");
}
