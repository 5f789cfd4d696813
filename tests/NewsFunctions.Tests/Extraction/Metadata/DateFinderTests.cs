using NewsFunctions.Extraction;
using NewsFunctions.Extraction.Metadata;

namespace NewsFunctions.Tests.Extraction.Metadata;

/// <summary>Where the published date comes from on pages of realistic shapes.</summary>
public sealed class DateFinderTests
{
    private static PageMetadata Read(string html, string? url = null) => MetadataReaderTests.Read(html, url);

    private const string Lead = "Die Erwartungen an die Konferenz sind hoch, denn sechs Jahre nach dem Abkommen von Paris müssen die Staaten endlich zeigen, dass sie ihre Zusagen ernst nehmen und die Emissionen in den kommenden Jahren tatsächlich senken.";

    private const string Body = "Der Arbeitsmarkt ist gut in das Jahr gestartet. Die Zahl der arbeitslosen Menschen ist im Januar zwar gestiegen, aber weniger stark als sonst in diesem Monat üblich, und die Unternehmen suchen weiter Personal.";

    [Fact]
    public void PictureCreditDateUnderTheHeadingIsNotThePublicationDate()
    {
        var m = Read($"""
            <html><head><title>Sauberer Strom vom Meer</title></head><body>
            <div class="content"><h1>Sauberer Strom vom Meer</h1>
            <div class="image"><img src="/park.jpg" alt=""><span class="copy">© Kurt-Walter Wessolek, 31.05.2013</span></div>
            <p>{Body}</p><p>{Body}</p></div></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void DateInAnInfoBarRightBelowTheHeadingIsRead()
    {
        // "af-no-social-network" reads as a social (chrome) bar, but it opens right under the heading and shows one day.
        var m = Read($"""
            <html><head><title>Liebeshoroskop Januar 2023</title></head><body>
            <div class="content"><h1>Liebeshoroskop Januar 2023</h1>
            <div class="af-infos af-no-social-network"><span class="af-date">Erstellt am 01.01.2023 um 08:35</span></div>
            <p>{Body}</p><p>{Body}</p></div></body></html>
            """);
        Assert.Equal(new DateTime(2023, 1, 1), m.Published!.Value.Date);
        Assert.Equal(ValueSource.Text, m.PublishedSource);
    }

    [Fact]
    public void RecentPostsBoxBelowTheHeadingGivesNoDate()
    {
        var m = Read($"""
            <html><head><title>How to grow a lemon tree</title></head><body>
            <div class="content"><h1>How to grow a lemon tree</h1>
            <div class="widget recent-posts"><h3>Recent Posts</h3>
            <div><span>October 30, 2020</span><a href="/a">ZZ plant care</a></div>
            <div><span>October 28, 2020</span><a href="/b">Polka dot plant care</a></div></div>
            <p>Lemon trees are some of the easiest fruit trees to grow indoors.</p></div></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void DateBelowTheStandfirstIsRead()
    {
        var m = Read($"""
            <html><head><title>COP26 in Glasgow</title></head><body><main>
            <h1>COP26 in Glasgow</h1><p class="lead">{Lead}</p>
            <div class="pageMeta"><span class="meta__date">03.11.2021</span></div>
            <p>{Body}</p><p>{Body}</p></main></body></html>
            """);
        Assert.Equal(new DateTime(2021, 11, 3), m.Published!.Value.Date);
    }

    [Fact]
    public void DatelineOpeningALongFirstParagraphIsRead()
    {
        // Paragraphs longer than the short-text bound still mark the body and may open with the date.
        var m = Read($"""
            <html><head><title>Arbeitsmarkt 2022</title></head><body><main><h1>Arbeitsmarkt 2022</h1>
            <p><strong>01.02.2022 „{Body} {Body}“</strong></p><p>{Body}</p></main></body></html>
            """);
        Assert.Equal(new DateTime(2022, 2, 1), m.Published!.Value.Date);
    }

    [Fact]
    public void PageWithoutHeadAndBodyTagsShowsItsDate()
    {
        // No </head> and no <body>: the parser leaves the whole page inside the head element.
        var m = Read($"""
            <html><head><title>Gute Löhne alleine reichen nicht</title>
            <div id="article"><h1 class="title">Gute Löhne alleine reichen nicht</h1>
            <span class="_publishingdate">07.11.2023</span><div class="content"><p>{Body}</p></div></div></html>
            """);
        Assert.Equal(new DateTime(2023, 11, 7), m.Published!.Value.Date);
    }

    [Fact]
    public void EntityEncodedMetaNamesAreRead()
    {
        var m = Read("""
            <html><head><title>Horoskop</title><meta name="article&#x3A;published_time" content="2023-01-01T07&#x3A;35&#x3A;00&#x2B;00&#x3A;00" /></head>
            <body><main><h1>Horoskop</h1><p>Erstellt am 01.01.23</p><p>Text.</p></main></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2023, 1, 1, 7, 35, 0, TimeSpan.Zero), m.Published);
        Assert.Equal(ValueSource.Meta, m.PublishedSource);
    }

    [Fact]
    public void BylineDateBeatsALabelledDateDeepInTheBody()
    {
        var m = Read($"""
            <html><head><title>Plejaden, M45</title></head><body><article><h1 class="entry-title">Plejaden, M45</h1>
            <p class="entry-meta"><span class="entry-meta-date">September 17, 2019</span> Helmut</p>
            <p>{Body}</p><p>{Body}</p><p>{Body}</p>
            <ul><li>Belichtungszeit: 60 x 3 Minuten</li><li>Datum: 31/08/2019</li></ul></article></body></html>
            """);
        Assert.Equal(new DateTime(2019, 9, 17), m.Published!.Value.Date);
    }

    [Fact]
    public void DateBelowTheHeadingBeatsADateLineAboveTheBreadcrumbs()
    {
        var m = Read($"""
            <html><head><title>Drei Haselnüsse für Aschenbrödel</title></head><body>
            <div class="top"><span>31. Oktober 2023</span></div>
            <div class="crumbs"><a href="/">Startseite</a> <a href="/kultur">Kultur</a></div>
            <div class="post"><h1>Drei Haselnüsse für Aschenbrödel</h1><p>30. Oktober 2023</p><p>Carola Pönisch</p>
            <p>{Body}</p><p>{Body}</p></div></body></html>
            """);
        Assert.Equal(new DateTime(2023, 10, 30), m.Published!.Value.Date);
    }

    [Fact]
    public void ForumMembersRegistrationDateIsNotThePostDate()
    {
        var m = Read("""
            <html><head><title>Was ist Freie Software</title></head><body><div class="forum"><h2>Was ist Freie Software</h2>
            <dl class="profile"><dd>r23</dd><dd><strong>Beiträge:</strong> 1626</dd><dd><strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl>
            <div class="content">Freie Software ist Software, die die Freiheit der Nutzer respektiert.</div></div></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void DateInTheHeadingYieldsToTheBylineDate()
    {
        var m = Read($"""
            <html><head><title>Ergebnisse: RM Schülerinnen A, Aalen-Unterkochen, 19.5.2007</title></head><body><div class="post">
            <h1>Ergebnisse: RM Schülerinnen A, Aalen-Unterkochen, 19.5.2007</h1><p>von Marc Scheloske | 20. Mai 2007 | Ergebnisse</p>
            <p>{Body}</p><p>{Body}</p></div></body></html>
            """);
        Assert.Equal(new DateTime(2007, 5, 20), m.Published!.Value.Date);
    }

    [Fact]
    public void MetadataDateShownBesideAnUpdateStampStands()
    {
        var m = Read($"""
            <html><head><title>Anpassung der Vorlagen</title><meta property="article:published_time" content="2018-06-22T10:20:00+02:00">
            <meta property="article:modified_time" content="2018-08-29T14:15:57+02:00"></head><body><div class="news">
            <h1>Anpassung der Vorlagen</h1><p>NMB-Media</p><p>2018-08-29 14:15:57</p><p>22.06.2018 10:20</p>
            <p>{Body}</p><p>{Body}</p></div></body></html>
            """);
        Assert.Equal(new DateTime(2018, 6, 22), m.Published!.Value.Date);
    }

    [Fact]
    public void UtcMetadataShownAsLocalTimeKeepsThePagesDayAndOffset()
    {
        var m = Read($$"""
            <html><head><title>St. Louis Park elects a new mayor</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"St. Louis Park elects a new mayor","datePublished":"2023-11-09T05:30:59Z"}</script></head>
            <body><article><h1>St. Louis Park elects a new mayor</h1><div class="time">PUBLISHED: <time>November 8, 2023 at 11:30 p.m.</time></div>
            <p>{{Body}}</p></article></body></html>
            """, null);
        Assert.Equal(new DateTimeOffset(2023, 11, 8, 23, 30, 59, TimeSpan.FromHours(-6)), m.Published);
    }

    [Fact]
    public void UpdateStampAloneBesideTheHeadingBeatsTheMetadataDate()
    {
        var m = Read($$"""
            <html><head><title>Dead skin cells build up</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Dead skin cells build up","datePublished":"2019-10-15T16:59:59Z","dateModified":"2020-03-12T14:42:17Z"}</script></head>
            <body><article><h1>Dead skin cells build up</h1><div class="byline">Jessica DeFino <div class="timestamp">Updated Mar 12, 2020 @ 10:42 am</div></div>
            <p>{{Body}}</p><p>{{Body}}</p></article></body></html>
            """);
        Assert.Equal(new DateTime(2020, 3, 12), m.Published!.Value.Date);
    }

    [Fact]
    public void PublishedDateShownBesideTheUpdateStampStands()
    {
        var m = Read($$"""
            <html><head><title>Bundesliga ohne Fehlentscheidungen</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bundesliga ohne Fehlentscheidungen","datePublished":"2023-10-24T14:19:10Z","dateModified":"2023-11-07T07:54:26Z"}</script></head>
            <body><article><h1>Bundesliga ohne Fehlentscheidungen</h1><p>Jan Kupitz <time datetime="2023-10-24T14:19:10Z"> | Oct 24, 2023</time>
            <time datetime="2023-11-07T07:54:26Z"> | Zuletzt geändert: Nov 7, 2023, 8:54 AM GMT+1</time></p>
            <p>{{Body}}</p><p>{{Body}}</p></article></body></html>
            """);
        Assert.Equal(new DateTime(2023, 10, 24), m.Published!.Value.Date);
    }

    [Fact]
    public void UpdateStampBesideTheHeadingBeatsAPublicationLabelBelowTheStory()
    {
        // The reader sees the update stamp under the heading; "Publiziert" only closes the story, days earlier.
        var m = Read($$"""
            <html><head><title>Wie Umweltzerstörung neue Epidemien begünstigt</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Wie Umweltzerstörung neue Epidemien begünstigt","datePublished":"2020-04-03T10:35:41.085Z","dateModified":"2020-04-11T08:27:52.727Z"}</script></head>
            <body><article><h1>Wie Umweltzerstörung neue Epidemien begünstigt</h1><h2 class="lead">{{Lead}}</h2>
            <time datetime="2020-04-11T08:27:52.727Z" class="last-updated-date-time">Aktualisiert: 11.04.2020, 10:27</time>
            <p>{{Body}}</p><p>{{Body}}</p><p>{{Body}}</p><p>{{Body}}</p>
            <div class="article-footer"><time datetime="2020-04-03T10:35:41.085Z" class="full-date-time">Publiziert: 03.04.2020, 12:35</time></div></article></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2020, 4, 11, 10, 27, 52, 727, TimeSpan.FromHours(2)), m.Published);
    }

    [Fact]
    public void SameDayUpdateStampKeepsTheFirstPublicationBelowTheStory()
    {
        var m = Read($$"""
            <html><head><title>Looking back at the wall</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Looking back at the wall","datePublished":"2019-11-19T13:16:49Z","dateModified":"2019-11-19T15:07:00Z"}</script></head>
            <body><article><h1>Looking back at the wall</h1><p class="content__meta">Updated on: November 19, 2019 / 10:07 AM</p>
            <p>{{Body}}</p><p>{{Body}}</p><p>{{Body}}</p><p>{{Body}}</p>
            <p class="content__meta">First published on November 19, 2019 / 8:16 AM</p></article></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2019, 11, 19, 13, 16, 49, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void LineAboveTheBylineStandsInForAMissingHeading()
    {
        // No h1, and the <title> names only the section: the heading is the line the byline sits under.
        var teasers = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li><span>{10 + i}.11.2022</span><a href=\"/n{i}\">Meldung {i}</a></li>"));
        var m = Read($$"""
            <html><head><title>energieverbraucher.de | Gaspreise</title></head><body>
            <div class="sidebar"><ul>{{teasers}}</ul></div>
            <div class="left-content"><p><a href="/preise">zurück zur Übersicht</a></p>
            <h6>Energiepreiskrise: Entlastungen und Rechte auf einen Blick</h6><h5><em>Von Leonora Holling</em></h5>
            <p>(21. November 2022) {{Body}}</p><p>{{Body}}</p></div></body></html>
            """);
        Assert.Equal(new DateTime(2022, 11, 21), m.Published!.Value.Date);
    }

    [Fact]
    public void TitleDateOnTheModificationDayBeatsTheFirstPublication()
    {
        // The body shows no date; the <title> dates the page as of its update, late on the evening before.
        var m = Read($$"""
            <html lang="es"><head><title>Gobierno acusa a la empresa de fomentar el conflicto portuario - Información - 11/05/2022 - EL DIARIO</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Gobierno acusa a la empresa de fomentar el conflicto portuario","datePublished":"2022-05-10T23:35:55","dateModified":"2022-05-11T04:10:00-03:00"}</script></head>
            <body><article><h1>Gobierno acusa a la empresa de fomentar el conflicto portuario</h1>
            <p>{{Body}}</p><p>{{Body}}</p></article></body></html>
            """);
        Assert.Equal(new DateTime(2022, 5, 11), m.Published!.Value.Date);
    }

    [Fact]
    public void TitleDateOtherThanTheModificationDayLeavesTheMetadataDate()
    {
        // "Spieltag vom 19.05.2007" names what the story is about, not when the page was updated.
        var m = Read($$"""
            <html><head><title>Spieltag vom 19.05.2007 | SV Aalen</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Sieg im letzten Heimspiel","datePublished":"2007-05-20T10:00:00+02:00","dateModified":"2007-05-22T09:00:00+02:00"}</script></head>
            <body><article><h1>Sieg im letzten Heimspiel</h1><p>{{Body}}</p><p>{{Body}}</p></article></body></html>
            """);
        Assert.Equal(new DateTime(2007, 5, 20), m.Published!.Value.Date);
    }

    [Fact]
    public void EventAnnouncedWithItsOpeningHourIsNotThePublicationDate()
    {
        var m = Read($$"""
            <html><head><title>Stammtisch Kassel</title></head><body><div id="content"><h1>Stammtisch</h1>
            <p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt.</p>
            <p>{{Body}}</p><p>{{Body}}</p></div></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void WikiPageIsDatedByItsLastRevisionStatement()
    {
        var m = Read($$"""
            <html lang="de"><head><title>HE:Kassel/Stammtisch – Piratenwiki</title></head><body>
            <div id="content"><h1 id="firstHeading">HE:Kassel/Stammtisch</h1>
            <p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt.</p><p>{{Body}}</p></div>
            <div id="footer"><ul><li id="footer-info-lastmod">Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li>
            <li><a href="/datenschutz">Datenschutz</a></li></ul></div></body></html>
            """);
        Assert.Equal(new DateTime(2020, 1, 29), m.Published!.Value.Date);
    }

    [Fact]
    public void HeadingWithInlineMarkupIsFoundBehindASkipLinkHeading()
    {
        var links = string.Concat(Enumerable.Range(1, 20).Select(i => $"<li><a href=\"/m{i}\">Menüpunkt {i}</a></li>"));
        var m = Read($$"""
            <html><head><title>Frauen im THW: Vergangenheit, Gegenwart und Zukunft</title></head><body>
            <h1 class="navSkip">Hauptnavigation</h1><div class="termine"><span>17.10.2021</span> Tag der offenen Tür</div>
            <ul class="menu">{{links}}</ul>
            <div id="content"><h1 class="withDate">Frauen im <abbr title="Technisches Hilfswerk">THW</abbr>: Vergangenheit, Gegenwart und Zukunft</h1>
            <p class="date">11.10.2021</p><p>{{Body}}</p><p>{{Body}}</p></div></body></html>
            """);
        Assert.Equal(new DateTime(2021, 10, 11), m.Published!.Value.Date);
    }

    [Fact]
    public void DateInAHeadingWrappedWithItsBylineYieldsToTheBylineDate()
    {
        var m = Read($"""
            <html><head><title>Ergebnisse: RM Schülerinnen A, 19.5.2007</title></head><body><div class="post">
            <div class="post-meta"><h1>Ergebnisse: RM Schülerinnen A, 19.5.2007</h1><p>von Marc Scheloske | 20. Mai 2007 | Ergebnisse</p></div>
            <p>{Body}</p><p>{Body}</p></div></body></html>
            """);
        Assert.Equal(new DateTime(2007, 5, 20), m.Published!.Value.Date);
    }

    [Fact]
    public void AuthorLineWithItsDateAfterThePostIsRead()
    {
        // Drupal and portal themes put "Gespeichert von NAME am DATE" / "Geschrieben von NAME am DATE" below the text.
        var m = Read($"""
            <html><head><title>FairCoin hackathon beim Sommercamp</title></head><body><div class="node">
            <h1>FairCoin hackathon beim Sommercamp</h1><p>{Body}</p><p>{Body}</p><p>{Body}</p>
            <div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div></div></body></html>
            """);
        Assert.Equal(new DateTime(2017, 7, 24), m.Published!.Value.Date);
    }

    [Fact]
    public void DayFirstDateInTheUrlIsTheLastResort()
    {
        var m = Read($"""
            <html><head><title>Erfolgsgeschichte</title></head><body><main><h1>Erfolgsgeschichte</h1><p>{Body}</p></main></body></html>
            """, "https://example.org/media-news/meldungen/29-10-2021");
        Assert.Equal(new DateTime(2021, 10, 29), m.Published!.Value.Date);
        Assert.Equal(ValueSource.Url, m.PublishedSource);
    }

    [Fact]
    public void DateLineBelowABandOfRatingWidgetsIsRead()
    {
        // Stars, counters and icon glyphs between the heading and the date line: many texts, little text.
        var m = Read($"""
            <html><head><title>Mandarinen-Schmand-Kuchen</title></head><body><main><h1>Mandarinen-Schmand-Kuchen</h1>
            <p>der cremigste Kuchen den ich kenne!</p>
            <div class="rating"><span>4.52</span> <span>bei</span> <span>948</span> <span>Bewertungen</span>
            <ul><li>Perfekt</li><li>Sehr gut</li><li>Ganz gut</li><li>Ausbaufähig</li><li>Mangelhaft</li></ul>
            <a>Rezept bewerten</a><span>Vielen Dank!</span><a>Bewertungen anzeigen</a><a>Jetzt anmelden</a></div>
            <div class="stats"><span>Prep</span><b>15</b><span>min</span><span>Total</span><b>50</b><span>min</span><span>Portionen</span><b>12</b></div>
            <div class="info"><span class="recipe-date">10.10.2006</span></div>
            <p>{Body}</p><p>{Body}</p></main></body></html>
            """);
        Assert.Equal(new DateTime(2006, 10, 10), m.Published!.Value.Date);
    }

    [Fact]
    public void TimesInAListBelowTheBodyGiveNoDate()
    {
        // The dates of a donation list (or replies, or further posts) under the text are not the page's own.
        var m = Read($"""
            <html><head><title>Caisse de solidarité financière</title></head><body><article>
            <h1>Caisse de solidarité financière</h1><p>{Body}</p><p>{Body}</p><p>{Body}</p>
            <ul class="list-group"><li><span class="text-secondary"><time datetime="2020-06-05T21:36:45+02:00">il y a 3 ans</time></span> Marie a donné 20 €</li>
            <li><span class="text-secondary"><time datetime="2020-05-25T16:24:53+02:00">il y a 3 ans</time></span> Paul a donné 50 €</li></ul>
            </article></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void EventDateWithItsHoursIsNotThePublicationDate()
    {
        var m = Read($"""
            <html><head><title>Sprungbrett-Event Schaffhausen</title></head><body><main>
            <div class="event-header"><span class="event-date">30. März 2020, 13:15 Uhr - 19:00 Uhr</span><span>Güterhof, Schaffhausen</span></div>
            <h1>Sprungbrett-Event Schaffhausen</h1><p>{Body}</p><p>{Body}</p></main></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void DeadlineIsNotThePublicationDate()
    {
        var m = Read($"""
            <html><head><title>Sprungbrett-Event Schaffhausen</title></head><body><main>
            <h1>Sprungbrett-Event Schaffhausen</h1><p>Leben in Schaffhausen!</p><p>Deadline: 15. März 2020</p>
            <p>{Body}</p><p>{Body}</p></main></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void MetadataDateInThePermalinksMonthIsKept()
    {
        var m = Read($"""
            <html><head><title>FuelCell Echo bringt Speed</title><meta property="article:published_time" content="2019-10-01" /></head>
            <body><main><h1>FuelCell Echo bringt Speed</h1><p>{Body}</p><p>{Body}</p></main></body></html>
            """, "https://example.org/2019/10/fuelcell-echo-bringt-speed/");
        Assert.Equal(new DateTime(2019, 10, 1), m.Published!.Value.Date);
        Assert.Equal(ValueSource.Meta, m.PublishedSource);
    }

    [Fact]
    public void DateSigningOffTheArticleIsRead()
    {
        var m = Read($"""
            <html><head><title>Time to say goodbye.</title></head><body><main><article><h1>Time to say goodbye.</h1>
            <p>Liebe_r Besucher_in,</p><p>{Body}</p><p>{Body}</p><p>In dem Sinne: So Long, and Thanks for All the Fish!</p>
            <p>Benni<br />10. September 2017</p></article></main>
            <footer><a href="/datenschutz">Datenschutzerklärung</a> · <a href="/impressum">Impressum</a></footer></body></html>
            """);
        Assert.Equal(new DateTime(2017, 9, 10), m.Published!.Value.Date);
    }

    [Fact]
    public void PostListEndingTheArticleGivesNoDate()
    {
        var m = Read($"""
            <html><head><title>Batteriespeicher</title></head><body><main><article><h1>Batteriespeicher</h1>
            <p>{Body}</p><p>{Body}</p><h3>Weitere Beiträge</h3>
            <div><a href="/a">Solarpflicht kommt</a><span>8. Juni 2022</span></div>
            <div><a href="/b">1,5 Grad könnten bereits bis 2026 überschritten werden</a><span>17. Mai 2022</span></div>
            </article></main></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void LatestNewsBoxListingTheArticleGivesItsDate()
    {
        var m = Read($"""
            <html><head><title>Menschenrechte achten</title></head><body><main>
            <h1>Menschenrechte achten</h1><p>{Body}</p><p>{Body}</p>
            <div class="teaser-list">
            <div class="teaser"><div class="authored">09.11.2021</div><h2>Geflüchtete in Belarus: AWO fordert schnelles Handeln</h2></div>
            <div class="teaser"><div class="authored">10.11.2021</div><h2>Menschenrechte achten</h2><p>Ein Appell an die nächste Bundesregierung</p></div>
            </div></main></body></html>
            """);
        Assert.Equal(new DateTime(2021, 11, 10), m.Published!.Value.Date);
    }

    [Fact]
    public void TimeInABannerRightAboveTheHeadingIsRead()
    {
        var m = Read($"""
            <html><head><title>Das ändert sich im Jahr 2023</title></head><body>
            <header><nav><a href="/">Start</a><a href="/news">News</a></nav></header>
            <main id="main"><div class="news-banner"><span>Pressemitteilung | Verbraucherzentrale Sachsen e.V.</span>
            <time datetime="2022-12-12 12:22">12.12.2022 12:22</time></div>
            <article><h1>Das ändert sich im Jahr 2023</h1><p>{Body}</p><p>{Body}</p></article></main></body></html>
            """);
        Assert.Equal(new DateTime(2022, 12, 12), m.Published!.Value.Date);
    }

    [Fact]
    public void HeaderClockAboveTheNavigationGivesNoDate()
    {
        var m = Read($"""
            <html><head><title>Das ändert sich im Jahr 2023</title></head><body>
            <div class="topbar"><time class="date" datetime="2022-12-12">Montag, 12. Dezember 2022</time></div>
            <nav><a href="/">Start</a><a href="/a">Politik</a><a href="/b">Wirtschaft</a><a href="/c">Sport</a><a href="/d">Kultur</a>
            <a href="/e">Wissen</a><a href="/f">Reisen</a><a href="/g">Auto</a><a href="/h">Digital</a><a href="/i">Leben</a></nav>
            <main><article><h1>Das ändert sich im Jahr 2023</h1><p>{Body}</p><p>{Body}</p></article></main></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void PublicationLabelInABoxRightAfterTheTextIsRead()
    {
        // A ministry page: no date under the heading; its date line closes the text, in a "teaser" box.
        var m = Read($"""
            <html><head><title>15. Zukunftsforum Ländliche Entwicklung</title></head><body>
            <div id="content"><div class="c-intro"><h1>15. Zukunftsforum Ländliche Entwicklung</h1><p>{Lead}</p></div>
            <p>{Body}</p><p>{Body}</p>
            <p><strong>Mehr Informationen finden Sie unter:</strong></p><p><a href="https://forum.example/">www.forum.example</a></p>
            <p class="c-teaser__meta"><span class="aural">Erschienen am</span> <time datetime="2022-01-26">26. Jan 2022</time>
            <span class="aural">im Format</span> <span>Aktuelles</span></p>
            <div class="c-linklist"><h2>Pressemitteilung</h2><ul><li><a href="/pm/10">Ehrenamtliche sind wahre Alltagshelden</a></li></ul></div>
            </div></body></html>
            """);
        Assert.Equal(new DateTime(2022, 1, 26), m.Published!.Value.Date);
        Assert.Equal(ValueSource.Text, m.PublishedSource);
    }

    [Fact]
    public void PublicationLabelsOfRelatedStoriesAfterTheTextGiveNoDate()
    {
        var m = Read($"""
            <html><head><title>15. Zukunftsforum Ländliche Entwicklung</title></head><body>
            <div id="content"><div class="c-intro"><h1>15. Zukunftsforum Ländliche Entwicklung</h1><p>{Lead}</p></div>
            <p>{Body}</p><p>{Body}</p>
            <div class="c-teaser"><a href="/a">Ehrenamt stärken</a><p class="c-teaser__meta">Erschienen am 12. Jan 2022</p></div>
            <div class="c-teaser"><a href="/b">Dörfer im Wandel</a><p class="c-teaser__meta">Erschienen am 3. Dez 2021</p></div>
            </div></body></html>
            """);
        Assert.Null(m.Published);
    }

    private const string ParkNews = "Sono almeno 9 le femmine di orso marsicano che si sono riprodotte nel 2019 nel Parco Nazionale e 16 i cuccioli contati, un numero mai registrato prima secondo i dati raccolti dal servizio scientifico.";

    [Fact]
    public void DescriptionOfTheHeadingAndADateGivesTheDate()
    {
        var m = Read($"""
            <html><head><title>ORSO MARSICANO: 2019 UN ANNO DA RECORD | Parco Nazionale</title>
            <meta name="description" content="ORSO MARSICANO: 2019 UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)"></head><body>
            <div class="news"><h1>ORSO MARSICANO: 2019 UN ANNO DA RECORD</h1><p>( Pescasseroli, 14 Gennaio 20 )</p>
            <p>{ParkNews}</p><p>{ParkNews}</p></div></body></html>
            """);
        Assert.Equal(new DateTime(2020, 1, 14), m.Published!.Value.Date);
        Assert.Equal(ValueSource.Meta, m.PublishedSource);
    }

    [Fact]
    public void DescriptionSummarisingTheStoryGivesNoDate()
    {
        // A date inside a summary is what the story tells of, not when it was published.
        var m = Read($"""
            <html><head><title>ORSO MARSICANO: 2019 UN ANNO DA RECORD | Parco Nazionale</title>
            <meta name="description" content="ORSO MARSICANO: 2019 UN ANNO DA RECORD. Il censimento concluso il 14 Gennaio 2020 conta 16 cuccioli e 9 femmine riprodotte"></head><body>
            <div class="news"><h1>ORSO MARSICANO: 2019 UN ANNO DA RECORD</h1>
            <p>{ParkNews}</p><p>{ParkNews}</p></div></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void SiteWideWebPageStampThatThePageNeverShowsGivesNoDate()
    {
        // SEO plugins stamp every page, evergreen guides and "about" pages alike, with a WebPage datePublished, an
        // article:published_time and og:type "article". On the trafilatura set unshown stamps sit on 20 undated pages
        // and 10 dated ones (8 of them right), and no kind of stamp, agreement of two stamps or article shape separates them.
        var m = Read($$"""
            <html><head><title>Eier legende Hühner: Die besten Rassen</title>
            <meta property="og:type" content="article"><meta property="article:published_time" content="2021-09-08T06:12:40+00:00">
            <meta property="article:modified_time" content="2021-09-08T09:30:02+00:00">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://example.org/#website","name":"Selbst gemacht"},
            {"@type":"WebPage","@id":"https://example.org/eier-legende-huehner/#webpage","name":"Eier legende Hühner","datePublished":"2021-09-08T06:12:40+00:00","dateModified":"2021-09-08T09:30:02+00:00"}]}</script></head>
            <body><main><article><h1>Eier legende Hühner: Die besten Rassen</h1>
            <p>{{Body}}</p><p>{{Body}}</p><p>{{Body}}</p></article></main></body></html>
            """);
        Assert.Null(m.Published);
    }

    [Fact]
    public void PlainMetaDateOfALandingPageThatItNeverShowsGivesNoDate()
    {
        // <meta name="date"> is often the CMS's last change of the page: on dated pages it misses the published day
        // on 9 of 24, so unshown it dates nothing.
        var m = Read($"""
            <html><head><title>Rioja - Weine aus Spanien | Weinhandel</title><meta name="date" content="2020-02-11"></head>
            <body><div class="page"><h1>Rioja</h1><p>{Body}</p><ul class="products"><li>Crianza 2016, 0,75 l</li><li>Reserva 2014, 0,75 l</li></ul></div></body></html>
            """);
        Assert.Null(m.Published);
    }
}
