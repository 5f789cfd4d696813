using NewsFunctions.Enrichment;

namespace NewsFunctions.Tests.Enrichment;

/// <summary>One short, hand-written story per language and category, categorized from its text alone.</summary>
public sealed class CategorizerLanguageTests
{
    private static readonly Categorizer Categorizer = new();

    [Theory]
    [InlineData("es", "crime", "Detenido un hombre por el robo de joyas en una tienda del centro",
        "La Policía Nacional ha detenido a un hombre de 35 años como presunto autor del robo en una joyería. El sospechoso, con antecedentes, pasó a disposición judicial y el juez decretó su ingreso en prisión provisional.")]
    [InlineData("es", "business", "Las ventas de la empresa crecen un 8 % y dispara su beneficio",
        "La compañía cerró el trimestre con unos ingresos récord y un beneficio neto de 320 millones de euros. Sus acciones subieron en la Bolsa y los analistas elevaron su previsión para el año, pese a la inflación.")]
    [InlineData("fr", "sports", "Ligue 1 : Lens s'impose au bout du suspense",
        "Les Lensois ont arraché la victoire dans le temps additionnel grâce à un but de leur attaquant. L'entraîneur a salué l'état d'esprit de ses joueurs, qui remontent à la troisième place du classement du championnat.")]
    [InlineData("fr", "health", "L'hôpital face à une épidémie de grippe",
        "Les services d'urgence de l'hôpital accueillent chaque jour des dizaines de patients atteints de la grippe. Les médecins recommandent la vaccination aux personnes âgées et aux malades chroniques.")]
    [InlineData("de", "business", "Autobauer senkt Prognose nach Gewinneinbruch",
        "Der Konzern hat im dritten Quartal deutlich weniger verdient: Der Umsatz sank um sechs Prozent, der Gewinn brach ein. Die Aktie verlor an der Börse zeitweise acht Prozent, Analysten rechnen mit weiterem Stellenabbau.")]
    [InlineData("de", "sports", "Bayern gewinnt Spitzenspiel in Dortmund",
        "Die Münchner setzten sich vor 81.000 Zuschauern im Stadion mit 3:1 durch. Der Trainer lobte die Mannschaft, zwei Tore erzielte der Stürmer nach der Pause. In der Tabelle der Bundesliga beträgt der Vorsprung nun fünf Punkte.")]
    [InlineData("it", "politics", "Il governo pone la fiducia sulla manovra",
        "Il Consiglio dei ministri ha approvato il testo e il governo ha posto la questione di fiducia alla Camera. L'opposizione protesta, mentre i partiti della maggioranza discutono del voto al Senato previsto per giovedì.")]
    [InlineData("it", "entertainment", "Il nuovo film del regista premiato al festival",
        "Il film, interpretato da un'attrice esordiente, ha conquistato la giuria del festival e arriverà nelle sale a dicembre. Il regista ha dedicato il premio agli attori e alla colonna sonora firmata da un cantante pop.")]
    [InlineData("pt", "entertainment", "Cantora lança novo álbum e anuncia turnê",
        "A cantora apresentou as canções do novo álbum num concerto para fãs em Lisboa. O disco, gravado em Nova Iorque, mistura samba e jazz, e a turnê começa em março com shows no Brasil.")]
    [InlineData("pt", "technology", "Startup lança aplicativo com inteligência artificial",
        "O aplicativo usa inteligência artificial para organizar fotos no smartphone e já tem um milhão de usuários. Os dados ficam guardados num servidor na nuvem, e a empresa promete reforçar a segurança contra hackers.")]
    [InlineData("en", "lifestyle", "Ten easy weeknight dinners for busy families",
        "These recipes need no more than five ingredients and thirty minutes in the kitchen. Start with a one-pan pasta, bake a tray of vegetables in the oven, and finish with a simple dessert the kids can help cook.")]
    [InlineData("en", "politics", "Government defeated in Commons vote on housing bill",
        "MPs voted by 312 to 298 to reject the government's plans, the first defeat for the prime minister since the election. Opposition leaders called for the minister to resign, and several backbenchers from the governing party rebelled.")]
    public void StoryIsCategorizedFromItsText(string language, string expected, string title, string text)
    {
        var decision = Categorizer.Explain("general", [], null, title, text, language);
        Assert.Equal(expected, decision.Category);
        Assert.Equal(CategorySource.Text, decision.Source);
    }

    [Fact]
    public void UnknownLanguageUsesEveryRule()
    {
        var decision = Categorizer.Explain("general", [], null, "Detenido el sospechoso del robo", "La policía detuvo al sospechoso tras el robo.", "xx");
        Assert.Equal("crime", decision.Category);
    }
}
