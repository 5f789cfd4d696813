using NewsFunctions.Fetching;

namespace NewsFunctions.Tests.Fetching;

public sealed class RobotsRulesTests
{
    private const string Robots = """
        # Example robots.txt
        User-agent: *
        Disallow: /private/
        Disallow: /*.pdf$
        Allow: /private/press/

        User-agent: BadBot
        User-agent: NewsFunctions
        Disallow: /drafts
        """;

    [Theory]
    [InlineData("https://n.example/private/x.html", "OtherBot/1.0", false)]
    [InlineData("https://n.example/private/press/x.html", "OtherBot/1.0", true)]
    [InlineData("https://n.example/files/report.pdf", "OtherBot/1.0", false)]
    [InlineData("https://n.example/files/report.pdf?x=1", "OtherBot/1.0", true)]
    [InlineData("https://n.example/articles/a.html", "OtherBot/1.0", true)]
    [InlineData("https://n.example/drafts/a.html", "NewsFunctions/1.0 (+https://x)", false)]
    [InlineData("https://n.example/private/x.html", "NewsFunctions/1.0 (+https://x)", true)]
    public void GroupForOurAgentAppliesElseStarGroup(string url, string userAgent, bool allowed)
    {
        Assert.Equal(allowed, RobotsRules.Parse(Robots, userAgent).IsAllowed(new Uri(url)));
    }

    [Theory]
    [InlineData("User-agent: *\nCrawl-delay: 10\n", "OtherBot/1.0", 10.0)]
    [InlineData("User-agent: *\ncrawl-delay: 0.5\n", "OtherBot/1.0", 0.5)]
    [InlineData("User-agent: *\nCrawl-delay: 10\n\nUser-agent: NewsFunctions\nCrawl-delay: 2\nDisallow: /x\n", "NewsFunctions/1.0", 2.0)]
    [InlineData("User-agent: *\nCrawl-delay: 10\n\nUser-agent: NewsFunctions\nDisallow: /x\n", "NewsFunctions/1.0", null)]
    [InlineData("User-agent: *\nCrawl-delay: soon\n", "OtherBot/1.0", null)]
    [InlineData("User-agent: *\nCrawl-delay: -3\n", "OtherBot/1.0", null)]
    public void CrawlDelayOfTheGroupThatAppliesIsRead(string robots, string userAgent, double? seconds) =>
        Assert.Equal(seconds is { } s ? TimeSpan.FromSeconds(s) : null, RobotsRules.Parse(robots, userAgent).CrawlDelay);

    [Fact]
    public void EmptyRobotsAllowsEverything() =>
        Assert.True(RobotsRules.Parse("", "NewsFunctions/1.0").IsAllowed(new Uri("https://n.example/anything")));

    [Theory]
    [InlineData("/a/b/c.html", "/a/*/c", true)]
    [InlineData("/a/b/c.html", "/a/*/d", false)]
    [InlineData("/a.php", "/*.php$", true)]
    [InlineData("/a.php5", "/*.php$", false)]
    [InlineData("/", "/$", true)]
    [InlineData("/x", "/$", false)]
    public void WildcardsAndAnchorsMatchAsRfc9309Says(string path, string pattern, bool matches) =>
        Assert.Equal(matches, RobotsRules.Matches(path, pattern));
}
