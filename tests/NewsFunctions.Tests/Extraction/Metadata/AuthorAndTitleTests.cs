using NewsFunctions.Extraction;
using NewsFunctions.Extraction.Metadata.Authors;

namespace NewsFunctions.Tests.Extraction.Metadata;

public sealed class AuthorAndTitleTests
{
    private static readonly string[] NoSite = [];

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("Von Max Mustermann", "Max Mustermann")]
    [InlineData("Por María López", "María López")]
    [InlineData("Par Jean Dupont", "Jean Dupont")]
    [InlineData("Door Jan de Vries", "Jan de Vries")]
    [InlineData("di Mario Rossi", "Mario Rossi")]
    [InlineData("Autor: Klausmartin Friedrich", "Klausmartin Friedrich")]
    [InlineData("Written by Alex Smith | March 3, 2021", "Alex Smith")]
    [InlineData("By Jane Doe, Reuters", "Jane Doe")]
    [InlineData("Jane Doe Email the author", "Jane Doe")]
    [InlineData("Jane Doe jane.doe@example.com", "Jane Doe")]
    [InlineData("Eingestellt von der Michel", "der Michel")]
    [InlineData("Gepostet von Anna Berg", "Anna Berg")]
    [InlineData("Blog Beitrag von Margarita Koreneva", "Margarita Koreneva")]
    [InlineData("Finian Cunningham. Sputnik International", "Finian Cunningham")]
    [InlineData("Prof. Dr. Hans Müller", "Prof. Dr. Hans Müller")]
    [InlineData("VICTOR TANGERMANN, FUTURISM", "VICTOR TANGERMANN")]
    [InlineData("By Jane Doe, Mashable", "Jane Doe")]
    public void BylinePrefixesAndChromeAreStripped(string raw, string expected)
    {
        Assert.Equal([expected], AuthorNames.Clean([raw], null));
    }

    [Fact]
    public void SeveralAuthorsAreSplit()
    {
        Assert.Equal(["Rudolf Fischer", "Simon Kohler"], AuthorNames.Clean(["Von Rudolf Fischer und Simon Kohler"], null));
        Assert.Equal(["Ann Lee", "Bo Chan", "Cy Diaz"], AuthorNames.Clean(["By Ann Lee, Bo Chan and Cy Diaz"], null));
        Assert.Equal(["Anna", "Bernd Müller"], AuthorNames.Clean(["Von Anna und Bernd Müller"], null));
    }

    [Theory]
    [InlineData("By Tom Krisher, AP Auto Writer", "Tom Krisher")]
    [InlineData("Tim Childers, Live Science Contributor", "Tim Childers")]
    [InlineData("Par Pierre Martin, Grand Reporter", "Pierre Martin")]
    public void JobTitleAfterTheNameIsNotAnotherAuthor(string raw, string name)
    {
        Assert.Equal([name], AuthorNames.Clean([raw], null));
    }

    [Theory]
    [InlineData("Sarah E. Needleman")]
    [InlineData("Ana Y. Ortega")]
    [InlineData("Marie En Dupont")]
    public void CapitalInitialIsNotAConjunction(string name)
    {
        // "e", "y", "en", "et" join co-authors in Italian, Portuguese, Spanish, Dutch and French, but only in lower case.
        Assert.Equal([name], AuthorNames.Clean([name], null));
    }

    [Fact]
    public void LowerCaseConjunctionsSplitCoAuthors()
    {
        Assert.Equal(["Mario Rossi", "Anna Bianchi"], AuthorNames.Clean(["di Mario Rossi e Anna Bianchi"], null));
        Assert.Equal(["Ana Ruiz", "Luis Gil"], AuthorNames.Clean(["Por Ana Ruiz y Luis Gil"], null));
    }

    [Theory]
    [InlineData("AFP")]
    [InlineData("dpa")]
    [InlineData("Reuters")]
    [InlineData("The Associated Press")]
    [InlineData("Redacción")]
    [InlineData("Staff")]
    [InlineData("AFP/dpa")]
    [InlineData("https://www.facebook.com/someone")]
    [InlineData("Web Commerce GmbH")]
    [InlineData("Die FURCHE")]
    [InlineData("Bund der Energieverbraucher")]
    [InlineData("Zuletzt geändert am")]
    [InlineData("Aktualisiert")]
    [InlineData("DER SPIEGEL")]
    [InlineData("INTERIA.PL")]
    [InlineData("Bundesministerium für Wirtschaft und Klimaschutz")]
    [InlineData("von Säure, Extrakt, Aromen und Zucker führt. Dieser Wein wurde schon im Mittelalter")]
    public void AgenciesAndNonNamesAreRejected(string raw)
    {
        Assert.Empty(AuthorNames.Clean([raw], null));
    }

    [Fact]
    public void SiteNameIsNotAnAuthor()
    {
        Assert.Empty(AuthorNames.Clean(["Daily Planet"], "Daily Planet"));
        Assert.Empty(AuthorNames.Clean(["dailyplanet.com"], "Daily Planet"));
    }

    [Fact]
    public void JsonLdOrganizationAuthorIsNotAPerson()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"h","author":{"@type":"Organization","name":"Agence France-Presse"}}</script>
            <meta name="author" content="Lisa Petrich"></head><body></body></html>
            """);
        Assert.Equal(["Lisa Petrich"], m.Authors);
    }

    [Fact]
    public void RelAuthorAndItempropBylinesAreRead()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>t</title></head><body><article><h1>t</h1>
            <div class="post-meta">by <span itemprop="author" itemscope><span itemprop="name">Paddy O'Neill</span></span></div>
            <p>Body text.</p></article></body></html>
            """);
        Assert.Equal(["Paddy O'Neill"], m.Authors);
        var r = MetadataReaderTests.Read("<html><body><article><h1>t</h1><p>Posted by <a rel=\"author\" href=\"/u/7\">Karoline Herr</a></p></article></body></html>");
        Assert.Equal(["Karoline Herr"], r.Authors);
    }

    [Fact]
    public void LabelFollowedByNameInNextElementIsRead()
    {
        var m = MetadataReaderTests.Read("""
            <html><body><div class="content"><h1>Die Geschichte</h1><p><strong>Autor:</strong> <a href="/profil/207">Klausmartin Friedrich</a></p><p>Text.</p></div></body></html>
            """);
        Assert.Equal(["Klausmartin Friedrich"], m.Authors);
    }

    [Fact]
    public void YoastWrittenByPairIsRead()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">
            <meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="4 Minuten"></head><body></body></html>
            """);
        Assert.Equal(["Karoline Herr"], m.Authors);
    }

    [Fact]
    public void CommentAuthorsAreNotArticleAuthors()
    {
        var m = MetadataReaderTests.Read("""
            <html><body><article><h1>t</h1><p>Text.</p></article>
            <ol class="comment-list"><li><span class="comment-author">Someone Else</span> says: nice</li></ol></body></html>
            """);
        Assert.Empty(m.Authors);
    }

    [Fact]
    public void CommentBlocksInOtherLanguagesHoldNoAuthors()
    {
        var m = MetadataReaderTests.Read("""
            <html><body><article><h1>t</h1><div class="firma"><span class="autor">Por <span class="author-name">Lucía Prado</span></span></div><p>Text.</p></article>
            <div id="comentarios"><div class="comentario"><div class="comentario-autor"><b>Toni G.</b> escribió:</div><div>Bien.</div></div></div>
            <div class="kommentare"><span class="kommentar-autor">Hans Meier</span></div></body></html>
            """);
        Assert.Equal(["Lucía Prado"], m.Authors);
    }

    [Fact]
    public void PictureCreditsAreNotAuthors()
    {
        var m = MetadataReaderTests.Read("""
            <html><body><article><h1>t</h1><span class="autor">Texto: <span class="author-name">Beatriz Llorente</span></span>
            <p class="pie-foto">Una foto. <em class="autor-foto">Foto: cedida por Mar de Alcira</em></p><p>Text.</p></article></body></html>
            """);
        Assert.Equal(["Beatriz Llorente"], m.Authors);
        Assert.Empty(AuthorNames.Clean(["Foto: Club Náutico de Puerto Alcira"], null));
        Assert.Empty(AuthorNames.Clean(["Photo: Jane Doe"], null));
    }

    [Theory]
    [InlineData("Texto: Beatriz Llorente", "Beatriz Llorente")]
    [InlineData("Testo: Mario Rossi", "Mario Rossi")]
    public void TextLabelIsStripped(string raw, string expected)
    {
        Assert.Equal([expected], AuthorNames.Clean([raw], null));
    }

    [Theory]
    [InlineData("Agencia Austral")]
    [InlineData("Club Náutico de Puerto Alcira")]
    [InlineData("Courier Staff")]
    [InlineData("Bundesverband WindEnergie")]
    [InlineData("Die Grünen Bundestagsfraktion")]
    [InlineData("Feuerwehr Oldenburg")]
    [InlineData("Betty Crocker Kitchens")]
    [InlineData("SeglerBlog")]
    [InlineData("sv_team")]
    [InlineData("AUTO ZEITUNG")]
    [InlineData("Deutsches Rotes Kreuz")]
    [InlineData("Glory Global Solutions Germany")]
    public void OrganisationsAreNotPeople(string raw)
    {
        Assert.Empty(AuthorNames.Clean([raw], null));
    }

    [Fact]
    public void DatelineCityAfterTheNameIsDropped()
    {
        Assert.Equal(["Nada Tawfik"], AuthorNames.Clean(["Nada Tawfik, New York"], null));
        Assert.Equal(["Jane Smith"], AuthorNames.Clean(["By Jane Smith, London"], null));
    }

    [Fact]
    public void ListOfSingleWordsIsNotAByline()
    {
        Assert.Empty(AuthorNames.Clean(["von Säure, Extrakt, Aromen und Zucker"], null));
    }

    [Theory]
    [InlineData("EFC Bayrische Bembel")]
    [InlineData("BSV Zwickau")]
    public void AcronymBesideOrdinaryWordsIsAClubNotAPerson(string raw)
    {
        Assert.Empty(AuthorNames.Clean([raw], null));
    }

    [Theory]
    [InlineData("J. R. Smith")]
    [InlineData("TJ Miller")]
    [InlineData("JESSICA HOLLY")]
    public void InitialsAndNamesInCapitalsArePeople(string raw)
    {
        Assert.Equal([raw], AuthorNames.Clean([raw], null));
    }

    [Theory]
    [InlineData("Ilustrator: Adriaan Prent")]
    [InlineData("Zuletzt geändert am: 15.10.2021")]
    [InlineData("zvg")]
    public void RoleAndDateLabelsAreNotNames(string raw)
    {
        Assert.Empty(AuthorNames.Clean([raw], null));
    }

    [Theory]
    [InlineData("StarsInsider", "Stars Insider")]
    [InlineData("Lebensmittel Praxis", "Lebensmittelpraxis.de")]
    [InlineData("Ultima Hora", "ultimahora.com")]
    public void SiteNameSpacedOrCasedDifferentlyIsNotAnAuthor(string raw, string siteName)
    {
        Assert.Empty(AuthorNames.Clean([raw], siteName));
    }

    [Fact]
    public void SiteNameWithoutItsArticleIsNotAnAuthor()
    {
        Assert.Empty(AuthorNames.Clean(["Heraldo del Sur"], "El Heraldo del Sur"));
        Assert.Empty(AuthorNames.Clean(["Daily Courier"], "The Daily Courier"));
    }

    [Fact]
    public void BylineInTheArticlesOwnFooterIsRead()
    {
        var m = MetadataReaderTests.Read("""
            <html><body><div class="post"><h3 class="post-title">Tach auch</h3><div class="post-body">Text.</div>
            <div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Anna Berg</span></span></div></div></div>
            <div class="footer">Site footer by Someone Else</div></body></html>
            """);
        Assert.Equal(["Anna Berg"], m.Authors);
    }

    [Fact]
    public void HeadingThatExtendsAShortenedMetaTitleWins()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Saftiger Zitronenkuchen vom Blech | Backen macht glücklich</title><meta property="og:title" content="Saftiger Zitronenkuchen vom Blech | Backen macht glücklich"></head>
            <body><article><h1>Saftiger Zitronenkuchen vom Blech: einfach köstlich!</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Saftiger Zitronenkuchen vom Blech: einfach köstlich!", m.Title);
        var r = MetadataReaderTests.Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ultium Cells erhöht Gigafactory-Kapazität"}</script></head>
            <body><article><h1>Ultium Cells erhöht Gigafactory-Kapazität in Tennessee</h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Ultium Cells erhöht Gigafactory-Kapazität in Tennessee", r.Title);
    }

    [Fact]
    public void HeadingWithARunOnCapitalisedSubtitleDoesNotBeatTheMetaTitle()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:title" content="Tagesschau unterschlägt Hass-Demo in Essen"></head>
            <body><article><h1>Tagesschau unterschlägt Hass-Demo in Essen <small>Gebührenfinanzierte Verharmlosung</small></h1><p>Text.</p></article></body></html>
            """);
        Assert.Equal("Tagesschau unterschlägt Hass-Demo in Essen", m.Title);
    }

    [Fact]
    public void OgTitleThatTheTitleElementRepeatsBeforeTheSiteIsKeptWhole()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik? – DIE ACHSE DES GUTEN</title>
            <meta property="og:title" content="Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?"></head><body><p>Text.</p></body></html>
            """);
        Assert.Equal("Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?", m.Title);
    }

    [Fact]
    public void BlogBeitragVonLineIsAByline()
    {
        var m = MetadataReaderTests.Read("""
            <html><body><article><h1>Vegetarier oder Veganer?</h1><p>Analyse des Themas</p><p>Blog Beitrag von Margarita Koreneva</p><p>Text.</p></article></body></html>
            """);
        Assert.Equal(["Margarita Koreneva"], m.Authors);
    }

    [Fact]
    public void TitleElementLosesItsSiteName()
    {
        var m = MetadataReaderTests.Read("<html><head><title>Interning of Small Integers in Python | fouryears.eu</title><meta property=\"og:site_name\" content=\"fouryears.eu\"></head><body></body></html>");
        Assert.Equal("Interning of Small Integers in Python", m.Title);
        Assert.Equal(ValueSource.TitleElement, m.TitleSource);
    }

    [Fact]
    public void HeadingConfirmedByTitleElementWins()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Daily Planet - Storm hits the coast, thousands without power</title></head>
            <body><header><h1 class="logo">Daily Planet</h1></header><main><h1>Storm hits the coast, thousands without power</h1></main></body></html>
            """);
        Assert.Equal("Storm hits the coast, thousands without power", m.Title);
        Assert.Equal(ValueSource.Heading, m.TitleSource);
    }

    [Fact]
    public void SecondLevelHeadingConfirmedByOgTitleBeatsSectionH1()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:title" content="Council approves budget"><title>Council approves budget - Daily</title></head>
            <body><h1>Politics</h1><h2>Council approves budget</h2></body></html>
            """);
        Assert.Equal("Council approves budget", m.Title);
        Assert.Equal(ValueSource.Heading, m.TitleSource);
    }

    [Fact]
    public void KickerInOgTitleIsDroppedWhenTheHeadingShowsOnlyTheTail()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird"></head>
            <body><article><h1><span class="kicker">Klimaschutz</span> Bohren, bis es heiß wird</h1></article></body></html>
            """);
        Assert.Equal("Bohren, bis es heiß wird", m.Title);
    }

    [Fact]
    public void BlogNameH1LosesToPostH2NamedInTheTitle()
    {
        var m = MetadataReaderTests.Read("""
            <html><head><title>Was ist Virales Marketing? | DimidoBlog</title></head>
            <body><div id="top"><h1>DimidoBlog</h1></div><div class="post"><h2>Was ist Virales Marketing?</h2><p>Text.</p></div></body></html>
            """);
        Assert.Equal("Was ist Virales Marketing?", m.Title);
    }

    [Fact]
    public void EmptyAndGarbageInputDoNotThrow()
    {
        Assert.Null(MetadataReaderTests.Read("").Title);
        Assert.Empty(MetadataReaderTests.Read("<<<>>><meta content><time datetime=\"not a date\"></time><script type=\"application/ld+json\"></script>").Authors);
        Assert.Null(NoSite.FirstOrDefault());
    }
}
