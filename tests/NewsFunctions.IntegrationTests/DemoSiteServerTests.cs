using NewsFunctions.LocalHost.DemoSite;

namespace NewsFunctions.IntegrationTests;

public class DemoSiteServerTests
{
    [Fact]
    public async Task SourcesFileItWritesIsFilledAndGoesWhenTheServerStops()
    {
        var site = await DemoSiteServer.StartAsync(Path.Combine(NewsAppFixture.RepositoryRoot, "demo", "site"));
        string path;
        try
        {
            path = site.WriteSources(Path.Combine(NewsAppFixture.RepositoryRoot, "config", "sources.demo.json"));
            var text = await File.ReadAllTextAsync(path);
            Assert.DoesNotContain("{{BASE_URL}}", text, StringComparison.Ordinal);
            Assert.Contains(site.BaseUrl.AbsoluteUri + "daily-courier/", text, StringComparison.Ordinal);
        }
        finally
        {
            await site.DisposeAsync();
        }

        Assert.False(File.Exists(path), $"{path} was left behind.");
    }
}
