using System.Buffers;
using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace NewsFunctions.Extraction.Metadata;

/// <summary>A short piece of visible text found during the scan, with where it sits in the page.</summary>
/// <remarks>
/// <see cref="ChromeRoot"/> is the document order of the nearest ancestor that marks page chrome (0 when none), so
/// that two facts under the same chrome-looking wrapper (a theme that puts the whole post in a "sidebar" layout
/// class) can still be compared with each other.
/// </remarks>
internal readonly record struct TextFact(string Text, int Order, int ChromeRoot, bool InArticle, string Hint)
{
    public bool InChrome => ChromeRoot != 0;

    /// <summary>In chrome that the reference fact (the main heading) is not part of.</summary>
    public bool InChromeApartFrom(int referenceChromeRoot) => ChromeRoot != 0 && ChromeRoot != referenceChromeRoot;
}

/// <summary>
/// Everything the metadata readers need, gathered in one iterative pass over the DOM (no recursion, so deep pages
/// cannot overflow the stack): meta tags, links, JSON-LD blocks, title, headings, time elements, date-like and
/// byline-like elements, and the short texts around the main heading.
/// </summary>
internal sealed partial class PageScan
{
    private const int MaxTextFacts = 400;
    private const int ElementTextLimit = 240;

    public Dictionary<string, List<string>> Metas { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<string> JsonLd { get; } = [];
    public string? TitleElement { get; private set; }
    public List<TextFact> Headings { get; } = [];
    /// <summary>
    /// Headings (by document order) that open with an element of their own before more text ("&lt;span&gt;Kicker&lt;/span&gt;
    /// Title"), with that element's text: the kicker a heading's markup sets apart.
    /// </summary>
    public Dictionary<int, string> HeadingLeads { get; } = [];
    /// <summary>Headings (by document order) that only screen readers get, or that are hidden.</summary>
    public HashSet<int> HiddenHeadings { get; } = [];
    /// <summary>Time elements: text is the datetime attribute (or the text when there is none).</summary>
    public List<TextFact> Times { get; } = [];
    /// <summary>Elements marked as dates by itemprop/class/id, and labelled date texts ("Published: ...").</summary>
    public List<TextFact> DateTexts { get; } = [];
    public List<TextFact> Bylines { get; } = [];
    /// <summary>Links to a writer's or a user's page ("/author/jancak/", "/user-uebersicht/?u=79003"), with their text.</summary>
    public List<TextFact> AuthorLinks { get; } = [];
    /// <summary>Short texts in document order, up to a bound: the window around the main heading is cut from these.</summary>
    public List<TextFact> Texts { get; } = [];
    public string? HtmlLang { get; private set; }
    public string? Canonical { get; private set; }
    public List<string> RelAuthors { get; } = [];
    public bool PaywallMarker { get; private set; }
    /// <summary>Chrome roots (document order) inside a comment block: a date there is a comment's, never the article's.</summary>
    public HashSet<int> CommentRoots { get; } = [];

    /// <summary>Every visible text node that holds a digit, joined (bounded): where a page shows its dates.</summary>
    public string TextWithDigits => digitTextsJoined ??= digitTexts.ToString();

    /// <summary>The joined digit texts, made once: the date readers ask more than once, and it can be long.</summary>
    private string? digitTextsJoined;

    private readonly StringBuilder digitTexts = new();

    /// <summary>Class/id words (whole tokens) that mark page chrome rather than the article.</summary>
    private static readonly HashSet<string> ChromeTokens = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navigation", "menu", "mainmenu", "submenu", "footer", "sidebar", "widget", "widgets", "comment", "comments", "commentlist",
        "related", "breadcrumb", "breadcrumbs", "topbar", "masthead", "today", "clock", "weather", "cookie", "cookies", "newsletter", "banner",
        "share", "sharing", "social", "recommended", "recommendations", "popular", "trending", "teaser", "teasers", "aside", "sitemap", "ticker",
        "respond", "reply", "replies", "discussion", "disqus", "pingback", "pingbacks", "trackback", "outbrain", "taboola", "promo", "advert", "ads",
        // Comment blocks in other languages.
        "comentario", "comentarios", "commentaire", "commentaires", "kommentar", "kommentare", "commento", "commenti", "reactie", "reacties",
        "komentarz", "komentarze", "comentarii", "kommentarer", "kommentit", "yorum", "yorumlar",
    };
    /// <summary>Class fragments of comment blocks in several languages: nothing inside them is a byline.</summary>
    private static readonly string[] CommentWords = ["comment", "comentario", "commentaire", "kommentar", "commento", "commenti", "reactie", "komentarz", "comentarii", "kommentit", "yorum"];
    /// <summary>Class fragments of picture credits and captions: "Foto: Agencia X" is not the article's byline.</summary>
    private static readonly string[] PictureWords = ["foto", "photo", "credit", "caption", "bildnachweis", "bildquelle", "image", "picture", "imagen", "legende", "légende", "pie-", "img-", "img_"];
    private static readonly string[] DateWords = ["date", "time", "publish", "posted", "datum", "fecha", "byline", "dateline", "meta", "submitted", "timestamp", "zeit", "stand", "data"];
    private static readonly string[] AuthorWords = ["author", "byline", "writer", "autor", "auteur", "verfasser", "creator", "posted-by", "postedby", "reporter", "journalist", "firma"];
    private static readonly SearchValues<string> DateWordSearch = SearchValues.Create(DateWords, StringComparison.Ordinal);
    private static readonly SearchValues<string> AuthorWordSearch = SearchValues.Create(AuthorWords, StringComparison.Ordinal);
    private static readonly string[] PaywallWords = ["paywall", "premium-content", "subscriber-only", "subscription-required", "piano-", "regwall", "meteredcontent", "paid-content", "plus-content", "article-locked"];
    private static readonly SearchValues<string> PaywallWordSearch = SearchValues.Create(PaywallWords, StringComparison.Ordinal);

    public static PageScan Run(HtmlDocument doc)
    {
        var scan = new PageScan();
        scan.Walk(doc.DocumentNode);
        return scan;
    }

    [Flags]
    private enum Ctx
    {
        None = 0,
        Chrome = 1,
        Article = 2,
        Head = 4,
        Hidden = 8,
        ScreenReader = 16,
        Comment = 32,
        /// <summary>Inside a link, heading, list item or table cell: a text there is a label or a teaser, never a signature.</summary>
        LinkOrHeading = 64,
        Emphasis = 128,
    }

    private void Walk(HtmlNode root)
    {
        var source = root.OwnerDocument.Text ?? "";
        var stack = new Stack<(HtmlNode Node, Ctx Ctx, int ChromeRoot)>(256);
        stack.Push((root, Ctx.None, 0));
        var order = 0;
        while (stack.Count > 0)
        {
            var (node, ctx, chromeRoot) = stack.Pop();
            order++;
            if (node.NodeType == HtmlNodeType.Text)
            {
                if ((ctx & (Ctx.Head | Ctx.Hidden)) == 0 && Texts.Count < 4000)
                {
                    // Read the text in place: most text nodes are whitespace between tags, and only kept texts need a string.
                    var raw = SourceText.Of(node, source);
                    if (raw.IsWhiteSpace())
                    {
                        continue;
                    }

                    var decoded = SourceText.Decoded(raw);
                    if (digitTexts.Length < 300_000 && raw.IndexOfAnyInRange('0', '9') >= 0)
                    {
                        digitTexts.Append(decoded).Append(" | ");
                    }

                    // A long paragraph is kept by its opening: it marks where the body starts, and a dateline may open
                    // it ("01.02.2022 „Der Arbeitsmarkt ..."). Screen-reader texts are only wanted when short.
                    var screenReader = (ctx & Ctx.ScreenReader) != 0;
                    if (SquashUpTo(decoded, screenReader ? 20 : 300, truncate: !screenReader) is { } t)
                    {
                        Texts.Add(new TextFact(t, order, chromeRoot, (ctx & Ctx.Article) != 0, TextHint(ctx)));
                    }
                }

                continue;
            }

            if (node.NodeType != HtmlNodeType.Element && node.NodeType != HtmlNodeType.Document)
            {
                continue;
            }

            var name = node.Name;
            var descend = true;
            if ((ctx & Ctx.Head) != 0 && name is not ("head" or "title" or "meta" or "link" or "script" or "style" or "base" or "noscript" or "template"))
            {
                // A page without </head> and <body> leaves its whole body inside the head element.
                ctx &= ~Ctx.Head;
            }

            switch (name)
            {
                case "script":
                    var type = node.GetAttributeValue("type", "");
                    if (type.Contains("ld+json", StringComparison.OrdinalIgnoreCase) && JsonLd.Count < 20)
                    {
                        JsonLd.Add(SourceText.ScriptContent(node, source).ToString());
                    }

                    continue;
                case "style" or "noscript" or "template" or "svg" or "iframe" or "select" or "button":
                    continue;
                case "head":
                    ctx |= Ctx.Head;
                    break;
                case "html":
                    HtmlLang ??= NonEmpty(node.GetAttributeValue("lang", null)) ?? NonEmpty(node.GetAttributeValue("xml:lang", null));
                    break;
                case "title":
                    TitleElement ??= NonEmpty(Squash(WebUtility.HtmlDecode(node.InnerText)));

                    continue;
                case "meta":
                    ReadMeta(node);
                    continue;
                case "link":
                    ReadLink(node);
                    continue;
                case "footer" when (ctx & (Ctx.Article | Ctx.Chrome)) == Ctx.Article:
                    // An article's own footer holds its byline and date.
                    break;
                case "nav" or "footer" or "aside" or "menu":
                    ctx |= Ctx.Chrome;
                    chromeRoot = order;
                    break;
                case "header":
                    // The page's header is chrome; an article's own header (title, byline, date) is not.
                    var hc = (node.GetAttributeValue("class", "") + " " + node.GetAttributeValue("id", "")).ToLowerInvariant();
                    if ((ctx & Ctx.Article) == 0 && !ArticleHeader().IsMatch(hc))
                    {
                        ctx |= Ctx.Chrome;
                        chromeRoot = order;
                    }

                    break;
                case "article" or "main":
                    ctx |= Ctx.Article;
                    ctx &= ~Ctx.Chrome;
                    chromeRoot = 0;
                    break;
                case "a" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "td" or "th" or "dt" or "dd":
                    ctx |= Ctx.LinkOrHeading;
                    break;
                case "strong" or "b" or "em" or "i":
                    ctx |= Ctx.Emphasis;
                    break;
            }

            var cls = "";
            var itemprop = "";
            var itemtype = "";
            var hidden = false;
            if (node.HasAttributes)
            {
                (cls, itemprop, itemtype, hidden) = ReadAttributes(node);
            }

            if (itemtype.Contains("Article", StringComparison.OrdinalIgnoreCase) || itemtype.Contains("BlogPosting", StringComparison.OrdinalIgnoreCase))
            {
                ctx |= Ctx.Article;
            }

            var kind = cls.Length > 1 ? Flags(cls) : ClassKind.None;
            if (cls.Length > 1)
            {
                if (name is not ("body" or "html") && (kind & ClassKind.Chrome) != 0 && !((ctx & (Ctx.Article | Ctx.Chrome)) == Ctx.Article && IsOnlyFooter(cls)))
                {
                    ctx |= Ctx.Chrome;
                    chromeRoot = order;
                }

                if (chromeRoot == order && (ctx & Ctx.Comment) == 0 && ContainsAny(cls, CommentWords))
                {
                    ctx |= Ctx.Comment;
                }

                if (!PaywallMarker && (kind & ClassKind.Paywall) != 0)
                {
                    PaywallMarker = true;
                }

                if (hidden)
                {
                    ctx |= Ctx.Hidden;
                }
                else if ((kind & ClassKind.ScreenReader) != 0)
                {
                    // Screen-reader texts are kept only as short labels ("By", "Posted on").
                    ctx |= Ctx.ScreenReader;
                }
            }

            var chrome = chromeRoot;
            if (chrome == order && (ctx & Ctx.Comment) != 0)
            {
                CommentRoots.Add(order);
            }

            var article = (ctx & Ctx.Article) != 0;
            if (name is "h1" or "h2" && Headings.Count < 30)
            {
                var text = ElementText(node, 400);
                if (text.Length > 0)
                {
                    Headings.Add(new TextFact(text, order, chrome, article, LinksHome(node) ? name + " home" : name));
                    if ((ctx & (Ctx.Hidden | Ctx.ScreenReader)) != 0)
                    {
                        HiddenHeadings.Add(order);
                    }

                    if (LeadingElement(node) is { } lead && ElementText(lead, 200) is { Length: > 1 } leadText && leadText.Length < text.Length)
                    {
                        HeadingLeads[order] = leadText;
                    }
                }
            }

            if (name == "time" && Times.Count < 50)
            {
                var dt = NonEmpty(node.GetAttributeValue("datetime", null)) ?? NonEmpty(node.GetAttributeValue("content", null));
                var hint = (cls + " " + itemprop + (node.Attributes.Contains("pubdate") ? " pubdate" : "")).Trim();
                Times.Add(new TextFact(dt ?? ElementText(node, ElementTextLimit), order, chrome, article, dt is null ? "text " + hint : hint));
            }

            if (itemprop.Length > 0)
            {
                if (itemprop.Contains("date", StringComparison.OrdinalIgnoreCase) && name != "time" && name != "meta")
                {
                    var v = NonEmpty(node.GetAttributeValue("content", null)) ?? NonEmpty(node.GetAttributeValue("datetime", null));
                    DateTexts.Add(new TextFact(v ?? ElementText(node, ElementTextLimit), order, chrome, article, "itemprop " + itemprop + (v is null ? "" : " machine")));
                }
                else if (itemprop.Equals("author", StringComparison.OrdinalIgnoreCase) || itemprop.Equals("creator", StringComparison.OrdinalIgnoreCase))
                {
                    var nameNode = FirstDescendant(node, static n => HasAttributeValue(n, "itemprop", "name"));
                    var v = nameNode is null ? null : NonEmpty(nameNode.GetAttributeValue("content", null)) ?? ElementText(nameNode, 120);
                    v ??= NonEmpty(node.GetAttributeValue("content", null)) ?? ElementText(node, 160);
                    if (Bylines.Count < 40)
                    {
                        Bylines.Add(new TextFact(v, order, chrome, article, "itemprop"));
                    }
                }
            }

            if (name == "a" && AuthorLinks.Count < 20 && IsAuthorPageLink(node.GetAttributeValue("href", "")))
            {
                AuthorLinks.Add(new TextFact(ElementText(node, 60), order, chrome, article, "a"));
            }

            if (name == "a" && node.GetAttributeValue("rel", "").Contains("author", StringComparison.OrdinalIgnoreCase) && Bylines.Count < 40)
            {
                Bylines.Add(new TextFact(ElementText(node, 120), order, chrome, article, "rel"));
            }
            else if (cls.Length > 1 && name is not ("body" or "html" or "article" or "main" or "section") && Bylines.Count < 40 && (kind & ClassKind.Author) != 0
                && !ContainsAny(cls, CommentWords) && !ContainsAny(cls, PictureWords) && !cls.Contains("avatar", StringComparison.Ordinal))
            {
                var text = ElementText(node, 200);
                if (text.Length is > 1 and < 200)
                {
                    Bylines.Add(new TextFact(text, order, chrome, article, cls.Contains("vcard", StringComparison.Ordinal) ? "vcard" : "class"));
                }
            }

            if (cls.Length > 1 && DateTexts.Count < 60 && name is not ("body" or "html" or "article" or "main") && (kind & ClassKind.Date) != 0)
            {
                var text = ElementText(node, ElementTextLimit);
                if (text.Length is > 5 and < ElementTextLimit && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
                {
                    DateTexts.Add(new TextFact(text, order, chrome, article, "class"));
                }
            }

            if (descend && node.HasChildNodes)
            {
                var children = node.ChildNodes;
                for (var i = children.Count - 1; i >= 0; i--)
                {
                    stack.Push((children[i], ctx, chromeRoot));
                }
            }
        }
    }

    /// <summary>"sr" for screen-reader texts, "a" inside a link/heading/list/table, "em" for bold or italic text elsewhere (a signature).</summary>
    private static string TextHint(Ctx ctx) =>
        (ctx & Ctx.ScreenReader) != 0 ? "sr" : (ctx & Ctx.LinkOrHeading) != 0 ? "a" : (ctx & Ctx.Emphasis) != 0 ? "em" : "";

    private static readonly string[] MetaKeyAttributes = ["property", "name", "itemprop", "http-equiv"];

    private void ReadMeta(HtmlNode node)
    {
        var content = node.GetAttributeValue("content", null) ?? node.GetAttributeValue("value", null);
        if (content is null)
        {
            return;
        }

        content = Squash(WebUtility.HtmlDecode(content));
        if (content.Length == 0)
        {
            return;
        }

        foreach (var attr in MetaKeyAttributes)
        {
            var key = node.GetAttributeValue(attr, null);
            if (string.IsNullOrWhiteSpace(key))
            {
                continue;
            }

            // "og:title article:tag" style multi-valued keys are rare; take the key as written, trimmed.
            key = key.Trim();
            if (key.Contains('&', StringComparison.Ordinal))
            {
                // Some CMSs entity-encode every attribute: "article&#x3A;published_time".
                key = WebUtility.HtmlDecode(key);
            }

            if (!Metas.TryGetValue(key, out var list))
            {
                Metas[key] = list = [];
            }

            if (list.Count < 30)
            {
                list.Add(content);
            }
        }
    }

    private void ReadLink(HtmlNode node)
    {
        var rel = node.GetAttributeValue("rel", "").ToLowerInvariant();
        var href = node.GetAttributeValue("href", null);
        if (string.IsNullOrWhiteSpace(href))
        {
            return;
        }

        if (rel.Split(' ').Contains("canonical"))
        {
            Canonical ??= WebUtility.HtmlDecode(href.Trim());
        }
        else if (rel.Contains("author", StringComparison.Ordinal))
        {
            RelAuthors.Add(href.Trim());
        }
    }

    public string? Meta(params string[] keys)
    {
        foreach (var k in keys)
        {
            if (Metas.TryGetValue(k, out var list) && list.Count > 0)
            {
                return list[0];
            }
        }

        return null;
    }

    public IEnumerable<string> MetaAll(string key) => Metas.TryGetValue(key, out var list) ? list : [];

    /// <summary>An element's visible text, gathered iteratively and cut at <paramref name="limit"/> characters.</summary>
    public static string ElementText(HtmlNode node, int limit)
    {
        // Called for every heading, time, byline and date candidate: the builder and the stack are the thread's own,
        // reused, and the text is squashed and cut straight from the buffer.
        var source = node.OwnerDocument.Text ?? "";
        var b = elementTextBuilder ??= new StringBuilder(256);
        var stack = elementTextStack ??= new Stack<HtmlNode>(32);
        b.Clear();
        stack.Clear();
        stack.Push(node);
        while (stack.Count > 0 && b.Length <= limit)
        {
            var n = stack.Pop();
            if (n.NodeType == HtmlNodeType.Text)
            {
                b.Append(SourceText.Of(n, source)).Append(' ');
                continue;
            }

            // Ruby annotations (<rt>, <rp>) are reading aids printed above the text, not part of it.
            if (n.NodeType != HtmlNodeType.Element || n.Name is "script" or "style" or "noscript" or "svg" or "template" or "rt" or "rp")
            {
                continue;
            }

            if (n.Name is "br" or "p" or "div" or "li")
            {
                b.Append(' ');
            }

            for (var i = n.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push(n.ChildNodes[i]);
            }
        }

        stack.Clear();
        string text;
        if (b.Length <= 1024 && !Contains(b, '&'))
        {
            Span<char> raw = stackalloc char[b.Length];
            b.CopyTo(0, raw, b.Length);
            text = SquashUpTo(raw, limit, truncate: true) ?? "";
        }
        else
        {
            var raw = b.ToString();
            text = Squash(raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw);
            text = text.Length > limit ? text[..limit] : text;
        }

        if (b.Capacity > 4096)
        {
            // A huge element once must not keep a huge buffer for the thread.
            elementTextBuilder = null;
        }

        return text;
    }

    [ThreadStatic]
    private static StringBuilder? elementTextBuilder;

    [ThreadStatic]
    private static Stack<HtmlNode>? elementTextStack;

    private static bool Contains(StringBuilder b, char c)
    {
        foreach (var chunk in b.GetChunks())
        {
            if (chunk.Span.Contains(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="Squash"/> for a text the walk keeps only up to <paramref name="limit"/> characters: null when the squashed
    /// text is empty or (unless <paramref name="truncate"/>, which cuts it instead) longer, so that a dropped text costs no string.
    /// </summary>
    private static string? SquashUpTo(ReadOnlySpan<char> s, int limit, bool truncate = false)
    {
        var trimmed = s.Trim();
        if (trimmed.IndexOfAny(SquashBreakers) < 0 && !trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return trimmed.Length == 0 ? null
                : trimmed.Length <= limit ? trimmed.ToString()
                : truncate ? trimmed[..limit].TrimEnd().ToString() : null;
        }

        Span<char> buffer = stackalloc char[Math.Min(s.Length, limit)];
        var length = 0;
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = length > 0;
                continue;
            }

            if (length + (space ? 2 : 1) > limit)
            {
                if (!truncate)
                {
                    return null;
                }

                break;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = c;
        }

        return length > 0 ? buffer[..length].ToString() : null;
    }

    private static readonly SearchValues<char> SquashBreakers = SearchValues.Create("\t\n\r\u00A0\u200B\f\v");

    public static string Squash(string s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return "";
        }

        // Fast path: nothing but single spaces inside.
        var trimmed = s.AsSpan().Trim();
        if (trimmed.IndexOfAny(SquashBreakers) < 0 && !trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return trimmed.Length == s.Length ? s : trimmed.ToString();
        }

        var b = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = b.Length > 0;
            }
            else
            {
                if (space)
                {
                    b.Append(' ');
                    space = false;
                }

                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>The first element below <paramref name="node"/> in document order that matches (what <c>.//*[...]</c> selects first).</summary>
    private static HtmlNode? FirstDescendant(HtmlNode node, Func<HtmlNode, bool> match)
    {
        var stack = new Stack<HtmlNode>();
        for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
        {
            stack.Push(node.ChildNodes[i]);
        }

        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (match(n))
            {
                return n;
            }

            for (var i = n.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push(n.ChildNodes[i]);
            }
        }

        return null;
    }

    /// <summary>Whether any of the element's attributes called <paramref name="name"/> has exactly the value given (XPath's <c>[@name='value']</c>).</summary>
    private static bool HasAttributeValue(HtmlNode node, string name, string value)
    {
        if (!node.HasAttributes)
        {
            return false;
        }

        var attributes = node.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].Name == name && attributes[i].Value == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The element a heading opens with when more text follows it (a kicker span before the headline); a sole wrapping
    /// element (a link around the whole heading) is looked into. Null when the heading opens with bare text.
    /// </summary>
    private static HtmlNode? LeadingElement(HtmlNode heading)
    {
        var node = heading;
        for (var depth = 0; depth < 3; depth++)
        {
            HtmlNode? first = null;
            var more = false;
            foreach (var child in node.ChildNodes)
            {
                var empty = child.NodeType == HtmlNodeType.Text ? string.IsNullOrWhiteSpace(child.InnerText)
                    : child.NodeType != HtmlNodeType.Element || child.Name is "script" or "style" or "svg" or "img" or "br" || !child.HasChildNodes;
                if (empty)
                {
                    continue;
                }

                if (first is null)
                {
                    if (child.NodeType == HtmlNodeType.Text)
                    {
                        return null;
                    }

                    first = child;
                }
                else
                {
                    more = true;
                    break;
                }
            }

            if (first is null)
            {
                return null;
            }

            if (more)
            {
                return first;
            }

            node = first;
        }

        return null;
    }

    /// <summary>A heading that links to the site's front page is the site's name (a logo), not an article title.</summary>
    private static bool LinksHome(HtmlNode heading)
    {
        var link = heading.ParentNode?.Name == "a" ? heading.ParentNode : FirstDescendant(heading, static n => n.Name == "a" && n.Attributes["href"] is not null);
        if (link is null)
        {
            return false;
        }

        var href = link.GetAttributeValue("href", "").Trim();
        if (href is "/" or "./" or "" or "index.html" or "index.php" or "/index.html" or "/index.php" or "/de/" or "/en/")
        {
            return href.Length > 0;
        }

        return Uri.TryCreate(href, UriKind.Absolute, out var u) && u.AbsolutePath is "/" or "" && string.IsNullOrEmpty(u.Query.Trim('?'));
    }

    [Flags]
    private enum ClassKind
    {
        None = 0,
        Chrome = 1,
        Author = 2,
        Date = 4,
        Paywall = 8,
        /// <summary>A screen-reader-only text ("screen-reader-text", "sr-only", "visually-hidden").</summary>
        ScreenReader = 16,
    }

    /// <summary>
    /// The page's class strings seen so far. One table per thread, emptied for each page: a fresh table per page cost
    /// more in allocation than the lookups save.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, ClassKind>? classKindsOfThread;

    private readonly Dictionary<string, ClassKind> classKinds = TakeClassKinds();

    private static Dictionary<string, ClassKind> TakeClassKinds()
    {
        var table = classKindsOfThread ??= new Dictionary<string, ClassKind>(StringComparer.Ordinal);
        table.Clear();
        return table;
    }

    /// <summary>What a class/id string marks, computed once per distinct string (pages repeat their classes).</summary>
    private ClassKind Flags(string cls)
    {
        if (classKinds.TryGetValue(cls, out var kind))
        {
            return kind;
        }

        kind = ClassKind.None;
        if (HasChromeToken(cls) && !cls.Contains("author", StringComparison.Ordinal) && !cls.Contains("byline", StringComparison.Ordinal))
        {
            kind |= ClassKind.Chrome;
        }

        if (cls.AsSpan().ContainsAny(AuthorWordSearch))
        {
            kind |= ClassKind.Author;
        }

        if (cls.AsSpan().ContainsAny(DateWordSearch))
        {
            kind |= ClassKind.Date;
        }

        if (cls.AsSpan().ContainsAny(PaywallWordSearch))
        {
            kind |= ClassKind.Paywall;
        }

        // Asked of every element with a class, so it is answered here, once per distinct class string.
        if (cls.Contains("screen-reader", StringComparison.Ordinal) || cls.Contains("sr-only", StringComparison.Ordinal) || cls.Contains("visually-hidden", StringComparison.Ordinal))
        {
            kind |= ClassKind.ScreenReader;
        }

        Remember(cls, kind);
        return kind;
    }

    private void Remember(string cls, ClassKind kind)
    {
        if (classKinds.Count < 5000)
        {
            classKinds[cls] = kind;
        }
    }

    /// <summary>
    /// The attributes the walk looks at on every element, read in one pass over the element's attributes rather than
    /// one case-insensitive hash lookup each. A repeated attribute counts by its last occurrence, as the parser's own
    /// lookup table has it.
    /// </summary>
    private static (string ClassAndId, string Itemprop, string Itemtype, bool Hidden) ReadAttributes(HtmlNode node)
    {
        string c = "", id = "", testId = "", itemprop = "", itemtype = "";
        var hidden = false;
        var attributes = node.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attr = attributes[i];
            // The name as written, compared ignoring case: Name would lower-case it on every read.
            var n = attr.OriginalName ?? attr.Name;
            switch (n.Length)
            {
                case 5 when n.Equals("class", StringComparison.OrdinalIgnoreCase):
                    c = attr.Value ?? "";
                    break;
                case 2 when n.Equals("id", StringComparison.OrdinalIgnoreCase):
                    id = attr.Value ?? "";
                    break;
                case 11 when n.Equals("data-testid", StringComparison.OrdinalIgnoreCase):
                    testId = attr.Value ?? "";
                    break;
                case 8 when n.Equals("itemprop", StringComparison.OrdinalIgnoreCase):
                    itemprop = attr.Value ?? "";
                    break;
                case 8 when n.Equals("itemtype", StringComparison.OrdinalIgnoreCase):
                    itemtype = attr.Value ?? "";
                    break;
                case 6 when n.Equals("hidden", StringComparison.OrdinalIgnoreCase):
                    hidden = attr.Value is not null;
                    break;
            }
        }

        var cls = c.Length + id.Length + testId.Length == 0 ? ""
            : id.Length == 0 && testId.Length == 0 ? c.ToLowerInvariant()
            : JoinLowered(c, id, testId);
        return (cls, itemprop, itemtype, hidden);
    }

    /// <summary>
    /// <c>(c + " " + id + " " + testId).ToLowerInvariant()</c> in one string: ids are on many elements and often in
    /// camel case, and the joined copy would be thrown away at once.
    /// </summary>
    private static string JoinLowered(string c, string id, string testId) =>
        string.Create(c.Length + id.Length + testId.Length + 2, (c, id, testId), static (span, parts) =>
        {
            parts.c.AsSpan().ToLowerInvariant(span);
            span[parts.c.Length] = ' ';
            parts.id.AsSpan().ToLowerInvariant(span[(parts.c.Length + 1)..]);
            span[parts.c.Length + 1 + parts.id.Length] = ' ';
            parts.testId.AsSpan().ToLowerInvariant(span[(parts.c.Length + parts.id.Length + 2)..]);
        });

    /// <summary>A class list whose only chrome word is "footer" (inside an article: the article's own footer).</summary>
    private static bool IsOnlyFooter(string cls)
    {
        if (!cls.Contains("footer", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = cls.Replace("footer", " ", StringComparison.Ordinal);
        return !HasChromeToken(rest);
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static readonly string[] NeutralClassPrefixes =
    [
        "category-", "tag-", "has-", "is-", "with-", "no-", "page-", "single-", "type-", "format-", "status-", "node-", "path-",
        "template-", "layout-", "js-", "show-", "hide-", "theme-", "left-", "right-", "post-type-", "hentry",
    ];

    /// <summary>Whether a class/id list names chrome; taxonomy and layout classes ("category-popular", "right-sidebar") do not count.</summary>
    private static bool HasChromeToken(string cls)
    {
        // Runs once per distinct class string of every page: span slices and an alternate lookup keep it allocation-free.
        var rest = cls.AsSpan();
        while (rest.Length > 0)
        {
            var space = rest.IndexOf(' ');
            var className = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..];

            // Most class names hold no chrome word: look for one first, and only then at the exceptions, which cost
            // a prefix comparison each.
            if (!HasChromeWord(className) || HasNeutralPrefix(className) || className.EndsWith("-left", StringComparison.Ordinal) || className.EndsWith("-right", StringComparison.Ordinal))
            {
                continue;
            }

            // The article's own footer ("entry-footer", "post-footer-line"): where blogs put the byline and the date.
            if ((className.Contains("footer", StringComparison.Ordinal) || className.Contains("meta", StringComparison.Ordinal)) && OwnFooter().IsMatch(className))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>Whether one of the letter-and-digit runs of a class name is a chrome word.</summary>
    private static bool HasChromeWord(ReadOnlySpan<char> className)
    {
        var start = -1;
        for (var i = 0; i <= className.Length; i++)
        {
            var letter = i < className.Length && char.IsAsciiLetterOrDigit(className[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (ChromeTokenLookup.Contains(className[start..i]))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChromeTokenLookup = ChromeTokens.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool HasNeutralPrefix(ReadOnlySpan<char> className)
    {
        foreach (var p in NeutralClassPrefixes)
        {
            if (className.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:post|entry|article|story|blog-post|artikel|beitrag)[-_]?(?:footer|meta)(?:$|[-_](?:line|meta|info|\d))", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OwnFooter();

    [System.Text.RegularExpressions.GeneratedRegex("entry|post|article|story|content|headline|title|artikel|beitrag|news", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ArticleHeader();

    private static bool ContainsAny(string s, string[] words)
    {
        foreach (var w in words)
        {
            if (s.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Asked of every link's href, so searched for all at once, like the word lists above.</summary>
    private static readonly SearchValues<string> AuthorPagePaths = SearchValues.Create(
        ["/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/user/", "/users/", "/user-", "/profile/", "/profil/", "/member/", "/members/"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A link to a writer's or a user's page ("/author/jancak/", "/user-uebersicht/?u=79003").</summary>
    private static bool IsAuthorPageLink(string href) => href.Length > 6 && href.AsSpan().ContainsAny(AuthorPagePaths);
}
