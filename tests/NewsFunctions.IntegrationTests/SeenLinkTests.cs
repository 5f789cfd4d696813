using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using NewsFunctions.Storage;

namespace NewsFunctions.IntegrationTests;

/// <summary>The Seen table against Azurite: a link is queued once, and again only after a failure that may pass or when its message was lost.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SeenLinkTests(NewsAppFixture app)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private static Uri NewLink() => new($"https://news.example/story/{Guid.NewGuid():N}");

    [Fact]
    public async Task LinkIsQueuedOnlyOnce()
    {
        var link = NewLink();

        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0));
        Assert.False(await app.Index.TryMarkSeenAsync(link, "demo", T0.AddMinutes(10)));
        Assert.False(await app.Index.TryMarkSeenAsync(link, "demo", T0 + ArticleIndex.RequeueLostLinkAfter - TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task StoredLinkIsNeverQueuedAgain()
    {
        var link = NewLink();
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0));
        await app.Index.RecordStoredAsync(link, "some-id", T0.AddMinutes(1));

        Assert.False(await app.Index.TryMarkSeenAsync(link, "demo", T0.AddDays(3)));
    }

    [Fact]
    public async Task LinkWhoseMessageCameToNothingIsQueuedAgainAfterTheLostWait()
    {
        // Storage or the worker failed where nothing could be noted: the message went to the poison queue and the row
        // says only that the link was queued.
        var link = NewLink();
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0));

        var revivedAt = T0 + ArticleIndex.RequeueLostLinkAfter;
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", revivedAt));
        Assert.False(await app.Index.TryMarkSeenAsync(link, "demo", revivedAt.AddHours(1)));

        // The queued-again message is lost too: the wait starts from the revival.
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", revivedAt + ArticleIndex.RequeueLostLinkAfter));
    }

    [Fact]
    public async Task RevivedLinkThatFailsForGoodIsNotTakenForLost()
    {
        var link = NewLink();
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0));
        await app.Index.RecordFailureAsync(link, "503", T0.AddMinutes(1), mayPass: true);
        var revivedAt = T0.AddMinutes(1) + ArticleIndex.RetryFailedLinkAfter;
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", revivedAt));
        await app.Index.RecordFailureAsync(link, "404 Not Found", revivedAt.AddMinutes(1), mayPass: false);

        Assert.False(await app.Index.TryMarkSeenAsync(link, "demo", revivedAt.AddDays(2)));
    }

    [Fact]
    public async Task LinkThatFailedForAPassingReasonIsQueuedAgainOnceAfterTheWait()
    {
        var link = NewLink();
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0));
        await app.Index.RecordFailureAsync(link, "503 Service Unavailable", T0.AddMinutes(1), mayPass: true);

        Assert.False(await app.Index.TryMarkSeenAsync(link, "demo", T0.AddMinutes(30)));
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0.AddMinutes(1) + ArticleIndex.RetryFailedLinkAfter));
        Assert.False(await app.Index.TryMarkSeenAsync(link, "demo", T0.AddHours(3)));
    }

    [Fact]
    public async Task LinkThatFailedForGoodIsNeverQueuedAgain()
    {
        var link = NewLink();
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0));
        await app.Index.RecordFailureAsync(link, "404 Not Found", T0.AddMinutes(1), mayPass: false);

        Assert.False(await app.Index.TryMarkSeenAsync(link, "demo", T0.AddDays(2)));
    }

    [Fact]
    public async Task LinkStoredAfterAFailedTryIsNotQueuedAgain()
    {
        var link = NewLink();
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0));
        await app.Index.RecordFailureAsync(link, "timeout", T0.AddMinutes(1), mayPass: true);
        await app.Index.RecordStoredAsync(link, "some-id", T0.AddMinutes(2));

        Assert.False(await app.Index.TryMarkSeenAsync(link, "demo", T0.AddDays(1)));
    }

    [Fact]
    public async Task LinkIsQueuedAgainAtMostMaxRevivalsTimes()
    {
        var link = NewLink();
        var at = T0;
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", at));
        for (var i = 0; i < ArticleIndex.MaxLinkRevivals; i++)
        {
            at += TimeSpan.FromMinutes(1);
            await app.Index.RecordFailureAsync(link, "503", at, mayPass: true);
            at += ArticleIndex.RetryFailedLinkAfter;
            Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", at), $"revival {i + 1}");
        }

        at += TimeSpan.FromMinutes(1);
        await app.Index.RecordFailureAsync(link, "503", at, mayPass: true);
        Assert.False(await app.Index.TryMarkSeenAsync(link, "demo", at + ArticleIndex.RetryFailedLinkAfter));
    }

    [Fact]
    public async Task TwoDiscoveriesRacingForAFailedLinkQueueItOnce()
    {
        var link = NewLink();
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0));
        await app.Index.RecordFailureAsync(link, "503", T0.AddMinutes(1), mayPass: true);
        var later = T0.AddHours(3);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.Index.TryMarkSeenAsync(link, "demo", later)));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task FourDiscoveriesOfANewLinkQueueItOnce()
    {
        var link = NewLink();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.Index.TryMarkSeenAsync(link, "demo", T0)));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task SeenLinkCostsOneTableRequest()
    {
        var (index, requests) = CountingIndex();
        var link = NewLink();
        Assert.True(await index.TryMarkSeenAsync(link, "demo", T0));

        requests.Reset();
        Assert.False(await index.TryMarkSeenAsync(link, "demo", T0.AddMinutes(10)));

        Assert.Equal(1, requests.Count);
    }

    [Fact]
    public async Task NewLinkCostsOneTableRequestWhenLikelyNew()
    {
        var (index, requests) = CountingIndex();

        Assert.True(await index.TryMarkSeenAsync(NewLink(), "demo", T0, likelyNew: true, CancellationToken.None));

        Assert.Equal(1, requests.Count);
    }

    [Fact]
    public async Task NewLinkCostsTwoTableRequestsWhenLikelyOld()
    {
        var (index, requests) = CountingIndex();

        Assert.True(await index.TryMarkSeenAsync(NewLink(), "demo", T0, likelyNew: false, CancellationToken.None));

        Assert.Equal(2, requests.Count);
    }

    [Fact]
    public async Task OldLinkTakenForNewIsStillAnsweredSeen()
    {
        var (index, requests) = CountingIndex();
        var link = NewLink();
        Assert.True(await index.TryMarkSeenAsync(link, "demo", T0));

        requests.Reset();
        Assert.False(await index.TryMarkSeenAsync(link, "demo", T0.AddMinutes(10), likelyNew: true, CancellationToken.None));

        // The refused insert, then the read that tells a failed or lost link from a queued one.
        Assert.Equal(2, requests.Count);
    }

    [Fact]
    public async Task FailedLinkTakenForNewIsQueuedAgainOnceAfterTheWait()
    {
        var link = NewLink();
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0));
        await app.Index.RecordFailureAsync(link, "503", T0.AddMinutes(1), mayPass: true);
        var later = T0.AddMinutes(1) + ArticleIndex.RetryFailedLinkAfter;

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => app.Index.TryMarkSeenAsync(link, "demo", later, likelyNew: i % 2 == 0, CancellationToken.None)));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task FourDiscoveriesOfANewLinkTakenForNewQueueItOnce()
    {
        var link = NewLink();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => app.Index.TryMarkSeenAsync(link, "demo", T0, likelyNew: i % 2 == 0, CancellationToken.None)));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task ForgottenLinkTakenForNewIsQueuedAgain()
    {
        var link = NewLink();
        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0, likelyNew: true, CancellationToken.None));
        await app.Index.ForgetSeenAsync(link, CancellationToken.None);

        Assert.True(await app.Index.TryMarkSeenAsync(link, "demo", T0.AddMinutes(1), likelyNew: true, CancellationToken.None));
    }

    [Fact]
    public async Task StoredLinkIsAnsweredWithoutStorageOnceKnownStored()
    {
        var (writer, _) = CountingIndex();
        var link = NewLink();
        Assert.True(await writer.TryMarkSeenAsync(link, "demo", T0));
        await writer.RecordStoredAsync(link, "some-id", T0.AddMinutes(1));
        var (reader, requests) = CountingIndex();

        requests.Reset();
        Assert.False(await writer.TryMarkSeenAsync(link, "demo", T0.AddDays(1)));
        Assert.False(await reader.TryMarkSeenAsync(link, "demo", T0.AddDays(1)));
        Assert.False(await reader.TryMarkSeenAsync(link, "demo", T0.AddDays(2)));

        // The worker that stored it knows without asking; another one asks once, on its first sight of the link.
        Assert.Equal(1, requests.Count);
    }

    /// <summary>An index of its own over the fixture's tables, that counts the requests it sends to Azurite.</summary>
    private (ArticleIndex Index, RequestCounter Requests) CountingIndex()
    {
        var counter = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        return (new ArticleIndex(new TableServiceClient(NewsAppFixture.StorageConnection, options), "T" + app.RunId), counter);
    }

    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
    }
}
