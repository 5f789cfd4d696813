using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using NewsFunctions.Discovery;
using NewsFunctions.Serving;
using NewsFunctions.Storage;

namespace NewsFunctions.Tests.Serving;

public sealed class FeedWriterTests
{
    private static readonly Uri Self = new("https://api.example/api/feeds/sports?limit=2");
    private static readonly Uri Home = new("https://api.example/api/feeds/sports?format=json");

    private static FeedDocument Feed(params FeedItem[] items) =>
        new("sports", "NewsFunctions: sports", Self, Home, new Uri("https://api.example/api/feeds/sports?limit=2&cursor=abc"), items, id => new Uri(Self, "../articles/" + id));

    private static readonly FeedItem Seed = new()
    {
        Id = new string('a', 32),
        Url = "https://heraldo.example/deportes/remontada.html",
        Title = "El Atlético remonta en el descuento",
        Summary = "Dos goles en el añadido.",
        Category = "sports",
        Published = new DateTimeOffset(2022, 1, 7, 16, 24, 0, TimeSpan.FromHours(1)),
        Authors = ["María Fernández"],
        SiteName = "El Heraldo",
    };

    [Theory]
    [InlineData(FeedFormat.Rss)]
    [InlineData(FeedFormat.Atom)]
    [InlineData(FeedFormat.JsonFeed)]
    public void WrittenFeedReadsBackWithLinkTitleDateAndCategory(FeedFormat format)
    {
        var written = FeedWriter.Write(Feed(Seed), format);
        var entry = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(written), Self));
        Assert.Equal(Seed.Url, entry.Link.AbsoluteUri);
        Assert.Equal(Seed.Title, entry.Title);
        Assert.Equal(Seed.Published, entry.Published);
        Assert.Equal(Seed.Published!.Value.Offset, entry.Published!.Value.Offset);
        Assert.Contains("sports", entry.Categories);
    }

    [Fact]
    public void RssHasSelfAndNextLinksForReaders()
    {
        var rss = XDocument.Parse(FeedWriter.Write(Feed(Seed), FeedFormat.Rss));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var links = rss.Descendants(atom + "link").ToDictionary(l => (string)l.Attribute("rel")!, l => (string)l.Attribute("href")!);
        Assert.Equal(Self.AbsoluteUri, links["self"]);
        Assert.Contains("cursor=abc", links["next"], StringComparison.Ordinal);
    }

    [Fact]
    public void RssChannelLinkIsTheHomeAndTheFeedIsItsSelfLink()
    {
        var channel = XDocument.Parse(FeedWriter.Write(Feed(Seed), FeedFormat.Rss)).Root!.Element("channel")!;
        Assert.Equal(Home.AbsoluteUri, (string?)channel.Element("link"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var self = Assert.Single(channel.Elements(atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal(Self.AbsoluteUri, (string?)self.Attribute("href"));
        Assert.Equal("application/rss+xml", (string?)self.Attribute("type"));
    }

    [Fact]
    public void AtomAlternateIsTheHomeAndSelfIsTheFeed()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var links = XDocument.Parse(FeedWriter.Write(Feed(Seed), FeedFormat.Atom)).Root!.Elements(atom + "link")
            .ToDictionary(l => (string)l.Attribute("rel")!, l => (Href: (string)l.Attribute("href")!, Type: (string)l.Attribute("type")!));
        Assert.Equal((Self.AbsoluteUri, "application/atom+xml"), links["self"]);
        Assert.Equal((Home.AbsoluteUri, "application/json"), links["alternate"]);
    }

    [Fact]
    public void JsonFeedHomePageIsTheHomeAndFeedUrlIsTheFeed()
    {
        using var json = JsonDocument.Parse(FeedWriter.Write(Feed(Seed), FeedFormat.JsonFeed));
        Assert.Equal(Home.AbsoluteUri, json.RootElement.GetProperty("home_page_url").GetString());
        Assert.Equal(Self.AbsoluteUri, json.RootElement.GetProperty("feed_url").GetString());
    }

    [Fact]
    public void AtomEntryWithoutDateStillHasUpdated()
    {
        var atom = XDocument.Parse(FeedWriter.Write(Feed(Seed with { Published = null, FetchedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) }), FeedFormat.Atom));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Equal("2026-11-01T00:00:00+00:00", (string)atom.Descendants(ns + "entry").Single().Element(ns + "updated")!);
        Assert.Empty(atom.Descendants(ns + "published"));
    }

    [Theory]
    [InlineData(FeedFormat.Rss)]
    [InlineData(FeedFormat.Atom)]
    public void ControlCharactersInScrapedTextDoNotBreakTheXml(FeedFormat format)
    {
        var written = FeedWriter.Write(Feed(Seed with { Title = "Bad\u0001title \U0001F600", Summary = "x\u001Fy" }), format);
        var doc = XDocument.Parse(written);
        Assert.Contains("Badtitle \U0001F600", doc.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RssDescriptionIsHtmlThatShowsThePlainTextSummaryAsWritten()
    {
        const string summary = "Shares fell where a<b held; AT&T wrote \"&lt;none&gt;\" in María's filing.";
        var rss = XDocument.Parse(FeedWriter.Write(Feed(Seed with { Summary = summary }), FeedFormat.Rss));
        var description = (string)rss.Descendants("item").Single().Element("description")!;
        // A reader renders it as HTML: no tag may appear, and its text is the summary.
        Assert.DoesNotContain('<', description);
        Assert.Equal(summary, System.Net.WebUtility.HtmlDecode(description));
        Assert.Contains("María", description, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonFeedLeavesAbsentValuesOutInsteadOfWritingNull()
    {
        var bare = new FeedItem { Id = new string('b', 32), Url = "https://heraldo.example/x.html" };
        var written = FeedWriter.Write(new FeedDocument("sports", "NewsFunctions: sports", Self, Home, null, [bare], id => new Uri(Self, "../articles/" + id)), FeedFormat.JsonFeed);
        using var json = JsonDocument.Parse(written);
        var nulls = new List<string>();
        void Walk(JsonElement e, string path)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Null:
                    nulls.Add(path);
                    break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value, path + "." + p.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var x in e.EnumerateArray())
                    {
                        Walk(x, path + "[]");
                    }

                    break;
            }
        }

        Walk(json.RootElement, "$");
        Assert.Empty(nulls);
        Assert.False(json.RootElement.TryGetProperty("next_url", out _));
        var item = json.RootElement.GetProperty("items")[0];
        Assert.Equal(bare.Id, item.GetProperty("id").GetString());
        // One of content_text or content_html must be there.
        Assert.Equal(JsonValueKind.String, item.GetProperty("content_text").ValueKind);
        Assert.False(item.TryGetProperty("authors", out _));
    }

    private static readonly FeedItem English = Seed with
    {
        Id = new string('c', 32),
        Url = "https://courier.example/sports/gulls.html",
        Title = "Gulls clinch the title",
        Language = "en-US",
        Published = new DateTimeOffset(2021, 6, 18, 21, 30, 0, TimeSpan.FromHours(-4)),
    };

    [Fact]
    public void EntriesOfAMixedPageCarryTheirOwnLanguage()
    {
        var page = Feed(Seed with { Language = "es" }, English);
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var atom = XDocument.Parse(FeedWriter.Write(page, FeedFormat.Atom));
        Assert.Null(atom.Root!.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal(["es", "en-US"], atom.Descendants(ns + "entry").Select(e => (string?)e.Attribute(XNamespace.Xml + "lang")));
        // RSS has one language per channel: a mixed page names none.
        Assert.Empty(XDocument.Parse(FeedWriter.Write(page, FeedFormat.Rss)).Descendants("language"));
        using var json = JsonDocument.Parse(FeedWriter.Write(page, FeedFormat.JsonFeed));
        Assert.False(json.RootElement.TryGetProperty("language", out _));
        Assert.Equal("en-US", json.RootElement.GetProperty("items")[1].GetProperty("language").GetString());
    }

    [Fact]
    public void PageOfOneLanguageSaysSoInEveryFormat()
    {
        var page = Feed(Seed with { Language = "es" }, English with { Language = "ES" });
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var atom = XDocument.Parse(FeedWriter.Write(page, FeedFormat.Atom));
        Assert.Equal("es", (string?)atom.Root!.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("es", (string?)XDocument.Parse(FeedWriter.Write(page, FeedFormat.Rss)).Root!.Element("channel")!.Element("language"));
        using var json = JsonDocument.Parse(FeedWriter.Write(page, FeedFormat.JsonFeed));
        Assert.Equal("es", json.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public void PageWithAnItemOfUnknownLanguageNamesNoneForThePage()
    {
        var page = Feed(Seed with { Language = "es" }, English with { Language = null });
        Assert.Empty(XDocument.Parse(FeedWriter.Write(page, FeedFormat.Rss)).Descendants("language"));
        var atom = XDocument.Parse(FeedWriter.Write(page, FeedFormat.Atom));
        Assert.Null(atom.Root!.Attribute(XNamespace.Xml + "lang"));
    }

    [Fact]
    public void FeedIsAsRecentAsItsMostRecentlyUpdatedItemNotItsFirst()
    {
        // Items go newest published first; the older one was corrected later, so the page changed then.
        var corrected = English with { Modified = new DateTimeOffset(2023, 3, 1, 9, 0, 0, TimeSpan.Zero) };
        var page = Feed(Seed, corrected);
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var atom = XDocument.Parse(FeedWriter.Write(page, FeedFormat.Atom));
        Assert.Equal("2023-03-01T09:00:00+00:00", (string?)atom.Root!.Element(ns + "updated"));
        var rss = XDocument.Parse(FeedWriter.Write(page, FeedFormat.Rss));
        Assert.Equal("Wed, 01 Mar 2023 09:00:00 GMT", (string?)rss.Root!.Element("channel")!.Element("lastBuildDate"));
    }

    [Fact]
    public void LaterPageNamesTheFeedByItsFirstPage()
    {
        var first = new Uri("https://api.example/api/feeds/sports?limit=2");
        var later = new FeedDocument("sports", "NewsFunctions: sports", new Uri("https://api.example/api/feeds/sports?limit=2&cursor=abc"), Home, null, [Seed],
            id => new Uri(Self, "../articles/" + id), first);
        using var json = JsonDocument.Parse(FeedWriter.Write(later, FeedFormat.JsonFeed));
        Assert.Equal(first.AbsoluteUri, json.RootElement.GetProperty("feed_url").GetString());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        foreach (var format in new[] { FeedFormat.Atom, FeedFormat.Rss })
        {
            // The feed's own links: an Atom entry has an alternate of its own.
            var links = XDocument.Parse(FeedWriter.Write(later, format)).Descendants(atom + "link").Where(l => l.Parent!.Name.LocalName is "feed" or "channel").ToDictionary(l => (string)l.Attribute("rel")!, l => (string)l.Attribute("href")!);
            Assert.Equal(first.AbsoluteUri, links["first"]);
            Assert.Contains("cursor=abc", links["self"], StringComparison.Ordinal);
        }

        // The first page is its own feed_url and needs no "first" link.
        using var firstPage = JsonDocument.Parse(FeedWriter.Write(Feed(Seed), FeedFormat.JsonFeed));
        Assert.Equal(Self.AbsoluteUri, firstPage.RootElement.GetProperty("feed_url").GetString());
        Assert.DoesNotContain(XDocument.Parse(FeedWriter.Write(Feed(Seed), FeedFormat.Atom)).Descendants(atom + "link"), l => (string?)l.Attribute("rel") == "first");
    }
}
