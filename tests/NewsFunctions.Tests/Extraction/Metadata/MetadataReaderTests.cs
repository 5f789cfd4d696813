using HtmlAgilityPack;
using NewsFunctions.Extraction;
using NewsFunctions.Extraction.Metadata;

namespace NewsFunctions.Tests.Extraction.Metadata;

public sealed class MetadataReaderTests
{
    private static readonly DateTimeOffset Fetched = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    internal static PageMetadata Read(string html, string? url = null, DateTimeOffset? fetched = null, int maxNesting = 512)
    {
        var doc = new HtmlDocument { OptionMaxNestedChildNodes = maxNesting };
        doc.LoadHtml(html);
        return MetadataReader.Read(doc, url is null ? null : new Uri(url), new ExtractionOptions { FetchedAt = fetched ?? Fetched });
    }

    private const string NewsHeader = """
        <header class="site-header"><div class="logo">Daily Planet</div><div class="today">Friday, 1 March 2024</div>
        <nav><a href="/">Home</a><a href="/world">World</a></nav></header>
        """;

    [Fact]
    public void JsonLdArticleGivesTitleAuthorsDatesAndSources()
    {
        var m = Read("""
            <html lang="en"><head><title>Storm hits coast | Daily Planet</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm hits coast",
             "datePublished":"2023-10-05T08:30:00-04:00","dateModified":"2023-10-05T10:00:00-04:00",
             "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
             "publisher":{"@type":"Organization","name":"Daily Planet"},"image":{"@type":"ImageObject","url":"https://example.com/storm.jpg"},
             "articleSection":"Weather","keywords":"storm, coast","isAccessibleForFree":false}
            </script></head><body><h1>Storm hits coast</h1><p>Text.</p></body></html>
            """);
        Assert.Equal("Storm hits coast", m.Title);
        Assert.Equal(ValueSource.JsonLd, m.TitleSource);
        Assert.Equal(["Jane Doe", "John Roe"], m.Authors);
        Assert.Equal(new DateTimeOffset(2023, 10, 5, 8, 30, 0, TimeSpan.FromHours(-4)), m.Published);
        Assert.Equal(TimeSpan.FromHours(-4), m.Published!.Value.Offset);
        Assert.Equal(ValueSource.JsonLd, m.PublishedSource);
        Assert.Equal(ValueSource.JsonLd, m.ModifiedSource);
        Assert.Equal("Daily Planet", m.SiteName);
        Assert.Equal(new Uri("https://example.com/storm.jpg"), m.Image);
        Assert.Equal("Weather", m.Section);
        Assert.Contains("storm", m.Keywords);
        Assert.False(m.IsAccessibleForFree);
    }

    [Fact]
    public void JsonLdGraphWithIdReferencesIsResolved()
    {
        var m = Read("""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://ex.com/#website","name":"Ex Blog"},
              {"@type":"WebPage","@id":"https://ex.com/p/#webpage","datePublished":"2020-01-01T00:00:00+00:00"},
              {"@type":"Person","@id":"https://ex.com/#/schema/person/1","name":"Maria García"},
              {"@type":"BlogPosting","headline":"Cómo plantar tomates","datePublished":"2021-05-03T09:15:00+02:00",
               "author":{"@id":"https://ex.com/#/schema/person/1"},"isPartOf":{"@id":"https://ex.com/p/#webpage"}}]}
            </script></head><body><p>x</p></body></html>
            """);
        Assert.Equal("Cómo plantar tomates", m.Title);
        Assert.Equal(["Maria García"], m.Authors);
        Assert.Equal(new DateTimeOffset(2021, 5, 3, 9, 15, 0, TimeSpan.FromHours(2)), m.Published);
    }

    [Fact]
    public void JsonLdArrayOfBlocksAndNestedArticleAreRead()
    {
        var m = Read("""
            <html><head><script type="application/ld+json">
            [{"@type":"BreadcrumbList","itemListElement":[]},
             {"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"Nested headline","datePublished":"2022-02-02"}}]
            </script></head><body></body></html>
            """);
        Assert.Equal("Nested headline", m.Title);
        Assert.Equal(new DateTime(2022, 2, 2), m.Published!.Value.Date);
    }

    [Fact]
    public void MalformedJsonLdIsSalvagedOrIgnoredWithoutThrowing()
    {
        var m = Read("""
            <html><head><script type="application/ld+json">
            { "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Broken but useful",
              "description": "line one
            line two", "datePublished": "2019-07-04T12:00:00Z", }
            </script>
            <script type="application/ld+json">{ this is not json at all ]]]</script>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Unterminated", "datePublished": "2018-</script>
            </head><body></body></html>
            """);
        Assert.Equal("Broken but useful", m.Title);
        Assert.Equal(new DateTime(2019, 7, 4), m.Published!.Value.Date);
    }

    [Fact]
    public void DeeplyNestedJsonLdDoesNotOverflow()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000);
        var m = Read($"<html><head><script type=\"application/ld+json\">{deep}</script><title>Still fine</title></head><body></body></html>");
        Assert.Equal("Still fine", m.Title);
    }

    [Fact]
    public void DeeplyNestedHtmlDoesNotOverflow()
    {
        var html = "<html><head><title>Deep page</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 3000)) + "<p>By Jane Doe</p>" + "</body></html>";
        var m = Read(html, maxNesting: 0);
        Assert.Equal("Deep page", m.Title);
        Assert.Equal(["Jane Doe"], m.Authors);
    }

    [Fact]
    public void MetaTagsGiveDateSiteDescriptionAndCanonical()
    {
        var m = Read("""
            <html><head><title>Ignored | Site</title>
            <meta property="og:title" content="Council approves budget">
            <meta property="article:published_time" content="2023-06-14T16:05:00+02:00">
            <meta property="article:modified_time" content="2023-06-15T09:00:00+02:00">
            <meta property="og:site_name" content="Stadtanzeiger">
            <meta name="description" content="The council approved the budget.">
            <meta property="og:image" content="/img/budget.jpg">
            <link rel="canonical" href="https://stadt.example/politik/budget">
            <meta name="author" content="Erika Mustermann">
            <meta property="article:section" content="Politik">
            <meta property="article:tag" content="Haushalt"><meta property="article:tag" content="Rat">
            </head><body><p>Stand: 14.06.2023</p></body></html>
            """);
        Assert.Equal("Council approves budget", m.Title);
        Assert.Equal(ValueSource.Meta, m.TitleSource);
        Assert.Equal(new DateTimeOffset(2023, 6, 14, 16, 5, 0, TimeSpan.FromHours(2)), m.Published);
        Assert.Equal(ValueSource.Meta, m.PublishedSource);
        Assert.Equal(new DateTimeOffset(2023, 6, 15, 9, 0, 0, TimeSpan.FromHours(2)), m.Modified);
        Assert.Equal("Stadtanzeiger", m.SiteName);
        Assert.Equal("The council approved the budget.", m.Description);
        Assert.Equal(new Uri("https://stadt.example/politik/budget"), m.CanonicalUrl);
        Assert.Equal(new Uri("https://stadt.example/img/budget.jpg"), m.Image);
        Assert.Equal(["Erika Mustermann"], m.Authors);
        Assert.Equal("Politik", m.Section);
        Assert.Equal(["Haushalt", "Rat"], m.Keywords);
    }

    [Fact]
    public void TimeElementInArticleGivesPublishedWithItsZone()
    {
        var m = Read($"""
            <html><head><title>Bridge reopens</title></head><body>{NewsHeader}
            <article><h1>Bridge reopens</h1><p class="meta">Posted <time class="entry-date published" datetime="2022-09-12T07:45:00+01:00">12 September 2022</time></p>
            <p>The bridge reopened on Monday after two years of work on its foundations and deck.</p></article></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2022, 9, 12, 7, 45, 0, TimeSpan.FromHours(1)), m.Published);
        Assert.Equal(ValueSource.TimeElement, m.PublishedSource);
    }

    [Fact]
    public void HeaderTodayDateIsNotTakenAsPublished()
    {
        var m = Read($"""
            <html><head><title>Elecciones en marcha</title></head><body>{NewsHeader}
            <div class="content"><h1>Elecciones en marcha</h1>
            <p>La jornada electoral transcurre con normalidad en todo el país, según las autoridades.</p></div></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void PublishedLabelInSpanishWithTimeAndZoneBeatsHeaderToday()
    {
        var m = Read($"""
            <html><head><title>Nicaragua cierra 2021 con deuda externa</title></head><body>{NewsHeader}
            <div class="post"><h1>Nicaragua cierra 2021 con deuda externa</h1>
            <div class="byline">Por Redacción</div><p>Published: 7 ene 2022 16:24 GMT</p>
            <p>Nicaragua cerró 2021 con una deuda externa total de 14.372,4 millones de dólares, lo que equivale al 102,6 % del producto interior bruto del país.</p></div></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2022, 1, 7, 16, 24, 0, TimeSpan.Zero), m.Published);
        Assert.Equal(ValueSource.Text, m.PublishedSource);
        Assert.Empty(m.Authors);
    }

    [Theory]
    [InlineData("en", "Published on March 5, 2021 at 4:30 pm", 2021, 3, 5)]
    [InlineData("en", "Posted 5th Mar 2021", 2021, 3, 5)]
    [InlineData("es", "Publicado el 5 de marzo de 2021", 2021, 3, 5)]
    [InlineData("fr", "Publié le 5 mars 2021 à 10h30", 2021, 3, 5)]
    [InlineData("de", "Veröffentlicht am 5. März 2021, 10:30 Uhr", 2021, 3, 5)]
    [InlineData("pt", "Publicado em 5 de março de 2021", 2021, 3, 5)]
    [InlineData("it", "Pubblicato il 5 marzo 2021", 2021, 3, 5)]
    [InlineData("nl", "Gepubliceerd op 5 maart 2021", 2021, 3, 5)]
    [InlineData("de", "Datum: 05.03.2021", 2021, 3, 5)]
    [InlineData("fr", "Publié le 12 déc. 2020", 2020, 12, 12)]
    [InlineData("nl", "Geplaatst op 1 okt 2019", 2019, 10, 1)]
    public void VisibleDateNextToTheTitleIsReadInSevenLanguages(string lang, string line, int y, int mo, int d)
    {
        var m = Read($"""
            <html lang="{lang}"><head><title>Headline</title></head><body>{NewsHeader}
            <main><h1>Headline of the story</h1><div class="info"><span>{line}</span></div>
            <p>{new string('x', 50)} The first paragraph of the story is long enough to be the body of the article, and it goes on for a while so that it counts as text.</p></main></body></html>
            """);
        Assert.Equal(new DateTime(y, mo, d), m.Published!.Value.Date);
        Assert.Equal(ValueSource.Text, m.PublishedSource);
    }

    [Fact]
    public void DateBelowTheHeadingWithoutLabelIsTaken()
    {
        var m = Read("""
            <html><head><title>Top 10 Women Talking Sports</title></head><body><div id="blog_post"><h1>Top 10 Women Talking Sports</h1><p>January 22, 2014</p>
            <p>A generally accepted measure of the state of sports broadcasting is who gets to talk on air, and this list looks at the best of them.</p></div></body></html>
            """);
        Assert.Equal(new DateTime(2014, 1, 22), m.Published!.Value.Date);
    }

    [Fact]
    public void DatelineOpeningTheFirstParagraphIsTaken()
    {
        var m = Read("""
            <html><head><title>Arbeitsmarkt</title></head><body><div class="copy"><h1>Arbeitsmarkt 2022</h1>
            <p><strong>01.02.2022 „Der Arbeitsmarkt ist gut in das neue Jahr gestartet“, sagte der Vorstandsvorsitzende am Dienstag bei der Vorstellung der monatlichen Zahlen in Nürnberg vor der Presse.</strong></p></div></body></html>
            """);
        Assert.Equal(new DateTime(2022, 2, 1), m.Published!.Value.Date);
    }

    [Fact]
    public void UrlDateIsTheLastResort()
    {
        var m = Read("<html><head><title>A story</title></head><body><h1>A story</h1><p>Text only.</p></body></html>", "https://news.example/2019/10/21/a-story/");
        Assert.Equal(new DateTime(2019, 10, 21), m.Published!.Value.Date);
        Assert.Equal(ValueSource.Url, m.PublishedSource);
    }

    [Fact]
    public void FutureDatesAreRejected()
    {
        var m = Read("""
            <html><head><meta property="article:published_time" content="2031-01-01T00:00:00Z"><title>t</title></head>
            <body><article><h1>t</h1><p>Published: 2 January 2031</p></article></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void DateJustAfterFetchWithinSkewIsKept()
    {
        var m = Read("<html><head><meta property=\"article:published_time\" content=\"2024-03-01T18:00:00+05:00\"></head><body><p>1 March 2024</p></body></html>");
        Assert.NotNull(m.Published);
    }

    [Fact]
    public void CommentDatesAreNotArticleDates()
    {
        var m = Read("""
            <html><head><title>Undated page</title></head><body><div class="page"><h1>Undated page</h1>
            <p>Some evergreen content that has no date on it at all, written for the ages and long enough to count as the body.</p></div>
            <div class="comments"><div class="comment"><span class="comment-date">March 3, 2020</span><p>Nice!</p></div></div></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void MetaDateThatThePageNeverShowsIsDropped()
    {
        var m = Read("""
            <html><head><title>Über uns</title><meta property="article:published_time" content="2018-10-16T19:35:54+02:00"></head>
            <body><main><h1>Über uns</h1><p>Wir sind ein kleines Team aus Berlin und machen seit vielen Jahren Filme, Fotos und Webseiten.</p></main></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void JsonLdArticleVouchesForItsOwnDate()
    {
        var m = Read("""
            <html><head><title>t</title><script type="application/ld+json">{"@type":"Article","headline":"t","datePublished":"2020-02-13T11:06:03+00:00"}</script></head>
            <body><main><h1>t</h1><p>Text of the post, long enough to be a body.</p></main></body></html>
            """);
        Assert.Equal(new DateTime(2020, 2, 13), m.Published!.Value.Date);
        Assert.Equal(ValueSource.JsonLd, m.PublishedSource);
    }

    [Fact]
    public void DateInTheArticlesOwnFooterIsRead()
    {
        var m = Read("""
            <html><body><main><div itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Der Turm der Wünsche</h1><p>Text of the news item, long enough.</p>
            <div class="footer news-details__meta"><span class="news-list-date"><time itemprop="datePublished" datetime="2022-01-21">21.01.2022</time></span></div></div></main>
            <div class="footer"><time datetime="2024-02-01">1.2.2024</time></div></body></html>
            """);
        Assert.Equal(new DateTime(2022, 1, 21), m.Published!.Value.Date);
    }

    [Fact]
    public void OnlyAnUpdateStampNextToTheHeadingGivesPublished()
    {
        var m = Read("""
            <html><body><article><h1>Two men charged after break-in</h1><p class="dateline">Updated 3:45 PM EST, Mon March 4, 2024</p>
            <p>Two men were charged on Monday after an overnight break-in at a jeweler on Harbor Street, police said in a statement that gave few other details about the case.</p></article></body></html>
            """, fetched: new DateTimeOffset(2024, 3, 10, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTime(2024, 3, 4), m.Published!.Value.Date);
    }

    [Fact]
    public void LastModifiedFarFromTheHeadingDoesNotGivePublished()
    {
        var body = string.Join("", Enumerable.Range(0, 20).Select(i => $"<p>Paragraph {i} of a long how-to page that goes on and on about configuration files and their many options.</p>"));
        var m = Read($"""
            <html><body><h1>Rsync over Stunnel</h1>{body}<small>Last Modified: March 4, 2004 2:20pm</small></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void MetaDateShownInAnotherFormatIsKept()
    {
        var m = Read("""
            <html><head><title>t</title><meta property="article:published_time" content="2018-10-16T19:35:54+02:00"></head>
            <body><main><h1>t</h1><p>Text of the post, long enough to be a body.</p><footer>Geschrieben am 16.10.2018</footer></main></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2018, 10, 16, 19, 35, 54, TimeSpan.FromHours(2)), m.Published);
        Assert.Equal(ValueSource.Meta, m.PublishedSource);
    }

    [Fact]
    public void UtcStampOnTheHourIsReadAsLocalMidnight()
    {
        var m = Read("""
            <html><head><meta property="article:published_time" content="2022-11-06T23:00:00.000Z"></head><body><p>7. November 2022</p></body></html>
            """);
        Assert.Equal(new DateTime(2022, 11, 7), m.Published!.Value.Date);
        Assert.Equal(TimeSpan.FromHours(1), m.Published!.Value.Offset);
    }

    [Fact]
    public void UpdatedLabelGoesToModified()
    {
        var m = Read("""
            <html><head><title>t</title><meta property="article:published_time" content="2021-04-01T10:00:00+00:00"></head><body><article><h1>t</h1>
            <p>1. April 2021</p><p>Aktualisiert am 3. April 2021, 12:00 Uhr</p></article></body></html>
            """);
        Assert.Equal(new DateTime(2021, 4, 1), m.Published!.Value.Date);
        Assert.Equal(new DateTime(2021, 4, 3), m.Modified!.Value.Date);
        Assert.Equal(ValueSource.Text, m.ModifiedSource);
    }

    [Theory]
    [InlineData("Achtsam durch die Krise | Die FURCHE", "Die FURCHE")]
    [InlineData("Achtsam durch die Krise - Die FURCHE", "Die FURCHE")]
    [InlineData("Die FURCHE", "Die FURCHE")]
    [InlineData("Achtsam durch die Krise und andere Wege", "Achtsam durch die Krise und andere Wege")]
    public void SiteNameThatRepeatsTheTitleIsCutToTheSite(string ogSiteName, string expected)
    {
        var m = Read($"""
            <html><head><meta property="og:site_name" content="{ogSiteName}"><title>Achtsam durch die Krise</title></head>
            <body><article><h1>Achtsam durch die Krise</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Achtsam durch die Krise", m.Title);
        Assert.Equal(expected, m.SiteName);
    }

    [Fact]
    public void DoublyEscapedDescriptionAndSectionReadAsPlainText()
    {
        var m = Read("""
            <html><head>
            <meta name="description" content="Rodolfo Delgado asegur&amp;oacute; que el r&amp;eacute;gimen sigue.">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleSection":["Body &amp;amp; Fitness"]}</script>
            </head><body><h1>H</h1></body></html>
            """);
        Assert.Equal("Rodolfo Delgado aseguró que el régimen sigue.", m.Description);
        Assert.Equal("Body & Fitness", m.Section);
    }

    [Fact]
    public void TeaserMarkupInDescriptionIsStrippedAndReadMoreLinkDropped()
    {
        var m = Read("""
            <html><head>
            <meta property="og:description" content="&lt;p&gt;An overnight crash in Miami left one dead and&lt;a class=&quot;excerpt-read-more&quot; href=&quot;/news/crash&quot;&gt;Read More&lt;/a&gt;&lt;/p&gt;">
            </head><body><h1>Crash</h1></body></html>
            """);
        Assert.Equal("An overnight crash in Miami left one dead and", m.Description);
    }

    [Fact]
    public void AngleBracketedTitleInDescriptionIsNotMistakenForMarkup()
    {
        var m = Read("""
            <html><head>
            <meta name="description" content="Visitors came to Jeongdong Theater to watch &lt;The Palace: Tale of Jang Noksu&gt; and loved it.">
            </head><body><h1>Review</h1></body></html>
            """);
        Assert.Equal("Visitors came to Jeongdong Theater to watch <The Palace: Tale of Jang Noksu> and loved it.", m.Description);
    }

    [Fact]
    public void UndeclaredSiteNameIsTheTitlePartThatNamesTheHostAndIsCutFromTheTitle()
    {
        var m = Read("""
            <html><head><title>Magic Cleaning | sheego ♥ Magazin</title></head>
            <body><div class="content"><p>Aufräumen nach Marie Kondo: was bleibt, muss Freude machen.</p></div></body></html>
            """, "https://www.sheego.de/magazin/coole-tipps/magic-cleaning/");
        Assert.Equal("sheego ♥ Magazin", m.SiteName);
        Assert.Equal("Magic Cleaning", m.Title);
    }

    [Fact]
    public void HeadlineThatEndsWithTheHostsNameIsNotTakenForTheSiteName()
    {
        var m = Read("""
            <html><head><title>Ehezoff eskaliert - Jetzt schießt Olli gegen Amira und ihren Neuen auf Vipflash</title></head>
            <body><h1>Jetzt schießt Olli gegen Amira</h1></body></html>
            """, "https://www.vipflash.de/stars/ehezoff.html");
        Assert.Null(m.SiteName);
    }

    [Fact]
    public void PersonalBlogNamedAfterItsWriterKeepsTheWriterAsAuthor()
    {
        var m = Read("""
            <html><head><title>Publizistische Sorgfaltspflicht statt Netzwerkdurchsetzungsgesetz | Wolfgang Michal</title></head>
            <body><article><h1>Publizistische Sorgfaltspflicht statt Netzwerkdurchsetzungsgesetz</h1>
            <p class="byline">Von <a href="/author/wolfgang/" rel="author">Wolfgang Michal</a></p>
            <p>Das Gesetz soll Plattformen zwingen, strafbare Inhalte binnen 24 Stunden zu löschen.</p></article></body></html>
            """, "https://www.wolfgangmichal.de/2017/06/07/publizistische-sorgfaltspflicht/");
        Assert.Equal("Wolfgang Michal", m.SiteName);
        Assert.Equal(["Wolfgang Michal"], m.Authors);
    }

    [Theory]
    [InlineData("""{"@type":"ListItem","position":3,"name":"Unterhaus vertagt Votum über Brexit-Deal"}""")]
    [InlineData("""{"@type":"ListItem","position":3,"name":"Brexit-Votum","item":"https://www.example.de/politik/ausland/brexit-votum-100.html"}""")]
    public void SectionComesFromTheBreadcrumbAboveThePageItself(string lastItem)
    {
        var m = Read($$$"""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
             {"@type":"NewsArticle","headline":"Unterhaus vertagt Votum über Brexit-Deal"},
             {"@type":"BreadcrumbList","itemListElement":[
              {{{lastItem}}},
              {"@type":"ListItem","position":1,"name":"Startseite","item":"https://www.example.de/"},
              {"@type":"ListItem","position":2,"name":"Ausland","item":{"@id":"https://www.example.de/politik/ausland/","name":"Ausland"}}]}]}
            </script></head><body><h1>Unterhaus vertagt Votum über Brexit-Deal</h1></body></html>
            """, "https://www.example.de/politik/ausland/brexit-votum-100.html");
        Assert.Equal("Ausland", m.Section);
    }

    [Fact]
    public void BreadcrumbsOfHomeAndPageAloneGiveNoSection()
    {
        var m = Read("""
            <html><head><script type="application/ld+json">
            {"@type":"BreadcrumbList","itemListElement":[
             {"@type":"ListItem","position":1,"name":"Home","item":"https://www.example.com/"},
             {"@type":"ListItem","position":2,"name":"Council backs tram expansion"}]}
            </script></head><body><h1>Council backs tram expansion</h1></body></html>
            """, "https://www.example.com/2026/11/tram");
        Assert.Null(m.Section);
    }

    [Fact]
    public void DeclaredSectionBeatsTheBreadcrumbs()
    {
        var m = Read("""
            <html><head><meta property="article:section" content="Verkehr"><script type="application/ld+json">
            {"@type":"BreadcrumbList","itemListElement":[
             {"@type":"ListItem","position":1,"name":"Home","item":"https://www.example.com/"},
             {"@type":"ListItem","position":2,"name":"Stadt","item":"https://www.example.com/stadt/"},
             {"@type":"ListItem","position":3,"name":"Tram"}]}
            </script></head><body><h1>Tram</h1></body></html>
            """, "https://www.example.com/stadt/tram");
        Assert.Equal("Verkehr", m.Section);
    }

    private const string StadtCrumbs = """
        <script type="application/ld+json">
        {"@type":"BreadcrumbList","itemListElement":[
         {"@type":"ListItem","position":1,"name":"Home","item":"https://www.example.com/"},
         {"@type":"ListItem","position":2,"name":"Stadt","item":"https://www.example.com/stadt/"},
         {"@type":"ListItem","position":3,"name":"Tram"}]}
        </script>
        """;

    [Fact]
    public void SectionListingEveryCategoryGivesTheFirst()
    {
        var m = Read("""
            <html><head><script type="application/ld+json">
            {"@type":"BlogPosting","headline":"Linsensalat mit Feta","articleSection":"Lunch, Sharing, Sides, Vegetarian"}
            </script></head><body><h1>Linsensalat mit Feta</h1></body></html>
            """, "https://www.example.com/linsensalat/");
        Assert.Equal("Lunch", m.Section);
    }

    [Fact]
    public void SectionFieldHoldingTheTeaserFallsBackToTheBreadcrumbs()
    {
        var m = Read($$"""
            <html><head><meta property="article:section" content="Der dreimalige Olympiasieger und sein Teamkollege sind positiv auf das Coronavirus getestet worden">
            {{StadtCrumbs}}</head><body><h1>Tram</h1></body></html>
            """, "https://www.example.com/stadt/tram");
        Assert.Equal("Stadt", m.Section);
    }

    [Fact]
    public void SectionNamedLikeTheShownSiteNameFallsBackToTheBreadcrumbs()
    {
        var m = Read($$"""
            <html><head><meta property="og:site_name" content="Frollein Herr | Information und Inspiration rund um Fashion">
            <meta property="article:section" content="Frollein Herr">{{StadtCrumbs}}</head><body><h1>Tram</h1></body></html>
            """, "https://www.frolleinherr.de/stadt/tram");
        Assert.Equal("Frollein Herr", m.SiteName);
        Assert.Equal("Stadt", m.Section);
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("Example Daily")]
    public void SectionNamingTheSiteItselfFallsBackToTheBreadcrumbs(string section)
    {
        var m = Read($$"""
            <html><head><meta property="og:site_name" content="Example Daily"><meta property="article:section" content="{{section}}">
            {{StadtCrumbs}}</head><body><h1>Tram</h1></body></html>
            """, "https://www.example.com/stadt/tram");
        Assert.Equal("Stadt", m.Section);
    }

    [Theory]
    [InlineData("Frollein Herr | Information und Inspiration rund um Fashion, Beauty, Interior und alles, was sonst noch so in meinem Kopf vor sich geht.", "https://www.frolleinherr.de/herbst/", "Frollein Herr")]
    [InlineData("News zu VR, AR und KI | MIXED.de", "https://mixed.de/vr-brille/", "MIXED.de")]
    [InlineData("https://www.frolleinherr.de/", "https://www.frolleinherr.de/herbst/", "frolleinherr.de")]
    [InlineData("Frollein Herr", "https://www.frolleinherr.de/herbst/", "Frollein Herr")]
    [InlineData("Mode | Beauty | Interior", "https://www.frolleinherr.de/herbst/", "Mode | Beauty | Interior")]
    public void SiteNameIsShownWithoutItsSlogan(string declared, string url, string shown)
    {
        var m = Read($$"""
            <html><head><meta property="og:site_name" content="{{declared}}"></head>
            <body><h1>Herbstmäntel im Test</h1></body></html>
            """, url);
        Assert.Equal(shown, m.SiteName);
    }

    [Fact]
    public void SiteWideShareImageGivesWayToTheStorysOwn()
    {
        var m = Read("""
            <html><head><meta property="og:image" content="/img/logo-opengraph.png">
            <meta name="twitter:image" content="https://cdn.example.com/2024/03/tram-depot.jpg"></head>
            <body><h1>Tram depot opens</h1></body></html>
            """, "https://www.example.com/stadt/tram");
        Assert.Equal(new Uri("https://cdn.example.com/2024/03/tram-depot.jpg"), m.Image);
    }

    [Fact]
    public void PlaceholderAsTheOnlyImageGivesNoImage()
    {
        var m = Read("""
            <html><head><meta property="og:image" content="https://www.example.com/images/social_placeholder.png"></head>
            <body><h1>Tram depot opens</h1></body></html>
            """, "https://www.example.com/stadt/tram");
        Assert.Null(m.Image);
    }

    [Theory]
    [InlineData("https://www.example.com/wp-content/plugins/seo/images/default-user-image.png", true)]
    [InlineData("https://www.example.com/wp-content/uploads/2012/04/cropped-logo-1.jpg", true)]
    [InlineData("https://www.example.com/images/Logo_en.gif", true)]
    [InlineData("https://www.example.com/news/images/og-image.png", true)]
    [InlineData("https://www.example.com/facebook.jpg", true)]
    [InlineData("https://www.example.com/assets/uploads/2015/08/alibaba-logo-getty-1024-683.jpg", false)]
    [InlineData("https://www.example.com/sites/default/files/styles/og/public/2021-11/council-vote.jpg", false)]
    [InlineData("https://img.example.com/v3/mm/image?url=https%3A%2F%2Fexample.com%2Fhydrangea.jpg", false)]
    [InlineData("https://www.example.com/version/1552042949/image.jpg", false)]
    [InlineData("https://www.example.com/uploads/2026/12/evergrande-debt-default-hong-kong.jpg", false)]
    [InlineData("https://www.example.com/img/pages/article/opengraph_default.png", true)]
    public void ShareImageNamedForNoStoryIsSiteWide(string url, bool siteWide)
    {
        Assert.Equal(siteWide, MetadataReader.IsSiteWideImage(new Uri(url)));
    }
}
