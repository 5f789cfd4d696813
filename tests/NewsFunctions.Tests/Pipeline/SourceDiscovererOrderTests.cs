using NewsFunctions.Discovery;
using NewsFunctions.Pipeline;

namespace NewsFunctions.Tests.Pipeline;

/// <summary>Which of a feed's entries discovery looks at, and in what order.</summary>
public sealed class SourceDiscovererOrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EntriesPastTheAgeLimitAreLeftOutAndTheRestComeNewestFirstThenTheUndatedInFeedOrder()
    {
        var entries = new[]
        {
            Entry("undated-1", null),
            Entry("a-year-ago", Now.AddDays(-365)),
            Entry("yesterday", Now.AddDays(-1)),
            Entry("undated-2", null),
            Entry("just-inside", Now.AddDays(-30)),
            Entry("just-outside", Now.AddDays(-30).AddSeconds(-1)),
            // A date in the future is a site's clock or zone gone wrong, not a reason to drop the article.
            Entry("tomorrow", Now.AddDays(1).ToOffset(TimeSpan.FromHours(-5))),
        };

        Assert.Equal(["tomorrow", "yesterday", "just-inside", "undated-1", "undated-2"], Names(SourceDiscoverer.Newest(entries, Now, maxAgeDays: 30)));
    }

    [Fact]
    public void NoAgeLimitKeepsEveryEntry()
    {
        var entries = new[] { Entry("b", new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero)), Entry("a", Now), Entry("c", null) };

        Assert.Equal(["a", "b", "c"], Names(SourceDiscoverer.Newest(entries, Now, maxAgeDays: 0)));
    }

    private static FeedEntry Entry(string name, DateTimeOffset? published) => new(new Uri($"https://news.example/{name}.html"), name, published, []);

    private static IEnumerable<string?> Names(IEnumerable<FeedEntry> entries) => entries.Select(e => e.Title);
}
