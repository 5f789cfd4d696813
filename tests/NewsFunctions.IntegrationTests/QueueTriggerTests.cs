using Azure.Storage.Queues;
using NewsFunctions.LocalHost.Hosting;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

[Collection(AppTestGroup.Name)]
public sealed class QueueTriggerTests(NewsAppFixture app)
{
    [Fact]
    public async Task MessageThatKeepsFailingMovesToPoisonQueueAfterLastTry()
    {
        // Nothing listens on the discard port: every try fails as a transient network error.
        var marker = $$"""{"sourceId":"daily-courier","url":"http://127.0.0.1:9/news/{{Guid.NewGuid():N}}.html"}""";
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

    [Theory]
    [InlineData("ProcessArticle", "null")]
    [InlineData("ProcessArticle", "{}")]
    [InlineData("ProcessArticle", "not json at all")]
    [InlineData("DiscoverSource", "null")]
    [InlineData("DiscoverSource", "{}")]
    [InlineData("SweepArchive", "null")]
    [InlineData("SweepArchive", "{}")]
    [InlineData("ReextractArticle", "null")]
    [InlineData("ReextractArticle", "{\"id\":\"../../etc\"}")]
    public async Task MessageThatIsNoValidMessageIsPoisonedOnItsFirstTry(string functionName, string body)
    {
        // Run as the queue trigger runs it: a function that returns has its message deleted, one that throws is tried again.
        var function = app.App.Services.GetRequiredService<IReadOnlyList<FunctionDescriptor>>().Single(f => f.Name == functionName);
        var invoker = app.App.Services.GetRequiredService<FunctionInvoker>();
        await invoker.InvokeAsync(function, BinaryData.FromString(body), null, CancellationToken.None);

        var queue = functionName switch
        {
            "ProcessArticle" => app.ArticlesQueue,
            "SweepArchive" => app.SweepsQueue,
            "ReextractArticle" => app.ReextractsQueue,
            _ => app.SourcesQueue,
        };
        var poison = new QueueClient(NewsAppFixture.StorageConnection, WorkQueues.PoisonQueueName(queue),
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Assert.True(await WaitForMessageAsync(poison, body, TimeSpan.FromSeconds(5)), "The invalid message was not kept in the poison queue.");
    }

    [Fact]
    public async Task ArticleMessageThatIsJsonNullFailsNamingWhatIsWrong()
    {
        var error = await Assert.ThrowsAsync<InvalidMessageException>(() => app.App.Services.GetRequiredService<ArticleProcessor>().ProcessAsync(null!));
        Assert.Equal("The message is not a valid article message: it is JSON null.", error.Message);
    }

    [Fact]
    public async Task SourceMessageWithoutASourceFailsNamingWhatIsWrong()
    {
        var error = await Assert.ThrowsAsync<InvalidMessageException>(() => app.App.Services.GetRequiredService<SourceDiscoverer>().DiscoverAsync(new SourceMessage(null!)));
        Assert.Equal("The message is not a valid source message: 'sourceId' is missing or empty.", error.Message);
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
