using System.Text.Json;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.Tests.Storage;

public sealed class ArchiveMetadataTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void FetchFactsThatFitAreKeptWhole()
    {
        var facts = new FetchFacts(DateTimeOffset.Parse("2024-03-12T09:15:00+01:00", System.Globalization.CultureInfo.InvariantCulture), "daily-courier", "Harbor reopens", DateTimeOffset.Parse("2024-03-12T08:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), ["Business", "Local"]);

        var read = JsonSerializer.Deserialize<FetchFacts>(Uri.UnescapeDataString(ArticleArchive.FactsMetadata(facts)), Web)!;

        Assert.Equal((facts.FetchedAt, facts.SourceId, facts.FeedTitle, facts.FeedPublished), (read.FetchedAt, read.SourceId, read.FeedTitle, read.FeedPublished));
        Assert.Equal(facts.FeedCategories!, read.FeedCategories!);
    }

    [Fact]
    public void FetchFactsTooLongForTheMetadataLoseTheirLastFeedCategoriesFirst()
    {
        // Twenty categories of the longest kind discovery queues: the first ones, which decide, are kept.
        var categories = Enumerable.Range(0, SourceDiscoverer.MaxHintCategories).Select(i => $"{i:D2}" + new string('\u00e9', 300)).ToList();
        var facts = new FetchFacts(DateTimeOffset.UtcNow, "daily-courier", "Harbor reopens", null, categories);

        var escaped = ArticleArchive.FactsMetadata(facts);
        var read = JsonSerializer.Deserialize<FetchFacts>(Uri.UnescapeDataString(escaped), Web)!;

        Assert.True(escaped.Length <= ArticleArchive.MaxFactsMetadataChars);
        Assert.True(escaped.All(char.IsAscii));
        Assert.NotEmpty(read.FeedCategories!);
        Assert.Equal(categories.Take(read.FeedCategories!.Count), read.FeedCategories!);
        Assert.Equal(("daily-courier", "Harbor reopens"), (read.SourceId, read.FeedTitle));
    }

    [Fact]
    public void FetchFactsKeepTheirFetchTimeWhateverTheFeedHintsWeigh()
    {
        var huge = new string('\u6e2f', SourceDiscoverer.MaxHintChars);
        var facts = new FetchFacts(DateTimeOffset.Parse("2024-03-12T09:15:00Z", System.Globalization.CultureInfo.InvariantCulture), "daily-courier", huge, null, [huge, huge]);

        var escaped = ArticleArchive.FactsMetadata(facts);
        var read = JsonSerializer.Deserialize<FetchFacts>(Uri.UnescapeDataString(escaped), Web)!;

        Assert.True(escaped.Length <= ArticleArchive.MaxFactsMetadataChars);
        Assert.Equal((facts.FetchedAt, "daily-courier", (string?)null), (read.FetchedAt, read.SourceId, read.FeedTitle));
        Assert.Empty(read.FeedCategories!);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef.html.gz", "0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef.json", null)]
    [InlineData("notes.html.gz", null)]
    [InlineData("0123456789ABCDEF0123456789ABCDEF.html.gz", null)]
    public void OnlyBlobsNamedForAnArticleAreSwept(string name, string? id) => Assert.Equal(id, ArticleArchive.IdOfRawBlob(name));
}
