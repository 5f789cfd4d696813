using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsFunctions.Configuration;
using NewsFunctions.Enrichment;
using NewsFunctions.Extraction;
using NewsFunctions.Fetching;
using NewsFunctions.Pipeline;
using NewsFunctions.Sources;
using NewsFunctions.Storage;

namespace NewsFunctions;

/// <summary>Registers the pipeline and storage services; the Functions app and the local host call the same method.</summary>
public static class NewsServiceCollectionExtensions
{
    public static IServiceCollection AddNewsPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NewsOptions>()
            .Bind(configuration.GetSection(NewsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient(PageFetcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(services => PageFetcher.CreateHandler(services.GetRequiredService<IOptions<NewsOptions>>().Value.Fetch));

        services.AddSingleton<StorageClients>();
        services.AddSingleton<WorkQueues>();
        services.AddSingleton<ArticleArchive>();
        services.AddSingleton<ArticleIndex>();
        services.AddSingleton<SourceState>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<StorageHealth>();
        services.AddHostedService<StorageInitializationService>();
        services.AddSingleton<SourceCatalog>();
        services.AddSingleton<HostSchedule>();
        services.AddSingleton<PageFetcher>();
        services.AddSingleton<ArticleExtractor>();
        services.AddSingleton<Summarizer>();
        services.AddSingleton<Categorizer>();
        services.AddSingleton<SourceScheduler>();
        services.AddSingleton<SourceDiscoverer>();
        services.AddSingleton<ArticleProcessor>();
        services.AddSingleton<ArchiveReextractor>();
        return services;
    }
}
