using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsFunctions.Tests.Cli;

/// <summary><c>newsfn extract-batch</c> run as its own process over a folder of pages.</summary>
public sealed partial class ExtractBatchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newsfn-cli-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task BatchWritesOneJsonPerPageAndEndsWithTheSummaryLine()
    {
        var input = Folder("in");
        await File.WriteAllTextAsync(Path.Combine(input, "plain.html"), Page("Plain page", "Zürich"));
        await using (var gz = new GZipStream(File.Create(Path.Combine(input, "packed.html.gz")), CompressionLevel.Fastest))
        {
            await gz.WriteAsync(Encoding.UTF8.GetBytes(Page("Packed page", "Genève")));
        }

        await File.WriteAllTextAsync(Path.Combine(input, "notes.txt"), "not a page");

        var (exit, stdout, _) = await RunAsync("extract-batch", input, Path.Combine(_root, "out"));

        Assert.Equal(0, exit);
        Assert.Equal(["packed.json", "plain.json"], Directory.GetFiles(Path.Combine(_root, "out")).Select(Path.GetFileName).Order());
        using var packed = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "out", "packed.json")));
        Assert.Equal("packed", packed.RootElement.GetProperty("id").GetString());
        Assert.Equal("Packed page", packed.RootElement.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(packed.RootElement.GetProperty("category").GetString()));
        Assert.StartsWith("Die Stadtverwaltung von Genève", packed.RootElement.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Matches(SummaryLine(), stdout.TrimEnd().Split('\n')[^1]);
        Assert.StartsWith("pages=2 errors=0 ", stdout.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GzipPageOfTwoMembersIsReadWhole()
    {
        // The size at the end of a gzip file is only a hint: a file of two members (concatenated gzip files, which
        // readers must accept) ends with the second one's size, not the page's.
        var input = Folder("in");
        var page = Encoding.UTF8.GetBytes(Page("Split page", "Malmö"));
        var half = page.Length / 2;
        await using (var file = File.Create(Path.Combine(input, "two-members.html.gz")))
        {
            foreach (var part in new[] { page[..half], page[half..] })
            {
                await using var member = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
                await member.WriteAsync(part);
            }
        }

        var (exit, stdout, _) = await RunAsync("extract-batch", input, Path.Combine(_root, "out"));

        Assert.Equal(0, exit);
        Assert.StartsWith("pages=1 errors=0 ", stdout.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "out", "two-members.json")));
        Assert.Equal("Split page", json.RootElement.GetProperty("title").GetString());
        Assert.StartsWith("Die Stadtverwaltung von Malmö", json.RootElement.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadPageGetsItsErrorInItsJsonAndTheBatchGoesOn()
    {
        var input = Folder("in");
        await File.WriteAllTextAsync(Path.Combine(input, "a-empty.html"), "");
        await File.WriteAllBytesAsync(Path.Combine(input, "b-corrupt.html.gz"), [0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad]);
        await File.WriteAllTextAsync(Path.Combine(input, "c-good.html"), Page("Good page", "Köln"));

        var (exit, stdout, _) = await RunAsync("extract-batch", input, Path.Combine(_root, "out"));

        Assert.Equal(0, exit);
        Assert.StartsWith("pages=3 errors=2 ", stdout.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
        using var empty = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "out", "a-empty.json")));
        Assert.Contains("empty", empty.RootElement.GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
        using var corrupt = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "out", "b-corrupt.json")));
        Assert.False(string.IsNullOrEmpty(corrupt.RootElement.GetProperty("error").GetString()));
        using var good = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "out", "c-good.json")));
        Assert.Equal("Good page", good.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task OutputDoesNotDependOnTheNumberOfThreads()
    {
        // Legacy-charset pages first thing in a fresh process on several threads: the decoder's code pages must be
        // registered before any thread asks for one, or a latin-1 page comes out as replacement characters.
        var input = Folder("in");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        for (var i = 0; i < 24; i++)
        {
            var (charset, encoding) = (i % 3) switch
            {
                0 => ("iso-8859-1", Encoding.Latin1),
                1 => ("windows-1252", Encoding.GetEncoding(1252)),
                _ => ("iso-8859-15", Encoding.GetEncoding(28605)),
            };
            await File.WriteAllBytesAsync(Path.Combine(input, $"p{i:D2}.html"), encoding.GetBytes(Page($"Seite {i} über Zürich", "Zürich", charset)));
        }

        var one = await RunAsync("extract-batch", input, Path.Combine(_root, "one"), "--threads", "1");
        var four = await RunAsync("extract-batch", input, Path.Combine(_root, "four"), "--threads", "4");

        Assert.Equal(0, one.Exit);
        Assert.Equal(0, four.Exit);
        Assert.EndsWith("threads=4", four.Stdout.TrimEnd(), StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(_root, "one")))
        {
            var sequential = await File.ReadAllTextAsync(file);
            Assert.Contains("über Zürich", sequential, StringComparison.Ordinal);
            Assert.Equal(sequential, await File.ReadAllTextAsync(Path.Combine(_root, "four", Path.GetFileName(file))));
        }
    }

    [Fact]
    public async Task PassesTimeTheSameWorkAgainAndCountThePagesOnce()
    {
        var input = Folder("in");
        for (var i = 0; i < 3; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(input, $"p{i}.html"), Page($"Seite {i}", "Ulm"));
        }

        var once = await RunAsync("extract-batch", input, Path.Combine(_root, "once"));
        var thrice = await RunAsync("extract-batch", input, Path.Combine(_root, "thrice"), "--passes", "3");

        Assert.Equal(0, thrice.Exit);
        var last = thrice.Stdout.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("pages=3 errors=0 ", last, StringComparison.Ordinal);
        Assert.EndsWith(" passes=3", last, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(_root, "once")))
        {
            Assert.Equal(await File.ReadAllTextAsync(file), await File.ReadAllTextAsync(Path.Combine(_root, "thrice", Path.GetFileName(file))));
        }
    }

    [Theory]
    [InlineData("--passes", "0")]
    [InlineData("--passes", "")]
    [InlineData("--threads", "0")]
    [InlineData("--threads", "many")]
    [InlineData("--fast", "")]
    public async Task BadOptionIsRefusedWithUsage(string option, string value)
    {
        var input = Folder("in");
        string[] args = value.Length > 0 ? ["extract-batch", input, Path.Combine(_root, "out"), option, value] : ["extract-batch", input, Path.Combine(_root, "out"), option];

        var (exit, _, stderr) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    private static string Page(string title, string place, string charset = "utf-8") => $"""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="{charset}"><title>{title} - Tagesblatt</title></head>
        <body><nav><a href="/">Start</a> <a href="/welt">Welt</a></nav>
        <article><h1>{title}</h1>
        <p>Die Stadtverwaltung von {place} hat am Montag neue Pläne für den öffentlichen Verkehr vorgestellt, die in den nächsten Jahren umgesetzt werden sollen.</p>
        <p>Nach Angaben der Behörden sollen zusätzliche Buslinien entstehen, während bestehende Strecken häufiger bedient werden, was vor allem Pendler spüren dürften.</p>
        </article></body></html>
        """;

    internal static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsfn.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    [GeneratedRegex(@"^pages=\d+ errors=\d+ seconds=[\d.]+ pages_per_s=[\d.]+ peak_mb=\d+ threads=\d+$")]
    private static partial Regex SummaryLine();
}
