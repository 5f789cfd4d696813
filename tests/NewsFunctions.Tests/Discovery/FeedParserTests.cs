using System.Text;
using NewsFunctions.Discovery;

namespace NewsFunctions.Tests.Discovery;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://news.example.com/feeds/rss.xml");

    private static IReadOnlyList<FeedEntry> Parse(string document) => FeedParser.Parse(Encoding.UTF8.GetBytes(document), FeedUrl);

    [Fact]
    public void Rss2ItemsGiveLinkTitleDateAndCategories()
    {
        var entries = Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Example</title>
              <item><title>Harbor bond vote</title><link>https://news.example.com/politics/harbor-bond.html?utm_source=rss</link>
                <pubDate>Tue, 14 Oct 2026 18:40:00 EDT</pubDate><category>Politics</category><dc:creator>Omar Haddad</dc:creator></item>
              <item><title>Relative link</title><link>/sports/gulls.html</link><pubDate>Sun, 18 Jun 2023 21:30:00 -0400</pubDate></item>
            </channel></rss>
            """);
        Assert.Equal(2, entries.Count);
        Assert.Equal("https://news.example.com/politics/harbor-bond.html?utm_source=rss", entries[0].Link.AbsoluteUri);
        Assert.Equal("Harbor bond vote", entries[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 10, 14, 18, 40, 0, TimeSpan.FromHours(-4)), entries[0].Published);
        Assert.Equal(["Politics"], entries[0].Categories);
        Assert.Equal("https://news.example.com/sports/gulls.html", entries[1].Link.AbsoluteUri);
        Assert.Equal(TimeSpan.FromHours(-4), entries[1].Published!.Value.Offset);
    }

    [Fact]
    public void RssItemWithOnlyAPermalinkGuidUsesIt()
    {
        var entries = Parse("""<rss version="2.0"><channel><item><title>A</title><guid>https://news.example.com/a.html</guid></item><item><title>B</title><guid isPermaLink="false">tag:b</guid></item></channel></rss>""");
        Assert.Equal("https://news.example.com/a.html", Assert.Single(entries).Link.AbsoluteUri);
    }

    [Fact]
    public void AtomEntriesUseAlternateLinkAndPublished()
    {
        var entries = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>El Heraldo</title>
              <entry><title>Pleno aprueba el plan</title>
                <link rel="alternate" type="text/html" href="https://news.example.com/el-heraldo/articles/pleno.html"/>
                <link rel="enclosure" href="https://news.example.com/img/pleno.jpg"/>
                <published>2024-03-12T09:15:00+01:00</published><updated>2024-03-13T10:00:00+01:00</updated>
                <category term="politica" label="Política"/></entry>
            </feed>
            """);
        var entry = Assert.Single(entries);
        Assert.Equal("https://news.example.com/el-heraldo/articles/pleno.html", entry.Link.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 9, 15, 0, TimeSpan.FromHours(1)), entry.Published);
        Assert.Equal(["Política"], entry.Categories);
    }

    [Fact]
    public void AtomRelativeLinksResolveAgainstXmlBase()
    {
        var entries = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.example.org/news/">
              <entry><title>A</title><link href="2026/a.html"/></entry>
              <entry xml:base="/archive/"><title>B</title><link href="b.html"/></entry>
              <entry><title>C</title><link xml:base="https://other.example.net/x/" href="c.html"/></entry>
            </feed>
            """);
        Assert.Equal(["https://cdn.example.org/news/2026/a.html", "https://cdn.example.org/archive/b.html", "https://other.example.net/x/c.html"],
            entries.Select(e => e.Link.AbsoluteUri));
    }

    [Fact]
    public void RssRelativeLinksResolveAgainstTheXmlBaseOfRootChannelAndItem()
    {
        var entries = Parse("""
            <rss version="2.0" xml:base="https://cdn.example.org/feeds/">
              <channel xml:base="/news/">
                <title>The Courier</title>
                <image><url>logo.png</url><link>ignored.html</link></image>
                <item><title>A</title><link>2026/a.html</link></item>
                <item xml:base="https://other.example.net/x/"><title>B</title><link>b.html</link></item>
              </channel>
              <channel><item><title>Second channel</title><link>https://news.example.com/c.html</link></item></channel>
            </rss>
            """);
        Assert.Equal(["https://cdn.example.org/news/2026/a.html", "https://other.example.net/x/b.html"], entries.Select(e => e.Link.AbsoluteUri));
    }

    [Fact]
    public void FeedWhoseTailIsNotWellFormedIsRefused()
    {
        var document = Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel>
              <item><title>A</title><link>https://news.example.com/a.html</link></item>
              <item><title>B</title><link>https://news.example.com/b.html</link>
            </channel></rss>
            """);
        Assert.Throws<InvalidDataException>(() => FeedParser.Parse(document, new Uri("https://news.example.com/feed.xml")));
    }

    [Fact]
    public void AtomEntryWithoutAnAlternateLinkIsNotReadFromItsEnclosureOrSelfLink()
    {
        var entries = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><title>Podcast</title><link rel="enclosure" type="audio/mpeg" href="https://news.example.com/a.mp3"/><link rel="self" href="https://news.example.com/api/a"/></entry>
              <entry><title>Story</title><link rel="enclosure" href="https://news.example.com/b.jpg"/><link rel="alternate" type="text/html" href="https://news.example.com/b.html"/></entry>
            </feed>
            """);
        Assert.Equal("https://news.example.com/b.html", Assert.Single(entries).Link.AbsoluteUri);
    }

    [Fact]
    public void Rss1RdfItemsAreRead()
    {
        var entries = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <item rdf:about="https://news.example.com/x"><title>X</title><link>https://news.example.com/x</link><dc:date>2025-01-02T03:04:05Z</dc:date></item>
            </rdf:RDF>
            """);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), Assert.Single(entries).Published);
    }

    [Fact]
    public void JsonFeedItemsAreRead()
    {
        var entries = Parse("""
            {"version":"https://jsonfeed.org/version/1.1","title":"Courier","items":[
              {"id":"1","url":"https://news.example.com/a.html","title":"A","date_published":"2025-09-09T07:05:00-04:00","tags":["Technology"]},
              {"id":"2","title":"no url"}, 5]}
            """);
        var entry = Assert.Single(entries);
        Assert.Equal(["Technology"], entry.Categories);
        Assert.Equal(TimeSpan.FromHours(-4), entry.Published!.Value.Offset);
    }

    [Fact]
    public void DtdEntitiesAreNotExpanded()
    {
        // An entity-expansion bomb must neither hang nor blow up memory.
        var entries = Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <rss version="2.0"><channel><item><title>T</title><link>https://news.example.com/t</link></item></channel></rss>
            """);
        Assert.Single(entries);
    }

    [Theory]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("<rss><channel><item>")]
    [InlineData("{\"items\": 3}")]
    [InlineData("{ broken json")]
    public void WhatIsNotAFeedGivesAClearError(string document)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(document));
        Assert.Contains(FeedUrl.AbsoluteUri, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonHttpLinksAreSkipped()
    {
        var entries = Parse("""<rss version="2.0"><channel><item><link>javascript:alert(1)</link></item><item><link>mailto:a@b.c</link></item></channel></rss>""");
        Assert.Empty(entries);
    }

    [Theory]
    [InlineData("Tue, 14 Oct 2026 18:40:00 GMT", "2026-10-14T18:40:00+00:00")]
    [InlineData("14 Oct 2026 18:40 +0200", "2026-10-14T18:40:00+02:00")]
    [InlineData("Sat, 7 Jan 2022 16:24:00 CET", "2022-01-07T16:24:00+01:00")]
    [InlineData("2024-03-12T09:15:00+01:00", "2024-03-12T09:15:00+01:00")]
    [InlineData("2024-03-12T09:15:00Z", "2024-03-12T09:15:00+00:00")]
    [InlineData("Mon, 07 Jan 2022 16:24:00 GMT", "2022-01-07T16:24:00+00:00")]
    public void FeedDatesKeepTheirOffsetEvenWithAWrongWeekday(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedParser.ParseDate(text));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, FeedParser.ParseDate(text)!.Value.Offset);
    }

    [Theory]
    [InlineData("Thu, 03 Dec 2026 09:00:00 JST", "2026-12-03T09:00:00+09:00")]
    [InlineData("Thu, 03 Dec 2026 09:00:00 AEDT", "2026-12-03T09:00:00+11:00")]
    [InlineData("Thu, 03 Dec 2026 09:00:00 EET", "2026-12-03T09:00:00+02:00")]
    [InlineData("Do, 02 Jul 2026 09:00:00 MESZ", "2026-07-02T09:00:00+02:00")]
    [InlineData("Thu, 03 Dec 2026 09:00:00 MSK", "2026-12-03T09:00:00+03:00")]
    public void FeedDatesInNamedZonesOfOtherRegionsKeepTheirOffset(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedParser.ParseDate(text));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, FeedParser.ParseDate(text)!.Value.Offset);
    }

    [Theory]
    [InlineData("Thu, 03 Dec 2026 09:00:00 GMT+1", "2026-12-03T09:00:00+01:00")]
    [InlineData("Thu, 03 Dec 2026 09:00:00 GMT+0100", "2026-12-03T09:00:00+01:00")]
    [InlineData("Thu, 03 Dec 2026 09:00:00 UTC+01:00", "2026-12-03T09:00:00+01:00")]
    [InlineData("Thu, 03 Dec 2026 09:00:00 UTC-3", "2026-12-03T09:00:00-03:00")]
    [InlineData("Thu, 03 Dec 2026 09:00:00 GMT+05:30", "2026-12-03T09:00:00+05:30")]
    [InlineData("Thu, 03 Dec 2026 09:00:00 +01:00", "2026-12-03T09:00:00+01:00")]
    [InlineData("03 Dec 2026 09:00 UT+2", "2026-12-03T09:00:00+02:00")]
    public void FeedDatesWithAnOffsetAfterGmtOrUtcKeepIt(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedParser.ParseDate(text));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, FeedParser.ParseDate(text)!.Value.Offset);
    }

    [Theory]
    [InlineData("Thu, 03 Dec 2026 09:00:00 GMT+15")]
    [InlineData("Thu, 03 Dec 2026 09:00:00 UTC+01:75")]
    [InlineData("Thu, 03 Dec 2026 09:00:00 GMT+123")]
    public void FeedDateWithAnImpossibleOffsetIsNoDate(string text) => Assert.Null(FeedParser.ParseDate(text));

    [Fact]
    public void FeedDateInAZoneNameOfSeveralZonesIsNoDate() => Assert.Null(FeedParser.ParseDate("Thu, 03 Dec 2026 09:00:00 IST"));

    [Theory]
    [InlineData("Di, 01 Dez 2026 10:00:00 +0100", "2026-12-01T10:00:00+01:00")]
    [InlineData("Mi, 4 März 2026 08:15:00 +0100", "2026-03-04T08:15:00+01:00")]
    [InlineData("mar., 14 oct. 2025 18:40:00 +0200", "2025-10-14T18:40:00+02:00")]
    [InlineData("jeu., 07 févr. 2026 16:24 +0100", "2026-02-07T16:24:00+01:00")]
    [InlineData("Mié, 02 Dic 2026 10:00:00 GMT", "2026-12-02T10:00:00+00:00")]
    [InlineData("sáb, 15 ago 2026 09:00:00 -0300", "2026-08-15T09:00:00-03:00")]
    [InlineData("Seg, 12 Out 2026 07:30:00 -0300", "2026-10-12T07:30:00-03:00")]
    [InlineData("gio, 05 giu 2026 12:00:00 +0200", "2026-06-05T12:00:00+02:00")]
    [InlineData("wo, 11 mrt 2026 12:00:00 +0100", "2026-03-11T12:00:00+01:00")]
    public void RssDatesWithMonthNamesOfOtherLanguagesAreRead(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedParser.ParseDate(text));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, FeedParser.ParseDate(text)!.Value.Offset);
    }

    [Theory]
    [InlineData("13/12/2026", "2026-12-13T00:00:00+00:00")]
    [InlineData("12/13/2026 08:30", "2026-12-13T08:30:00+00:00")]
    [InlineData("03.12.2026 10:15", "2026-12-03T10:15:00+00:00")]
    [InlineData("03.12.26", "2026-12-03T00:00:00+00:00")]
    public void NumericDatesAreReadDayFirstWhenTheyTellSo(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedParser.ParseDate(text));
    }

    [Theory]
    [InlineData("03/12/2026")]
    [InlineData("03-12-2026 10:15")]
    public void NumericDateThatCouldBeEitherDayOrMonthFirstIsNoDate(string text) => Assert.Null(FeedParser.ParseDate(text));

    [Fact]
    public void UnreadableDateIsNull() => Assert.Null(FeedParser.ParseDate("yesterday-ish"));

    [Fact]
    public void NewsSitemapGivesLinkTitleDateAndKeywords()
    {
        var entries = Parse("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example.com/deportes/remontada.html</loc>
                <news:news><news:publication><news:name>El Heraldo</news:name><news:language>es</news:language></news:publication>
                  <news:publication_date>2025-08-30T11:20:00+02:00</news:publication_date><news:title>Remontada en el descuento</news:title>
                  <news:keywords>Deportes, Fútbol</news:keywords></news:news></url>
              <url><loc>https://news.example.com/plain.html</loc><lastmod>2024-01-02</lastmod></url>
            </urlset>
            """);
        Assert.Equal(2, entries.Count);
        Assert.Equal("Remontada en el descuento", entries[0].Title);
        Assert.Equal(new DateTimeOffset(2025, 8, 30, 11, 20, 0, TimeSpan.FromHours(2)), entries[0].Published);
        Assert.Equal(["Deportes", "Fútbol"], entries[0].Categories);
        Assert.Null(entries[1].Title);
    }

    [Fact]
    public void SitemapEntryTakesItsOwnFirstLocNotAnImageOrVideoLocInsideIt()
    {
        var entries = Parse("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <!-- generated -->
              <url><image:image><image:loc>https://img.example.com/a.jpg</image:loc></image:image><ext><loc>https://x/not-this.html</loc></ext>
                <loc><![CDATA[https://news.example.com/a.html]]></loc><loc>https://news.example.com/second-loc.html</loc><lastmod>2024-01-02</lastmod>
                <news:news><news:publication_date/><news:title>  </news:title></news:news><news:news><news:title>Second news</news:title></news:news></url>
              <url/>
              <other><url><loc>https://news.example.com/nested.html</loc></url></other>
              <url><loc>https://news.example.com/b.html</loc></url>
            </urlset>
            <!-- done -->
            """);
        Assert.Equal(["https://news.example.com/a.html", "https://news.example.com/b.html"], entries.Select(e => e.Link.AbsoluteUri));
        // The first news:news, whose empty date and title stand, as a DOM's first element would.
        Assert.Null(entries[0].Published);
        Assert.Null(entries[0].Title);
        Assert.Empty(entries[0].Categories);
    }

    [Fact]
    public void SitemapEntriesDatedBeforeTheCutoffAreCountedNotReturned()
    {
        var sitemap = FeedParser.Read(Encoding.UTF8.GetBytes("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example.com/2019/archive.html</loc><lastmod>2019-05-01</lastmod></url>
              <url><loc>https://news.example.com/today.html</loc><lastmod>2026-12-03T08:00:00Z</lastmod></url>
              <url><loc>https://news.example.com/undated.html</loc></url>
              <url><loc>https://news.example.com/old-news.html</loc><lastmod>2026-12-03</lastmod>
                <news:news><news:publication_date>2026-10-01T00:00:00Z</news:publication_date></news:news></url>
            </urlset>
            """), FeedUrl, notBefore: new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(["https://news.example.com/today.html", "https://news.example.com/undated.html"], sitemap.Entries.Select(e => e.Link.AbsoluteUri));
        Assert.Equal(2, sitemap.TooOld);
    }

    [Fact]
    public void SitemapMalformedAfterItsLastEntryIsAClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example.com/a.html</loc></url></urlset><junk>
            """));
        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SitemapIndexGivesItsSitemapsWithTheirLastmod()
    {
        var index = FeedParser.Read(Encoding.UTF8.GetBytes("""
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example.com/sitemaps/news-2026-11-07.xml</loc><lastmod>2026-11-07T23:50:00+01:00</lastmod></sitemap>
              <sitemap><loc>/sitemaps/archive-2019.xml.gz</loc></sitemap>
              <sitemap><loc>ftp://news.example.com/old.xml</loc></sitemap>
              <sitemap><lastmod>2026-11-07</lastmod></sitemap>
            </sitemapindex>
            """), FeedUrl);

        Assert.True(index.IsSitemapIndex);
        Assert.Empty(index.Entries);
        Assert.Equal(
            [new SitemapLink(new Uri("https://news.example.com/sitemaps/news-2026-11-07.xml"), new DateTimeOffset(2026, 11, 7, 23, 50, 0, TimeSpan.FromHours(1))),
             new SitemapLink(new Uri("https://news.example.com/sitemaps/archive-2019.xml.gz"), null)],
            index.Sitemaps!);
    }

    [Fact]
    public void SitemapIndexIsAClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse("""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x/s.xml</loc></sitemap></sitemapindex>"""));
        Assert.Contains("sitemap index", error.Message, StringComparison.Ordinal);
    }
}

public sealed class FeedParserEncodingTests
{
    private static readonly Uri FeedUrl = new("https://news.example.com/feeds/rss.xml");

    private const string Items = "<rss version=\"2.0\"><channel><item><title>Caf\u00e9 del a\u00f1o</title><link>/cafe.html</link></item></channel></rss>";

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("ISO-8859-15")]
    public void FeedInALegacyEncodingItDeclaresIsDecodedWithIt(string encoding)
    {
        // Run alone (dotnet test --filter) this checks the code pages are registered by the parser itself, not by
        // whichever HTML decoding happened to run first in the process.
        var bytes = Encoding.Latin1.GetBytes($"<?xml version=\"1.0\" encoding=\"{encoding}\"?>" + Items);
        Assert.Equal("Caf\u00e9 del a\u00f1o", Assert.Single(FeedParser.Parse(bytes, FeedUrl)).Title);
    }

    [Fact]
    public void FeedWithoutAnEncodingDeclarationIsDecodedInTheCharsetItIsServedWith()
    {
        // No declaration means UTF-8 to XML; the server's Content-Type says what the bytes really are.
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding("windows-1251")!.GetBytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f</title><link>/a.html</link></item></channel></rss>");
        var entry = Assert.Single(FeedParser.Parse(bytes, FeedUrl, "application/rss+xml; charset=windows-1251"));
        Assert.Equal("\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f", entry.Title);
    }

    [Fact]
    public void FeedWhoseBytesAreNotInTheEncodingItDeclaresIsStillRead()
    {
        // Declared UTF-8, written in latin-1: a common CMS mistake that would otherwise lose every entry.
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + Items);
        var entry = Assert.Single(FeedParser.Parse(bytes, FeedUrl));
        Assert.Equal("Caf\u00e9 del a\u00f1o", entry.Title);
        Assert.Equal("https://news.example.com/cafe.html", entry.Link.AbsoluteUri);
    }

    [Fact]
    public void FeedDeclaringAnUnknownEncodingIsReadAsTheUtf8ItIs()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"x-made-up\"?>" + Items);
        Assert.Equal("Caf\u00e9 del a\u00f1o", Assert.Single(FeedParser.Parse(bytes, FeedUrl)).Title);
    }

    [Fact]
    public void MalformedFeedInAnyEncodingIsStillAClearError()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>Caf\u00e9</title></channel></rss>");
        var error = Assert.Throws<InvalidDataException>(() => FeedParser.Parse(bytes, FeedUrl));
        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GzipCompressedSitemapServedAsItIsIsRead()
    {
        var sitemap = Gzip(Encoding.UTF8.GetBytes("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example.com/a/harbor-reopens-today.html</loc></url></urlset>
            """));
        Assert.Equal("https://news.example.com/a/harbor-reopens-today.html", Assert.Single(FeedParser.Parse(sitemap, FeedUrl)).Link.AbsoluteUri);
    }

    [Fact]
    public void GzipThatUnpacksPastTheCapIsAClearError()
    {
        var bomb = Gzip(new byte[FeedParser.MaxUncompressedBytes + 1]);
        var error = Assert.Throws<InvalidDataException>(() => FeedParser.Parse(bomb, FeedUrl));
        Assert.Contains("unpacks to more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedGzipIsAClearError()
    {
        var sitemap = Gzip(Encoding.UTF8.GetBytes(new string('x', 10_000)));
        var error = Assert.Throws<InvalidDataException>(() => FeedParser.Parse(sitemap.AsMemory(0, 40), FeedUrl));
        Assert.StartsWith(FeedUrl.AbsoluteUri, error.Message, StringComparison.Ordinal);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return compressed.ToArray();
    }
}
