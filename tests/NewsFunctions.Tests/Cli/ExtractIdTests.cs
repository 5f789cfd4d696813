using System.Text.Json;
using NewsFunctions.Articles;

namespace NewsFunctions.Tests.Cli;

/// <summary><c>newsfn extract</c> of a page whose URL is known: the id and URL the pipeline stores the article under.</summary>
public sealed class ExtractIdTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("newsfn-cli-id-").FullName;
    private WebApplication _server = null!;
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapGet("/news/harbor-vote.html", () => Results.Content(Page(canonical: "/news/harbor-vote.html"), "text/html; charset=utf-8"));
        await _server.StartAsync();
        _base = new Uri(_server.Urls.First());
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private static string Page(string canonical) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Harbor bond goes to the voters</title>
        <link rel="canonical" href="{canonical}"></head>
        <body><article><h1>Harbor bond goes to the voters</h1>
        <p>Voters in Port Ellison will be asked next month to approve a bond to rebuild the city's seawalls and replace the aging ferry terminal.</p>
        <p>The City Council voted six to one on Tuesday to put the measure on the ballot, after two years of studies and public hearings.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task FetchedPageGetsTheIdOfItsCanonicalUrlNotItsFileName()
    {
        var fetched = new Uri(_base, "/news/harbor-vote.html?utm_source=newsletter");

        var (exit, stdout, stderr) = await ExtractBatchTests.RunAsync("extract", fetched.AbsoluteUri);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var canonical = new Uri(_base, "/news/harbor-vote.html");
        Assert.Equal(ArticleId.For(canonical), json.RootElement.GetProperty("id").GetString());
        Assert.Equal(canonical.AbsoluteUri, json.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public async Task FileWithUrlGetsTheIdThePipelineWouldGiveIt()
    {
        var file = Path.Combine(_root, "saved.html");
        await File.WriteAllTextAsync(file, Page(canonical: "https://www.courier.example/news/harbor-vote.html?utm_medium=rss#top"));

        var (exit, stdout, stderr) = await ExtractBatchTests.RunAsync("extract", file, "--url", "https://courier.example/news/harbor-vote.html?utm_source=feed");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(ArticleId.For(new Uri("https://www.courier.example/news/harbor-vote.html")), json.RootElement.GetProperty("id").GetString());
        Assert.Equal("https://www.courier.example/news/harbor-vote.html", json.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public async Task CanonicalOnAnotherSiteIsIgnoredAsThePipelineIgnoresIt()
    {
        var file = Path.Combine(_root, "syndicated.html");
        await File.WriteAllTextAsync(file, Page(canonical: "https://wire.example/story/123"));

        var (exit, stdout, stderr) = await ExtractBatchTests.RunAsync("extract", file, "--url", "https://courier.example/news/harbor-vote.html");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(ArticleId.For(new Uri("https://courier.example/news/harbor-vote.html")), json.RootElement.GetProperty("id").GetString());
        Assert.Equal("https://courier.example/news/harbor-vote.html", json.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public async Task FileWithoutUrlKeepsItsNameAsItsId()
    {
        var file = Path.Combine(_root, "harbor-vote.html");
        await File.WriteAllTextAsync(file, Page(canonical: "https://courier.example/news/harbor-vote.html"));

        var (exit, stdout, stderr) = await ExtractBatchTests.RunAsync("extract", file);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("harbor-vote", json.RootElement.GetProperty("id").GetString());
    }
}
