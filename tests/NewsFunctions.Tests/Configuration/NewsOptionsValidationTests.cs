using Microsoft.Extensions.Options;
using NewsFunctions.Configuration;

namespace NewsFunctions.Tests.Configuration;

public class NewsOptionsValidationTests
{
    [Theory]
    [InlineData("News:Fetch:TimeoutSeconds", "0")]
    [InlineData("News:Fetch:MaxResponseBytes", "10")]
    [InlineData("News:Fetch:PerHostDelayMilliseconds", "-1")]
    [InlineData("News:Fetch:MaxHostWaitSeconds", "100000")]
    [InlineData("News:Storage:TablePrefix", "bad-prefix")]
    [InlineData("News:Storage:RawContainer", "Raw_HTML")]
    [InlineData("News:Discovery:MaxSitemapsPerIndex", "0")]
    [InlineData("News:Discovery:MaxEntryAgeDays", "-1")]
    [InlineData("News:Discovery:MaxNewLinksPerFeed", "0")]
    [InlineData("News:Fetch:MaxFeedBytes", "100")]
    public void SettingOutOfItsRangeIsRefusedNamingIt(string key, string value)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Options(key, value));
        Assert.Contains(key[(key.LastIndexOf(':') + 1)..], e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultsAreValid() => Assert.NotNull(Options("News:SourcesPath", "config/sources.json"));

    private static NewsOptions Options(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var services = new ServiceCollection().AddNewsPipeline(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<NewsOptions>>().Value;
    }
}
