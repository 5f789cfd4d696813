using System.Net;
using NewsFunctions.Extraction;

namespace NewsFunctions.Tests.Extraction;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("no entities at all")]
    [InlineData("Tom &amp; Jerry&nbsp;&#8211; &#x2019;s &lt;b&gt;")]
    [InlineData("AT&T; R&D and more; &&amp; & &; &#; &#x; &#xZZ; &bogus; &#999999999; &#55296; &#128512; &#x1F600;")]
    [InlineData("trailing ampersand &")]
    [InlineData("&amp")]
    [InlineData("&#65;&#66;&#x43;&AMP;&Amp;&eacute;&Eacute;")]
    public void DecodedMatchesWebUtility(string raw)
    {
        Assert.Equal(WebUtility.HtmlDecode(raw), SourceText.Decoded(raw).ToString());
    }

    [Fact]
    public void DecodedMatchesWebUtilityForALongText()
    {
        var raw = string.Concat(Enumerable.Repeat("Caf&eacute; &amp; &#8220;quotes&#8221; R&D; ", 1000));
        Assert.Equal(WebUtility.HtmlDecode(raw), SourceText.Decoded(raw).ToString());
    }
}
