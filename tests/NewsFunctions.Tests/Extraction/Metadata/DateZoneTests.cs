using HtmlAgilityPack;
using NewsFunctions.Extraction;
using NewsFunctions.Extraction.Metadata;

namespace NewsFunctions.Tests.Extraction.Metadata;

/// <summary>Dates written without a time zone: the page's own offset, the source's zone, and the fetch-time limit.</summary>
public sealed class DateZoneTests
{
    private static readonly DateTimeOffset Fetched = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private const string Body = "El Gobierno aprobó este viernes el proyecto de ley que regula el uso de la inteligencia artificial en las administraciones públicas, después de meses de negociación con los grupos parlamentarios y las comunidades autónomas.";

    private static PageMetadata Read(string html, string? zone = null, DateTimeOffset? fetched = null)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        return MetadataReader.Read(doc, null, new ExtractionOptions
        {
            FetchedAt = fetched ?? Fetched,
            TimeZone = zone is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zone),
        });
    }

    private static string Byline(string date, string head = "") => $"""
        <html lang="es"><head><title>El Gobierno aprueba la ley de IA</title>{head}</head><body>
        <article><h1>El Gobierno aprueba la ley de IA</h1><div class="byline">Publicado: {date}</div>
        <p>{Body}</p><p>{Body}</p></article></body></html>
        """;

    [Theory]
    [InlineData("es", 5, 10)]
    [InlineData("en-US", 10, 5)]
    [InlineData(null, 10, 5)]
    public void NumericDateOnAPageWithoutALanguageIsReadInTheSourcesOrder(string? sourceLanguage, int month, int day)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml($"""
            <html><head><title>Pleno municipal</title></head><body><article><h1>Pleno municipal</h1>
            <div class="byline">Publicado: 10/05/2022 17:22</div><p>{Body}</p><p>{Body}</p></article></body></html>
            """);
        var m = MetadataReader.Read(doc, null, new ExtractionOptions { FetchedAt = Fetched, LanguageHint = sourceLanguage });
        Assert.Equal((2022, month, day), (m.Published!.Value.Year, m.Published.Value.Month, m.Published.Value.Day));
        Assert.Null(m.DeclaredLanguage);
    }

    [Fact]
    public void ZonelessJsonLdDateTakesTheOffsetOfTheSameMomentInTheMetaTags()
    {
        var m = Read(Byline("7 ene 2022 16:24", """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"El Gobierno aprueba la ley de IA","datePublished":"2022-01-07T16:24:00"}</script>
            <meta property="article:published_time" content="2022-01-07T16:24:00+01:00">
            """));
        Assert.Equal(new DateTimeOffset(2022, 1, 7, 16, 24, 0, TimeSpan.FromHours(1)), m.Published);
        Assert.Equal(TimeSpan.FromHours(1), m.Published!.Value.Offset);
    }

    [Fact]
    public void ZonelessBylineTakesTheOffsetOfTheSameDayInTheMetadataKeepingItsClockTime()
    {
        // Only the update stamp states the zone; the byline's own time stays as written.
        var m = Read(Byline("7 ene 2022 16:24", """<meta property="article:modified_time" content="2022-01-07T18:05:00+01:00">"""));
        Assert.Equal(new DateTimeOffset(2022, 1, 7, 16, 24, 0, TimeSpan.FromHours(1)), m.Published);
        Assert.Equal(TimeSpan.FromHours(1), m.Published!.Value.Offset);
        Assert.Equal(ValueSource.Text, m.PublishedSource);
    }

    [Fact]
    public void OffsetOfAnotherDayIsNotTaken()
    {
        var m = Read(Byline("7 ene 2022 16:24", """<meta property="article:modified_time" content="2022-02-10T09:00:00+01:00">"""));
        Assert.Equal(new DateTimeOffset(2022, 1, 7, 16, 24, 0, TimeSpan.Zero), m.Published);
        Assert.Equal(TimeSpan.Zero, m.Published!.Value.Offset);
    }

    [Fact]
    public void ZonelessBylineTakesTheSourcesZoneInWinter()
    {
        var m = Read(Byline("7 ene 2022 16:24"), "Europe/Madrid");
        Assert.Equal(new DateTimeOffset(2022, 1, 7, 16, 24, 0, TimeSpan.FromHours(1)), m.Published);
        Assert.Equal(TimeSpan.FromHours(1), m.Published!.Value.Offset);
    }

    [Fact]
    public void ZonelessBylineTakesTheSourcesSummerTime()
    {
        var m = Read(Byline("7 jul 2022 16:24"), "Europe/Madrid");
        Assert.Equal(new DateTimeOffset(2022, 7, 7, 16, 24, 0, TimeSpan.FromHours(2)), m.Published);
        Assert.Equal(TimeSpan.FromHours(2), m.Published!.Value.Offset);
    }

    [Fact]
    public void LateEveningInTheSourcesZoneStaysOnItsDay()
    {
        // 23:00 written on the page's own clock is not a UTC stamp of the next day's local midnight.
        var m = Read(Byline("7 ene 2022 23:00"), "Europe/London");
        Assert.Equal(new DateTimeOffset(2022, 1, 7, 23, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void AfternoonHourWithoutAnyZoneStaysOnItsDay()
    {
        // Read as UTC for want of a zone, but the day and time are still the ones the page shows.
        var m = Read(Byline("7 ene 2022 16:00"));
        Assert.Equal(new DateTimeOffset(2022, 1, 7, 16, 0, 0, TimeSpan.Zero), m.Published);
        Assert.Equal(TimeSpan.Zero, m.Published!.Value.Offset);
    }

    [Fact]
    public void OffsetStatedByThePageBeatsTheSourcesZone()
    {
        var m = Read(Byline("7 jul 2022 16:24", """<meta property="article:modified_time" content="2022-07-07T18:05:00-03:00">"""), "Europe/Madrid");
        Assert.Equal(TimeSpan.FromHours(-3), m.Published!.Value.Offset);
        Assert.Equal(new DateTime(2022, 7, 7, 16, 24, 0), m.Published!.Value.DateTime);
    }

    [Fact]
    public void DateWithItsOwnZoneIgnoresTheSourcesZone()
    {
        var m = Read(Byline("7 ene 2022", """<meta property="article:published_time" content="2022-01-07T16:24:00Z">"""), "America/New_York");
        Assert.Equal(new DateTimeOffset(2022, 1, 7, 16, 24, 0, TimeSpan.Zero), m.Published);
        Assert.Equal(TimeSpan.Zero, m.Published!.Value.Offset);
    }

    [Fact]
    public void DateAfterTheFetchInTheSourcesZoneIsRejected()
    {
        // Fetched 2024-03-01 12:00 UTC; 10:00 the next day is within a day as UTC, but in Los Angeles it is 18:00 UTC.
        var page = Byline("2 mar 2024 10:00");
        Assert.NotNull(Read(page).Published);
        Assert.Null(Read(page, "America/Los_Angeles").Published);
    }

    [Fact]
    public void DateAlreadyPastInTheSourcesZoneIsKept()
    {
        // 20:00 on 2 March in Auckland (+13:00) is 07:00 UTC that day, before the fetch's limit; read as UTC it is not.
        var page = Byline("2 mar 2024 20:00");
        Assert.Null(Read(page).Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 20, 0, 0, TimeSpan.FromHours(13)), Read(page, "Pacific/Auckland").Published);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de")]
    [InlineData("es")]
    public void NumericMachineDateIsDayFirstOutsideAmericanEnglish(string language)
    {
        var m = Read($"""
            <html lang="{language}"><head><title>Senator calls for resignation</title>
            <meta property="article:published_time" content="10/05/2022 05:22 pm">
            <script type="application/ld+json">{"{"}"@type":"NewsArticle","datePublished":"10/05/2022 05:22 pm"{"}"}</script></head>
            <body><article><h1>Senator calls for resignation</h1><p>{Body}</p><p>{Body}</p></article></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2022, 5, 10, 17, 22, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void NumericMachineDateIsMonthFirstInAmericanEnglish()
    {
        var m = Read($"""
            <html lang="en-US"><head><title>Senator calls for resignation</title>
            <script type="application/ld+json">{"{"}"@type":"NewsArticle","datePublished":"10/05/2022 05:22 pm"{"}"}</script></head>
            <body><article><h1>Senator calls for resignation</h1><p>{Body}</p><p>{Body}</p></article></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2022, 10, 5, 17, 22, 0, TimeSpan.Zero), m.Published);
    }
}
