using System.Buffers;
using System.Text;
using HtmlAgilityPack;

namespace NewsFunctions.Extraction.Content;

/// <summary>
/// One extraction pass over a parsed page: flattens it into text blocks, scores containers, picks the body.
/// Not thread-safe; one instance per page and pass.
/// </summary>
internal sealed class PageScan
{
    // Block flags, inherited from the enclosing elements.
    private const int InLink = 1;
    private const int InHeading = 2;
    private const int InH1 = 4;
    private const int InListItem = 8;
    private const int InQuote = 16;
    private const int InPre = 32;
    private const int InCell = 64;

    private readonly HtmlNode _root;
    private readonly bool _relaxed;
    private readonly List<Element> _elements = new(256);
    private readonly List<Block> _blocks = new(256);
    private char[] _chars = ArrayPool<char>.Shared.Rent(16 * 1024);
    private int _length;

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
        _relaxed = relaxed;
    }

    /// <summary>The longest JSON-LD <c>articleBody</c> on the page, if any.</summary>
    public string? JsonLdArticleBody { get; private set; }

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

    private readonly struct Frame(HtmlNode node, int element, int flags, bool linkOpen)
    {
        public HtmlNode Node { get; } = node;
        public int Element { get; } = element;
        public int Flags { get; } = flags;
        public bool IsBlock { get; } = element >= 0;
        public bool LinkOpen { get; } = linkOpen;
    }

    public void Run()
    {
        try
        {
            Walk();
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
        var frames = new Stack<Frame>(64);
        var elementStack = new Stack<int>(64);
        var flags = 0;
        var currentElement = -1;
        var node = _root;
        while (node is not null)
        {
            var descend = false;
            switch (node.NodeType)
            {
                case HtmlNodeType.Document:
                    frames.Push(new Frame(node, -1, flags, false));
                    descend = true;
                    break;
                case HtmlNodeType.Text:
                    AppendText(((HtmlTextNode)node).Text, flags, currentElement);
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

                    if (IsPruned(node, name))
                    {
                        break;
                    }

                    var isBlock = BoilerplateVocabulary.BlockTags.Contains(name);
                    var newFlags = flags | TagFlags(name);
                    var elementIndex = -1;
                    if (isBlock)
                    {
                        FlushBlock();
                        elementIndex = _elements.Count;
                        _elements.Add(new Element
                        {
                            Node = node,
                            Parent = currentElement,
                            FirstBlock = _blocks.Count,
                            Positive = !_relaxed && HasPositiveHint(node),
                            Depth = elementStack.Count,
                        });
                        elementStack.Push(currentElement);
                        currentElement = elementIndex;
                    }

                    frames.Push(new Frame(node, elementIndex, flags, (newFlags & InLink) != 0 && (flags & InLink) == 0));
                    flags = newFlags;
                    descend = true;
                    break;
            }

            if (descend && node.HasChildNodes)
            {
                node = node.FirstChild;
                continue;
            }

            if (descend)
            {
                // An element without children: leave it at once.
                LeaveFrame(frames.Pop(), ref flags, ref currentElement, elementStack);
            }

            // Move to the next node in document order, leaving every element we climb out of.
            while (node is not null)
            {
                if (node == _root)
                {
                    node = null;
                    break;
                }

                if (node.NextSibling is { } next)
                {
                    node = next;
                    break;
                }

                node = node.ParentNode;
                if (node is null)
                {
                    break;
                }

                if (frames.Count > 0 && frames.Peek().Node == node)
                {
                    LeaveFrame(frames.Pop(), ref flags, ref currentElement, elementStack);
                }
            }
        }

        FlushBlock();
        while (frames.Count > 0)
        {
            LeaveFrame(frames.Pop(), ref flags, ref currentElement, elementStack);
        }
    }

    private void LeaveFrame(Frame frame, ref int flags, ref int currentElement, Stack<int> elementStack)
    {
        flags = frame.Flags;
        if (frame.IsBlock)
        {
            FlushBlock();
            var e = _elements[frame.Element];
            e.EndBlock = _blocks.Count;
            e.EndElement = _elements.Count;
            _elements[frame.Element] = e;
            currentElement = elementStack.Pop();
        }
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

    private bool IsPruned(HtmlNode node, string name)
    {
        if (BoilerplateVocabulary.PrunedTags.Contains(name))
        {
            // A header or footer inside the article text (e.g. a blockquote's) is rare; page-level ones are furniture.
            return true;
        }

        if (!node.HasAttributes)
        {
            return false;
        }

        var attributes = node.Attributes;
        string? cls = null;
        string? id = null;
        for (var i = 0; i < attributes.Count; i++)
        {
            var a = attributes[i];
            var value = a.Value ?? "";
            switch (a.Name)
            {
                case "hidden":
                    return true;
                case "aria-hidden" when value.Equals("true", StringComparison.OrdinalIgnoreCase):
                    return name is not ("div" or "section" or "article" or "main" or "body" or "html");
                case "role" when BoilerplateVocabulary.PrunedRoles.Contains(value.Trim()):
                    return name is not ("body" or "html" or "main" or "article");
                case "style" when IsHiddenStyle(value):
                    return true;
                case "itemprop" when value.Contains("articleBody", StringComparison.OrdinalIgnoreCase):
                    return false;
                case "class":
                    cls = value;
                    break;
                case "id":
                    id = value;
                    break;
            }
        }

        if (_relaxed || name is "html" or "body" or "main" or "p")
        {
            return false;
        }

        return IsNegative(cls) || IsNegative(id);
    }

    private static bool IsHiddenStyle(string style)
    {
        if (style.Length < 12)
        {
            return false;
        }

        var s = style.Replace(" ", "", StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool IsNegative(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var lowered = value.ToLowerInvariant();
        foreach (var stem in BoilerplateVocabulary.NegativeStems)
        {
            if (lowered.Contains(stem, StringComparison.Ordinal))
            {
                foreach (var exception in BoilerplateVocabulary.NegativeExceptions)
                {
                    if (lowered.Contains(exception, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        var span = lowered.AsSpan();
        var lookup = NegativeTokenLookup;
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var isWordChar = i < span.Length && char.IsAsciiLetterOrDigit(span[i]);
            if (isWordChar)
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                if (lookup.Contains(span[start..i]))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegativeTokenLookup =
        BoilerplateVocabulary.NegativeTokens.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool HasPositiveHint(HtmlNode node)
    {
        if (!node.HasAttributes)
        {
            return node.Name is "article" or "main";
        }

        var attributes = node.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var a = attributes[i];
            var value = a.Value ?? "";
            if (a.Name is "itemprop" && value.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (a.Name is "class" or "id")
            {
                var lowered = value.ToLowerInvariant();
                foreach (var stem in BoilerplateVocabulary.PositiveStems)
                {
                    if (lowered.Contains(stem, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return node.Name is "article" or "main";
    }

    private void CaptureJsonLd(HtmlNode script)
    {
        var type = script.GetAttributeValue("type", "");
        if (!type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var json = script.InnerHtml;
        if (!json.Contains("articleBody", StringComparison.Ordinal))
        {
            return;
        }

        var body = JsonLdBody.Find(json);
        if (body is not null && body.Length > (JsonLdArticleBody?.Length ?? 0))
        {
            JsonLdArticleBody = body;
        }
    }

    private void AppendText(string raw, int flags, int owner)
    {
        if (owner < 0)
        {
            return;
        }

        var text = raw.Contains('&', StringComparison.Ordinal) ? HtmlEntity.DeEntitize(raw) : raw;
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
            _textPrefix[i + 1] = _textPrefix[i] + b.Length;
            _linkPrefix[i + 1] = _linkPrefix[i] + b.LinkChars;
            _goodPrefix[i + 1] = _goodPrefix[i] + (IsGoodParagraph(b) ? b.Length : 0);
        }
    }

    private static bool IsGoodParagraph(in Block b) =>
        b.Length >= 25 && b.LinkChars * 2 < b.Length && (b.Flags & (InHeading | InH1)) == 0;

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
        return Render(ranges);
    }

    /// <summary>
    /// When the chosen element holds only part of the article and its parent holds much more paragraph text
    /// in similar elements (a body split by ads or embeds), climb to the parent.
    /// </summary>
    private int ClimbWhileSplit(int top)
    {
        var elements = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_elements);
        for (var guard = 0; guard < 3; guard++)
        {
            var parent = elements[top].Parent;
            if (parent < 0 || elements[parent].Node.Name is "body" or "html")
            {
                break;
            }

            var good = GoodOf(elements[top]);
            var parentGood = GoodOf(elements[parent]);
            if (parentGood < good * 1.6f || LinkDensity(elements[parent]) > 0.3f)
            {
                break;
            }

            top = parent;
        }

        return top;
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

        var sb = new StringBuilder(_length);
        var previousEnd = -1;
        foreach (var i in kept)
        {
            var b = _blocks[i];
            if (b.Start < previousEnd)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            sb.Append(_chars, b.Start, b.Length);
            previousEnd = b.Start + b.Length;
        }

        return sb.ToString();
    }

    private bool KeepBlock(int index)
    {
        var b = _blocks[index];
        if ((b.Flags & InH1) != 0)
        {
            return false;
        }

        if (b.LinkChars * 2 > b.Length && (b.Length < 400 || b.LinkChars * 10 > b.Length * 9))
        {
            return false;
        }

        if (b.Length > 160)
        {
            return true;
        }

        var text = new ReadOnlySpan<char>(_chars, b.Start, b.Length);
        return !ShortTextRules.IsBoilerplate(text, b.LinkChars, (b.Flags & InHeading) != 0);
    }
}
