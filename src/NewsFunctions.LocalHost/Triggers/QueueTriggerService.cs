using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using NewsFunctions.LocalHost.Hosting;
using NewsFunctions.Storage;

namespace NewsFunctions.LocalHost.Triggers;

/// <summary>
/// Polls the queues of queue-triggered functions as the Functions host does: base64 bodies, host.json's
/// <c>batchSize</c>, <c>visibilityTimeout</c> between tries, <c>maxDequeueCount</c> tries, then <c>{queue}-poison</c>.
/// </summary>
internal sealed class QueueTriggerService(
    IReadOnlyList<FunctionDescriptor> functions,
    SettingResolver settings,
    FunctionInvoker invoker,
    HostJson hostJson,
    IConfiguration configuration,
    ILogger<QueueTriggerService> logger) : BackgroundService
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(functions.Where(f => f.Queue is not null).Select(f => ListenAsync(f, stoppingToken)));

    private async Task ListenAsync(FunctionDescriptor function, CancellationToken stoppingToken)
    {
        var queueName = settings.Resolve(function.Queue!.QueueName, function.Name);
        var connection = function.Queue.Connection is { Length: > 0 } c ? c : "AzureWebJobsStorage";

        // Raw clients for the poison queue: a body that failed to decode is moved exactly as it came.
        var raw = new StorageClients(configuration, connection, new QueueClientOptions()).Queues;
        var poison = raw.GetQueueClient(WorkQueues.PoisonQueueName(queueName));
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        options.MessageDecodingFailed += async args =>
        {
            logger.LogError("Queue {Queue}: message {Id} is not base64; moved to {Poison}", queueName, args.ReceivedMessage?.MessageId, poison.Name);
            if (args.ReceivedMessage is { } m)
            {
                await poison.CreateIfNotExistsAsync();
                await poison.SendMessageAsync(m.Body);
                await args.Queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
            }
        };
        var queue = new StorageClients(configuration, connection, options).Queues.GetQueueClient(queueName);
        var poisonEncoded = new StorageClients(configuration, connection, null).Queues.GetQueueClient(poison.Name);

        var delay = MinPollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                var received = await queue.ReceiveMessagesAsync(hostJson.QueueBatchSize, hostJson.FunctionTimeout, stoppingToken);
                if (received.Value.Length == 0)
                {
                    await Task.Delay(delay, stoppingToken);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, hostJson.QueueMaxPollingInterval.Ticks));
                    continue;
                }

                delay = MinPollingInterval;
                await Task.WhenAll(received.Value.Select(m => ProcessAsync(function, queue, poisonEncoded, m, stoppingToken)));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Queue {Queue} could not be polled; retrying", queueName);
                await Task.Delay(hostJson.QueueMaxPollingInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task ProcessAsync(FunctionDescriptor function, QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await invoker.InvokeAsync(function, message.Body, null, stoppingToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            if (message.DequeueCount >= hostJson.QueueMaxDequeueCount)
            {
                logger.LogError(e, "Function {Function} failed on message {Id} for the last time ({Count} tries); moved to {Poison}",
                    function.Name, message.MessageId, message.DequeueCount, poison.Name);
                await poison.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
                await poison.SendMessageAsync(message.Body, cancellationToken: CancellationToken.None);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
            }
            else
            {
                logger.LogWarning(e, "Function {Function} failed on message {Id} (try {Count} of {Max}); retrying after {Delay}",
                    function.Name, message.MessageId, message.DequeueCount, hostJson.QueueMaxDequeueCount, hostJson.QueueVisibilityTimeout);
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: hostJson.QueueVisibilityTimeout, cancellationToken: CancellationToken.None);
            }
        }
    }
}
