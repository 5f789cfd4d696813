using NewsFunctions.Enrichment;

namespace NewsFunctions.Tests.Enrichment;

public sealed class EnrichmentServicesTests
{
    [Fact]
    public void ContainerBuildsCategorizerAndSummarizerWithDefaults()
    {
        using var provider = new ServiceCollection().AddSingleton<Categorizer>().AddSingleton<Summarizer>().BuildServiceProvider();
        var categorizer = provider.GetRequiredService<Categorizer>();
        Assert.Equal("sports", categorizer.Categorize("general", [], null, "Striker scores twice as league leaders win the derby", "The coach praised the team after the match."));
        Assert.NotEmpty(provider.GetRequiredService<Summarizer>().Summarize("The council approved the new budget for schools on Tuesday evening."));
    }

    [Fact]
    public void RegisteredOptionsAreUsed()
    {
        using var provider = new ServiceCollection()
            .AddSingleton(new CategorizerOptions { UseText = false })
            .AddSingleton<Categorizer>()
            .BuildServiceProvider();
        Assert.Equal("general", provider.GetRequiredService<Categorizer>().Categorize("general", [], null, "Striker scores twice as league leaders win the derby", "The coach praised the team."));
    }
}
