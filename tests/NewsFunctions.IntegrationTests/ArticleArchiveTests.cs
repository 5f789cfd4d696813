using NewsFunctions.Articles;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

/// <summary>The archive against Azurite: what a page controls never makes an upload fail.</summary>
[Collection(AppTestGroup.Name)]
public sealed class ArticleArchiveTests(NewsAppFixture app)
{
    /// <summary>Azure's limit on one blob's metadata: names and values together.</summary>
    private const int MaxMetadataBytes = 8 * 1024;

    [Theory]
    // Within the longest link discovery queues, and a redirect may end anywhere: escaped once more for metadata,
    // each '/' and '%' triples.
    [InlineData("https://news.example/story/{0}/", "a/b%20c/", 900)]
    [InlineData("https://news.example/story/{0}?q=", "x", 8150)]
    [InlineData("https://n\u00fcrnberg.example/{0}/", "\u00e4\U0001F30A", 1500)]
    public async Task RawPageWithAVeryLongUrlIsArchivedWithItsUrlCutToFitTheMetadata(string template, string unit, int repeat)
    {
        var url = new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Guid.NewGuid().ToString("N")) + string.Concat(Enumerable.Repeat(unit, repeat)));
        var id = ArticleId.For(url);
        var html = "<html><body><p>Harbor reopens</p></body></html>"u8.ToArray();
        try
        {
            // Feed hints as long as discovery lets them be, and in a script whose every character escapes to nine.
            var hint = string.Concat(Enumerable.Repeat("\u6e2f", SourceDiscoverer.MaxHintChars));
            var facts = new FetchFacts(DateTimeOffset.UtcNow, "daily-courier", hint, null, Enumerable.Repeat(hint, SourceDiscoverer.MaxHintCategories).ToList());
            await app.Archive.SaveRawAsync(id, html, "text/html; charset=utf-8", url, facts);

            Assert.Equal(html, (await app.Archive.GetRawAsync(id))?.Body);
            var metadata = (await app.Archive.Raw.GetBlobClient(ArticleArchive.RawBlobName(id)).GetPropertiesAsync()).Value.Metadata;
            Assert.True(metadata.Sum(m => m.Key.Length + m.Value.Length) <= MaxMetadataBytes, "The metadata is over Azure's 8 KiB.");
            Assert.All(metadata.Values, v => Assert.True(v.All(char.IsAscii), $"'{v[..Math.Min(40, v.Length)]}…' is not ASCII."));
            var stored = Uri.UnescapeDataString(metadata["url"]);
            Assert.True(stored.Length > 1000, $"Only {stored.Length} characters of the URL were kept.");
            Assert.StartsWith(stored, url.AbsoluteUri, StringComparison.Ordinal);
        }
        finally
        {
            await app.RemoveArticleAsync(id);
        }
    }

    [Fact]
    public async Task RawPageWithAnOrdinaryUrlKeepsItWhole()
    {
        var url = new Uri($"https://news.example/story/{Guid.NewGuid():N}?utm_source=x&p=%C3%A4");
        var id = ArticleId.For(url);
        try
        {
            await app.Archive.SaveRawAsync(id, "<p>x</p>"u8.ToArray(), null, url);

            var metadata = (await app.Archive.Raw.GetBlobClient(ArticleArchive.RawBlobName(id)).GetPropertiesAsync()).Value.Metadata;
            Assert.Equal(url.AbsoluteUri, Uri.UnescapeDataString(metadata["url"]));
        }
        finally
        {
            await app.RemoveArticleAsync(id);
        }
    }
}
