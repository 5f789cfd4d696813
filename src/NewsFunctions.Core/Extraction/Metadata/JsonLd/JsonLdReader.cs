using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsFunctions.Extraction.Metadata.JsonLd;

/// <summary>What the page's JSON-LD says about its main article (raw strings; dates are parsed by the caller).</summary>
internal sealed class JsonLdFacts
{
    public string? Headline { get; set; }
    public List<string> Authors { get; } = [];
    /// <summary>The authors declared as schema.org <c>Person</c> objects with a biography of their own (a subset of <see cref="Authors"/>).</summary>
    public List<string> PersonAuthors { get; } = [];
    public string? DatePublished { get; set; }
    public string? DateModified { get; set; }
    /// <summary>Dates of a WebPage-type object when there is no article object: weaker evidence.</summary>
    public string? PageDatePublished { get; set; }
    public string? PageDateModified { get; set; }
    public string? Publisher { get; set; }
    public string? Image { get; set; }
    public string? Url { get; set; }
    public string? Description { get; set; }
    public string? Section { get; set; }
    public List<string> Keywords { get; } = [];
    /// <summary>The first <c>BreadcrumbList</c>'s items in order, from the site's home to (usually) the page itself.</summary>
    public List<(string Name, string? Url)> Breadcrumbs { get; } = [];
    public string? Language { get; set; }
    public bool? IsAccessibleForFree { get; set; }
    public bool FoundArticle { get; set; }
    /// <summary>The main object is a news article or blog post (not a generic web page or creative work).</summary>
    public bool IsNews { get; set; }
}

/// <summary>
/// Reads schema.org JSON-LD blocks: single objects, arrays, <c>@graph</c>, nested objects and <c>@id</c> references.
/// Tolerates the usual breakage (HTML comments, CDATA, raw newlines in strings, trailing commas); a block that still
/// does not parse is searched with a few patterns for its key fields. Never throws.
/// </summary>
internal static partial class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "ScholarlyArticle",
        "TechArticle", "SocialMediaPosting", "DiscussionForumPosting", "Report", "SatiricalArticle", "AdvertiserContentArticle",
        "Posting", "MedicalScholarlyArticle", "PodcastEpisode",
    };

    private static readonly HashSet<string> PageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "WebPage", "ItemPage", "AboutPage", "ProfilePage", "CollectionPage", "QAPage", "FAQPage", "MediaObject",
    };

    public static JsonLdFacts Read(IReadOnlyList<string> blocks)
    {
        var facts = new JsonLdFacts();
        var objects = new List<JsonElement>();
        var docs = new List<JsonDocument>();
        var broken = new List<string>();
        try
        {
            foreach (var block in blocks)
            {
                if (Parse(block) is { } doc)
                {
                    docs.Add(doc);
                    Collect(doc.RootElement, objects);
                }
                else
                {
                    broken.Add(block);
                }
            }

            if (objects.Count > 0)
            {
                Interpret(objects, facts);
            }

            // Blocks that do not parse only fill what the good ones left open.
            foreach (var block in broken)
            {
                Salvage(block, facts);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or FormatException or ArgumentException)
        {
            // Unexpected shapes: keep whatever was read so far.
        }
        finally
        {
            foreach (var d in docs)
            {
                d.Dispose();
            }
        }

        return facts;
    }

    private static JsonDocument? Parse(string block)
    {
        var text = block.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        text = text.Replace("<!--", "", StringComparison.Ordinal).Replace("-->", "", StringComparison.Ordinal)
            .Replace("<![CDATA[", "", StringComparison.Ordinal).Replace("]]>", "", StringComparison.Ordinal).Trim();
        if (TryParse(text) is { } doc)
        {
            return doc;
        }

        // Raw line breaks and tabs inside strings are the commonest breakage; outside strings they are plain whitespace.
        var cleaned = ControlChars().Replace(text, " ");
        if (TryParse(cleaned) is { } doc2)
        {
            return doc2;
        }

        // Several objects one after another without an enclosing array.
        if (cleaned.StartsWith('{') && cleaned.EndsWith('}') && TryParse("[" + ObjectJoint().Replace(cleaned, "},{") + "]") is { } doc3)
        {
            return doc3;
        }

        return null;
    }

    private static JsonDocument? TryParse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every object in the tree, without recursion (the parser's depth limit bounds the stack).</summary>
    private static void Collect(JsonElement root, List<JsonElement> objects)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0 && objects.Count < 2000)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                for (var i = e.GetArrayLength() - 1; i >= 0; i--)
                {
                    stack.Push(e[i]);
                }
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                objects.Add(e);
                var children = new List<JsonElement>();
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        children.Add(p.Value);
                    }
                }

                for (var i = children.Count - 1; i >= 0; i--)
                {
                    stack.Push(children[i]);
                }
            }
        }
    }

    private static void Interpret(List<JsonElement> objects, JsonLdFacts facts)
    {
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            if (Str(o, "@id") is { } id && !byId.ContainsKey(id) && o.EnumerateObject().Count() > 1)
            {
                byId[id] = o;
            }
        }

        JsonElement? article = null;
        JsonElement? page = null;
        var bestScore = -1;
        foreach (var o in objects)
        {
            var types = Types(o);
            if (types.Any(ArticleTypes.Contains))
            {
                var score = (Has(o, "headline") ? 2 : 0) + (Has(o, "datePublished") ? 2 : 0) + (Has(o, "articleBody") ? 1 : 0) + (Has(o, "author") ? 1 : 0);
                if (types.Any(t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t == "BlogPosting"))
                {
                    score += 2;
                }

                if (score > bestScore)
                {
                    bestScore = score;
                    article = o;
                }
            }
            else if (page is null && types.Any(PageTypes.Contains))
            {
                page = o;
            }
        }

        if (article is { } a)
        {
            facts.FoundArticle = true;
            facts.IsNews = Types(a).Any(t => t.Contains("NewsArticle", StringComparison.OrdinalIgnoreCase) || t is "BlogPosting" or "LiveBlogPosting" or "ReportageNewsArticle" or "Article" or "Report" or "AnalysisNewsArticle" or "OpinionNewsArticle");
            facts.Headline ??= Text(a, "headline") ?? Text(a, "name");
            facts.DatePublished ??= Str(a, "datePublished") ?? Str(a, "dateCreated") ?? Str(a, "uploadDate");
            facts.DateModified ??= Str(a, "dateModified");
            ReadAuthors(a, byId, facts.Authors, facts.PersonAuthors);
            facts.Publisher ??= NameOf(Prop(a, "publisher"), byId);
            facts.Image ??= ImageOf(Prop(a, "image"), byId) ?? ImageOf(Prop(a, "thumbnailUrl"), byId);
            facts.Url ??= Str(a, "url") ?? UrlOf(Prop(a, "mainEntityOfPage"));
            facts.Description ??= Text(a, "description");
            facts.Section ??= Joined(Prop(a, "articleSection"));
            AddKeywords(Prop(a, "keywords"), facts.Keywords);
            facts.Language ??= LanguageOf(Prop(a, "inLanguage"));
            facts.IsAccessibleForFree ??= Free(a);
        }

        foreach (var o in objects)
        {
            var types = Types(o);
            if (types.Any(PageTypes.Contains))
            {
                facts.PageDatePublished ??= Str(o, "datePublished");
                facts.PageDateModified ??= Str(o, "dateModified");
                facts.Language ??= LanguageOf(Prop(o, "inLanguage"));
                facts.Headline ??= article is null ? null : Text(o, "headline");
                if (article is null)
                {
                    facts.IsAccessibleForFree ??= Free(o);
                }
            }
            else if (facts.Breadcrumbs.Count == 0 && types.Contains("BreadcrumbList", StringComparer.OrdinalIgnoreCase))
            {
                ReadBreadcrumbs(o, byId, facts.Breadcrumbs);
            }
            else if (types.Contains("WebSite", StringComparer.OrdinalIgnoreCase) || types.Contains("Organization", StringComparer.OrdinalIgnoreCase) || types.Contains("NewsMediaOrganization", StringComparer.OrdinalIgnoreCase))
            {
                facts.Publisher ??= Text(o, "name");
                facts.Language ??= LanguageOf(Prop(o, "inLanguage"));
            }
        }

        if (article is null && page is { } p)
        {
            ReadAuthors(p, byId, facts.Authors, facts.PersonAuthors);
        }

        // A recipe page names its cook as the recipe's author.
        if (article is null && facts.Authors.Count == 0 && objects.FirstOrDefault(o => Types(o).Contains("Recipe", StringComparer.OrdinalIgnoreCase)) is { ValueKind: JsonValueKind.Object } recipe)
        {
            ReadAuthors(recipe, byId, facts.Authors, facts.PersonAuthors);
        }
    }

    private static void ReadBreadcrumbs(JsonElement list, Dictionary<string, JsonElement> byId, List<(string Name, string? Url)> into)
    {
        if (Prop(list, "itemListElement") is not { } elements)
        {
            return;
        }

        var items = new List<(double Position, string Name, string? Url)>();
        foreach (var e in Items(elements))
        {
            var item = e.ValueKind == JsonValueKind.Object && Str(e, "@id") is { } id && byId.TryGetValue(id, out var full) ? full : e;
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var target = Prop(item, "item");
            var name = Text(item, "name") ?? (target is { ValueKind: JsonValueKind.Object } t ? Text(t, "name") : null);
            if (name is null)
            {
                continue;
            }

            // Str gives a number's raw text too; an item without a usable position keeps its place in the list.
            var position = double.TryParse(Str(item, "position"), System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : items.Count + 1;
            items.Add((position, name, UrlOf(target)));
        }

        into.AddRange(items.OrderBy(i => i.Position).Select(i => (i.Name, i.Url)));
    }

    private static bool? Free(JsonElement o)
    {
        if (Bool(Prop(o, "isAccessibleForFree")) is { } free)
        {
            return free;
        }

        if (Prop(o, "hasPart") is { } part)
        {
            foreach (var item in Items(part))
            {
                if (item.ValueKind == JsonValueKind.Object && Bool(Prop(item, "isAccessibleForFree")) == false)
                {
                    return false;
                }
            }
        }

        return null;
    }

    private static bool? Bool(JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } s when bool.TryParse(s.GetString()?.Trim(), out var b) => b,
        _ => null,
    };

    private static void ReadAuthors(JsonElement o, Dictionary<string, JsonElement> byId, List<string> into, List<string> people)
    {
        foreach (var key in (string[])["author", "creator"])
        {
            if (Prop(o, key) is not { } authors)
            {
                continue;
            }

            foreach (var item in Items(authors))
            {
                var a = item;
                if (a.ValueKind == JsonValueKind.Object && Str(a, "@id") is { } id && byId.TryGetValue(id, out var full))
                {
                    a = full;
                }

                if (a.ValueKind == JsonValueKind.Object && Types(a).Any(t => t.Contains("Organization", StringComparison.OrdinalIgnoreCase) || t == "NewsMediaOrganization"))
                {
                    continue;
                }

                var name = a.ValueKind == JsonValueKind.String ? a.GetString() : NameOf(a, byId);
                if (name is not null && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !into.Contains(name))
                {
                    into.Add(name);
                    // A site's posting account is a Person too, but rarely one with a biography.
                    if (a.ValueKind == JsonValueKind.Object && Types(a).Contains("Person", StringComparer.OrdinalIgnoreCase) && Text(a, "description") is { Length: > 20 })
                    {
                        people.Add(name);
                    }
                }
            }

            if (into.Count > 0)
            {
                return;
            }
        }
    }

    private static List<JsonElement> Items(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? [.. e.EnumerateArray()] : [e];

    private static string? NameOf(JsonElement? e, Dictionary<string, JsonElement> byId)
    {
        if (e is not { } v)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Array)
        {
            return v.GetArrayLength() > 0 ? NameOf(v[0], byId) : null;
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            return Clean(v.GetString());
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (Text(v, "name") is { } name)
        {
            return name;
        }

        if (Str(v, "@id") is { } id && byId.TryGetValue(id, out var full) && Text(full, "name") is { } n)
        {
            return n;
        }

        var given = Text(v, "givenName");
        var family = Text(v, "familyName");
        return given is null && family is null ? null : $"{given} {family}".Trim();
    }

    private static string? ImageOf(JsonElement? e, Dictionary<string, JsonElement> byId)
    {
        if (e is not { } v)
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => Clean(v.GetString()),
            JsonValueKind.Array => v.GetArrayLength() > 0 ? ImageOf(v[0], byId) : null,
            JsonValueKind.Object => Str(v, "url") ?? Str(v, "contentUrl")
                ?? (Str(v, "@id") is { } id && byId.TryGetValue(id, out var full) ? Str(full, "url") ?? Str(full, "contentUrl") : null),
            _ => null,
        };
    }

    private static string? UrlOf(JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.String } s => Clean(s.GetString()),
        { ValueKind: JsonValueKind.Object } o => Str(o, "@id") ?? Str(o, "url"),
        _ => null,
    };

    private static string? LanguageOf(JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.String } s => Clean(s.GetString()),
        { ValueKind: JsonValueKind.Object } o => Str(o, "alternateName") ?? Str(o, "name"),
        { ValueKind: JsonValueKind.Array } a when a.GetArrayLength() > 0 => LanguageOf(a[0]),
        _ => null,
    };

    private static string? Joined(JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.String } s => Clean(s.GetString()),
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => Clean(x.GetString())).FirstOrDefault(x => x is not null),
        _ => null,
    };

    private static void AddKeywords(JsonElement? e, List<string> into)
    {
        if (e is not { } v)
        {
            return;
        }

        var raw = v.ValueKind switch
        {
            JsonValueKind.String => (v.GetString() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString() ?? "").ToArray(),
            _ => [],
        };
        foreach (var k in raw)
        {
            if (Clean(k) is { } c && !into.Contains(c, StringComparer.OrdinalIgnoreCase) && into.Count < 50)
            {
                into.Add(c);
            }
        }
    }

    private static List<string> Types(JsonElement o)
    {
        if (Prop(o, "@type") is not { } t)
        {
            return [];
        }

        return t.ValueKind switch
        {
            JsonValueKind.String => [StripSchema(t.GetString())],
            JsonValueKind.Array => [.. t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => StripSchema(x.GetString()))],
            _ => [],
        };
    }

    private static string StripSchema(string? type)
    {
        type ??= "";
        var slash = type.LastIndexOfAny(['/', ':']);
        return slash >= 0 ? type[(slash + 1)..] : type;
    }

    private static bool Has(JsonElement o, string name) => Prop(o, name) is { ValueKind: not JsonValueKind.Null };

    private static JsonElement? Prop(JsonElement o, string name)
    {
        if (o.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (o.TryGetProperty(name, out var v))
        {
            return v;
        }

        foreach (var p in o.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Name, "schema:" + name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }

        return null;
    }

    private static string? Str(JsonElement o, string name) => Prop(o, name) switch
    {
        { ValueKind: JsonValueKind.String } s => Clean(s.GetString()),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { ValueKind: JsonValueKind.Array } a when a.GetArrayLength() > 0 && a[0].ValueKind == JsonValueKind.String => Clean(a[0].GetString()),
        { ValueKind: JsonValueKind.Object } x when Prop(x, "@value") is { ValueKind: JsonValueKind.String } val => Clean(val.GetString()),
        _ => null,
    };

    /// <summary>A human-readable string value, HTML entities decoded.</summary>
    private static string? Text(JsonElement o, string name) => Str(o, name) is { } s ? Clean(System.Net.WebUtility.HtmlDecode(s)) : null;

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        s = Whitespace().Replace(s, " ").Trim();
        return s.Length == 0 ? null : s;
    }

    /// <summary>Last resort for a block that is not JSON at all: pull the key fields out with patterns.</summary>
    private static void Salvage(string block, JsonLdFacts facts)
    {
        if (!block.Contains("schema.org", StringComparison.OrdinalIgnoreCase) && !block.Contains("@type", StringComparison.Ordinal))
        {
            return;
        }

        string? Field(string key)
        {
            var m = Regex.Match(block, "\"" + key + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,500})\"", RegexOptions.None, RegexLimits.Timeout);
            return m.Success ? Clean(Regex.Unescape(m.Groups[1].Value.Replace("\\/", "/", StringComparison.Ordinal))) : null;
        }

        try
        {
            var isArticle = ArticleTypes.Any(t => block.Contains("\"" + t + "\"", StringComparison.OrdinalIgnoreCase));
            if (!isArticle)
            {
                return;
            }

            facts.FoundArticle = true;
            facts.Headline ??= Field("headline");
            facts.DatePublished ??= Field("datePublished");
            facts.DateModified ??= Field("dateModified");
            var author = Regex.Match(block, "\"author\"\\s*:\\s*(?:\\[\\s*)?\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"]{1,100})\"", RegexOptions.None, RegexLimits.Timeout);
            if (author.Success && Clean(author.Groups[1].Value) is { } name && facts.Authors.Count == 0)
            {
                facts.Authors.Add(name);
            }
        }
        catch (Exception e) when (e is RegexMatchTimeoutException or ArgumentException)
        {
            // Give up on this block.
        }
    }

    [GeneratedRegex(@"[\u0000-\u001F]")]
    private static partial Regex ControlChars();

    [GeneratedRegex(@"\}\s*\{")]
    private static partial Regex ObjectJoint();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
