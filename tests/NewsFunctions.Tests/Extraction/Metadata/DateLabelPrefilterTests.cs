using System.Globalization;
using System.Text.RegularExpressions;
using NewsFunctions.Extraction.Metadata.Dates;

namespace NewsFunctions.Tests.Extraction.Metadata;

/// <summary>The cheap search that rules texts out before the date-label regex must never rule out a label.</summary>
public sealed class DateLabelPrefilterTests
{
    /// <summary>Every word of the regex's alternations, read from the pattern itself so that a word added there is checked too.</summary>
    public static TheoryData<string> LabelWords()
    {
        var words = new TheoryData<string>();
        foreach (Match group in Regex.Matches(DateFinder.DateLabel().ToString(), @"\(\?:([^()]*)\)"))
        {
            foreach (var word in group.Groups[1].Value.Split('|'))
            {
                words.Add(word);
            }
        }

        words.Add("date");
        return words;
    }

    [Theory]
    [MemberData(nameof(LabelWords))]
    public void EveryLabelWordPassesThePrefilterInAnyCase(string word)
    {
        Assert.Matches(DateFinder.DateLabel(), word);
        foreach (var written in new[] { word, word.ToUpperInvariant(), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word) })
        {
            Assert.True(DateFinder.MayHoldDateLabel("Von der Redaktion · " + written + ": 7. Januar 2022"), written);
        }
    }

    [Theory]
    [InlineData("Die Zahl der arbeitslosen Menschen ist im Januar zwar gestiegen")]
    [InlineData("Read more")]
    public void TextsWithoutALabelAreRuledOut(string text)
    {
        Assert.DoesNotMatch(DateFinder.DateLabel(), text);
        Assert.False(DateFinder.MayHoldDateLabel(text));
    }

    [Fact]
    public void ALetterTheRegexFoldsDifferentlyIsLeftToTheRegex()
    {
        // The Kelvin sign is a capital K to the regex's case-insensitive match, not to an ordinal comparison.
        Assert.True(DateFinder.MayHoldDateLabel("A\u212Atualisiert am 3. Mai"));
    }
}
