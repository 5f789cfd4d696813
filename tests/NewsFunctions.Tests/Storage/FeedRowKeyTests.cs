using NewsFunctions.Storage;

namespace NewsFunctions.Tests.Storage;

public sealed class FeedRowKeyTests
{
    [Fact]
    public void NewerArticlesSortFirstAsStrings()
    {
        var id = new string('a', 32);
        var older = ArticleIndex.FeedRowKey(new DateTimeOffset(2022, 1, 7, 16, 24, 0, TimeSpan.Zero), id);
        var newer = ArticleIndex.FeedRowKey(new DateTimeOffset(2022, 1, 7, 18, 0, 0, TimeSpan.FromHours(1)), id);
        Assert.True(string.CompareOrdinal(newer, older) < 0);
    }

    [Fact]
    public void OffsetsCompareByInstant()
    {
        var id = new string('b', 32);
        Assert.Equal(
            ArticleIndex.FeedRowKey(new DateTimeOffset(2024, 3, 12, 9, 15, 0, TimeSpan.FromHours(1)), id),
            ArticleIndex.FeedRowKey(new DateTimeOffset(2024, 3, 12, 8, 15, 0, TimeSpan.Zero), id));
    }
}
