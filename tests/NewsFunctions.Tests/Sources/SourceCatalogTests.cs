using NewsFunctions.Sources;

namespace NewsFunctions.Tests.Sources;

public sealed class SourceCatalogTests
{
    [Fact]
    public void ValidSourcesLoad()
    {
        var sources = SourceCatalog.Load("""
            // comments are allowed
            {"sources": [
              {"id": "daily-courier", "name": "The Daily Courier", "feeds": ["https://courier.example/rss.xml"], "defaultCategory": "general", "language": "en", "enabled": true},
              {"id": "off", "name": "Off", "feeds": [], "enabled": false},
            ]}
            """);
        Assert.Equal(2, sources.Count);
        Assert.Equal("https://courier.example/rss.xml", sources[0].Feeds[0].AbsoluteUri);
        Assert.False(sources[1].Enabled);
        Assert.Equal(Categories.General, sources[1].DefaultCategory);
    }

    [Fact]
    public void EveryProblemIsNamedInOneError()
    {
        var error = Assert.Throws<InvalidDataException>(() => SourceCatalog.Load("""
            {"sources": [
              {"id": "Bad Id", "name": "", "feeds": ["ftp://x.example/feed"], "defaultCategory": "gardening"},
              {"id": "dup", "name": "A", "feeds": ["https://a.example/f"]},
              {"id": "dup", "name": "B", "feeds": ["https://b.example/f"]},
              {"id": "nofeeds", "name": "C", "feeds": []}
            ]}
            """, "sources.json"));
        foreach (var expected in new[] { "sources.json", "sources[0].id", "sources[0].name", "ftp://x.example/feed", "gardening", "'dup' is used twice", "sources[3].feeds" })
        {
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TimeZoneIsOptionalAndFoundByItsIanaId()
    {
        var sources = SourceCatalog.Load("""
            {"sources": [
              {"id": "el-diario", "name": "El Diario", "feeds": ["https://diario.example/rss"], "language": "es", "timeZone": "Europe/Madrid"},
              {"id": "courier", "name": "Courier", "feeds": ["https://courier.example/rss"]}
            ]}
            """);
        Assert.Equal("Europe/Madrid", sources[0].TimeZone);
        Assert.Equal(TimeSpan.FromHours(2), sources[0].FindTimeZone()!.GetUtcOffset(new DateTime(2022, 7, 7, 16, 24, 0)));
        Assert.Null(sources[1].TimeZone);
        Assert.Null(sources[1].FindTimeZone());
    }

    [Theory]
    [InlineData("Europe/Atlantis")]
    [InlineData("+01:00")]
    [InlineData("")]
    public void UnknownTimeZoneIsAnErrorNamingTheSource(string zone)
    {
        var error = Assert.Throws<InvalidDataException>(() => SourceCatalog.Load($$"""
            {"sources": [
              {"id": "courier", "name": "Courier", "feeds": ["https://courier.example/rss"]},
              {"id": "el-diario", "name": "El Diario", "feeds": ["https://diario.example/rss"], "timeZone": "{{zone}}"}
            ]}
            """, "sources.json"));
        Assert.Contains("sources[1].timeZone", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{zone}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("el-diario", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sources[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonIsAClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => SourceCatalog.Load("{\"sources\": [", "my-sources.json"));
        Assert.StartsWith("my-sources.json: not valid sources JSON", error.Message, StringComparison.Ordinal);
    }
}
