using NewsFunctions.Pipeline;

namespace NewsFunctions.Tests.Pipeline;

public sealed class QueueMessagesTests
{
    [Theory]
    [InlineData("null", "it is JSON null")]
    [InlineData("{}", "'sourceId' is missing")]
    [InlineData("""{"sourceId":"demo"}""", "'url' is missing")]
    [InlineData("""{"url":"https://n.example/a"}""", "'sourceId' is missing")]
    [InlineData("""{"sourceId":"demo","url":"/relative/a.html"}""", "is not an absolute http(s) URL")]
    [InlineData("""{"sourceId":"demo","url":"ftp://n.example/a"}""", "is not an absolute http(s) URL")]
    [InlineData("not json at all", "it is not a JSON object of that shape")]
    [InlineData("[1, 2]", "it is not a JSON object of that shape")]
    [InlineData("""{"sourceId":"demo","url":"https://n.example/a","deferrals":"many"}""", "it is not a JSON object of that shape")]
    public void BodyThatIsNoArticleMessageIsRefusedSayingWhy(string body, string reason)
    {
        var error = Assert.Throws<InvalidMessageException>(() => QueueMessages.ReadArticle(BinaryData.FromString(body)));
        Assert.StartsWith("The message is not a valid article message: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null", "it is JSON null")]
    [InlineData("{}", "'sourceId' is missing")]
    [InlineData("""{"sourceId":"  "}""", "'sourceId' is missing or empty")]
    [InlineData("\"demo\"", "it is not a JSON object of that shape")]
    public void BodyThatIsNoSourceMessageIsRefusedSayingWhy(string body, string reason)
    {
        var error = Assert.Throws<InvalidMessageException>(() => QueueMessages.ReadSource(BinaryData.FromString(body)));
        Assert.StartsWith("The message is not a valid source message: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null", "it is JSON null")]
    [InlineData("{}", "'id' '' is not an article id")]
    [InlineData("""{"id":"../raw/0123456789abcdef0123456789abcdef"}""", "is not an article id")]
    [InlineData("""{"id":"0123456789ABCDEF0123456789ABCDEF"}""", "is not an article id")]
    [InlineData("[]", "it is not a JSON object of that shape")]
    public void BodyThatIsNoReextractMessageIsRefusedSayingWhy(string body, string reason)
    {
        var error = Assert.Throws<InvalidMessageException>(() => QueueMessages.ReadReextract(BinaryData.FromString(body)));
        Assert.StartsWith("The message is not a valid re-extract message: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null", "it is JSON null")]
    [InlineData("{}", "'sweepId' is missing")]
    [InlineData("""{"sweepId":"s","queued":"lots"}""", "it is not a JSON object of that shape")]
    public void BodyThatIsNoSweepMessageIsRefusedSayingWhy(string body, string reason)
    {
        var error = Assert.Throws<InvalidMessageException>(() => QueueMessages.ReadSweep(BinaryData.FromString(body)));
        Assert.StartsWith("The message is not a valid archive sweep message: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleMessageAsTheQueuesWriteItIsRead()
    {
        var message = QueueMessages.ReadArticle(BinaryData.FromString(
            """{"sourceId":"demo","url":"https://n.example/a","feedTitle":"Harbor","feedCategories":["Business"],"deferrals":2}"""));
        Assert.Equal(new Uri("https://n.example/a"), QueueMessages.Check(message));
        Assert.Equal(("demo", "Harbor", 2), (message.SourceId, message.FeedTitle, message.Deferrals));
        Assert.Equal(["Business"], message.FeedCategories!);
    }

    [Fact]
    public void SourceMessageAsTheSchedulerWritesItIsRead() =>
        Assert.Equal("demo", QueueMessages.ReadSource(BinaryData.FromString("""{"sourceId":"demo"}""")).SourceId);
}
