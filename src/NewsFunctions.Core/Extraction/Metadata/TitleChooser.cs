using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsFunctions.Extraction.Metadata.JsonLd;

namespace NewsFunctions.Extraction.Metadata;

/// <summary>
/// Picks the article title from JSON-LD headline, og:title, the main &lt;h1&gt; and the &lt;title&gt; element.
/// The heading the reader sees wins when another source confirms it; the &lt;title&gt; element loses its site-name part.
/// </summary>
internal static partial class TitleChooser
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " // ", " ~ ", " • ", " > ", " < ", " / ", " || ", " : ", "|"];

    public static (string? Title, ValueSource Source) Choose(PageScan scan, JsonLdFacts ld, string? siteName)
    {
        return ChooseRaw(scan, ld, siteName);
    }

    /// <summary>"Kicker: Title" in metadata whose tail is what the main heading shows: the heading's version wins.</summary>
    private static string? KickerTail(string? meta, string? heading)
    {
        if (meta is null || heading is null)
        {
            return null;
        }

        var h = Fold(heading);
        var m = Fold(meta);
        if (m == h)
        {
            return null;
        }

        // The heading is "Kicker: Title" and the metadata the title alone.
        if (m.Length >= 10 && h.Length > m.Length + 2 && h.EndsWith(m, StringComparison.Ordinal) && !char.IsLetterOrDigit(h[h.Length - m.Length - 1]))
        {
            return meta;
        }

        // The longest tail that the heading ends with: "Site | Title - with a dash" keeps its own dash.
        string? best = null;
        foreach (var sep in (string[])[": ", " - ", " – ", " — ", " | "])
        {
            var at = meta.IndexOf(sep, StringComparison.Ordinal);
            if (at > 0 && at + sep.Length < meta.Length)
            {
                var tail = meta[(at + sep.Length)..].Trim();
                var t = Fold(tail);
                if (t.Length >= 10 && (t == h || h.EndsWith(t, StringComparison.Ordinal)) && (best is null || tail.Length > best.Length))
                {
                    best = tail;
                }
            }
        }

        return best;
    }

    private static (string? Title, ValueSource Source) ChooseRaw(PageScan scan, JsonLdFacts ld, string? siteName)
    {
        // A heading that links home is the site's name: it helps to cut the <title>, and is never the title itself.
        siteName ??= scan.Headings.FirstOrDefault(h => h.Hint.EndsWith(" home", StringComparison.Ordinal)).Text;
        var h1s = scan.Headings.Where(h => h.Hint == "h1").ToList();
        var main = h1s.FirstOrDefault(h => !h.InChrome && h.InArticle).Text
            ?? h1s.FirstOrDefault(h => !h.InChrome).Text
            ?? h1s.FirstOrDefault().Text;

        // One-word headings beside it are box labels ("Anwendung", a city name), a repeat is a sticky copy; a page whose
        // only h1 sits in a chrome-classed banner still shows it as its title.
        var outside = h1s.Where(h => !h.InChrome).ToList();
        var sole = (outside.Count > 0 ? outside : h1s).Select(h => h.Text).Where(t => WordCount(t) >= 2).DistinctBy(Fold).ToList();
        if (main is not null && WordCount(main) == 1 && sole.Count == 1 && outside.Any(h => h.Text == sole[0]))
        {
            main = sole[0];
        }

        var titleElement = Usable(scan.TitleElement, null);
        var og = Untruncated(Usable(scan.Meta("og:title", "twitter:title", "dc.title", "DC.title"), siteName), titleElement, siteName);
        var headline = Untruncated(Usable(ld.Headline, siteName), titleElement, siteName);
        var titleParts = titleElement is null ? [] : Parts(titleElement);
        var titleBest = titleElement is null ? null : BestPart(titleElement, siteName, og ?? headline);

        // 0. A heading whose markup sets a kicker apart that the metadata writes as "Kicker: Title": the title is the rest.
        if (WithoutKicker(scan, main, headline, og, titleElement) is { } bare)
        {
            return (bare, ValueSource.Heading);
        }

        // 1. A heading confirmed by another source.
        if (main is not null && Usable(main, siteName) is not null)
        {
            var m = Fold(main);
            if (headline is not null && Fold(headline) == m)
            {
                return (headline, ValueSource.JsonLd);
            }

            if (og is not null && (Fold(og) == m || Parts(og).Any(p => Fold(p) == m)))
            {
                return (main, og == main ? ValueSource.Meta : ValueSource.Heading);
            }

            if ((KickerTail(headline, main) ?? KickerTail(og, main) ?? KickerTail(titleParts.Count == 1 ? titleElement : null, main)) is { } tail)
            {
                return (tail, ValueSource.Heading);
            }

            // Metadata that is a shortened head of the heading ("Title | Site" in og:title, "Title: with more" in the h1):
            // the heading the reader sees is the full title.
            if (main.Length <= 250 && (ExtendsHead(main, headline) || ExtendsHead(main, og) || ExtendsHead(main, titleElement)))
            {
                return (main, ValueSource.Heading);
            }

            // A one-word heading that only the <title> element repeats ("detail", "News") is a section name when og:title says something else.
            // The <title> may shorten it to its last word ("Chorgeschichte" in the h1, "Geschichte - Chor Ulm" in the <title>).
            if (titleElement is not null && (og is null || main.Contains(' ', StringComparison.Ordinal) || Fold(og).Contains(m, StringComparison.Ordinal)) && (Fold(titleElement) == m || titleParts.Any(p => Fold(p) == m) || (m.Length > 15 && Fold(titleElement).Contains(m, StringComparison.Ordinal))
                || IsCompoundOfPart(m, titleParts)))
            {
                // "Post | Blog name" with the blog name in the h1 and the post in an h2: the h2 is the title. So is an h2 that
                // is the last part of "Blog name » Blog Archive » Post" when the h1 is the first.
                var h1First = titleParts.Count > 1 && Fold(titleParts[0]) == m;
                if (titleParts.Count > 1 && (!h1First || titleParts.Count >= 3))
                {
                    foreach (var h2 in scan.Headings)
                    {
                        if (h2.Hint == "h2" && !h2.InChrome && Fold(h2.Text) != m
                            && (h1First ? WordCount(h2.Text) >= 3 && Fold(titleParts[^1]) == Fold(h2.Text) : titleParts.Any(p => Fold(p) == Fold(h2.Text))))
                        {
                            return (h2.Text, ValueSource.Heading);
                        }
                    }
                }

                return (main, ValueSource.Heading);
            }
        }

        // 1b. A second-level heading confirmed the same way (blog themes give the site name the h1). A part of the
        // <title> confirms it only when the h1 is another part (the site's), not a title of its own that a tagline h2 echoes.
        var h1IsTitlePart = main is null || titleParts.Any(p => Fold(p) == Fold(main));
        foreach (var h in scan.Headings)
        {
            // Further h1s too: the first one may be a navigation or a site heading.
            if (!(h.Hint == "h2" || (h.Hint == "h1" && h.Text != main && h.Text.Contains(' ', StringComparison.Ordinal))) || h.InChrome)
            {
                continue;
            }

            var f = Fold(h.Text);
            if ((headline is not null && Fold(headline) == f) || (og is not null && Fold(og) == f)
                || ((h1IsTitlePart || h.Hint == "h1") && titleParts.Count > 1 && (titleParts.Any(p => Fold(p) == f) || EndPart(titleElement!, h.Text)) && (siteName is null || Fold(siteName) != f)))
            {
                return (h.Text, ValueSource.Heading);
            }
        }

        // 1c. The one article heading, when the metadata titles are neither its head nor its tail: editors rewrite
        // og:title and headline for search and social media, the heading is what the reader sees as the title.
        if (sole.Count == 1 && sole[0].Length <= 250 && Usable(sole[0], siteName) is not null
            && !Overlaps(sole[0], headline) && !Overlaps(sole[0], og) && !Overlaps(sole[0], titleBest))
        {
            return (sole[0], ValueSource.Heading);
        }

        // 2. Explicit metadata.
        if (headline is not null)
        {
            return (headline, ValueSource.JsonLd);
        }

        if (og is not null)
        {
            // The <title> element is og:title plus a site part: og:title is whole, its own separators included.
            var fo = Fold(og);
            if (titleElement is not null && Parts(og).Count > 1 && Fold(titleElement) is { } ft && ft.Length > fo.Length + 2 && ft.StartsWith(fo, StringComparison.Ordinal)
                && Separators.Any(sep => ft.AsSpan(fo.Length).TrimStart().Length > 0 && (ft[fo.Length..].StartsWith(sep, StringComparison.Ordinal) || ft[fo.Length..].StartsWith(sep.TrimStart(), StringComparison.Ordinal))))
            {
                return (og, ValueSource.Meta);
            }

            return (BestPart(og, siteName, null), ValueSource.Meta);
        }

        // 3. A single article heading of some substance, else the <title> element.
        // A one-word heading too when the <title> element is one undivided name that does not contain it: then the
        // <title> is the site's name on every page.
        if (main is not null && h1s.Count(h => !h.InChrome) == 1 && Usable(main, siteName) is not null
            && (main.Contains(' ', StringComparison.Ordinal) || (titleElement is not null && titleParts.Count == 1 && !Fold(titleElement).Contains(Fold(main), StringComparison.Ordinal))))
        {
            return (main, ValueSource.Heading);
        }

        // 3b. No h1 and no metadata title: themes without an h1 give the post's title an h2, and the <title> element
        // carries site and section names. The first visible h2 of some substance that opens the page's text is the title.
        if (main is null && headline is null && og is null && OpeningSubheading(scan, siteName) is { } opening)
        {
            return (opening, ValueSource.Heading);
        }

        if (titleBest is not null)
        {
            return (titleBest, ValueSource.TitleElement);
        }

        return main is not null ? (main, ValueSource.Heading) : (null, ValueSource.None);
    }

    /// <summary>
    /// The first visible h2 outside page chrome, of two words or more, that comes before the first long text and that prose
    /// follows: a heading over a list of links (a section menu, "News by topic") heads no article.
    /// </summary>
    private static string? OpeningSubheading(PageScan scan, string? siteName)
    {
        var body = scan.Texts.FirstOrDefault(t => !t.InChrome && t.Text.Length >= 150).Order;
        foreach (var h in scan.Headings)
        {
            if (body > 0 && h.Order > body)
            {
                break;
            }

            if (h.Hint == "h2" && !h.InChrome && !scan.HiddenHeadings.Contains(h.Order) && WordCount(h.Text) >= 2 && h.Text.Length <= 250 && Usable(h.Text, siteName) is not null)
            {
                var next = scan.Texts.FirstOrDefault(t => t.Order > h.Order && !h.Text.Contains(t.Text, StringComparison.Ordinal));
                return next.Text is not null && !next.InChrome && next.Hint is "" or "em" ? h.Text : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A heading that opens with an element of its own ("&lt;span class=kicker&gt;Covid-19&lt;/span&gt; Lässt sich ...") where
    /// the JSON-LD headline, og:title or &lt;title&gt; is that element's text, a separator and the rest of the heading: the
    /// markup and the metadata agree that the opening is a kicker, and the headline is what follows it. Not another
    /// heading's when the main heading is a different title that the other metadata title repeats (a search headline in the
    /// h1, the social one with its kicker in a second heading).
    /// </summary>
    private static string? WithoutKicker(PageScan scan, string? main, string? headline, string? og, string? titleElement)
    {
        if (scan.HeadingLeads.Count == 0)
        {
            return null;
        }

        foreach (var h in scan.Headings)
        {
            if (h.InChrome || !scan.HeadingLeads.TryGetValue(h.Order, out var lead) || !h.Text.StartsWith(lead, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = h.Text[lead.Length..].TrimStart(KickerSeparators);
            if (WordCount(rest) < 2 || !lead.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var l = Fold(lead.TrimEnd(KickerSeparators));
            var r = Fold(rest);
            var byHeadline = IsKickerThen(headline, l, r, whole: true);
            var byOg = IsKickerThen(og, l, r, whole: true);
            if (!byHeadline && !byOg && !IsKickerThen(titleElement, l, r, whole: false))
            {
                continue;
            }

            if (main is not null && h.Text != main && ((!byHeadline && SameTitle(headline, main)) || (!byOg && SameTitle(og, main))))
            {
                continue;
            }

            return rest;
        }

        return null;
    }

    private static bool SameTitle(string? meta, string heading) => meta is not null && Fold(meta) == Fold(heading);

    private static readonly char[] KickerSeparators = [' ', ':', '-', '–', '—', '|', '·', '•', '/'];

    /// <summary>Whether a metadata title is the kicker, a separator and the headline (for the &lt;title&gt;, perhaps a site part after it).</summary>
    private static bool IsKickerThen(string? meta, string kicker, string headline, bool whole)
    {
        if (meta is null)
        {
            return false;
        }

        var m = Fold(meta);
        if (!m.StartsWith(kicker, StringComparison.Ordinal))
        {
            return false;
        }

        var after = m.AsSpan(kicker.Length).TrimStart(' ');
        if (after.Length == 0 || after[0] is not (':' or '-' or '|' or '·' or '•' or '/'))
        {
            return false;
        }

        var tail = after.TrimStart(KickerSeparators);
        if (tail.SequenceEqual(headline))
        {
            return true;
        }

        return !whole && tail.StartsWith(headline, StringComparison.Ordinal) && tail[headline.Length..].TrimStart(' ') is [':' or '-' or '|' or '·' or '•' or '/', ..];
    }

    /// <summary>
    /// A metadata title cut off where the title itself has a quotation mark (an unescaped quote ended the attribute or
    /// the JSON string): the &lt;title&gt; element, which carries on past it, has the whole title.
    /// </summary>
    private static string? Untruncated(string? meta, string? titleElement, string? siteName)
    {
        if (meta is null || titleElement is null || titleElement.Length <= meta.Length + 1 || !titleElement.StartsWith(meta, StringComparison.Ordinal))
        {
            return meta;
        }

        var next = titleElement.AsSpan(meta.Length).TrimStart();
        return next.Length > 0 && next[0] is '"' or '“' or '„' or '«' or '\'' ? BestPart(titleElement, siteName, null) : meta;
    }

    private static string? Usable(string? s, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        s = PageScan.Squash(s);
        if (s.Length < 2 || s.Length > 400)
        {
            return null;
        }

        return siteName is not null && Fold(s) == Fold(siteName) ? null : s;
    }

    private static List<string> Parts(string title)
    {
        var parts = new List<string> { title };
        foreach (var sep in Separators)
        {
            var next = new List<string>();
            foreach (var p in parts)
            {
                next.AddRange(sep is " - " or " – " && p.Contains(sep, StringComparison.Ordinal) ? SplitOutsideRanges(p, sep) : p.Split(sep, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            parts = next;
        }

        return parts;
    }

    /// <summary>
    /// Whether a heading is the <c>&lt;title&gt;</c> element's head or tail at a separator, with dashes of its own
    /// that split it into parts ("Offshore-Windenergie – Sauberer Strom vom Meer | Stiftung Offshore").
    /// </summary>
    private static bool EndPart(string titleElement, string heading)
    {
        if (heading.Length >= titleElement.Length || WordCount(heading) < 3)
        {
            return false;
        }

        if (titleElement.StartsWith(heading, StringComparison.OrdinalIgnoreCase))
        {
            var rest = titleElement[heading.Length..];
            return Array.Exists(Separators, sep => rest.StartsWith(sep, StringComparison.Ordinal));
        }

        if (titleElement.EndsWith(heading, StringComparison.OrdinalIgnoreCase))
        {
            var head = titleElement[..^heading.Length];
            return Array.Exists(Separators, sep => head.EndsWith(sep, StringComparison.Ordinal));
        }

        return false;
    }

    /// <summary>
    /// The site's name as its <c>&lt;title&gt;</c> element writes it, for pages that declare none: the first or last
    /// part that names the host ("Magic Cleaning | sheego ♥ Magazin" on www.sheego.de).
    /// </summary>
    internal static string? SiteNameInTitle(string? titleElement, Uri? url)
    {
        if (titleElement is null || url is null || !url.IsAbsoluteUri || HostLabel(url.Host) is not { Length: >= 3 } label)
        {
            return null;
        }

        var parts = Parts(titleElement);
        if (parts.Count < 2)
        {
            return null;
        }

        // The headline may name the site too ("Jetzt schießt Olli gegen Amira und ihren Neuen Vipflash"): a site name is
        // a few words.
        bool Names(string part) => WordCount(part) <= MaxSiteNameWords && LettersAndDigits(part) is { Length: >= 3 } p
            && (p.Contains(label, StringComparison.Ordinal) || label.Contains(p, StringComparison.Ordinal));
        var (first, last) = (Names(parts[0]), Names(parts[^1]));
        return first == last ? null : first ? parts[0] : parts[^1];
    }

    private const int MaxSiteNameWords = 6;

    /// <summary>The registered name of a host without its top-level domain: "sheego" for www.sheego.de, "bbc" for www.bbc.co.uk.</summary>
    private static string? HostLabel(string host)
    {
        var labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var end = labels.Length - 1;
        if (end >= 2 && labels[end - 1].Length <= 3 && labels[end].Length == 2)
        {
            // A second-level domain under a country code (co.uk, com.br).
            end--;
        }

        return end >= 1 ? LettersAndDigits(labels[end - 1]) : null;
    }

    private static string LettersAndDigits(string s) => string.Concat(s.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>Split at a dash that is not a range between numbers ("14. - 20. Januar 2022", "1931 – 1945").</summary>
    private static List<string> SplitOutsideRanges(string title, string dash)
    {
        var parts = new List<string>();
        var start = 0;
        for (var at = title.IndexOf(dash, StringComparison.Ordinal); at >= 0; at = title.IndexOf(dash, at + dash.Length, StringComparison.Ordinal))
        {
            var before = title.AsSpan(0, at).TrimEnd('.');
            var after = at + dash.Length;
            if (before.Length > 0 && char.IsDigit(before[^1]) && after < title.Length && char.IsDigit(title[after]))
            {
                continue;
            }

            parts.Add(title[start..at]);
            start = after;
        }

        parts.Add(title[start..]);
        return parts.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }

    /// <summary>The title without its site-name part: the part that matches a reference title, else the longest.</summary>
    private static string BestPart(string title, string? siteName, string? reference)
    {
        var parts = Parts(title);
        if (parts.Count <= 1)
        {
            return title;
        }

        if (reference is not null)
        {
            var r = Fold(reference);
            foreach (var p in parts)
            {
                if (Fold(p) == r)
                {
                    return p;
                }
            }
        }

        // Only cut when one side is evidently the site: it matches the site name, or the title has a clear head part.
        var site = siteName is null ? null : Fold(siteName);
        // A part that is a host name ("energieverbraucher.de | Gaspreise") is the site whether or not it is declared.
        var kept = parts.Where(p => !HostName().IsMatch(p) && (site is null || (Fold(p) != site && !site.Contains(Fold(p), StringComparison.Ordinal)))).ToList();
        if (kept.Count == 0)
        {
            return title;
        }

        if (kept.Count == 1)
        {
            return kept[0];
        }

        if (kept.Count < parts.Count && (Fold(parts[^1]) == site || parts[^1] != kept[^1]) && parts.Take(kept.Count).SequenceEqual(kept))
        {
            // "Part A - Part B | Site": drop the trailing site part, keep the rest with its own separators.
            var last = title.LastIndexOf(kept[^1], StringComparison.Ordinal);
            var first = title.IndexOf(kept[0], StringComparison.Ordinal);
            if (first >= 0 && last >= first)
            {
                return title[first..(last + kept[^1].Length)].Trim();
            }
        }

        // No site name to go by: the first part when it is substantial, since "Title | Site" is the common shape.
        var firstPart = kept[0];
        var longest = kept.OrderByDescending(p => p.Length).First();
        // Three parts or more ("Site - Headline - Section - Category") put the headline anywhere; it is the longest.
        return (kept.Count < 3 && WordCount(firstPart) >= 3) || firstPart == longest ? firstPart : longest;
    }

    /// <summary>Whether a one-word heading is a compound that ends with a one-word part of the &lt;title&gt; element.</summary>
    private static bool IsCompoundOfPart(string foldedHeading, List<string> titleParts) =>
        titleParts.Count > 1 && !foldedHeading.Contains(' ', StringComparison.Ordinal)
        && titleParts.Any(p => p.Length >= 5 && !p.Contains(' ', StringComparison.Ordinal) && foldedHeading.Length > p.Length + 2 && foldedHeading.EndsWith(Fold(p), StringComparison.Ordinal));

    /// <summary>Whether the heading starts with the first part of a metadata title and goes on past it at a word boundary.</summary>
    private static bool ExtendsHead(string heading, string? meta)
    {
        if (meta is null)
        {
            return false;
        }

        var head = Fold(Parts(meta)[0]);
        var h = Fold(heading);
        return head.Length >= 12 && WordCount(head) >= 3 && h.Length > head.Length + 3 && h.StartsWith(head, StringComparison.Ordinal)
            && !char.IsLetterOrDigit(h[head.Length]) && (h[head.Length] != ' ' || ContinuesLowerCase(heading, Parts(meta)[0]));
    }

    /// <summary>"Head in Tennessee" goes on with the same sentence; "Head Subtitle" with a capital is a subtitle run on.</summary>
    private static bool ContinuesLowerCase(string heading, string head)
    {
        var at = heading.IndexOf(head, StringComparison.OrdinalIgnoreCase);
        var rest = at < 0 ? "" : heading[(at + head.Length)..].TrimStart();
        return rest.Length > 0 && char.IsLower(rest[0]);
    }

    /// <summary>Whether one title starts or ends with the other (a kicker, a subtitle or a site part added or cut).</summary>
    private static bool Overlaps(string heading, string? meta)
    {
        if (meta is null)
        {
            return false;
        }

        // Without spaces: markup inside the heading (ruby annotations, spans) can split a word in the heading's text.
        var h = Fold(heading).Replace(" ", "", StringComparison.Ordinal);
        var m = Fold(meta).Replace(" ", "", StringComparison.Ordinal);
        return h.StartsWith(m, StringComparison.Ordinal) || m.StartsWith(h, StringComparison.Ordinal) || h.EndsWith(m, StringComparison.Ordinal) || m.EndsWith(h, StringComparison.Ordinal);
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    internal static string Fold(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in PageScan.Squash(s).Normalize(NormalizationForm.FormKC))
        {
            if (c is '"' or '\'' or '‘' or '’' or '“' or '”' or '`' or '«' or '»' or '„' or '‹' or '›')
            {
                continue;
            }

            if (c is '–' or '—' or '‒' or '−')
            {
                b.Append('-');
                continue;
            }

            b.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return b.ToString().Trim();
    }

    [GeneratedRegex(@"^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex HostName();
}
