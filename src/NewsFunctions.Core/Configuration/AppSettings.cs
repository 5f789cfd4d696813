namespace NewsFunctions.Configuration;

/// <summary>
/// Flat app settings that Functions trigger attributes name as <c>%Setting%</c>. They are flat (not <c>News__…</c>)
/// because the host resolves them before the app's options exist; each has a default for hosts that allow one.
/// </summary>
public static class AppSettings
{
    /// <summary>The storage connection the host and the app share (connection string or identity-based section).</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    public const string DiscoverSchedule = "DiscoverSchedule";
    public const string DiscoverScheduleDefault = "0 */15 * * * *";

    public const string SourcesQueueName = "SourcesQueueName";
    public const string SourcesQueueNameDefault = "news-sources";

    public const string ArticlesQueueName = "ArticlesQueueName";
    public const string ArticlesQueueNameDefault = "news-articles";

    public const string ArchiveSweepsQueueName = "ArchiveSweepsQueueName";
    public const string ArchiveSweepsQueueNameDefault = "news-archive-sweeps";

    public const string ReextractsQueueName = "ReextractsQueueName";
    public const string ReextractsQueueNameDefault = "news-reextracts";
}
