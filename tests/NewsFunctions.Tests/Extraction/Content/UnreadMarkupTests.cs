using System.Text;
using NewsFunctions.Extraction;
using NewsFunctions.Extraction.Content;

namespace NewsFunctions.Tests.Extraction.Content;

public sealed class UnreadMarkupTests
{
    private static readonly string Big = string.Concat(Enumerable.Repeat("var x = 1 < 2 && \"<p>not text</p>\"; ", 20));

    private static string Empty(string html)
    {
        var chars = html.ToCharArray();
        return new string(chars, 0, UnreadMarkup.Empty(chars));
    }

    [Fact]
    public void ScriptBodyIsEmptiedAndTheElementStays()
    {
        Assert.Equal("<p>a</p><script src=\"x.js\"></script><p>b</p>", Empty($"<p>a</p><script src=\"x.js\">{Big}</script><p>b</p>"));
    }

    [Fact]
    public void UpperCaseTagsAreEmptiedToo()
    {
        Assert.Equal("<SCRIPT></SCRIPT><STYLE></STYLE>", Empty($"<SCRIPT>{Big}</SCRIPT><STYLE>{Big}</STYLE>"));
    }

    [Fact]
    public void MarkupQuotedInJsonLdIsNotTakenForMarkup()
    {
        var html = $"<script type=\"application/ld+json\">{{\"articleBody\":\"Use <script> tags {Big.Replace("\"", "'", StringComparison.Ordinal)} and <!-- comments\"}}</script><p>{Big}</p><script>x</script><p>-->{Big}</p>";
        Assert.Equal(html, Empty(html));
    }

    [Fact]
    public void JsonLdIsKeptWhole()
    {
        var html = $"<script type=\"application/ld+json\">{{\"headline\":\"{Big.Replace("\"", "'", StringComparison.Ordinal)}\"}}</script>";
        Assert.Equal(html, Empty(html));
    }

    [Fact]
    public void CommentsAreEmptiedWithWhateverTheyHold()
    {
        Assert.Equal("<p>a</p><!----><p>b</p>", Empty($"<p>a</p><!-- <script>{Big}</script> <p>old</p> --><p>b</p>"));
    }

    [Fact]
    public void AScriptHoldingCommentAndCloseTagStringsEndsAtItsOwnCloseTag()
    {
        Assert.Equal("<script></script><p>after</p>", Empty($"<script>var a = \"<!--\"; var b = \"</div>\";{Big}</script><p>after</p>"));
    }

    [Fact]
    public void NestedSvgDrawingsAreEmptiedToTheOuterClose()
    {
        Assert.Equal("<svg viewBox=\"0 0 1 1\"></svg><p>after</p>", Empty($"<svg viewBox=\"0 0 1 1\"><g><svg><path d=\"{Big}\"/></svg><title>icon</title>{Big}</g></svg><p>after</p>"));
    }

    [Fact]
    public void DrawingHoldingAScriptKeepsItsElementsAndOnlyTheScriptIsEmptied()
    {
        // The parser reads the script as raw text, so its "</svg>" does not close the drawing.
        Assert.Equal("<svg><g><script></script></g></svg><p>after</p>", Empty($"<svg><g><script>var s = \"</svg>\"; {Big}</script></g></svg><p>after</p>"));
    }

    private static readonly string Menu = string.Concat(Enumerable.Range(0, 12).Select(i => $"<li class=\"menu-item\"><a href=\"/section-{i}/\">Section {i}</a></li>"));

    [Fact]
    public void NavigationBlockIsEmptiedAndTheElementStays()
    {
        Assert.Equal("<p>a</p><nav class=\"main-nav\"></nav><p>b</p>", Empty($"<p>a</p><nav class=\"main-nav\"><ul>{Menu}</ul></nav><p>b</p>"));
    }

    [Fact]
    public void NestedNavigationBlocksAreEmptiedToTheOuterClose()
    {
        Assert.Equal("<NAV></NAV><p>after</p>", Empty($"<NAV><ul>{Menu}<li><nav aria-label=\"sub\"><ul>{Menu}</ul></nav></li></ul></NAV><p>after</p>"));
    }

    [Fact]
    public void NavigationWithAHeadingIsKeptWhole()
    {
        // Some sites put their logo heading in the navigation bar, and the title rules count a page's headings.
        var html = $"<nav><h1><a href=\"/\">Daily Courier</a></h1><ul>{Menu}</ul></nav><h1>Harbour reopens</h1>";
        Assert.Equal(html, Empty(html));
    }

    [Fact]
    public void NavigationHoldingAScriptKeepsItsElementsAndOnlyTheScriptIsEmptied()
    {
        // The parser reads the script as raw text, so its "</nav>" does not close the block.
        Assert.Equal($"<nav><ul>{Menu}</ul><script></script></nav><p>after</p>", Empty($"<nav><ul>{Menu}</ul><script>var s = \"</nav>\"; {Big}</script></nav><p>after</p>"));
    }

    [Fact]
    public void QuotedCloseBracketInTheOpenTagDoesNotEndIt()
    {
        Assert.Equal("<script data-x=\"a>b\"></script>", Empty($"<script data-x=\"a>b\">{Big}</script>"));
    }

    [Theory]
    [InlineData("<div data-html=\"<script>{0}\"></div><p>kept</p>")]
    [InlineData("<script>{0}")]
    [InlineData("<svg><path d=\"{0}\"/>")]
    [InlineData("<!-- {0}")]
    [InlineData("<scripts>{0}</scripts>")]
    [InlineData("<svgfoo>{0}</svgfoo>")]
    [InlineData("<script>short</script><style>p{{}}</style><!-- short -->")]
    [InlineData("<script src=\"x.js\"/>{0}</script>")]
    [InlineData("<title>How <script> tags work</title><p>{0}</p><script>x</script>")]
    [InlineData("<textarea>Paste <!-- here</textarea><p>{0}</p><!-- x -->")]
    [InlineData("<!--><p>{0}</p><!-- x -->")]
    [InlineData("<!---><p>{0}</p><!-- x -->")]
    [InlineData("<nav><p>{0}</p>")]
    [InlineData("<navbar><p>{0}</p></navbar>")]
    [InlineData("<nav-menu><p>{0}</p></nav-menu>")]
    [InlineData("<nav><!-- menu --><p>{0}</p></nav>")]
    [InlineData("<nav><h2>Sections</h2><p>{0}</p></nav>")]
    public void WhatIsNotAnUnreadBodyIsLeftAlone(string template)
    {
        var html = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Big);
        Assert.Equal(html, Empty(html));
    }

    [Fact]
    public void ParserSeesTheSameTreeOutsideWhatIsEmptied()
    {
        // Pages stitched at random from awkward pieces: whatever was emptied, every node outside scripts, styles,
        // drawings, navigation blocks and comments must come out of the parser exactly as it did from the original.
        string[] pieces =
        [
            "<p class=\"lead\">Plain text &amp; more</p>", "<div data-x=\"a>b\" title='<script>'>", "</div>", "<script>" + Big + "</script>",
            "<script>var a = \"</div><!--\"; " + Big + "</script>", "<SCRIPT type=\"text/javascript\">" + Big + "</SCRIPT>",
            "<script type=\"application/ld+json\">{\"headline\":\"<script> and <!-- in JSON\"}</script>", "<style>p > a { color: red } " + Big + "</style>",
            "<!-- " + Big + " -->", "<!-- <script>" + Big + " -->", "<!-->", "<svg><g><svg><path d=\"" + Big + "\"/></svg></g><title>i</title></svg>",
            "<svg><script>var s = '</svg>'; " + Big + "</script></svg>", "<title>How <script> tags work</title>", "<textarea>a <!-- b " + Big + "</textarea>",
            "<span>x < y</span>", "<script src=\"x.js\"/>", "<svg/>", "text between ", "<br>", "<a href=\"/a?b=1&c=2\">link</a>",
            "<img alt=\"1 > 0\" src=\"<svg>\">", "<p title=unquoted>x</p>", "<style media=\"(max-width: 1px)\">" + Big + "</style>", "</p>",
            "<noscript><img src=\"x.gif\"></noscript>", "<div title=\"--> <!--\">", "<Svg viewBox='0 0 2 2'><style>" + Big + "</style></Svg>",
            "<nav class=\"menu\"><ul>" + Menu + "</ul></nav>", "<nav><h2>Sections</h2><ul>" + Menu + "</ul></nav>", "<nav>", "</nav>",
            "<nav><ul>" + Menu + "<li><nav>" + Menu + "</nav></li></ul></nav>", "<nav><div class=\"drop\">" + Menu, "<ul><li>" + Menu,
        ];
        var random = new Random(20221202);
        for (var round = 0; round < 1000; round++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(3, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(Outline(html), Outline(Empty(html)));
        }
    }

    [Fact]
    public void BenchPagesParseToTheSameTreeOutsideWhatIsEmptied()
    {
        var bench = BenchmarkScore.FindBenchDir();
        var files = Directory.GetFiles(Path.Combine(bench, "aeb", "pages")).Concat(Directory.GetFiles(Path.Combine(bench, "trafilatura", "pages"))).ToList();
        Assert.True(files.Count >= 600, $"only {files.Count} bench pages found");
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            if (file.EndsWith(".gz", StringComparison.Ordinal))
            {
                using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
                using var page = new MemoryStream();
                gzip.CopyTo(page);
                bytes = page.ToArray();
            }

            var html = NewsFunctions.Extraction.Charset.CharsetDecoder.Decode(bytes, null);
            // Repaired as the pipeline repairs it: HtmlAgilityPack reads a drawing's <title/> as swallowing the page.
            Assert.True(
                Outline(ArticleExtractor.RepairForParser(html)) == Outline(ArticleExtractor.RepairForParser(Empty(html))),
                $"{Path.GetFileName(file)}: the tree differs once emptied");
        }
    }

    /// <summary>The parsed tree in document order, with what is inside scripts, styles, drawings, navigation blocks and comments left out.</summary>
    private static string Outline(string html)
    {
        var doc = new HtmlAgilityPack.HtmlDocument();
        doc.LoadHtml(html);
        var sb = new StringBuilder();
        void Visit(HtmlAgilityPack.HtmlNode node)
        {
            switch (node.NodeType)
            {
                case HtmlAgilityPack.HtmlNodeType.Comment:
                    sb.Append("<!>");
                    return;
                case HtmlAgilityPack.HtmlNodeType.Text:
                    sb.Append('[').Append(node.InnerHtml).Append(']');
                    return;
            }

            sb.Append('<').Append(node.Name);
            foreach (var a in node.Attributes)
            {
                sb.Append(' ').Append(a.Name).Append("=\"").Append(a.Value).Append('"');
            }

            sb.Append('>');
            var emptied = node.Name is "script" or "style" or "svg" or "nav" && !node.GetAttributeValue("type", "").Contains("ld+json", StringComparison.Ordinal);
            if (!emptied)
            {
                foreach (var child in node.ChildNodes)
                {
                    Visit(child);
                }
            }

            sb.Append("</").Append(node.Name).Append('>');
        }

        Visit(doc.DocumentNode);
        return sb.ToString();
    }

    [Fact]
    public void ExtractionStillReadsJsonLdAndTextAroundEmptiedMarkup()
    {
        var html = $$"""
            <html><head><title>Page</title><script>{{Big}}</script><style>{{Big}}</style>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens after storm","datePublished":"2022-01-07T16:24:00Z"}</script>
            </head><body><!-- {{Big}} --><article><h1>Harbour reopens after storm</h1>
            <p>The harbour reopened on Friday morning after the storm<script>{{Big}}</script> had closed it for three days.</p>
            <svg><path d="{{Big}}"/></svg><p>Fishing boats were the first to leave, followed by the ferry to the islands.</p></article></body></html>
            """;
        var article = new ArticleExtractor().Extract(Encoding.UTF8.GetBytes(html), new Uri("https://news.example.com/a"));
        Assert.Equal("Harbour reopens after storm", article.Title);
        Assert.Equal(new DateTimeOffset(2022, 1, 7, 16, 24, 0, TimeSpan.Zero), article.Published);
        Assert.Contains("after the storm had closed it", article.Text, StringComparison.Ordinal);
        Assert.Contains("Fishing boats", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("not text", article.Text, StringComparison.Ordinal);
    }
}
