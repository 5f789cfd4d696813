using NewsFunctions.Serving;

namespace NewsFunctions.Tests.Serving;

public sealed class EntityTagsTests
{
    private static readonly string Tag = EntityTags.WeakFor("body");

    private static string Strong => Tag[2..];

    [Fact]
    public void TagIsWeakAndFollowsTheBody()
    {
        Assert.StartsWith("W/\"", Tag, StringComparison.Ordinal);
        Assert.EndsWith("\"", Tag, StringComparison.Ordinal);
        Assert.Equal(Tag, EntityTags.WeakFor("body"));
        Assert.NotEqual(Tag, EntityTags.WeakFor("body2"));
    }

    [Fact]
    public void TheSameTagHits() => Assert.True(EntityTags.NoneMatchHits([Tag], Tag));

    [Fact]
    public void StrongFormOfTheWeakTagHitsBecauseIfNoneMatchComparesWeakly() =>
        Assert.True(EntityTags.NoneMatchHits([Strong], Tag));

    [Theory]
    [InlineData("\"a\", {0}")]
    [InlineData("\"a\",{0}")]
    [InlineData("W/\"a\" ,  {0} , \"b\"")]
    [InlineData("*")]
    [InlineData(" * ")]
    public void ListsAndStarHit(string header) => Assert.True(EntityTags.NoneMatchHits([string.Format(System.Globalization.CultureInfo.InvariantCulture, header, Tag)], Tag));

    [Fact]
    public void TagOnASecondHeaderLineHits() => Assert.True(EntityTags.NoneMatchHits(["\"a\"", Tag], Tag));

    [Theory]
    [InlineData("\"a\"")]
    [InlineData("W/\"a\", \"b\"")]
    [InlineData("")]
    public void OtherTagsMiss(string header) => Assert.False(EntityTags.NoneMatchHits([header], Tag));

    [Fact]
    public void NoHeaderMisses() => Assert.False(EntityTags.NoneMatchHits([], Tag));

    [Fact]
    public void TagWithoutQuotesMisses()
    {
        // An unquoted value is malformed: it does not match by accident of its characters.
        Assert.False(EntityTags.NoneMatchHits([Strong.Trim('"')], Tag));
    }
}
