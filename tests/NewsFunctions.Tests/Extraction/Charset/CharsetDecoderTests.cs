using System.Text;
using NewsFunctions.Extraction.Charset;

namespace NewsFunctions.Tests.Extraction.Charset;

public sealed class CharsetDecoderTests
{
    static CharsetDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string encoding, string body, string? metaCharset)
    {
        var head = metaCharset is null ? "" : $"<meta charset=\"{metaCharset}\">";
        var html = $"<!DOCTYPE html><html><head>{head}<title>Test</title></head><body><p>{body}</p></body></html>";
        return Encoding.GetEncoding(encoding).GetBytes(html);
    }

    private const string German = "Größere Änderungen für Bürger: Die Straße wird über die Brücke geführt, sagte der Bürgermeister. Öffentliche Verkehrsmittel fahren später.";
    private const string French = "L'été dernier, le ministre a annoncé des réformes très ambitieuses pour l'économie française et les élèves à l'école.";
    private const string Polish = "Zażółć gęślą jaźń. Władze miasta ogłosiły, że środki zostaną przeznaczone na łąki, ścieżki rowerowe i źródła wody.";
    private const string Japanese = "東京都は今日、新しい計画を発表しました。これは市民のための重要な政策であり、多くの人々が期待しています。ありがとうございました。";
    private const string Chinese = "中国经济在今年上半年保持了稳定增长，国家统计局表示，我们的发展目标是实现高质量发展。这个政策对人民的生活有重要的影响。";
    private const string Russian = "Правительство России объявило о новых мерах поддержки экономики. По словам министра, это решение было принято после долгих обсуждений.";

    [Theory]
    [InlineData("windows-1252", German)]
    [InlineData("windows-1252", French)]
    [InlineData("iso-8859-2", Polish)]
    [InlineData("shift_jis", Japanese)]
    [InlineData("gbk", Chinese)]
    [InlineData("koi8-r", Russian)]
    [InlineData("windows-1251", Russian)]
    public void DeclaredLegacyCharsetDecodesRight(string encoding, string text)
    {
        var html = CharsetDecoder.Decode(Page(encoding, text, encoding), null);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1252", German)]
    [InlineData("iso-8859-2", Polish)]
    [InlineData("shift_jis", Japanese)]
    [InlineData("gbk", Chinese)]
    [InlineData("koi8-r", Russian)]
    [InlineData("windows-1251", Russian)]
    public void UndeclaredLegacyCharsetIsDetected(string encoding, string text)
    {
        var html = CharsetDecoder.Decode(Page(encoding, text, null), null);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Fact]
    public void HttpContentTypeOutranksMetaDeclaration()
    {
        var bytes = Page("koi8-r", Russian, "windows-1251");
        var html = CharsetDecoder.Decode(bytes, "text/html; charset=KOI8-R");
        Assert.Contains(Russian, html, StringComparison.Ordinal);
    }

    [Fact]
    public void HttpEquivContentTypeIsRead()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>x</title></head><body>{Chinese}</body></html>";
        var decoded = CharsetDecoder.Decode(Encoding.GetEncoding("gbk").GetBytes(html), null);
        Assert.Contains(Chinese, decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void CharsetInScriptTagIsNotTakenAsThePageCharset()
    {
        var html = $"<html><head><script src=\"a.js\" charset=\"utf-8\"></script><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>{Chinese}</body></html>";
        var decoded = CharsetDecoder.Decode(Encoding.GetEncoding("gbk").GetBytes(html), null);
        Assert.Contains(Chinese, decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8BomWinsOverWrongDeclaration()
    {
        var body = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"iso-8859-1\"></head><body>{German}</body></html>");
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(body).ToArray();
        var html = CharsetDecoder.Decode(bytes, null);
        Assert.Contains(German, html, StringComparison.Ordinal);
        Assert.False(html.StartsWith('\uFEFF'));
    }

    [Fact]
    public void Utf16BomIsHonoured()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"<html><body>{Japanese}</body></html>")).ToArray();
        Assert.Contains(Japanese, CharsetDecoder.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidUtf8DeclaredAsLatin1IsReadAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"iso-8859-1\"></head><body>{German}</body></html>");
        Assert.Contains(German, CharsetDecoder.Decode(bytes, "text/html; charset=ISO-8859-1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Windows1252DeclaredAsUtf8IsDetected()
    {
        var bytes = Page("windows-1252", German, "utf-8");
        Assert.Contains(German, CharsetDecoder.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8PageWithAFewStrayLatin1BytesKeepsBoth()
    {
        var head = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>Grüße aus München und viele schöne Tage</p><img alt=\"K");
        var stray = Encoding.GetEncoding("windows-1252").GetBytes("ü");
        var tail = Encoding.UTF8.GetBytes("chenblogs\"></body></html>");
        var html = CharsetDecoder.Decode(head.Concat(stray).Concat(tail).ToArray(), null);
        Assert.Contains("Grüße aus München", html, StringComparison.Ordinal);
        Assert.Contains("Küchenblogs", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PureAsciiWithoutDeclarationDecodes()
    {
        Assert.Equal("<p>plain</p>", CharsetDecoder.Decode("<p>plain</p>"u8, null));
    }

    [Theory]
    [InlineData("latin1", 1252)]
    [InlineData("ISO-8859-1", 1252)]
    [InlineData("gb2312", 936)]
    [InlineData("x-sjis", 932)]
    [InlineData("utf8", 65001)]
    public void LabelsMapAsBrowsersDo(string label, int codePage)
    {
        Assert.Equal(codePage, CharsetDecoder.EncodingFromLabel(label)!.CodePage);
    }

    [Fact]
    public void UnknownLabelFallsBackToDetection()
    {
        var bytes = Page("windows-1252", German, "no-such-charset");
        Assert.Contains(German, CharsetDecoder.Decode(bytes, null), StringComparison.Ordinal);
    }
}
