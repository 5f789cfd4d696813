using System.Text.Json;

namespace NewsFunctions.Tests.Cli;

/// <summary><c>newsfn extract --time-zone</c> and <c>--language</c>: a source's zone and language for one page.</summary>
public sealed class ExtractTimeZoneTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("newsfn-cli-tz-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string Page = """
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>El Gobierno aprueba la ley de IA</title></head>
        <body><article><h1>El Gobierno aprueba la ley de IA</h1><p class="byline">Publicado: 7 jul 2022 16:24</p>
        <p>El Gobierno aprobó este viernes el proyecto de ley que regula el uso de la inteligencia artificial en las administraciones públicas, después de meses de negociación.</p>
        <p>La norma obliga a los organismos a publicar qué sistemas automáticos usan para decidir sobre ayudas, sanciones o contrataciones, y a explicar cómo funcionan.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task ZonelessDateIsReadOnTheGivenZonesClock()
    {
        var file = Path.Combine(_root, "story.html");
        await File.WriteAllTextAsync(file, Page);

        var (exit, stdout, _) = await ExtractBatchTests.RunAsync("extract", file, "--time-zone", "Europe/Madrid");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("2022-07-07T16:24:00+02:00", json.RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public async Task LanguageDecidesTheOrderOfNumericDatesOnAPageThatDeclaresNone()
    {
        var file = Path.Combine(_root, "pleno.html");
        await File.WriteAllTextAsync(file, Page.Replace("<html lang=\"es\">", "<html>", StringComparison.Ordinal)
            .Replace("7 jul 2022 16:24", "10/05/2022 17:22", StringComparison.Ordinal));

        var (exit, stdout, _) = await ExtractBatchTests.RunAsync("extract", file, "--language", "es");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.StartsWith("2022-05-10T17:22", json.RootElement.GetProperty("published").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--time-zone", "Europe/Atlantis")]
    [InlineData("--language", "spanish!")]
    public async Task BadOptionValueIsRefusedWithUsage(string option, string value)
    {
        var file = Path.Combine(_root, "story.html");
        await File.WriteAllTextAsync(file, Page);

        var (exit, stdout, stderr) = await ExtractBatchTests.RunAsync("extract", file, option, value);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
        Assert.Contains("usage:", stderr, StringComparison.Ordinal);
    }
}
