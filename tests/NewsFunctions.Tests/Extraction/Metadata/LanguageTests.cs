using NewsFunctions.Extraction.Metadata;
using NewsFunctions.Extraction.Metadata.Language;

namespace NewsFunctions.Tests.Extraction.Metadata;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("en", "The government said on Monday that it would not change the rules, and the opposition has called for a vote which they expect to win.")]
    [InlineData("de", "Die Regierung hat am Montag erklärt, dass sie die Regeln nicht ändern wird, und die Opposition fordert eine Abstimmung, die sie gewinnen will.")]
    [InlineData("fr", "Le gouvernement a déclaré lundi qu'il ne changerait pas les règles, et l'opposition a demandé un vote qu'elle pense gagner dans les jours qui viennent.")]
    [InlineData("es", "El gobierno dijo el lunes que no cambiará las reglas, y la oposición ha pedido una votación que espera ganar en los próximos días con el apoyo de los suyos.")]
    [InlineData("pt", "O governo disse na segunda-feira que não vai mudar as regras, e a oposição pediu uma votação que espera ganhar com o apoio dos seus deputados.")]
    [InlineData("it", "Il governo ha detto lunedì che non cambierà le regole, e l'opposizione ha chiesto un voto che spera di vincere con il sostegno dei suoi deputati.")]
    [InlineData("nl", "De regering heeft maandag gezegd dat zij de regels niet zal veranderen, en de oppositie heeft om een stemming gevraagd die zij denkt te winnen.")]
    [InlineData("ru", "Правительство заявило в понедельник, что не будет менять правила, а оппозиция потребовала голосования, которое надеется выиграть.")]
    [InlineData("ja", "政府は月曜日、規則を変更しないと発表しました。野党は投票を求めており、勝つことを期待しています。")]
    [InlineData("ko", "정부는 월요일 규칙을 바꾸지 않겠다고 밝혔으며 야당은 승리를 기대하며 표결을 요구했습니다.")]
    [InlineData("zh", "政府星期一表示不会改变规则，反对派要求进行投票，并希望在投票中获胜。这是一个重要的问题。")]
    public void DetectsElevenLanguages(string expected, string text)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text)?.Language);
    }

    [Fact]
    public void TooLittleTextIsNotGuessed()
    {
        Assert.Null(LanguageDetector.Detect("Home | Login"));
    }

    [Fact]
    public void DeclaredLanguageIsKeptWhenTextAgrees()
    {
        var meta = new PageMetadata { DeclaredLanguage = "pt-BR" };
        Assert.Equal("pt-BR", MetadataReader.ResolveLanguage(meta, LongText("O governo disse na segunda-feira que não vai mudar as regras, e a oposição pediu uma votação.")));
    }

    [Fact]
    public void WrongDeclarationIsCorrectedByTheText()
    {
        var meta = new PageMetadata { DeclaredLanguage = "en-US" };
        Assert.Equal("de", MetadataReader.ResolveLanguage(meta, LongText("Die Regierung hat am Montag erklärt, dass sie die Regeln nicht ändern wird, und die Opposition fordert eine Abstimmung.")));
    }

    [Fact]
    public void MissingDeclarationIsFilledFromTheText()
    {
        Assert.Equal("fr", MetadataReader.ResolveLanguage(new PageMetadata(), LongText("Le gouvernement a déclaré lundi qu'il ne changerait pas les règles, et l'opposition a demandé un vote.")));
    }

    [Theory]
    [InlineData("en_US", "en-US")]
    [InlineData("DE", "de")]
    [InlineData("zh-hans-cn", "zh-Hans-CN")]
    [InlineData("es-419", "es-419")]
    [InlineData("de-DE-formal", "de-DE")]
    [InlineData("de-ere", "de")]
    [InlineData("en-US-x-custom", "en-US")]
    [InlineData("x-default", null)]
    [InlineData("", null)]
    public void DeclaredLanguageIsNormalised(string raw, string? expected)
    {
        Assert.Equal(expected, MetadataReader.NormalizeLanguage(raw));
    }

    [Fact]
    public void HtmlLangIsDeclaredLanguage()
    {
        Assert.Equal("es-ES", MetadataReaderTests.Read("<html lang=\"es_ES\"><body></body></html>").DeclaredLanguage);
    }

    private static string LongText(string sentence) => string.Join(" ", Enumerable.Repeat(sentence, 5));
}
