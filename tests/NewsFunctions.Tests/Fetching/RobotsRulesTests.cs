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

    [Theory]
    [InlineData("https://n.example/drafts/a.html", false)]
    [InlineData("https://n.example/archive/a.html", false)]
    [InlineData("https://n.example/archive/open/a.html", true)]
    [InlineData("https://n.example/private/x.html", true)]
    public void GroupsNamingOurAgentAreMerged(string url, bool allowed)
    {
        const string robots = """
            User-agent: NewsFunctions
            Disallow: /drafts

            User-agent: *
            Disallow: /private/

            User-agent: newsfunctions
            Disallow: /archive/
            Allow: /archive/open/
            """;
        Assert.Equal(allowed, RobotsRules.Parse(robots, "NewsFunctions/1.0 (+https://x)").IsAllowed(new Uri(url)));
    }

    [Theory]
    [InlineData("https://n.example/private/x.html", false)]
    [InlineData("https://n.example/drafts/a.html", false)]
    [InlineData("https://n.example/articles/a.html", true)]
    public void StarGroupsAreMergedWhenNoneNamesUs(string url, bool allowed)
    {
        const string robots = "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n\nUser-agent: *\nDisallow: /drafts\n";
        Assert.Equal(allowed, RobotsRules.Parse(robots, "NewsFunctions/1.0").IsAllowed(new Uri(url)));
    }

    [Theory]
    [InlineData("NEWSFUNCTIONS", false)]
    [InlineData("newsFunctions", false)]
    [InlineData("NewsFunctions/2.0", false)]
    [InlineData("News", true)]
    [InlineData("NewsFunctionsPlus", true)]
    [InlineData("N*", true)]
    public void OurGroupIsTheOneNamingOurProductTokenInAnyCase(string agent, bool allowed)
    {
        var robots = $"User-agent: *\nAllow: /\n\nUser-agent: {agent}\nDisallow: /\n";
        Assert.Equal(allowed, RobotsRules.Parse(robots, "NewsFunctions/1.0 (+https://x)").IsAllowed(new Uri("https://n.example/a.html")));
    }

    [Fact]
    public void MergedGroupsKeepTheLongestCrawlDelay() =>
        Assert.Equal(
            TimeSpan.FromSeconds(5),
            RobotsRules.Parse("User-agent: NewsFunctions\nCrawl-delay: 2\nDisallow: /x\n\nUser-agent: NewsFunctions\nCrawl-delay: 5\n", "NewsFunctions/1.0").CrawlDelay);

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
