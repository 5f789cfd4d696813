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
        Assert.Equal(want.DateTime, parsed!.Value.Clock);
        Assert.Equal(want.Offset, parsed.Value.Offset);
    }

    [Fact]
    public void NumberBeforeADateIsNotATime()
    {
        // "Chapter 12.30" style numbers glued to other digits are not times.
        var parsed = DateParser.FindInText("Seite 112.30, March 4, 2024", null);
        Assert.Equal(new DateTime(2024, 3, 4), parsed!.Value.Clock);
    }

    [Theory]
    [InlineData("2022-01-07T16:24:00")]
    [InlineData("2022-01-07 16:24")]
    [InlineData("2022-01-07")]
    [InlineData("7 ene 2022 16:24")]
    public void ValueWithoutAZoneHasNoOffset(string value)
    {
        Assert.Null(DateParser.ParseMachine(value, "es")!.Value.Offset);
    }

    [Theory]
    [InlineData("2022-01-07T16:24:00Z", 0)]
    [InlineData("2022-01-07T16:24:00+01:00", 1)]
    [InlineData("2022-01-07T16:24:00-0300", -3)]
    [InlineData("Fri, 07 Jan 2022 16:24:00 GMT", 0)]
    [InlineData("7 ene 2022 16:24 CET", 1)]
    public void ValueWithAZoneKeepsItsOffsetAndClockTime(string value, int hours)
    {
        var parsed = DateParser.ParseMachine(value, "es")!.Value;
        Assert.Equal(TimeSpan.FromHours(hours), parsed.Offset);
        Assert.Equal(new DateTime(2022, 1, 7, 16, 24, 0), parsed.Clock);
    }

    [Theory]
    [InlineData("2022-05-11T4:10:00-03:00", 4, 10, -3)]
    [InlineData("2019-10-21T07:28:00+02:00[Europe/Berlin]", 7, 28, 2)]
    public void NearIsoValueKeepsItsTimeAndZone(string value, int hour, int minute, int offset)
    {
        var parsed = DateParser.ParseMachine(value, null)!.Value;
        Assert.Equal(new TimeSpan(hour, minute, 0), parsed.Clock.TimeOfDay);
        Assert.Equal(TimeSpan.FromHours(offset), parsed.Offset);
    }

    [Theory]
    [InlineData("en-GB", 5)]
    [InlineData("de", 5)]
    [InlineData("en-US", 10)]
    [InlineData(null, 10)]
    public void NumericOrderFollowsTheLanguage(string? language, int month)
    {
        Assert.Equal(month, DateParser.ParseMachine("10/05/2022 05:22 pm", language)!.Value.Clock.Month);
        Assert.Equal(month, DateParser.FindInText("Publicado 10/05/2022", language)!.Value.Clock.Month);
    }
}
