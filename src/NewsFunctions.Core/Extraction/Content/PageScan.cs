using System.Buffers;
using System.Text;
using HtmlAgilityPack;

namespace NewsFunctions.Extraction.Content;

/// <summary>
/// One extraction pass over a parsed page: flattens it into text blocks, scores containers, picks the body.
/// Not thread-safe; one instance per page and pass.
/// </summary>
internal sealed partial class PageScan
{
    // Block flags, inherited from the enclosing elements.
    private const int InLink = 1;
    private const int InHeading = 2;
    private const int InH1 = 4;
    private const int InListItem = 8;
    private const int InQuote = 16;
    private const int InPre = 32;
    private const int InCell = 64;
    private const int Dropped = 128;
    private const int EmbeddedPost = 256;

    private enum Verdict
    {
        Keep,
        Prune,
        Soft,
    }

    private readonly HtmlNode _root;
    private readonly string _source;
    private readonly bool _relaxed;
    private readonly List<Element> _elements = new(256);
    private readonly List<Block> _blocks = new(256);
    private char[] _chars = ArrayPool<char>.Shared.Rent(16 * 1024);
    private int _length;
    private bool _anySoft;

    /// <summary>Pictures met outside furniture, links and lists, with the index of the block that follows them.</summary>
    private readonly List<(int Block, HtmlNode Node)> _pictures = [];

    /// <summary>The picture that opens or illustrates the body, as the page writes its address; set by <see cref="BuildBody"/>.</summary>
    public string? LeadPicture { get; private set; }

    // The block being filled.
    private int _blockStart;
    private int _blockLinkChars;
    private int _blockCommas;
    private int _blockOwner = -1;
    private int _blockFlags;
    private bool _pendingSpace;

    // Prefix sums over blocks, for O(1) text and link totals of any element.
    private int[] _textPrefix = [];
    private int[] _linkPrefix = [];
    private int[] _goodPrefix = [];

    public PageScan(HtmlNode root, bool relaxed)
    {
        _root = root;
        _source = root.OwnerDocument.Text ?? "";
        _relaxed = relaxed;
    }

    private List<string>? _jsonLdScripts;

    /// <summary>
    /// The longest JSON-LD <c>articleBody</c> longer than <paramref name="minLength"/>, if any. The scripts are only
    /// parsed here, on demand: a script shorter than the wanted body cannot hold it, so most pages parse none.
    /// </summary>
    public string? FindJsonLdArticleBody(int minLength)
    {
        string? best = null;
        foreach (var json in _jsonLdScripts ?? [])
        {
            if (json.Length <= Math.Max(minLength, best?.Length ?? 0))
            {
                continue;
            }

            var body = JsonLdBody.Find(json);
            if (body is not null && body.Length > Math.Max(minLength, best?.Length ?? 0))
            {
                best = body;
            }
        }

        return best;
    }

    private struct Element
    {
        public HtmlNode Node;
        public int Parent;
        public int FirstBlock;
        public int EndBlock;
        public int EndElement;
        public float Score;
        public bool Scored;
        public bool Positive;
        public int Depth;
        public bool Soft;
    }

    private struct Block
    {
        public int Start;
        public int Length;
        public int LinkChars;
        public int Commas;
        public int Owner;
        public int Flags;
    }

    /// <summary>An element being walked: where its children's walk stands and what to restore on leaving it.</summary>
    private struct Frame
    {
        public HtmlNodeCollection Children;
        public int ChildCount;
        public int NextChild;
        public int Element;
        public int ParentElement;
        public int Flags;
    }

    public void Run()
    {
        try
        {
            Walk();
            if (_anySoft)
            {
                ComputePrefixes();
                DropSmallSoftElements();
            }

            ComputePrefixes();
            ScoreBlocks();
        }
        catch
        {
            Release();
            throw;
        }
    }

    private void Walk()
    {
        // Explicit stack: HtmlAgilityPack trees of broken pages can be thousands of levels deep. The frames are an
        // array walked by reference: the walk advances the top frame once per node, and a Stack<Frame> would pop and
        // push (copy) it each time.
        var frames = new Frame[64];
        var top = 0;
        var flags = 0;
        var currentElement = -1;
        var depth = 0;
        frames[0] = new Frame { Children = _root.ChildNodes, ChildCount = _root.ChildNodes.Count, Element = -1, ParentElement = -1, Flags = 0 };
        while (top >= 0)
        {
            ref var frame = ref frames[top];
            if (frame.NextChild >= frame.ChildCount)
            {
                // Leave the element.
                flags = frame.Flags;
                if (frame.Element >= 0)
                {
                    FlushBlock();
                    var e = _elements[frame.Element];
                    e.EndBlock = _blocks.Count;
                    e.EndElement = _elements.Count;
                    _elements[frame.Element] = e;
                    currentElement = frame.ParentElement;
                    depth--;
                }

                top--;
                continue;
            }

            var node = frame.Children[frame.NextChild];
            frame.NextChild++;

            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    AppendText(SourceText.Of(node, _source), flags, currentElement);
                    break;
                case HtmlNodeType.Element:
                    var name = node.Name;
                    if (name == "br")
                    {
                        FlushBlock();
                        break;
                    }

                    if (name == "script")
                    {
                        CaptureJsonLd(node);
                        break;
                    }

                    if (name is "img" or "figure" or "picture" && (flags & (InLink | InListItem)) == 0 && _pictures.Count < MaxPictures
                        && (name == "img" ? node : FirstPicture(node)) is { } picture)
                    {
                        // The body text leaves pictures out, but its lead photo is worth keeping. A linked picture is
                        // a teaser's; one in a list item, a gallery's or a related story's.
                        _pictures.Add((_blocks.Count, picture));
                    }

                    var tag = BoilerplateVocabulary.TagKindOf(name);
                    var verdict = Judge(node, name, tag, out var positive);
                    var isBlock = (tag & TagKind.Block) != 0;
                    if (verdict == Verdict.Prune || (verdict == Verdict.Soft && !isBlock))
                    {
                        break;
                    }

                    if (!node.HasChildNodes)
                    {
                        if (isBlock)
                        {
                            FlushBlock();
                        }

                        break;
                    }

                    var elementIndex = -1;
                    var parentElement = currentElement;
                    if (isBlock)
                    {
                        FlushBlock();
                        elementIndex = _elements.Count;
                        _elements.Add(new Element
                        {
                            Node = node,
                            Parent = currentElement,
                            FirstBlock = _blocks.Count,
                            Positive = !_relaxed && positive,
                            Depth = depth,
                            Soft = verdict == Verdict.Soft,
                        });
                        _anySoft |= verdict == Verdict.Soft;
                        currentElement = elementIndex;
                        depth++;
                    }

                    if (++top == frames.Length)
                    {
                        Array.Resize(ref frames, frames.Length * 2);
                    }

                    var children = node.ChildNodes;
                    frames[top] = new Frame { Children = children, ChildCount = children.Count, Element = elementIndex, ParentElement = parentElement, Flags = flags };
                    if (isBlock && (flags & InHeading) != 0 && name[0] != 'h')
                    {
                        // A paragraph inside a heading is an unclosed heading (<h2>...</h3>), not a title.
                        flags &= ~(InHeading | InH1);
                    }

                    flags |= TagFlags(name);
                    if (name == "blockquote" && IsEmbeddedPost(node))
                    {
                        flags |= EmbeddedPost;
                    }

                    break;
            }
        }

        FlushBlock();
    }

    private static int TagFlags(string name) => name switch
    {
        "a" => InLink,
        "h1" => InHeading | InH1,
        "h2" or "h3" or "h4" or "h5" or "h6" => InHeading,
        "li" or "dd" or "dt" => InListItem,
        "blockquote" or "q" => InQuote,
        "pre" => InPre,
        "td" or "th" => InCell,
        _ => 0,
    };

    /// <summary>An embedded social post ("twitter-tweet", "instagram-media", "tiktok-embed"): the article quotes it.</summary>
    private static bool IsEmbeddedPost(HtmlNode blockquote)
    {
        var cls = blockquote.GetAttributeValue("class", "");
        return cls.Contains("tweet", StringComparison.OrdinalIgnoreCase)
            || cls.Contains("instagram", StringComparison.OrdinalIgnoreCase)
            || cls.Contains("tiktok", StringComparison.OrdinalIgnoreCase);
    }

    private Verdict Judge(HtmlNode node, string name, TagKind tag, out bool positive)
    {
        positive = name is "article" or "main";
        if ((tag & TagKind.Pruned) != 0)
        {
            // A header or footer inside the article text (e.g. a blockquote's) is rare; page-level ones are furniture.
            return Verdict.Prune;
        }

        if ((tag & TagKind.Soft) != 0)
        {
            return Verdict.Soft;
        }

        if (!node.HasAttributes)
        {
            return Verdict.Keep;
        }

        var attributes = node.Attributes;
        string? cls = null;
        string? id = null;
        for (var i = 0; i < attributes.Count; i++)
        {
            // Read only the values we need: HtmlAgilityPack materialises each value string on first access.
            var a = attributes[i];
            switch (a.Name)
            {
                case "hidden":
                    return Verdict.Prune;
                case "aria-hidden" when (a.Value ?? "").Equals("true", StringComparison.OrdinalIgnoreCase):
                    return name is "div" or "section" or "article" or "main" or "body" or "html" ? Verdict.Soft : Verdict.Prune;
                case "role" when BoilerplateVocabulary.PrunedRoles.Contains((a.Value ?? "").Trim()):
                    if (name is "body" or "html" or "main" or "article")
                    {
                        return Verdict.Keep;
                    }

                    // An accordion is a "tablist" block whose panels are the article: judged by its share of the prose.
                    return (tag & TagKind.Block) != 0
                        && (a.Value ?? "").Trim().Equals("tablist", StringComparison.OrdinalIgnoreCase) ? Verdict.Soft : Verdict.Prune;
                case "style" when IsHiddenStyle(a.Value ?? ""):
                    return Verdict.Prune;
                case "itemprop" when (a.Value ?? "").Contains("articleBody", StringComparison.OrdinalIgnoreCase):
                    positive = true;
                    return Verdict.Keep;
                case "itemprop" when (tag & TagKind.Block) != 0 && (a.Value ?? "").Trim().Equals("author", StringComparison.OrdinalIgnoreCase):
                    // An author box (photo, name, biography) marked up as the article's author: furniture like a byline,
                    // whatever its class says; judged by its share of the prose in case a page marks its wrapper so.
                    return Verdict.Soft;
                case "class":
                    cls = a.Value;
                    break;
                case "id":
                    id = a.Value;
                    break;
            }
        }

        if (_relaxed)
        {
            // The relaxed walk neither prunes by class/id nor keeps a positive mark (Element.Positive): nothing to classify.
            return Verdict.Keep;
        }

        // A heading's id is its anchor, made from its words ("what-are-you-looking-forward-to-next", "nav_the_test"):
        // it says nothing about furniture.
        var hints = ClassHints.Classify(cls) | (name is "h2" or "h3" or "h4" or "h5" or "h6" ? ClassHint.None : ClassHints.Classify(id));
        positive |= (hints & ClassHint.Positive) != 0;
        if (name is "html" or "body" || (hints & ClassHint.Negative) == 0)
        {
            return Verdict.Keep;
        }

        // A block with a furniture word may still be the page's wrapper ("content-sidebar-wrap", "theme-<vendor>"):
        // it is judged by its share of the page's prose once the walk is done. Inline furniture goes at once.
        return Verdict.Soft;
    }

    private static bool IsHiddenStyle(string style)
    {
        if (style.Length < 12
            || (!style.Contains("none", StringComparison.OrdinalIgnoreCase) && !style.Contains("hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private void CaptureJsonLd(HtmlNode script)
    {
        var type = script.GetAttributeValue("type", "");
        if (!type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // Copied out of the source only when it holds a body.
        var json = SourceText.ScriptContent(script, _source);
        if (!json.Contains("articleBody", StringComparison.Ordinal))
        {
            return;
        }

        (_jsonLdScripts ??= []).Add(json.ToString());
    }

    private void AppendText(ReadOnlySpan<char> raw, int flags, int owner)
    {
        if (owner < 0)
        {
            return;
        }

        var text = SourceText.Decoded(raw);
        if (_blockOwner != owner && _length > _blockStart)
        {
            FlushBlock();
        }

        if (_length == _blockStart)
        {
            _blockOwner = owner;
            _blockFlags = flags & ~InLink;
        }

        EnsureCapacity(text.Length + 1);
        var chars = _chars;
        var length = _length;
        var inLink = (flags & InLink) != 0;
        var linkChars = 0;
        var commas = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                _pendingSpace = length > _blockStart;
                continue;
            }

            if (c == '\u00AD')
            {
                // A soft hyphen is an invisible hyphenation hint (Wäh\u00ADrend); kept, it splits the word for search.
                continue;
            }

            if (_pendingSpace)
            {
                chars[length++] = ' ';
                _pendingSpace = false;
            }

            chars[length++] = c;
            if (inLink)
            {
                linkChars++;
            }

            if (c is ',' or '，' or '、' or '،')
            {
                commas++;
            }
        }

        _length = length;
        _blockLinkChars += linkChars;
        _blockCommas += commas;
    }

    private void EnsureCapacity(int extra)
    {
        // Each text char is written at most once, plus one space before it.
        var needed = _length + (2 * extra);
        if (needed <= _chars.Length)
        {
            return;
        }

        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _chars.Length * 2));
        _chars.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = bigger;
    }

    private void FlushBlock()
    {
        if (_length > _blockStart && _blockOwner >= 0)
        {
            _blocks.Add(new Block
            {
                Start = _blockStart,
                Length = _length - _blockStart,
                LinkChars = _blockLinkChars,
                Commas = _blockCommas,
                Owner = _blockOwner,
                Flags = _blockFlags,
            });
        }

        _blockStart = _length;
        _blockLinkChars = 0;
        _blockCommas = 0;
        _blockOwner = -1;
        _blockFlags = 0;
        _pendingSpace = false;
    }

    private void ComputePrefixes()
    {
        var n = _blocks.Count;
        _textPrefix = new int[n + 1];
        _linkPrefix = new int[n + 1];
        _goodPrefix = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            var b = _blocks[i];
            var live = (b.Flags & Dropped) == 0;
            _textPrefix[i + 1] = _textPrefix[i] + (live ? b.Length : 0);
            _linkPrefix[i + 1] = _linkPrefix[i] + (live ? b.LinkChars : 0);
            _goodPrefix[i + 1] = _goodPrefix[i] + (IsGoodParagraph(b) ? b.Length : 0);
        }
    }

    /// <summary>A wrapper with furniture words in its class is dropped unless it holds a large share of the page's prose.</summary>
    private void DropSmallSoftElements()
    {
        var total = _goodPrefix[^1];
        var blocks = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_blocks);
        foreach (var e in _elements)
        {
            if (!e.Soft || GoodOf(e) * 2 > total)
            {
                continue;
            }

            for (var b = e.FirstBlock; b < e.EndBlock; b++)
            {
                // An embedded post sits in a "social-embed" wrapper; it is quoted article content all the same.
                if ((blocks[b].Flags & EmbeddedPost) == 0)
                {
                    blocks[b].Flags |= Dropped;
                }
            }
        }
    }

    // A "heading" of 100+ characters is prose set in a heading tag (pages that style paragraphs with h3/h4).
    private static bool IsGoodParagraph(in Block b) =>
        (b.Flags & Dropped) == 0 && b.Length >= 25 && b.LinkChars * 2 < b.Length
        && ((b.Flags & (InHeading | InH1)) == 0 || IsProseHeading(b));

    private static bool IsProseHeading(in Block b) => (b.Flags & InH1) == 0 && b.Length >= 100;

    private int TextOf(in Element e) => _textPrefix[e.EndBlock] - _textPrefix[e.FirstBlock];

    private int LinksOf(in Element e) => _linkPrefix[e.EndBlock] - _linkPrefix[e.FirstBlock];

    private int GoodOf(in Element e) => _goodPrefix[e.EndBlock] - _goodPrefix[e.FirstBlock];

    private float LinkDensity(in Element e)
    {
        var text = TextOf(e);
        return text == 0 ? 1f : LinksOf(e) / (float)text;
    }

    private void ScoreBlocks()
    {
        var elements = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_elements);
        foreach (var b in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_blocks))
        {
            if (!IsGoodParagraph(b))
            {
                continue;
            }

            var score = 1f + b.Commas + Math.Min(b.Length / 100f, 3f);
            if ((b.Flags & InListItem) != 0)
            {
                score *= 0.5f;
            }

            score *= 1f - (b.LinkChars / (float)b.Length);

            var container = b.Owner;
            if (!IsContainerTag(elements[container].Node.Name) && elements[container].Parent >= 0)
            {
                container = elements[container].Parent;
            }

            for (var level = 0; level < 4 && container >= 0; level++)
            {
                ref var e = ref elements[container];
                if (!e.Scored)
                {
                    e.Scored = true;
                    e.Score = InitialScore(e);
                }

                e.Score += level switch
                {
                    0 => score,
                    1 => score / 2f,
                    _ => score / (level * 3f),
                };
                container = e.Parent;
            }
        }
    }

    private static bool IsContainerTag(string name) =>
        name is "div" or "section" or "article" or "main" or "body" or "td" or "form" or "center" or "html";

    private static float InitialScore(in Element e)
    {
        var score = e.Node.Name switch
        {
            "article" => 10f,
            "div" or "main" => 5f,
            "section" => 3f,
            "pre" or "td" or "blockquote" => 3f,
            "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" or "address" => -3f,
            "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => -5f,
            _ => 0f,
        };
        return e.Positive ? score + 25f : score;
    }

    /// <summary>A human-readable dump of the candidates and blocks, for diagnosing a page.</summary>
    internal string Debug()
    {
        var sb = new StringBuilder();
        var order = Enumerable.Range(0, _elements.Count).Where(i => _elements[i].Scored)
            .OrderByDescending(i => _elements[i].Score * (1f - LinkDensity(_elements[i]))).Take(8);
        foreach (var i in order)
        {
            var e = _elements[i];
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"cand #{i} {Describe(e.Node)} score={e.Score:F1} ld={LinkDensity(e):F2} good={GoodOf(e)} text={TextOf(e)} parent=#{e.Parent}\n");
        }

        for (var i = 0; i < _blocks.Count; i++)
        {
            var b = _blocks[i];
            var text = new string(_chars, b.Start, Math.Min(b.Length, 90));
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"  b{i} own=#{b.Owner} f={b.Flags} len={b.Length} links={b.LinkChars} keep={KeepBlock(i)} | {text}\n");
        }

        return sb.ToString();
    }

    private static string Describe(HtmlNode n) => $"{n.Name}.{n.GetAttributeValue("class", "")}#{n.GetAttributeValue("id", "")}";

    /// <summary>Chooses the body's elements and writes their clean paragraphs.</summary>
    public string BuildBody()
    {
        try
        {
            return BuildBodyCore();
        }
        finally
        {
            Release();
        }
    }

    /// <summary>All text outside the furniture, unfiltered (for HTML embedded in JSON-LD).</summary>
    public string BuildAllText()
    {
        try
        {
            var sb = new StringBuilder(_length);
            foreach (var b in _blocks)
            {
                if (sb.Length > 0)
                {
                    sb.Append("\n\n");
                }

                sb.Append(_chars, b.Start, b.Length);
            }

            return sb.ToString();
        }
        finally
        {
            Release();
        }
    }

    private void Release()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
        }
    }

    private string BuildBodyCore()
    {
        if (_blocks.Count == 0)
        {
            return "";
        }

        var elements = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_elements);
        var top = -1;
        var topScore = float.MinValue;
        for (var i = 0; i < elements.Length; i++)
        {
            ref var e = ref elements[i];
            if (!e.Scored)
            {
                continue;
            }

            var final = e.Score * (1f - LinkDensity(e));
            if (final > topScore)
            {
                topScore = final;
                top = i;
            }
        }

        if (top < 0)
        {
            // No paragraph anywhere: keep whatever text the page has outside the furniture.
            return Render([(0, _blocks.Count)]);
        }

        top = ClimbWhileSplit(top);

        var ranges = new List<(int Start, int End)>();
        var parent = elements[top].Parent;
        if (parent < 0)
        {
            ranges.Add((elements[top].FirstBlock, elements[top].EndBlock));
        }
        else
        {
            var threshold = Math.Max(10f, elements[top].Score * 0.2f);
            ref var p = ref elements[parent];
            for (var i = parent + 1; i < p.EndElement;)
            {
                ref var s = ref elements[i];
                if (s.Parent == parent)
                {
                    if (i == top || IsSiblingContent(s, threshold))
                    {
                        ranges.Add((s.FirstBlock, s.EndBlock));
                    }

                    i = s.EndElement;
                }
                else
                {
                    i++;
                }
            }

            // Text directly inside the parent (between its child elements) belongs to the parent's own blocks.
            AddLooseParentBlocks(parent, ranges);
        }

        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        AddLead(ranges);
        LeadPicture = LeadPictureOf(ranges);
        return Render(ranges);
    }

    private const int MaxPictures = 64;

    /// <summary>How many blocks above the body's first one its lead picture may sit (title, byline, caption).</summary>
    private const int PictureReach = 4;

    /// <summary>
    /// The first photo from just above the body to its end. Icons, logos, spacers, captchas and pictures the markup
    /// says are small are passed over; so are GIFs and SVGs, which are rarely photos.
    /// </summary>
    private string? LeadPictureOf(List<(int Start, int End)> ranges)
    {
        if (ranges.Count == 0)
        {
            return null;
        }

        var (from, to) = (ranges[0].Start - PictureReach, ranges[^1].End);
        foreach (var (block, node) in _pictures)
        {
            if (block >= from && block <= to && PictureAddress(node) is { } address)
            {
                return address;
            }
        }

        return null;
    }

    /// <summary>The first &lt;img&gt; of a figure, not inside a link, within a few levels (figure, picture, a wrapper).</summary>
    private static HtmlNode? FirstPicture(HtmlNode figure, int depth = 0)
    {
        foreach (var child in figure.ChildNodes)
        {
            if (child.NodeType != HtmlNodeType.Element || child.Name == "a")
            {
                continue;
            }

            if (child.Name == "img")
            {
                return child;
            }

            if (depth < 3 && child.HasChildNodes && FirstPicture(child, depth + 1) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    private static string? PictureAddress(HtmlNode img)
    {
        if (IsSmall(img.GetAttributeValue("width", null)) || IsSmall(img.GetAttributeValue("height", null)))
        {
            return null;
        }

        // Lazy loaders keep the real address in a data attribute and a placeholder in src.
        foreach (var attribute in PictureSources)
        {
            var value = img.GetAttributeValue(attribute, null)?.Trim();
            if (string.IsNullOrEmpty(value) || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (attribute.EndsWith("srcset", StringComparison.Ordinal))
            {
                value = value.Split(',')[0].Trim().Split(' ')[0];
            }

            var path = value.Split('?', '#')[0];
            if (path.EndsWith(".gif", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
                || NotAPhoto().IsMatch(path) || NotAPhoto().IsMatch(img.GetAttributeValue("class", "")) || NotAPhoto().IsMatch(img.GetAttributeValue("alt", "")))
            {
                return null;
            }

            return System.Net.WebUtility.HtmlDecode(value);
        }

        return null;
    }

    private static readonly string[] PictureSources = ["data-src", "data-lazy-src", "data-original", "src", "data-srcset", "srcset"];

    /// <summary>Width or height under this (CSS pixels) is an icon, a badge or a thumbnail, not a lead picture.</summary>
    private const int MinPictureSide = 150;

    private static bool IsSmall(string? size) =>
        size is not null && int.TryParse(size.AsSpan().Trim().TrimEnd("px"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var px) && px < MinPictureSide;

    [System.Text.RegularExpressions.GeneratedRegex(
        @"logo|icon|avatar|gravatar|profile|/cropped-|sprite|spacer|pixel|blank|placeholder|captcha|banner|button|badge|emoji|rating|divider|loader|spinner|tracking|\bad[sv]?\b|flag",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NotAPhoto();

    /// <summary>
    /// How many blocks before the body a standfirst may sit (kicker, title, byline, date, share buttons, and often a
    /// "more on this" box of a dozen links between the header and the story).
    /// </summary>
    private const int LeadReach = 20;

    /// <summary>
    /// The standfirst sits between the title and the body, often in the article header (furniture by its class) or in
    /// a column next to the body's container, so the container walk misses it. Prose between the title and the body's
    /// first paragraph is the lead; without a title heading before the body there is no such slot.
    /// </summary>
    private void AddLead(List<(int Start, int End)> ranges)
    {
        var first = -1;
        foreach (var (start, end) in ranges)
        {
            for (var i = start; i < end && first < 0; i++)
            {
                if (KeepBlock(i))
                {
                    first = i;
                }
            }

            if (first >= 0)
            {
                break;
            }
        }

        List<int>? leads = null;
        for (var b = first - 1; b >= 0 && first - b <= LeadReach; b--)
        {
            var block = _blocks[b];
            if ((block.Flags & InHeading) != 0 && ((block.Flags & InH1) != 0 || block.Length is >= 20 and < 80))
            {
                if (leads is not null)
                {
                    var blocks = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_blocks);
                    foreach (var lead in leads)
                    {
                        // The header that held it was dropped as furniture; the lead itself is prose.
                        blocks[lead].Flags &= ~Dropped;
                        ranges.Add((lead, lead + 1));
                    }

                    ranges.Sort((x, y) => x.Start.CompareTo(y.Start));
                }

                return;
            }

            if (IsLead(b))
            {
                (leads ??= []).Add(b);
            }
        }
    }

    private bool IsLead(int index)
    {
        var b = _blocks[index];
        if (b.Length < 80 || b.LinkChars * 10 > b.Length || (b.Flags & (InHeading | InListItem | InQuote | InCell | InPre)) != 0)
        {
            return false;
        }

        var last = _chars[b.Start + b.Length - 1];
        var endsSentence = last is '.' or '!' or '?' or '"' or '”' or '»' or '“' or '…' or '。' or ')';
        return (endsSentence || IsLeadElement(b.Owner)) && KeepBlock(index, ignoreDropped: true) && ((b.Flags & Dropped) == 0 || InArticleHeader(b.Owner));
    }

    /// <summary>A standfirst classed as one ("article-header__lead", "entry-excerpt") may stop short of a full stop:
    /// many are written as a headline's second line. A caption under the lead image is never one, whatever else its
    /// class says (utility classes such as "leading-tight" look like "lead").</summary>
    private bool IsLeadElement(int element)
    {
        var cls = _elements[element].Node.GetAttributeValue("class", "");
        return BoilerplateVocabulary.IsLeadClass(cls) && !cls.Contains("caption", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether every furniture-classed element around <paramref name="element"/> is an article header or a lead
    /// box: a dropped block there is the standfirst, one in a caption, promo or signup box is not.</summary>
    private bool InArticleHeader(int element)
    {
        var any = false;
        for (var e = element; e >= 0; e = _elements[e].Parent)
        {
            if (!_elements[e].Soft || GoodOf(_elements[e]) * 2 > _goodPrefix[^1])
            {
                // Not furniture, or a furniture-classed wrapper kept for holding most of the prose.
                continue;
            }

            var node = _elements[e].Node;
            if (node.Name != "header" && !BoilerplateVocabulary.IsLeadClass(node.GetAttributeValue("class", "")) && !BoilerplateVocabulary.IsLeadClass(node.GetAttributeValue("id", "")))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// When the chosen element holds only part of the article and its parent holds much more paragraph text
    /// in similar elements (a body split by ads or embeds), climb to the parent.
    /// </summary>
    private int ClimbWhileSplit(int top)
    {
        var elements = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_elements);
        var best = top;
        var bestGood = GoodOf(elements[top]);
        var node = elements[top].Parent;
        for (var level = 0; level < 6 && node >= 0; level++, node = elements[node].Parent)
        {
            if (elements[node].Node.Name is "body" or "html")
            {
                break;
            }

            var good = GoodOf(elements[node]);
            if (good <= bestGood * 1.05f)
            {
                // A plain wrapper: look further up.
                continue;
            }

            if (LinkDensity(elements[node]) > 0.3f)
            {
                break;
            }

            // Much more prose in the same column repeated, or at least a tenth more that sits mostly in full paragraphs
            // of repeats with the very same class (the body cut into sections of one component, the first far longer
            // than the rest; teaser lines and blurbs of a related list in a look-alike component are no such section).
            var strong = good >= bestGood * 1.6f;
            var similar = strong || good >= bestGood * 1.1f ? SimilarSiblingsGood(node, best, strong ? 0 : MinSectionParagraph) : 0;
            if (similar == 0 || (!strong && similar * 2 < good - bestGood))
            {
                break;
            }

            best = node;
            bestGood = good;
        }

        return best;
    }

    /// <summary>The prose of the children of <paramref name="ancestor"/>, besides the branch leading to <paramref name="inner"/>,
    /// with the same tag and class as that branch: the same article column repeated around an ad or embed.</summary>
    private int SimilarSiblingsGood(int ancestor, int inner, int minParagraph)
    {
        var elements = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_elements);
        var branch = inner;
        while (branch >= 0 && elements[branch].Parent != ancestor)
        {
            branch = elements[branch].Parent;
        }

        if (branch < 0)
        {
            return 0;
        }

        var name = elements[branch].Node.Name;
        var cls = elements[branch].Node.GetAttributeValue("class", "").Trim();
        var end = elements[ancestor].EndElement;
        var good = 0;
        for (var i = ancestor + 1; i < end;)
        {
            ref var c = ref elements[i];
            if (i != branch && c.Node.Name == name && GoodOf(c) > 0)
            {
                var other = c.Node.GetAttributeValue("class", "").Trim();
                if (minParagraph == 0)
                {
                    good += IsSameComponent(other, cls) ? GoodOf(c) : 0;
                }
                else if (other == cls && LinkDensity(c) < 0.2f)
                {
                    good += ParagraphChars(c, minParagraph);
                }
            }

            i = c.EndElement > i ? c.EndElement : i + 1;
        }

        return good;
    }

    /// <summary>A paragraph long enough to be body text rather than a teaser headline or a label.</summary>
    private const int MinSectionParagraph = 80;

    private int ParagraphChars(in Element e, int minLength)
    {
        var chars = 0;
        for (var b = e.FirstBlock; b < e.EndBlock; b++)
        {
            var block = _blocks[b];
            if (block.Length >= minLength && IsGoodParagraph(block))
            {
                chars += block.Length;
            }
        }

        return chars;
    }

    /// <summary>
    /// Class lists of the same component: the same first class, and at least half of the shorter list shared
    /// ("detail-body" and "detail-body first-paragraph"; "cf m-basic-text h-space-m" and "cf m-basic-text m-basic-text--right h-space-s").
    /// </summary>
    private static bool IsSameComponent(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var ta = a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var tb = b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (ta.Length == 0 || tb.Length == 0 || ta[0] != tb[0])
        {
            return false;
        }

        return ta.Intersect(tb, StringComparer.Ordinal).Count() * 2 >= Math.Min(ta.Length, tb.Length);
    }

    private bool IsSiblingContent(in Element s, float threshold)
    {
        if (s.Scored && s.Score * (1f - LinkDensity(s)) >= threshold)
        {
            return true;
        }

        var text = TextOf(s);
        if (text == 0)
        {
            return false;
        }

        var density = LinkDensity(s);
        if (s.Node.Name is "p" or "blockquote" or "h2" or "h3" or "h4" or "ul" or "ol" or "pre" or "table")
        {
            if (text > 80 && density < 0.25f)
            {
                return true;
            }

            if (density == 0f && GoodOf(s) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private void AddLooseParentBlocks(int parent, List<(int Start, int End)> ranges)
    {
        var p = _elements[parent];
        for (var b = p.FirstBlock; b < p.EndBlock; b++)
        {
            if (_blocks[b].Owner == parent && IsGoodParagraph(_blocks[b]))
            {
                ranges.Add((b, b + 1));
            }
        }
    }

    private string Render(List<(int Start, int End)> ranges)
    {
        var kept = new List<int>(64);
        foreach (var (start, end) in ranges)
        {
            for (var i = start; i < end; i++)
            {
                if (KeepBlock(i))
                {
                    kept.Add(i);
                }
            }
        }

        // Headings with nothing after them announce something that was pruned (a related list, comments).
        while (kept.Count > 0 && (_blocks[kept[^1]].Flags & InHeading) != 0)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        // A block that overlaps the one before it is already in the text.
        var count = 0;
        var previousEnd = -1;
        for (var k = 0; k < kept.Count; k++)
        {
            var b = _blocks[kept[k]];
            if (b.Start >= previousEnd)
            {
                kept[count++] = kept[k];
                previousEnd = b.Start + b.Length;
            }
        }

        kept.RemoveRange(count, kept.Count - count);

        // Measured first and then written straight into the string: a builder sized for the whole page's text (the
        // body is usually a fraction of it) and its copy into the string were the body stage's largest allocations.
        var length = 0;
        foreach (var i in kept)
        {
            length += (length > 0 ? 2 : 0) + _blocks[i].Length;
        }

        return string.Create(length, (Scan: this, Kept: kept), static (span, state) => state.Scan.WriteBlocks(span, state.Kept));
    }

    /// <summary>The kept blocks, a blank line between two.</summary>
    private void WriteBlocks(Span<char> span, List<int> kept)
    {
        var at = 0;
        foreach (var i in kept)
        {
            if (at > 0)
            {
                span[at++] = '\n';
                span[at++] = '\n';
            }

            var b = _blocks[i];
            _chars.AsSpan(b.Start, b.Length).CopyTo(span[at..]);
            at += b.Length;
        }
    }

    private bool KeepBlock(int index, bool ignoreDropped = false)
    {
        var b = _blocks[index];
        if ((b.Flags & (ignoreDropped ? InH1 : InH1 | Dropped)) != 0)
        {
            return false;
        }

        if ((b.Flags & EmbeddedPost) != 0)
        {
            // The post verbatim, links and the "— Name (@handle) date" attribution included.
            return true;
        }

        // Link-heavy text is navigation, except inside a quote of the article (an embedded post quotes its links).
        var quoted = (b.Flags & InQuote) != 0 && b.Length >= 40;
        if (!quoted && b.LinkChars * 2 > b.Length && (b.Length < 400 || b.LinkChars * 10 > b.Length * 9))
        {
            return false;
        }

        var text = new ReadOnlySpan<char>(_chars, b.Start, b.Length);
        if (b.Length > 160)
        {
            return b.Length >= ShortTextRules.MaxFollowPlug || !ShortTextRules.IsFollowPlug(text);
        }

        return !ShortTextRules.IsBoilerplate(text, b.LinkChars, (b.Flags & InHeading) != 0);
    }
}
