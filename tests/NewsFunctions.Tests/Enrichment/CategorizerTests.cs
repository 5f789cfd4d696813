using NewsFunctions.Enrichment;

namespace NewsFunctions.Tests.Enrichment;

public sealed class CategorizerTests
{
    private static readonly Categorizer Categorizer = new();

    private static string FromText(string title, string text, string? language = "en", string defaultCategory = "general") =>
        Categorizer.Categorize(defaultCategory, [], new Uri("https://news.example.com/2025/03/14/story-12345"), title, text, language);

    [Fact]
    public void ArrestAndCourtStoryWithoutLabelsIsCrime()
    {
        var category = FromText(
            "Man charged after stabbing outside nightclub",
            "A 24-year-old man has been arrested and charged with attempted murder after a stabbing outside a nightclub in the city centre early on Sunday. "
            + "Police said the victim, a man in his thirties, was taken to hospital with serious injuries. The suspect is due to appear before magistrates on Monday, "
            + "and detectives have appealed for witnesses who may have filmed the incident on their phones.");
        Assert.Equal("crime", category);
    }

    [Fact]
    public void SpanishFootballReportIsSports()
    {
        var category = FromText(
            "El Betis remonta ante el Valencia con un gol en el último minuto",
            "El Betis logró una victoria agónica en el estadio Benito Villamarín gracias a un gol de cabeza de su delantero en el minuto 93. "
            + "El entrenador bético reconoció tras el partido que el equipo sufrió en la primera parte, cuando el Valencia se adelantó de penalti. "
            + "Con estos tres puntos, el conjunto verdiblanco se coloca quinto en la clasificación de LaLiga y sueña con la Champions.",
            "es");
        Assert.Equal("sports", category);
    }

    [Fact]
    public void FrenchParliamentStoryIsPolitics()
    {
        var category = FromText(
            "Réforme des retraites : le gouvernement engage sa responsabilité à l'Assemblée",
            "La Première ministre a annoncé mercredi le recours au 49.3 pour faire adopter le projet de loi sans vote des députés. "
            + "L'opposition a aussitôt déposé une motion de censure, tandis que les syndicats appellent à une nouvelle journée de mobilisation. "
            + "Plusieurs élus de la majorité ont exprimé leurs doutes sur la stratégie du gouvernement avant les élections européennes.",
            "fr");
        Assert.Equal("politics", category);
    }

    [Fact]
    public void GermanTechnologyStoryIsTechnology()
    {
        var category = FromText(
            "Neues Smartphone mit KI-Funktionen vorgestellt",
            "Der Hersteller hat am Dienstag sein neues Smartphone präsentiert, das mehrere Funktionen der künstlichen Intelligenz direkt auf dem Gerät ausführt. "
            + "Die Software übersetzt Gespräche in Echtzeit, und ein neuer Prozessor soll den Akku schonen. Nutzer können die App ab Herbst herunterladen.",
            "de");
        Assert.Equal("technology", category);
    }

    [Fact]
    public void PortugueseHealthStoryIsHealth()
    {
        var category = FromText(
            "Ministério amplia campanha de vacinação contra a gripe",
            "A campanha de vacinação contra a gripe foi ampliada para todas as pessoas com mais de seis meses de idade. "
            + "Segundo os médicos, os hospitais registaram um aumento de internamentos por infeções respiratórias nas últimas semanas, "
            + "e os pacientes com doenças crónicas devem procurar o centro de saúde mais próximo.",
            "pt");
        Assert.Equal("health", category);
    }

    [Fact]
    public void ItalianRecipeIsLifestyle()
    {
        var category = FromText(
            "La ricetta della torta di mele della nonna",
            "Per questa ricetta servono pochi ingredienti: farina, zucchero, uova, burro e tre mele. Sbattete le uova con lo zucchero, "
            + "aggiungete la farina e le mele tagliate a fettine, poi cuocete in forno a 180 gradi per quaranta minuti. Perfetta per la colazione.",
            "it");
        Assert.Equal("lifestyle", category);
    }

    [Fact]
    public void EnglishFilmFestivalStoryIsEntertainment()
    {
        var category = FromText(
            "Veteran actress wins best actress at film festival",
            "The 71-year-old actress collected the award on Saturday night for her role as a retired singer in a small-town drama. "
            + "The film, directed by a first-time filmmaker, premiered to a standing ovation and has already been picked up by a streaming service. "
            + "The festival's top prize went to a documentary about a touring jazz band.");
        Assert.Equal("entertainment", category);
    }

    [Fact]
    public void EarningsReportIsBusiness()
    {
        var category = FromText(
            "Retailer's profits fall as shoppers cut back",
            "Shares in the company fell 8% on Thursday after it reported a 12% drop in quarterly profit, blaming weaker consumer spending and higher costs. "
            + "The chief executive told analysts that sales had recovered in recent weeks, but the firm cut its forecast for the full year. "
            + "Investors had expected revenue of £2.1bn.");
        Assert.Equal("business", category);
    }

    [Fact]
    public void SpaceMissionIsScience()
    {
        var category = FromText(
            "Probe sends back first images of icy moon's surface",
            "Scientists say the spacecraft's camera has captured cracks in the ice that could be linked to an ocean beneath. "
            + "The mission, launched by the European Space Agency six years ago, entered orbit around the planet last month. "
            + "Researchers hope to find out whether the moon could support life.");
        Assert.Equal("science", category);
    }

    [Fact]
    public void CeasefireTalksAreWorld()
    {
        var category = FromText(
            "Ceasefire talks resume as troops pull back from border town",
            "Diplomats from both countries met at the United Nations headquarters on Tuesday as troops withdrew from positions around the disputed border town. "
            + "Humanitarian agencies said thousands of refugees were still sheltering in camps, and the foreign minister warned that the truce remained fragile.");
        Assert.Equal("world", category);
    }

    [Fact]
    public void PublisherLabelWinsOverText()
    {
        // A football story filed by its publisher under Business (a club's finances) stays in business.
        var category = Categorizer.Categorize(
            "general",
            ["Business"],
            new Uri("https://news.example.com/2025/03/14/club-results"),
            "Club's striker scores twice as league leaders win derby",
            "The striker scored twice in the second half and the coach praised the team's defence after the match.");
        Assert.Equal("business", category);
    }

    [Fact]
    public void UrlSectionWinsOverText()
    {
        var decision = Categorizer.Explain(
            "general",
            [null, ""],
            new Uri("https://news.example.com/world/2025/03/14/protest-police-clash"),
            "Police clash with protesters in capital",
            "Police fired tear gas and arrested dozens of protesters outside the parliament building.");
        Assert.Equal("world", decision.Category);
        Assert.Equal(CategorySource.UrlPath, decision.Source);
    }

    [Fact]
    public void ArticleSlugIsNotTakenForASection()
    {
        // "sports" inside a long slug is a word of the headline, not the publisher's section.
        var category = Categorizer.Categorize("general", [], new Uri("https://cars.example.com/the-new-electric-sports-wagon-has-a-secret-12345/"));
        Assert.Equal("general", category);
    }

    [Fact]
    public void TextWinsOverSourceDefault()
    {
        var category = FromText(
            "Striker's late goal sends league leaders through to the cup final",
            "A stoppage-time goal from the substitute striker gave the league leaders a 2-1 win in the semi-final, and the coach said the team had earned its place in the final.",
            defaultCategory: "politics");
        Assert.Equal("sports", category);
    }

    [Fact]
    public void AmbiguousTextFallsBackToDefault()
    {
        // A minister at a football match: both categories score, neither is clearly ahead.
        var decision = Categorizer.Explain(
            "world",
            [],
            null,
            "Minister attends cup final",
            "The minister watched the match from the stands alongside party colleagues.",
            "en");
        Assert.Equal("world", decision.Category);
        Assert.Equal(CategorySource.Default, decision.Source);
    }

    [Fact]
    public void TextWithoutLexiconWordsFallsBackToDefault()
    {
        Assert.Equal("lifestyle", FromText("A quiet afternoon", "It was a quiet afternoon and nothing much happened at all.", defaultCategory: "lifestyle"));
    }

    [Fact]
    public void UnknownDefaultBecomesGeneral()
    {
        Assert.Equal("general", Categorizer.Categorize("not-a-category", [], null));
    }

    [Fact]
    public void AccentsAndCaseAreFolded()
    {
        var lower = TextCategorizer.Default.Classify("elecciones generales", "el parlamento y el gobierno", "es");
        var accented = TextCategorizer.Default.Classify("ELECCIONES GENERALES", "El Parlamento y el Gobierno", "es");
        Assert.Equal("politics", lower.Best);
        Assert.Equal(lower.Score, accented.Score);
    }

    [Fact]
    public void StemsMatchInflectedAndCompoundWords()
    {
        // Bundestagswahl (compound), Abgeordneten (inflected), Regierungskoalition (compound).
        var read = TextCategorizer.Default.Classify("Nach der Bundestagswahl", "Die Abgeordneten der Regierungskoalition stimmten gegen den Antrag.", "de");
        Assert.Equal("politics", read.Category);
    }

    [Fact]
    public void AcronymOnlyMatchesInCapitals()
    {
        // French "j'ai" must not read as the acronym AI.
        var french = TextCategorizer.Default.Classify(null, "J'ai vu, j'ai aimé, j'ai tout raconté à mes amis.", "fr");
        Assert.Null(french.Best);
        var english = TextCategorizer.Default.Classify(null, "The AI model runs on a new chip.", "en");
        Assert.Equal("technology", english.Best);
    }

    [Fact]
    public void LanguageKeepsFalseFriendsApart()
    {
        // German "war" means "was".
        var german = TextCategorizer.Default.Classify(null, "Das Wetter war schön und der Abend war lang.", "de");
        Assert.NotEqual("world", german.Best);
        var english = TextCategorizer.Default.Classify(null, "The war in the region entered its third year.", "en");
        Assert.Equal("world", english.Best);
    }

    [Fact]
    public void PhrasesCountOnTopOfTheirWords()
    {
        var withPhrase = TextCategorizer.Default.Classify(null, "The prime minister spoke.", "en");
        var words = TextCategorizer.Default.Classify(null, "The minister spoke of a prime example.", "en");
        Assert.True(withPhrase.Score > words.Score);
    }

    [Fact]
    public void RepeatedWordCountsOnlyAFewTimes()
    {
        var once = TextCategorizer.Default.Classify(null, "police police police", "en");
        var many = TextCategorizer.Default.Classify(null, string.Join(' ', Enumerable.Repeat("police", 50)), "en");
        Assert.Equal(once.Score, many.Score);
    }

    [Fact]
    public void TextClassifierCanBeTurnedOff()
    {
        var categorizer = new Categorizer(new CategorizerOptions { UseText = false });
        Assert.Equal("general", categorizer.Categorize("general", [], null, "Striker scores twice in derby", "The league leaders won the match."));
    }
}
