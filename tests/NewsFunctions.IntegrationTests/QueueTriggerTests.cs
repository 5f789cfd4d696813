using Azure.Storage.Queues;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

[Collection(AppTestGroup.Name)]
public sealed class QueueTriggerTests(NewsAppFixture app)
{
    [Fact]
    public async Task MessageThatKeepsFailingMovesToPoisonQueueAfterLastTry()
    {
        var marker = "not json " + Guid.NewGuid().ToString("N");
        await app.Queues.Articles.SendMessageAsync(marker);

        var poison = new QueueClient(NewsAppFixture.StorageConnection, WorkQueues.PoisonQueueName(app.ArticlesQueue),
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Assert.True(await WaitForMessageAsync(poison, marker, TimeSpan.FromSeconds(30)), "The failing message never reached the poison queue.");
    }

    [Fact]
    public async Task MessageThatIsNotBase64MovesToPoisonQueueUnchanged()
    {
        var marker = "plain text, not base64 " + Guid.NewGuid().ToString("N");
        await new QueueClient(NewsAppFixture.StorageConnection, app.SourcesQueue).SendMessageAsync(marker);

        var poison = new QueueClient(NewsAppFixture.StorageConnection, WorkQueues.PoisonQueueName(app.SourcesQueue));
        Assert.True(await WaitForMessageAsync(poison, marker, TimeSpan.FromSeconds(30)), "The undecodable message never reached the poison queue.");
    }

    [Fact]
    public async Task MessageForUnknownSourceIsRetriedThenPoisoned()
    {
        var body = $$"""{"sourceId":"no-such-source-{{Guid.NewGuid():N}}"}""";
        await app.Queues.Sources.SendMessageAsync(body);
        var poison = new QueueClient(NewsAppFixture.StorageConnection, WorkQueues.PoisonQueueName(app.SourcesQueue),
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Assert.True(await WaitForMessageAsync(poison, body, TimeSpan.FromSeconds(30)));
    }

    private static async Task<bool> WaitForMessageAsync(QueueClient queue, string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await queue.ExistsAsync())
            {
                var peeked = await queue.PeekMessagesAsync(32);
                if (peeked.Value.Any(m => m.Body.ToString() == text))
                {
                    return true;
                }
            }

            await Task.Delay(300);
        }

        return false;
    }
}
