using NewsFunctions.Extraction.Metadata.Authors;

namespace NewsFunctions.Tests.Extraction.Metadata;

public sealed class AuthorSourceTests
{
    [Fact]
    public void LoginInJsonLdGivesWayToTheDisplayNameInMeta()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta name="author" content="Edilson La Rosa">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"h","author":{"@type":"Person","name":"edilson.la.rosa"}}</script></head><body></body></html>
            """);
        Assert.Equal(["Edilson La Rosa"], m.Authors);
    }

    [Fact]
    public void FirstNameAloneInJsonLdIsCompletedFromTheVisibleByline()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"New robot","author":{"@type":"Person","name":"Todd"}}</script></head>
            <body><article><h1>New robot</h1><div class="meta"><p class="label"><strong>By</strong></p><p class="full-name">Todd Bates</p></div><p>Text.</p></article></body></html>
            """);
        Assert.Equal(["Todd Bates"], m.Authors);
    }

    [Fact]
    public void BylineNamingTheMetadataAuthorAndMoreAddsTheCoAuthors()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Test","author":{"@type":"Person","name":"Rudolf Fischer"}}</script></head>
            <body><article><h1>Test</h1><div class="meta-item author"><span class="fn">von Rudolf Fischer, Simon Kohler</span></div><p>Text.</p></article></body></html>
            """);
        Assert.Equal(["Rudolf Fischer", "Simon Kohler"], m.Authors);
    }

    [Fact]
    public void BylineLabelBeforeSeveralLinkedNamesGivesEveryPersonAndNotTheStation()
    {
        // The JSON-LD names the uploader, whom the page never shows; the byline under the heading lists the reporters.
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:site_name" content="WSVN 7News | Miami News, Weather, Sports">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Driver killed in crash",
             "author":{"@type":"Person","name":"Kathleen Ditton"}}</script></head>
            <body><article><h1>Driver killed in crash</h1>
            <div class="article-header__byline" itemprop="author">By <a href="/author/jessica-holly/" rel="author">Jessica Holly</a>,
             <a href="/author/gail-levy/" rel="author">Gail Levy</a>, <a href="/author/7-news-wsvn/" rel="author">7 News WSVN</a></div>
            <p>An overnight crash in Southwest Miami-Dade resulted in the death of a 15-year-old boy who was behind the wheel.</p>
            </article></body></html>
            """);
        Assert.Equal(["Jessica Holly", "Gail Levy"], m.Authors);
    }

    [Theory]
    [InlineData("By Glen Owen And Brendan Carlin For The Mail On Sunday", "Glen Owen", "Brendan Carlin")]
    [InlineData("Von Anna Berg und Jonas Keller für die Süddeutsche Zeitung", "Anna Berg", "Jonas Keller")]
    public void OutletTheWritersWriteForIsNotPartOfTheirNames(string byline, string first, string second)
    {
        var m = MetadataReaderTests.Read($$$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Brexit trade deal",
             "author":{"@type":"Person","name":"{{{byline}}}"}}</script></head>
            <body><article><h1>Brexit trade deal</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal([first, second], m.Authors);
    }

    [Fact]
    public void CitationAuthorBeatsTheAuthorsOfCitedWorks()
    {
        var cited = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li itemprop=\"citation\" itemscope><meta itemprop=\"author\" content=\"A{i}. Smith, B{i}. Jones\"></li>"));
        var m = MetadataReaderTests.Read($"<html><head><meta name=\"citation_author\" content=\"Marwan H. Adwan\"></head><body><article><h1>Drug reactions</h1><p>Text.</p><ol>{cited}</ol></article></body></html>");
        Assert.Equal("Marwan H. Adwan", m.Authors[0]);
    }

    [Theory]
    [InlineData("<meta property=\"cXenseParse:author\" content=\"Lisa Petrich\">")]
    [InlineData("<meta name=\"shareaholic:article_author_name\" content=\"Lisa Petrich\">")]
    [InlineData("<meta property=\"article&#x3A;author\" content=\"Lisa Petrich\">")]
    public void AnalyticsAuthorMetasAndEncodedKeysAreRead(string meta)
    {
        var m = MetadataReaderTests.Read($"<html><head>{meta}</head><body></body></html>");
        Assert.Equal(["Lisa Petrich"], m.Authors);
    }

    [Theory]
    [InlineData("Publiziert am")]
    [InlineData("Gepubliceerd op")]
    [InlineData("Updated on")]
    public void DateLabelInAnAuthorClassedSpanIsNoName(string label)
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><article><h1>Liebe Menschen Europas</h1>
            <div class="entry-meta"><span class="meta-prep meta-prep-author">{label}</span> <a href="/2014/01/liebe/" rel="bookmark"><span class="entry-date">13. Januar 2014</span></a>
            <span class="meta-sep">von</span> <span class="author vcard"><a class="url fn n" href="/author/uriebe/">uriebe</a></span></div>
            <p>Text.</p></article></body></html>
            """);
        Assert.Equal(["uriebe"], m.Authors);
    }

    [Fact]
    public void VonSubheadingDeepInTheStoryIsNoByline()
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><article><h1>Autokredit oder Barkauf?</h1>{LongParagraph}{LongParagraph}
            <h3>Von Barzahler-Rabatten profitieren</h3>{LongParagraph}</article></body></html>
            """);
        Assert.Empty(m.Authors);
    }

    [Fact]
    public void VonBylineBetweenStandfirstAndStoryIsRead()
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><article><h1>Autokredit oder Barkauf?</h1>{LongParagraph}
            <p class="meta">Von Anna Berg</p>{LongParagraph}{LongParagraph}</article></body></html>
            """);
        Assert.Equal(["Anna Berg"], m.Authors);
    }

    [Fact]
    public void RecipeAuthorIsReadFromJsonLd()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><script type="application/ld+json">{"@context":"http://schema.org","@type":"Recipe","name":"Mandarinen-Kuchen","author":{"@type":"Person","name":"jesusfreak"}}</script></head><body></body></html>
            """);
        Assert.Equal(["jesusfreak"], m.Authors);
    }

    [Fact]
    public void BylineInAChromeClassedBoxRightBelowTheHeadingIsRead()
    {
        // The related teasers come after the article's text.
        var text = string.Concat(Enumerable.Repeat("<p>Ein Absatz des Artikels.</p>", 20));
        var m = MetadataReaderTests.Read($"""
            <html><body><div class="article"><h1>„Es kommt darauf an“</h1>
            <div class="teaser-small__metadata"><p class="byline__author">VON <a href="/autoren/gathmann">MORITZ GATHMANN</a> am 21. April 2020</p></div>
            {text}</div><div class="teaser"><p class="byline__author">Von Anna Andere</p></div></body></html>
            """);
        Assert.Equal(["MORITZ GATHMANN"], m.Authors);
    }

    [Theory]
    [InlineData("<p>06.11.2023 13:30 von Olga</p>", "Olga")]
    [InlineData("<p class=\"postmetadata\">Von R. R. am <a href=\"/2013/08/07/\">7. August 2013</a></p>", "R. R.")]
    [InlineData("<div class=\"submitted\">Gespeichert von <span class=\"username\">rasos</span> am 24. Juli 2017</div>", "rasos")]
    [InlineData("<p>Autoren Jelko Djuren und Jutta Klaukien</p>", "Jelko Djuren")]
    public void BylineLinesInTheTextAreRead(string line, string expected)
    {
        var m = MetadataReaderTests.Read($"<html><body><div class=\"content\"><h1>Eine Nachricht</h1>{line}<p>Text.</p></div></body></html>");
        Assert.Contains(expected, m.Authors);
    }

    [Theory]
    [InlineData("Von Mat\u00ADthi\u00ADas Lauerer", "Matthias Lauerer")]
    [InlineData("Par Nicolas Gutierrez C.", "Nicolas Gutierrez C.")]
    [InlineData("Inga Hoeltmann Follow Transformationsbegleiterin und Expertin für Neue Arbeit", "Inga Hoeltmann")]
    [InlineData("Johanna Kropfitsch Alle Artikel", "Johanna Kropfitsch")]
    [InlineData("Rezept von Zum Profil von jesusfreak", "jesusfreak")]
    [InlineData("Luis Ávila Seguir", "Luis Ávila")]
    [InlineData("Simon Dückert →", "Simon Dückert")]
    [InlineData("Mobasir hassan", "Mobasir hassan")]
    [InlineData("~ Cem Basman", "Cem Basman")]
    [InlineData("Von Tomas Spahn Fr, 18. Oktober 2019", "Tomas Spahn")]
    [InlineData("By Jane Doe Sat, 19 Oct 2019", "Jane Doe")]
    public void BylineChromeAndHyphenationHintsAreStripped(string raw, string expected)
    {
        Assert.Equal([expected], AuthorNames.Clean([raw], null));
    }

    [Fact]
    public void InterviewBylineNamesBothSpeakers()
    {
        Assert.Equal(["Richard David Precht", "Karin Fischer"], AuthorNames.Clean(["Richard David Precht im Gespräch mit Karin Fischer"], null));
    }

    [Theory]
    [InlineData("Autoreninfo Moritz Gathmann leitet das Ressort Berliner Republik bei Cicero. Er studierte Russistik und Geschichte in Berlin und war viele Jahre Korrespondent in Russland")]
    [InlineData("Autor Teufel Blog Redaktion Alles über Lautsprecher, Heimkino und HiFi-Trends. Zudem haben wir jede Menge praktische Tipps und Tricks für zu Hause.")]
    [InlineData("Kontaktverbot bis Zoonose")]
    [InlineData("Über den Autor")]
    public void BiosAndPhrasesAreNotNames(string raw)
    {
        Assert.Empty(AuthorNames.Clean([raw], null));
    }

    [Fact]
    public void LabelAndNameInASidebarBoxRightBelowTheHeadingAreRead()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"New robot","author":{"@type":"Person","name":"Todd"}}</script></head>
            <body><main><h1>New robot</h1><section class="article-sidebar"><p class="label"><strong>By</strong></p><p class="full-name">Todd Bates</p></section><p>Text.</p></main></body></html>
            """);
        Assert.Equal(["Todd Bates"], m.Authors);
    }

    [Theory]
    [InlineData("wordpressadmin")]
    [InlineData("site_admin")]
    public void CmsAccountsAreNotPeople(string raw)
    {
        Assert.Empty(AuthorNames.Clean([raw], null));
    }

    [Theory]
    [InlineData("hessenschau.de, Frankfurt, Germany")]
    [InlineData("Zitat von TheFreeman")]
    [InlineData("3 Monate")]
    [InlineData("Super User")]
    [InlineData("publisher")]
    [InlineData("Mi")]
    [InlineData("Noticias de El Salvador")]
    public void DatelinesQuotesLabelsAndCmsDefaultsAreNotPeople(string raw)
    {
        Assert.Empty(AuthorNames.Clean([raw], "hessenschau.de"));
    }

    [Fact]
    public void NameBeforeASentenceOrADatelineIsKept()
    {
        Assert.Equal(["Martin Chikilian"], AuthorNames.Clean(["Martin Chikilian", "Martin is a full-stack engineer"], null));
        Assert.Equal(["Nada Tawfik"], AuthorNames.Clean(["By Nada Tawfik, Boston, USA"], null));
        Assert.Equal(["Barry Alleyne"], AuthorNames.Clean(["Article by Barry Alleyne"], null));
        Assert.Equal(["mh"], AuthorNames.Clean(["mh"], null));
    }

    [Fact]
    public void LabelledBylineUnderTheHeadingBeatsADifferentMetadataAuthor()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><script type="application/ld+json">{"@type":"Article","headline":"Erfinderinnen","author":{"@type":"Person","name":"Isabell Angele"}}</script></head>
            <body><article><h1>Erfinderinnen</h1><p><strong>Von Matthias Lauerer</strong></p><p>Ann Kiessling hat viele wichtige Entdeckungen gemacht.</p></article></body></html>
            """);
        Assert.Equal(["Matthias Lauerer"], m.Authors);
    }

    [Fact]
    public void SiteWideMetaAuthorGivesWayToTheLabelAndNameUnderTheHeading()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Podcasts in Plex einbinden</title><meta name="author" content="Matthias Hille - Lukas Balbach"></head>
            <body><div class="post"><h2>Podcasts in Plex einbinden</h2><p class="date">Erstellt von <a href="/author/fabian/">Fabian</a> am Dienstag 6. Mai 2014</p>
            <p>Ich benutze jetzt seit längerem Plex.</p></div></body></html>
            """);
        Assert.Equal(["Fabian"], m.Authors);
    }

    [Fact]
    public void BylineNamingTheMetadataAuthorDifferentlyKeepsTheMetadata()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta name="author" content="Eduardo Barreneche"></head>
            <body><article><h1>Gobierno acusa</h1><p>Por E. Barreneche</p><p>Texto.</p></article></body></html>
            """);
        Assert.Equal(["Eduardo Barreneche"], m.Authors);
    }

    [Fact]
    public void PhraseAfterABylineWordDoesNotOverruleTheMetadata()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta name="author" content="Dennis Tölle"></head>
            <body><article><h1>Urteil</h1><p>Tenor</p><p>Von Rechts wegen</p><p>Tatbestand</p></article></body></html>
            """);
        Assert.Equal(["Dennis Tölle"], m.Authors);
    }

    [Fact]
    public void LoginInJsonLdGivesWayToTheNameThePageShows()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Wahl","author":{"@type":"Person","name":"christian.stadtfeld"}}</script></head>
            <body><article><h1>Wahl</h1><p>Zunächst ist festzustellen, dass die Gemeindepolitik spannend bleibt.</p><p><strong>Es bleibt spannend.</strong> (Christian P. Stadtfeld) +++</p></article></body></html>
            """);
        Assert.Equal(["Christian P. Stadtfeld"], m.Authors);
    }

    [Fact]
    public void FirstNameAloneIsCompletedFromTheAuthorBox()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Tubeless","author":{"@type":"Person","name":"Stefanus"}}</script></head>
            <body><article><h1>Tubeless</h1><div class="byline"><div class="author">Stefanus</div></div><p>Reifen montieren geht so.</p>
            <div class="box"><div class="name">Stefanus</div><div class="bio">Stefanus Stahl - Maschinenbauer, Abenteurer und Projektleiter.</div></div></article></body></html>
            """);
        Assert.Equal(["Stefanus Stahl"], m.Authors);
    }

    [Fact]
    public void FirstNameAloneIsNotCompletedFromASentenceAboutSomeone()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Botschafter","author":{"@type":"Person","name":"Dago"}}</script></head>
            <body><article><h1>Botschafter</h1><p>Dago Leukefeld wird Botschafter des Sports.</p></article></body></html>
            """);
        Assert.Equal(["Dago"], m.Authors);
    }

    [Fact]
    public void BylinesOfRelatedPostsFurtherDownAreNotCoAuthors()
    {
        var text = string.Concat(Enumerable.Repeat("<p>Ein Absatz des Artikels über das Thema.</p>", 25));
        var related = string.Concat(new[] { "Ben Popper", "Max Pekarsky", "Emma Bostian" }.Select(n => $"<li><a href=\"/p\">Another post</a><div class=\"post-author\">{n}</div></li>"));
        var m = MetadataReaderTests.Read($"""
            <html><body><article><h1>Rust at scale</h1><div class="post-author">Jake Goulding</div>{text}<ul class="more-posts">{related}</ul></article></body></html>
            """);
        Assert.Equal(["Jake Goulding"], m.Authors);
    }

    private const string ProseParagraph = "<p>Im Anlauf zu den Olympischen Spielen im kommenden Sommer in Paris wird eine Belieferung mit Getränken "
        + "über die Seine getestet, insbesondere um den Transport möglichst umweltfreundlich zu organisieren und den Verkehr zu entlasten.</p>";

    private static string RelatedStories(params string[] authors) => "<section class=\"more-articles\">" + string.Concat(authors.Select((a, i) =>
        $"<article class=\"item\"><a href=\"/story-{i}\"><img src=\"/i{i}.jpg\" alt=\"\"><h5 class=\"item__subtitle\">Handel</h5><h4 class=\"item__title\">Story {i}</h4>"
        + $"<span class=\"item__intro\"><p>Ein kurzer Anreißer zur Geschichte Nummer {i}.</p></span><span class=\"item__metainfo\"><span class=\"item__author\">{a}</span>"
        + "<span class=\"item__date\">25.10.2023</span></span></a></article>")) + "</section>";

    [Fact]
    public void AuthorsOfARelatedStoriesListAfterAnUnsignedArticleAreNotItsAuthors()
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><main><h1>Getränke per Schiff ins Stadtzentrum</h1>{ProseParagraph}<p>Dazu werden die Getränke per Schiff geliefert.</p>
            {RelatedStories("Elena Kuss", "Heidrun Mittler", "Bettina Röttig")}</main></body></html>
            """);
        Assert.Empty(m.Authors);
    }

    [Fact]
    public void AuthorsOfARelatedStoriesListDoNotTurnUpAsBylineTexts()
    {
        var related = string.Concat(new[] { "Anna Dunst", "Maria Preuß", "Selina Jüngling" }.Select((a, i) =>
            $"<article class=\"node-teaser\"><h2><a href=\"/t{i}\">Teaser {i}</a></h2><p>Ein kurzer Anreißer.</p><div class=\"meta\"><span>von {a}</span></div></article>"));
        var m = MetadataReaderTests.Read($"""
            <html><body><main><h1>99 Wege, heute Selfcare zu betreiben</h1>{ProseParagraph}<p>Punkt eins.</p><div class="list">{related}</div></main></body></html>
            """);
        Assert.Empty(m.Authors);
    }

    [Fact]
    public void AuthorBoxAfterTheArticleRepeatingOneNameIsKept()
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><main><h1>Getränke per Schiff ins Stadtzentrum</h1>{ProseParagraph}{ProseParagraph}
            <div class="author-box"><span class="author-name">By Poppie Platt</span><p>Poppie writes about trade.</p></div>
            {string.Concat(Enumerable.Repeat("<p>Leser-Kommentar ohne Namen, aber mit einigem Text.</p>", 8))}
            <div class="author-box"><span class="author-name">Poppie Platt</span></div></main></body></html>
            """);
        Assert.Equal(["Poppie Platt"], m.Authors);
    }

    [Fact]
    public void LabelsOfAnAuthorPopUpAreNotNames()
    {
        var m = MetadataReaderTests.Read("""
            <html><body><article><h1>Klimavorreiter Oberland?</h1>
            <div class="author-wrap"><a rel="author" class="author-name" href="/autor/bp">von Birgit Posselt</a>
            <div class="author-popup"><span class="author-tab">Über</span><span class="author-tab">Über</span><a class="author-link" href="/autor/bp">Autorenseite von</a>
            <a class="author-mail" href="mailto:birgit.posselt@example.de">birgit.posselt@example.de</a><button class="author-close">Schließen</button></div></div>
            <p>Text.</p></article></body></html>
            """);
        Assert.Equal(["Birgit Posselt"], m.Authors);
    }

    [Fact]
    public void PictureCreditIsNotTheArticlesAuthor()
    {
        var m = MetadataReaderTests.Read("""
            <html><body><article><h1>Régimen cierra otro medio</h1>
            <div class="img-wrap"><img src="/foto.jpg"><span class="img-author">Cortesía</span></div>
            <p>Texto de la noticia.</p></article></body></html>
            """);
        Assert.Empty(m.Authors);
    }

    [Fact]
    public void BylineElementsSideBySideAreCoAuthors()
    {
        var m = MetadataReaderTests.Read("""
            <html><body><article><h1>Tumores</h1><p><span class="author">Isabel Caro</span>, <span class="author">Rocío Latorre</span></p><p>Texto.</p></article></body></html>
            """);
        Assert.Equal(["Isabel Caro", "Rocío Latorre"], m.Authors);
    }

    private const string LongParagraph = "<p>Was als Sonderausgabe der New York Times anlässlich des 400. Jahrestages der Ankunft der ersten versklavten Afrikaner begann, ist heute ein Buch, das die Geschichte der USA neu erzählt und viele Leser findet.</p>";

    [Fact]
    public void BoldNameAfterTheLastParagraphSignsTheArticle()
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><div id="content"><h1>Buch der Woche</h1>{ProseParagraph}<p>Blessing, 816 Seiten</p><p><strong>Marina Mucha</strong></p></div>
            <footer><a href="/abo">Abo</a></footer></body></html>
            """);
        Assert.Equal(["Marina Mucha"], m.Authors);
    }

    [Fact]
    public void FirstNameOverTheDateAfterTheLastParagraphSignsTheArticle()
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><article><h1>Time to say goodbye</h1>{ProseParagraph}<p>So long, and thanks for all the fish!</p><p>Benni<br>10. September 2017</p></article>
            <footer><a href="/impressum">Impressum</a></footer></body></html>
            """);
        Assert.Equal(["Benni"], m.Authors);
    }

    [Fact]
    public void NameAndDateOverACommentAreNotASignature()
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><article><h1>Winterdienst</h1>{ProseParagraph}</article><div class="allComments"><div class="entry"><span>Ray Reci</span><span>10.01.2017</span>
            <p>Der Gehweg gehört nicht dem Hausbesitzer, warum wird dann der Hausbesitzer verpflichtet, ihn zu räumen?</p></div></div></body></html>
            """);
        Assert.Empty(m.Authors);
    }

    [Theory]
    [InlineData("<p><b>Nächster Eintrag</b></p>")]
    [InlineData("<p><a href=\"/tag/boris-johnson\">Boris Johnson</a></p>")]
    [InlineData("<p>Marina Mucha</p>")]
    public void LabelsLinksAndPlainLinesAfterTheLastParagraphAreNotSignatures(string line)
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><article><h1>Buch der Woche</h1>{ProseParagraph}{line}</article></body></html>
            """);
        Assert.Empty(m.Authors);
    }

    [Fact]
    public void InterviewerNamedUnderTheHeadingBeatsTheMetaAuthor()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Interview mit Sonja Silberhorn</title><meta name="author" content="Paul Soldan"></head>
            <body><article><h1>Interview mit Sonja Silberhorn</h1><p><strong>„Es gibt mehr Kritiker als vermutet.“</strong></p>
            <p><em>Ein Interview von <strong>Eugen Zentner</strong> mit <strong>Sonja Silberhorn</strong>.</em></p><p>Die Autorin hat die Krise verarbeitet.</p></article></body></html>
            """);
        Assert.Equal(["Eugen Zentner"], m.Authors);
    }

    [Theory]
    [InlineData("Ein Gastbeitrag von Anna Berg", "Anna Berg")]
    [InlineData("Ein Kommentar von Max Muster", "Max Muster")]
    public void ArticleKindPrefixesAreStripped(string raw, string expected)
    {
        Assert.Equal([expected], AuthorNames.Clean([raw], null));
    }
    [Fact]
    public void JsonLdPersonWithABiographyKeepsTheNameOfTheBlogNamedAfterThem()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:site_name" content="Wolfgang Schmale"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","@id":"https://example.eu/#website","name":"Wolfgang Schmale"},
            {"@type":"Article","@id":"https://example.eu/post/#article","headline":"Abgebrochene Forschung","author":{"@id":"https://example.eu/#/schema/person/40d8"}},
            {"@type":["Person"],"@id":"https://example.eu/#/schema/person/40d8","name":"Wolfgang Schmale","description":"Wolfgang Schmale ist Historiker und Professor für Geschichte der Neuzeit in Wien."}]}</script></head>
            <body><article><h1>Abgebrochene Forschung</h1><p>Eine neue Studie über die Geschichtswissenschaft.</p></article></body></html>
            """);
        Assert.Equal(["Wolfgang Schmale"], m.Authors);
    }

    [Fact]
    public void JsonLdPersonWithoutABiographyNamedLikeTheSiteIsTheSitesAccount()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:site_name" content="Viertausendhertz"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"Article","headline":"Neue Folge","author":{"@type":"Person","name":"Viertausendhertz"}}]}</script></head>
            <body><article><h1>Neue Folge</h1><p>Die neue Folge ist da.</p></article></body></html>
            """);
        Assert.Empty(m.Authors);
    }

    [Theory]
    [InlineData("Posted in <a href=\"/category/datenschutz/\" rel=\"category tag\">Datenschutz</a> by damianduchamps on August 3, 2019", "damianduchamps")]
    [InlineData("Filed under: <a href=\"/category/alltag/\" rel=\"category tag\">Alltagsgeplauder</a>,<a href=\"/category/buecher/\" rel=\"category tag\">Büchergeschichten</a> &#8212; jancak @ 00:11 <br />Tags: <a href=\"/tag/neujahr/\">Neujahr</a>", "jancak")]
    public void AccountNameInABlogPostLineIsTheAuthor(string line, string expected)
    {
        var m = MetadataReaderTests.Read($"""
            <html><head><title>Ins neue Jahr | Blog</title></head><body><div id="content"><div class="post hentry"><h2>Ins neue Jahr</h2>
            <div class="meta">{line}</div><div class="main"><p>Es bleibt weiterhin spannend, was das neue Jahr bringt.</p></div></div></div></body></html>
            """);
        Assert.Equal([expected], m.Authors);
    }
    [Fact]
    public void SignatureOverATickerSectionIsTheAuthor()
    {
        const string Ticker = "<h2>Kurznachrichtenticker</h2><ul><li>vor 16 Stunden</li><li>Weitere Absagen in der Oberliga Nord: Rostock hat das für Mittwoch "
            + "geplante Nachholspiel in Hamburg aufgrund eines Corona-Verdachtsfalls abgesagt. Bei Erfurt gibt es mehrere bestätigte Fälle im Team.</li></ul>"
            + "<h2>Die App</h2><p>Lesen Sie jetzt alles über die schnellste Mannschaftssportart der Welt auf Ihrem Tablet oder Smartphone, mit allen "
            + "Ergebnissen, Tabellen und Statistiken aus den Ligen, dazu Hintergründe und Interviews.</p>";
        var m = MetadataReaderTests.Read($"""
            <html><body><div class="content"><h1>München verpasst das Endspiel</h1>{ProseParagraph}<p><b><i>Stefan Wasmer</i></b></p>{Ticker}</div></body></html>
            """);
        Assert.Equal(["Stefan Wasmer"], m.Authors);
    }

    [Fact]
    public void NamesOverSeveralSectionsAreNoSignature()
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><div class="content"><h1>Zwei Meinungen</h1>{ProseParagraph}<p><b>Stefan Wasmer</b></p><h2>Die Gegenrede</h2>{ProseParagraph}<p><b>Anna Berg</b></p><h2>Das Fazit</h2>{ProseParagraph}</div></body></html>
            """);
        Assert.Empty(m.Authors);
    }
    [Fact]
    public void DateDashNameUnderTheHeadingIsTheByline()
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><article><h1>Die Freiheit der Planung</h1><div class="field-type">Essay</div><div class="field-name"><span>25.10.2022 - Reiner Nagel</span></div>{ProseParagraph}</article></body></html>
            """);
        Assert.Equal(["Reiner Nagel"], m.Authors);
    }

    [Fact]
    public void DateDashNameFarBelowTheHeadingIsNoByline()
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><article><h1>Die Freiheit der Planung</h1>{ProseParagraph}{ProseParagraph}{ProseParagraph}<ul><li>25.10.2022 - Reiner Nagel</li></ul></article></body></html>
            """);
        Assert.Empty(m.Authors);
    }
    [Fact]
    public void HCardAuthorInThePostKeepsTheNameOfTheBlogNamedAfterThem()
    {
        var m = MetadataReaderTests.Read($"""
            <html><head><meta property="og:site_name" content="zahlenzauberin"></head><body><header class="site-header"><h1 class="vcard author"><a class="fn" href="/">Zahlenzauberin</a></h1></header>
            <div class="post hentry"><h2>Was Zahlen erzählen</h2><div class="post-content"><h4 class="vcard author"><span class="fn">zahlenzauberin</span></h4><div class="entry-content">{ProseParagraph}</div></div></div></body></html>
            """);
        Assert.Equal(["zahlenzauberin"], m.Authors);
    }
    [Theory]
    [InlineData("with Anu Garg", "Anu Garg")]
    [InlineData("With Open Arms", null)]
    [InlineData("MIT Tech Review", null)]
    public void LowerCaseWithLineUnderAColumnNameIsItsHost(string line, string? expected)
    {
        var m = MetadataReaderTests.Read($"""
            <html><head><title>A.Word.A.Day --maudlin</title></head><body><table><tr><td><div class="logo">A.Word.A.Day</div><div>{line}</div></td></tr>
            <tr><td><h3>maudlin</h3><div>PRONUNCIATION:</div><div>(MAWD-lin)</div>{ProseParagraph}</td></tr></table></body></html>
            """);
        Assert.Equal(expected is null ? [] : [expected], m.Authors);
    }
    [Theory]
    [InlineData("https://www.example.de/user-uebersicht/?u=79003", "MikeNils")]
    [InlineData("/author/mikenils/", "MikeNils")]
    [InlineData("/kategorie/lebensmittel/", null)]
    public void LinkedUserNameOverTheDateUnderTheHeadingIsTheAuthor(string href, string? expected)
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><article class="box"><header class="entry-header"><h1>Jacobs Gold Instant Kaffee 2 Gläser für 4,80 €</h1><div class="entry-meta"><div class="row">
            <img src="/avatars/79003.jpg" class="avatar" alt="Profilbild"> <a href="{href}">MikeNils</a> 18.10.2019, 15:07 Uhr</div></div></header>{ProseParagraph}</article></body></html>
            """);
        Assert.Equal(expected is null ? [] : [expected], m.Authors);
    }
    [Fact]
    public void LinkedLoginOverTheHeadingIsTheAuthor()
    {
        var m = MetadataReaderTests.Read($"""
            <html><head><meta property="og:site_name" content="COUCH"></head><body><main><div class="homestory-container"><div class="user-badge"><a href="/members/127862"><div class="d-inline-flex">
            <div class="image-wrapper"><img class="avatar" alt="fri.juli" src="/bilder/frijuli.jpeg"></div><div class="avatar-side-name">fri.juli</div></div></a></div>
            <h1>Vintage-Flair mit viel Grün</h1><div>23.09.22</div>{ProseParagraph}</div></main></body></html>
            """);
        Assert.Equal(["fri.juli"], m.Authors);
    }
    [Theory]
    [InlineData("zu allen Rezepten vom Autor", "Iris Lange-Fricke")]
    [InlineData("View all posts by the author", "Iris Lange-Fricke")]
    [InlineData("zu allen Rezepten", null)]
    public void NameOverALinkToTheirOtherWorkIsTheAuthor(string link, string? expected)
    {
        var m = MetadataReaderTests.Read($"""
            <html><body><main><h1>Vanille-Hafer-Porridge mit Leinsamen und Apfel</h1>{ProseParagraph}
            <div class="recipe-experts"><div class="recipe-experts-headline">Entwicklung dieses Rezeptes:</div><div class="recipe-expert-name">Iris Lange-Fricke</div>
            <a class="expert-link" href="/experten/iris">{link}</a></div></main></body></html>
            """);
        Assert.Equal(expected is null ? [] : [expected], m.Authors);
    }

    [Fact]
    public void AuthorNamedLikeASiteNamedAfterAPersonIsKept()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:site_name" content="Laura Berger"><meta itemprop="author" content="Laura Berger"><title>Warum ich gehe &mdash; Laura Berger</title></head>
            <body><main><h1>Warum ich gehe</h1><p>Nach zehn Jahren in der Stadt ziehe ich aufs Land, und das hat Gründe, die ich hier aufschreibe.</p></main></body></html>
            """);
        Assert.Equal(["Laura Berger"], m.Authors);
    }

    [Theory]
    [InlineData("Dr. Markus Feldmann", "Markus Feldmann")]
    [InlineData("C.Brandhuber", "C.Brandhuber")]
    [InlineData("Anna Maria von Berg", "Anna Maria von Berg")]
    public void SiteNamedAfterAPersonNamesTheWriterOfAnUnsignedPost(string site, string expected)
    {
        var m = MetadataReaderTests.Read($"""
            <html><head><meta property="og:site_name" content="{site}"><title>Zeitphilosophie &#8211; {site}</title></head>
            <body><main><h1>Zeitphilosophie</h1><p>Zeit ist das, was man an der Uhr abliest, sagte einmal ein Physiker, und dabei blieb es lange Zeit.</p></main></body></html>
            """);
        Assert.Equal([expected], m.Authors);
    }

    [Theory]
    [InlineData("Daheim Solar")]
    [InlineData("Miami Today")]
    [InlineData("Markus Feldmann Media")]
    [InlineData("Anna Berg Photography")]
    [InlineData("Julia KG")]
    public void SiteNamedLikeABusinessNamesNoWriter(string site)
    {
        var m = MetadataReaderTests.Read($"""
            <html><head><meta property="og:site_name" content="{site}"><title>Neue Anlage &#8211; {site}</title></head>
            <body><main><h1>Neue Anlage</h1><p>Die neue Anlage auf dem Dach liefert seit dem Frühjahr Strom für das ganze Haus und noch etwas mehr.</p></main></body></html>
            """);
        Assert.Empty(m.Authors);
    }

    [Theory]
    [InlineData("(c) Johannes Brandt &bull; Weitere Rechte siehe Impressum", "Johannes Brandt")]
    [InlineData("(<a href=\"https://creativecommons.org/licenses/by-nc-sa/2.0/de/\">Creative Commons-Lizenz</a>) 2006-2008 by Martin Kessler<br>Hosted by Net-Hosting", "Martin Kessler")]
    [InlineData("Copyright &copy; 2019 Sven Schreiber. All rights reserved.", "Sven Schreiber")]
    [InlineData("&copy; 2024 Acme Media GmbH", null)]
    [InlineData("&copy; Miami Today", null)]
    [InlineData("Bild 4: &copy;John Arano, bestimmte Rechte vorbehalten", null)]
    public void CopyrightHolderInTheFooterIsTheWriterOfAnUnsignedPost(string footer, string? expected)
    {
        var m = MetadataReaderTests.Read($"""
            <html><head><title>Monstergespräche</title></head><body><div id="content"><h1>Monstergespräche</h1>
            <p>Es war einmal ein kleines Monster, das unter dem Bett wohnte und jede Nacht mit dem Kind sprach, bis das Kind einschlief und träumte.</p></div>
            <footer><p class="copyrights-text">{footer}</p></footer></body></html>
            """);
        Assert.Equal(expected is null ? [] : [expected], m.Authors);
    }

    [Fact]
    public void TwoCopyrightHoldersNameNoWriter()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Monstergespräche</title></head><body><div id="content"><h1>Monstergespräche</h1>
            <p>Es war einmal ein kleines Monster, das unter dem Bett wohnte und jede Nacht mit dem Kind sprach, bis das Kind einschlief und träumte.</p>
            <p>&copy; Anna Vogt</p></div><footer><p>&copy; 2020 Peter Hansen</p></footer></body></html>
            """);
        Assert.Empty(m.Authors);
    }
}
