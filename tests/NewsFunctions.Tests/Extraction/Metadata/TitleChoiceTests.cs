namespace NewsFunctions.Tests.Extraction.Metadata;

public sealed class TitleChoiceTests
{
    [Fact]
    public void SoleHeadingBeatsAnOgTitleRewrittenForSearch()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Wärmepumpe im Altbau - Wann es sich lohnt | heizung.de</title><meta property="og:title" content="Wärmepumpe im Altbau - Wann es sich lohnt | heizung.de"></head>
            <body><nav><h2>Menü</h2></nav><article><h1>Eignet sich eine Wärmepumpe im Altbau?</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Eignet sich eine Wärmepumpe im Altbau?", m.Title);
    }

    [Fact]
    public void TitleElementOfManyPartsGivesItsLongestPartWhereverItSits()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>FC Blau-Weiß Regensburg - Eintracht stellt Weichen für die Zukunft - Vereinspresse - News</title></head>
            <body><div class="content"><p>Der Verein hat am Montag seine Pläne für die kommenden drei Spielzeiten vorgestellt.</p></div></body></html>
            """);
        Assert.Equal("Eintracht stellt Weichen für die Zukunft", m.Title);
    }

    [Fact]
    public void SubheadingThatOpensTheTitleElementWinsThoughItsOwnDashSplitsIt()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Offshore-Windenergie – Sauberer Strom vom Meer | Stiftung OFFSHORE-WINDENERGIE</title>
            <meta property="og:title" content="Offshore-Windenergie"></head>
            <body><header><h1><a href="https://www.offshore-stiftung.de/">Stiftung Offshore Windenergie</a></h1>
            <form><h2 class="element-invisible">Suchformular</h2><input name="q"></form></header>
            <div id="main"><h2>Offshore-Windenergie – Sauberer Strom vom Meer</h2>
            <p>Windenergieanlagen auf See liefern schon heute einen wachsenden Teil des Stroms, den Deutschland verbraucht.</p></div>
            <div class="region-sidebar"><h2>Veranstaltungen</h2><p>Windforce Conference</p><h2>Status Quo Offshore-Windenergie</h2><p>Zahlen und Fakten</p></div></body></html>
            """, "https://www.offshore-stiftung.de/offshore-windenergie");
        Assert.Equal("Offshore-Windenergie – Sauberer Strom vom Meer", m.Title);
    }

    [Fact]
    public void TitleElementOfTwoPartsKeepsASubstantialFirstPart()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Stadtrat beschließt neuen Radweg | Regensburger Wochenblatt und Stadtanzeiger</title></head>
            <body><div class="content"><p>Der Stadtrat hat am Montag den Bau eines neuen Radwegs beschlossen.</p></div></body></html>
            """);
        Assert.Equal("Stadtrat beschließt neuen Radweg", m.Title);
    }

    [Fact]
    public void HeadingWithAKickerGivesTheWholeHeadlineWithItsOwnDash()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:title" content="INDUSTRIEMAGAZIN | Luftfahrtbranche hebt nach Corona ab - und FACC profitiert">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Luftfahrtbranche hebt nach Corona ab - und FACC profitiert"}</script></head>
            <body><article><h1><span>Auftragshoch bei FACC</span> : Luftfahrtbranche hebt nach Corona ab - und FACC profitiert</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Luftfahrtbranche hebt nach Corona ab - und FACC profitiert", m.Title);
    }

    [Fact]
    public void MetaTitleCutAtAQuotationMarkIsTakenWholeFromTheTitleElement()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Senador republicano califica a Biden de "incapacitado"</title>
            <meta property="og:title" content="Senador republicano califica a Biden de "incapacitado"">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Senador republicano califica a Biden de "}</script></head>
            <body><article><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Senador republicano califica a Biden de \"incapacitado\"", m.Title);
    }

    [Fact]
    public void LaterHeadingThatTheTitleElementNamesBeatsANavigationHeading()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>www.praesident.example: Reden / Rede des Präsidenten beim Konvent der Landesparlamente</title></head>
            <body><div id="skip"><h1>Navigation und Service</h1></div><div id="content"><h1>Rede des Präsidenten beim Konvent der Landesparlamente</h1><p>Text.</p></div></body></html>
            """);
        Assert.Equal("Rede des Präsidenten beim Konvent der Landesparlamente", m.Title);
    }

    [Fact]
    public void OneWordSectionHeadingLosesToADifferentOgTitle()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Stiftung - detail</title><meta property="og:title" content="Kommunalwahlen in Nordmazedonien"></head>
            <body><div class="content"><h1>detail</h1><p>Text.</p></div></body></html>
            """);
        Assert.Equal("Kommunalwahlen in Nordmazedonien", m.Title);
    }

    [Fact]
    public void RubyReadingsAreNotPartOfTheHeading()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>子どもへの体罰を禁止する法律ができる</title></head>
            <body><article><h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt><rp>)</rp></ruby>を禁止する</h1><p>Text.</p></article></body></html>
            """);
        Assert.DoesNotContain("たいばつ", m.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyHeadingInABannerBeatsADifferentOgTitle()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Gefahrstoff-Service - Qualisys</title><meta property="og:title" content="Gefahrstoff-Service"></head>
            <body><div class="banner"><h1>Gefahrstoffmanagement für Hersteller und Importeure</h1></div><div class="content"><p>Text.</p></div></body></html>
            """);
        Assert.Equal("Gefahrstoffmanagement für Hersteller und Importeure", m.Title);
    }

    [Fact]
    public void BoxLabelsAndARepeatedCopyDoNotHideTheSoleHeading()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:title" content="Möchtest Du mit mir zusammen beitreten?"></head>
            <body><div class="page"><h1>Wellaflex – Schnell aufgefrischtes Haar</h1><p>Text.</p><h1>Anwendung</h1><p>Text.</p>
            <div class="sticky"><h1>Wellaflex – Schnell aufgefrischtes Haar</h1></div></div></body></html>
            """);
        Assert.Equal("Wellaflex – Schnell aufgefrischtes Haar", m.Title);
    }

    [Fact]
    public void OneWordHeadingBeatsATitleElementThatIsTheSiteName()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Ausflugtipps Niederrhein und Ruhrgebiet</title></head>
            <body><div class="content"><h1>Essen-Westviertel</h1><p>Text.</p></div></body></html>
            """);
        Assert.Equal("Essen-Westviertel", m.Title);
    }

    [Theory]
    [InlineData("energieverbraucher.de | Gaspreise", "Gaspreise")]
    [InlineData("Wahl in Hessen: Alle Ergebnisse | www.tagesblatt.de", "Wahl in Hessen: Alle Ergebnisse")]
    public void HostNameInTheTitleElementIsTheSiteNotTheTitle(string titleElement, string expected)
    {
        var m = MetadataReaderTests.Read($"""
            <html><head><title>{titleElement}</title></head>
            <body><nav><a href="/">Start</a></nav><div class="text"><p>Die Preise steigen weiter, und viele Haushalte fragen sich, welche Entlastungen ihnen zustehen.</p></div></body></html>
            """);
        Assert.Equal(expected, m.Title);
    }

    [Fact]
    public void TaglineSubheadingThatTheTitleElementOpensWithDoesNotBeatTheHeading()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Run Windows on Mac - Parallels Desktop 15 Virtual Machine for Mac</title></head>
            <body><main><h1>Parallels Desktop 15 for Mac</h1><h2>Run Windows on Mac</h2><p>Text.</p></main></body></html>
            """);
        Assert.Equal("Parallels Desktop 15 for Mac", m.Title);
    }

    [Fact]
    public void OneWordPlaceHeadingAboveTheArticleHeadingIsNotTheMainHeading()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Frei erfunden: Grab-Bote fliegt nach Singapur, Thailand</title><meta property="og:title" content="Frei erfunden: Grab-Bote fliegt nach Singapur, Thailand"></head>
            <body><div class="news"><h1>Bangkok</h1><h1>Frei erfunden: Grab-Bote fliegt nach Singapur</h1><p>Text.</p></div></body></html>
            """);
        Assert.Equal("Frei erfunden: Grab-Bote fliegt nach Singapur", m.Title);
    }

    [Fact]
    public void HeadingWithAKickerGivesTheUndividedTitleElement()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Impfen und Boostern ist noch überall möglich</title><meta property="og:title" content="Medienmitteilungen"></head>
            <body><div class="content"><h1><span>Medienmitteilung der Gesundheitsdirektion</span> : Impfen und Boostern ist noch überall möglich</h1><p>Text.</p></div></body></html>
            """);
        Assert.Equal("Impfen und Boostern ist noch überall möglich", m.Title);
    }

    [Fact]
    public void KickerSetApartInTheHeadingIsNotPartOfTheTitle()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Covid-19: Lässt sich die Ausbreitung in Deutschland kontrollieren? - Wissen aktuell</title>
            <meta property="og:title" content="Covid-19: Lässt sich die Ausbreitung in Deutschland kontrollieren?"></head>
            <body><ol class="crumbs"><li><h1>Covid-19: Lässt sich die Ausbreitung in Deutschland kontrollieren?</h1></li></ol>
            <div class="content"><h2> <span class="content__kicker">Covid-19</span><span class="sr-only">: </span>
            <span class="content__title">Lässt sich die Ausbreitung in Deutschland kontrollieren?</span></h2><p>Text.</p></div></body></html>
            """);
        Assert.Equal("Lässt sich die Ausbreitung in Deutschland kontrollieren?", m.Title);
    }

    [Fact]
    public void KickerBehindAHiddenDashIsNotPartOfTheTitle()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:title" content="Corona-Pandemie - „Es kommt darauf an, wie die Menschen sterben“"></head>
            <body><article><h1 itemprop="headline"><span class="red">Corona-Pandemie</span> <span class="visually-hidden"> - </span>
            <span class="h1">„Es kommt darauf an, wie die Menschen sterben“</span></h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("„Es kommt darauf an, wie die Menschen sterben“", m.Title);
    }

    [Fact]
    public void SocialTitleWithAKickerInASecondHeadingDoesNotBeatTheHeadlineInTheH1()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:title" content="Pflaster-Desaster: Fußgängerzone in schlechtem Zustand">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Die Stadt verklagt die Baufirma wegen schlechter Pflastersteine"}</script></head>
            <body><article><h1>Die Stadt verklagt die Baufirma wegen schlechter Pflastersteine</h1>
            <h2 class="article_headline"><span>Pflaster-Desaster:</span> Fußgängerzone in schlechtem Zustand</h2><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Die Stadt verklagt die Baufirma wegen schlechter Pflastersteine", m.Title);
    }

    [Fact]
    public void StyledFirstWordOfTheHeadingIsNotAKicker()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:title" content="Why the tram line took ten years"></head>
            <body><article><h1><span class="drop">Why</span> the tram line took ten years</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Why the tram line took ten years", m.Title);
    }

    [Fact]
    public void PostTitleInAnH2BeatsATitleElementOfSectionAndSiteNames()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>der Schreibstil - webdesign-muster.example - Webdesign</title></head>
            <body><div id="top"><h2 class="sr-only">Navigation überspringen</h2><a href="/">Start</a></div>
            <div id="inhalt"><h2>Schreiben Sie Informationen für Ihre Zielgruppe</h2>
            <p>Beim Schreiben Ihrer Texte sollte Ihr erster Gedanke der Zielgruppe gelten: wer liest, was will er wissen, und welche Sprache spricht er im Alltag?</p>
            <p>Wenn Sie wissen wollen, welche Sprache Ihre Zielgruppe spricht, hören Sie ihr zu, in Foren, in Leserbriefen und im Gespräch mit Ihren Kunden.</p></div></body></html>
            """);
        Assert.Equal("Schreiben Sie Informationen für Ihre Zielgruppe", m.Title);
    }

    [Fact]
    public void SectionHeadingOverALinkListIsNotThePostTitle()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Warum der Streit öffentlich wurde - Entermedia</title></head>
            <body><div class="top"><h2 class="byType">Nachrichten nach Ressort</h2><ul><li><a href="/ent">Unterhaltung</a></li><li><a href="/kultur">Kultur</a></li></ul></div>
            <div class="article"><p>Der Streit zwischen der Sängerin und ihrer früheren Agentur ist längst keine Privatsache mehr, seit beide Seiten ihre Vorwürfe in Interviews und in den sozialen Netzwerken ausbreiten.</p></div></body></html>
            """);
        Assert.Equal("Warum der Streit öffentlich wurde", m.Title);
    }

    [Fact]
    public void OneWordHeadingThatTheTitleElementShortensToItsLastWordIsTheTitle()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Geschichte - St. Georgs Knabenchor Ulm</title></head>
            <body><div class="content"><h1>Chorgeschichte</h1><p>Der Chor wurde 1968 gegründet und singt seitdem in der Gemeinde.</p></div></body></html>
            """);
        Assert.Equal("Chorgeschichte", m.Title);
    }

    [Theory]
    [InlineData("Wochenbericht 14. - 20. Januar 2022 - SLF", "Wochenbericht 14. - 20. Januar 2022")]
    [InlineData("Die Busse der Baujahre 1931 – 1945 | Fahrzeugarchiv", "Die Busse der Baujahre 1931 – 1945")]
    public void DashBetweenNumbersIsARangeNotASeparator(string titleElement, string expected)
    {
        var m = MetadataReaderTests.Read($"""
            <html><head><title>{titleElement}</title></head>
            <body><div class="text"><p>Die Lawinensituation entwickelte sich in dieser Woche äusserst günstig, die Schneedecke blieb aber schwach.</p></div></body></html>
            """);
        Assert.Equal(expected, m.Title);
    }

    [Fact]
    public void BlogNameInTheH1AheadOfABlogArchiveTitleGivesThePostInTheH2()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos</title></head>
            <body><div id="kopf"><h1><a href="https://archiv.example/time4talks/">Time 4 talks</a></h1></div>
            <div id="inhalt"><h2>Weitere Digitalisierung der Schweizer Kinos</h2><p>Text.</p></div></body></html>
            """);
        Assert.Equal("Weitere Digitalisierung der Schweizer Kinos", m.Title);
    }

    [Fact]
    public void SectionH2ThatTheTitleElementNamesInTheMiddleDoesNotBeatTheHeading()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Verfassungsgericht: Prozess geht weiter / Politik / Artikel / Tageblatt</title></head>
            <body><div id="inhalt"><h1>Verfassungsgericht: Prozess geht weiter</h1><h2>Politik</h2><p>Text.</p></div></body></html>
            """);
        Assert.Equal("Verfassungsgericht: Prozess geht weiter", m.Title);
    }
}
