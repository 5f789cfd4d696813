using NewsFunctions.Extraction.Metadata.Dates;

namespace NewsFunctions.Tests.Extraction.Metadata;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("Updated 3:45 PM EST, Mon March 4, 2024", "2024-03-04T15:45:00-05:00")]
    [InlineData("Published: 7 ene 2022 16:24 GMT", "2022-01-07T16:24:00+00:00")]
    [InlineData("10:05 CET · 12 de marzo de 2024", "2024-03-12T10:05:00+01:00")]
    public void TimeBeforeOrAfterTheDateIsKeptWithItsZone(string text, string expected)
    {
        var parsed = DateParser.FindInText(text, null);
        var want = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(want, parsed);
        Assert.Equal(want.Offset, parsed!.Value.Offset);
    }

    [Fact]
    public void NumberBeforeADateIsNotATime()
    {
        // "Chapter 12.30" style numbers glued to other digits are not times.
        var parsed = DateParser.FindInText("Seite 112.30, March 4, 2024", null);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero), parsed);
    }
}
