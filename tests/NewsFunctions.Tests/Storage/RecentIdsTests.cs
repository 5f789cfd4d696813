using NewsFunctions.Storage;

namespace NewsFunctions.Tests.Storage;

public sealed class RecentIdsTests
{
    [Fact]
    public void IdsAddedLongAgoAndNeverLookedUpAreDropped()
    {
        var ids = new RecentIds(2);
        ids.Add("a");
        ids.Add("b");
        ids.Add("c");
        ids.Add("d");
        ids.Add("e");

        Assert.False(ids.Contains("a"));
        Assert.False(ids.Contains("b"));
        Assert.True(ids.Contains("c"));
        Assert.True(ids.Contains("e"));
        Assert.True(ids.Count <= 4);
    }

    [Fact]
    public void IdLookedUpAgainOutlivesItsGeneration()
    {
        var ids = new RecentIds(2);
        ids.Add("a");
        ids.Add("b");
        ids.Add("c");
        Assert.True(ids.Contains("a"));
        ids.Add("d");
        ids.Add("e");

        Assert.True(ids.Contains("a"));
        Assert.False(ids.Contains("b"));
    }

    [Fact]
    public void SizeStaysBoundedUnderConcurrentAdds()
    {
        var ids = new RecentIds(100);

        Parallel.For(0, 10_000, i => ids.Add("id" + i));

        Assert.InRange(ids.Count, 100, 200);
    }
}
