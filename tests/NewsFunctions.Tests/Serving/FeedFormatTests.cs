using NewsFunctions.Serving;

namespace NewsFunctions.Tests.Serving;

public sealed class FeedFormatTests
{
    [Theory]
    [InlineData("rss", null, FeedFormat.Rss)]
    [InlineData("ATOM", null, FeedFormat.Atom)]
    [InlineData("jsonfeed", null, FeedFormat.JsonFeed)]
    [InlineData("rss", "application/json", FeedFormat.Rss)]
    [InlineData(null, "application/feed+json", FeedFormat.JsonFeed)]
    [InlineData(null, "text/html,*/*", FeedFormat.Json)]
    [InlineData(null, null, FeedFormat.Json)]
    [InlineData(null, "", FeedFormat.Json)]
    public void FormatComesFromQueryThenAccept(string? query, string? accept, FeedFormat expected)
    {
        Assert.Equal(FormatChoice.Chosen, FeedFormats.Choose(query, [accept], out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    // q=0 means "not this one".
    [InlineData("application/rss+xml;q=0, application/json", FeedFormat.Json)]
    [InlineData("application/rss+xml;q=0, */*", FeedFormat.Json)]
    [InlineData("application/json;q=0, */*", FeedFormat.Rss)]
    // The higher q wins wherever it stands in the list.
    [InlineData("application/rss+xml;q=0.1, application/atom+xml", FeedFormat.Atom)]
    [InlineData("application/feed+json;q=0.9, application/json", FeedFormat.Json)]
    [InlineData("application/atom+xml;q=0.6, application/rss+xml;q=0.8, application/xml;q=0.4", FeedFormat.Rss)]
    // A named type beats a wildcard of the same q; of two named types with the same q, the one listed first.
    [InlineData("*/*, application/atom+xml", FeedFormat.Atom)]
    [InlineData("application/atom+xml, application/rss+xml", FeedFormat.Atom)]
    [InlineData("application/rss+xml, application/atom+xml", FeedFormat.Rss)]
    // The most specific range sets a type's q: here JSON is refused although */* would allow it.
    [InlineData("application/json;q=0, application/*;q=0.5, */*", FeedFormat.Rss)]
    [InlineData("application/*", FeedFormat.Json)]
    [InlineData("APPLICATION/ATOM+XML", FeedFormat.Atom)]
    [InlineData("application/rss+xml; charset=utf-8; q=0.5, text/html", FeedFormat.Rss)]
    public void AcceptIsNegotiatedByQValueAndSpecificity(string accept, FeedFormat expected)
    {
        Assert.Equal(FormatChoice.Chosen, FeedFormats.Choose(null, [accept], out var format));
        Assert.Equal(expected, format);
    }

    [Fact]
    public void AcceptSpreadOverSeveralHeaderLinesIsReadAsOneList()
    {
        Assert.Equal(FormatChoice.Chosen, FeedFormats.Choose(null, ["text/html", "application/atom+xml;q=0.5"], out var format));
        Assert.Equal(FeedFormat.Atom, format);
    }

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("text/html, application/xml;q=0.9")]
    [InlineData("application/json;q=0, application/rss+xml;q=0, application/atom+xml;q=0, application/feed+json;q=0")]
    [InlineData("*/*;q=0")]
    public void AcceptAllowingNoServedTypeIsNotAcceptable(string accept) =>
        Assert.Equal(FormatChoice.NotAcceptable, FeedFormats.Choose(null, [accept], out _));

    [Theory]
    [InlineData("application/rss+xml;q=abc, application/atom+xml", FeedFormat.Atom)]
    [InlineData("garbage, application/atom+xml;q=0.5", FeedFormat.Atom)]
    public void MalformedAcceptRangesAreIgnored(string accept, FeedFormat expected)
    {
        Assert.Equal(FormatChoice.Chosen, FeedFormats.Choose(null, [accept], out var format));
        Assert.Equal(expected, format);
    }

    [Fact]
    public void UnknownFormatIsRefused() => Assert.Equal(FormatChoice.UnknownFormat, FeedFormats.Choose("pdf", [], out _));

    [Theory]
    [InlineData(FeedFormat.Json)]
    [InlineData(FeedFormat.Rss)]
    [InlineData(FeedFormat.Atom)]
    [InlineData(FeedFormat.JsonFeed)]
    public void QueryNameAsksForTheSameFormat(FeedFormat format)
    {
        Assert.Equal(FormatChoice.Chosen, FeedFormats.Choose(FeedFormats.QueryName(format), [], out var chosen));
        Assert.Equal(format, chosen);
    }
}
