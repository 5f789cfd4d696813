using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsFunctions.Storage;

/// <summary>Creates the storage resources at start-up. A failure is logged, not fatal: /api/health then says what is unreachable.</summary>
public sealed class StorageInitializationService(StorageInitializer initializer, ILogger<StorageInitializationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await initializer.EnsureCreatedAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Storage resources could not be created at start-up");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
