using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.Functions.Queues;

/// <summary>
/// Reads a queue trigger's raw body into its message. Bound as the message type instead, a body that is no message
/// (JSON null as a null reference in the stage) failed every try before it reached the poison queue.
/// </summary>
internal static class QueueBodies
{
    /// <returns>The message; null when the body is not one, which is then logged and moved, as it came, to the
    /// poison queue of <paramref name="queue"/> without further tries.</returns>
    public static async Task<T?> ReadOrPoisonAsync<T>(
        BinaryData body, Func<BinaryData, T> read, QueueClient queue, WorkQueues queues, ILogger logger, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return read(body);
        }
        catch (InvalidMessageException e)
        {
            logger.LogError(e, "Queue {Queue}: {Reason} Moved to its poison queue without further tries", queue.Name, e.Message);
            await queues.SendToPoisonAsync(queue, body, cancellationToken);
            return null;
        }
    }
}
