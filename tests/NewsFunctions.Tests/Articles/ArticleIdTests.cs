using NewsFunctions.Articles;

namespace NewsFunctions.Tests.Articles;

public sealed class ArticleIdTests
{
    [Fact]
    public void SameArticleUnderTrackingParametersAndFragmentGetsSameId()
    {
        var plain = ArticleId.For(new Uri("https://News.Example.com/world/story-1?page=2&id=7"));
        var tracked = ArticleId.For(new Uri("https://news.example.com:443/world/story-1?utm_source=x&id=7&page=2&fbclid=abc#comments"));
        Assert.Equal(plain, tracked);
    }

    [Fact]
    public void DifferentPathsGetDifferentIds()
    {
        Assert.NotEqual(
            ArticleId.For(new Uri("https://news.example.com/a")),
            ArticleId.For(new Uri("https://news.example.com/b")));
    }

    [Fact]
    public void IdIs32LowercaseHexAndValidates()
    {
        var id = ArticleId.For(new Uri("https://news.example.com/a"));
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.True(ArticleId.IsValid(id));
        Assert.False(ArticleId.IsValid("../etc/passwd"));
        Assert.False(ArticleId.IsValid(id.ToUpperInvariant()));
    }

    [Fact]
    public void RelativeUrlIsRejected()
    {
        Assert.Throws<ArgumentException>(() => ArticleId.For(new Uri("/a", UriKind.Relative)));
    }
}
