using System.Text.RegularExpressions;
using HtmlAgilityPack;
using NewsFunctions.Extraction.Metadata.Authors;
using NewsFunctions.Extraction.Metadata.Dates;
using NewsFunctions.Extraction.Metadata.JsonLd;
using NewsFunctions.Extraction.Metadata.Language;

namespace NewsFunctions.Extraction.Metadata;

/// <summary>Reads title, authors, dates, language and the other metadata of an article page.</summary>
internal static partial class MetadataReader
{
    public static PageMetadata Read(HtmlDocument doc, Uri? url, ExtractionOptions options)
    {
        try
        {
            return ReadCore(doc, url, options);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            // Metadata is best effort: a page that breaks a reader still yields its body.
            return new PageMetadata();
        }
    }

    private static PageMetadata ReadCore(HtmlDocument doc, Uri? url, ExtractionOptions options)
    {
        var scan = PageScan.Run(doc);
        var ld = JsonLdReader.Read(scan.JsonLd);

        var canonical = ResolveUrl(scan.Canonical, url) ?? ResolveUrl(scan.Meta("og:url"), url) ?? ResolveUrl(ld.Url, url) ?? url;
        var declaredSite = PlainText.Clean(scan.Meta("og:site_name") ?? ld.Publisher ?? scan.Meta("application-name", "twitter:app:name:iphone"));

        // Undeclared, the site is the <title> part that names the host. It helps cut the title and names the source for
        // apps, but does not rule out authors: on a personal blog the site's name is the writer's ("… | Wolfgang Michal").
        var siteName = declaredSite ?? TitleChooser.SiteNameInTitle(scan.TitleElement, canonical);
        var declaredLanguage = NormalizeLanguage(scan.HtmlLang)
            ?? NormalizeLanguage(scan.Meta("content-language", "Content-Language", "language", "dc.language", "DC.language", "og:locale"))
            ?? NormalizeLanguage(ld.Language);

        var (title, titleSource) = TitleChooser.Choose(scan, ld, siteName);
        siteName = SiteNameAfterTitle(siteName, title);
        var dates = DateFinder.Find(scan, ld, canonical, url, declaredLanguage ?? NormalizeLanguage(options.LanguageHint), options.FetchedAt ?? DateTimeOffset.UtcNow, title, options.TimeZone);
        var authors = FindAuthors(scan, ld, declaredSite is null ? null : siteName, DateFinder.MainHeading(scan, title));

        var keywords = new List<string>();
        foreach (var k in scan.MetaAll("article:tag").Concat(ld.Keywords)
                     .Concat(SplitList(scan.Meta("news_keywords")))
                     .Concat(SplitList(scan.Meta("keywords"))))
        {
            var t = PlainText.Clean(k) ?? "";
            if (t.Length is > 0 and < 80 && !keywords.Contains(t, StringComparer.OrdinalIgnoreCase) && keywords.Count < 30)
            {
                keywords.Add(t);
            }
        }

        var tier = scan.Meta("article:content_tier");
        var free = ld.IsAccessibleForFree ?? !(tier is not null && (tier.Equals("locked", StringComparison.OrdinalIgnoreCase) || tier.Equals("metered", StringComparison.OrdinalIgnoreCase)));

        var shownSite = ShownSiteName(siteName, canonical ?? url);
        return new PageMetadata
        {
            Title = title,
            TitleSource = titleSource,
            Authors = authors,
            Published = dates.Published,
            PublishedSource = dates.PublishedSource,
            Modified = dates.Modified,
            ModifiedSource = dates.ModifiedSource,
            DeclaredLanguage = declaredLanguage,
            CanonicalUrl = canonical,
            Image = LeadImage(scan, ld, canonical ?? url),
            SiteName = shownSite,
            Description = PlainText.Clean(scan.Meta("og:description", "description", "Description", "twitter:description", "dc.description", "DC.description") ?? ld.Description),
            Section = SectionName(scan.Meta("article:section", "section", "parsely-section", "sailthru.section") ?? ld.Section, [siteName, shownSite], canonical ?? url)
                ?? SectionFromBreadcrumbs(ld.Breadcrumbs, title, canonical),
            Keywords = keywords,
            IsAccessibleForFree = free,
        };
    }

    private static readonly string[] ImageKeys = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnail"];

    /// <summary>
    /// The first image the page declares that is the story's: many sites give every page without a picture of its
    /// own the same share image (the logo, "social_placeholder.png", "opengraph_default.png", "og-image.png"), which
    /// on an app's article card says nothing about the story. No image is better than one of those.
    /// </summary>
    private static Uri? LeadImage(PageScan scan, JsonLdFacts ld, Uri? page)
    {
        foreach (var candidate in ImageKeys.SelectMany(scan.MetaAll).Append(ld.Image))
        {
            if (ResolveUrl(candidate, page) is { } image && !IsSiteWideImage(image))
            {
                return image;
            }
        }

        return null;
    }

    /// <summary>
    /// A file named for the logo ("logo-opengraph", "cropped-logo-1", "shoplogo"), or for nothing but a placeholder or
    /// sharing ("default-user-image", "social_placeholder", "og-image", "share"). A photo of a logo is named for
    /// what it shows first ("alibaba-logo-getty"), and Drupal's "sites/default/files" is a folder, not a name.
    /// </summary>
    internal static bool IsSiteWideImage(Uri image)
    {
        var name = Uri.UnescapeDataString(image.Segments[^1]);
        var dot = name.LastIndexOf('.');
        var words = (dot > 0 ? name[..dot] : name).ToLowerInvariant().Split(['-', '_', '.', ' ', '+'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        // "default" and "fallback" are words of business news too ("evergrande-debt-default-hong-kong"): only a name
        // made of nothing else says placeholder.
        var first = words[0] is "cropped" or "csm" && words.Length > 1 ? words[1] : words[0];
        return first.EndsWith("logo", StringComparison.Ordinal)
            || (words.Any(w => PlaceholderWords.Contains(w) || ShareWords.Contains(w)) && words.All(w => PlaceholderWords.Contains(w) || ShareWords.Contains(w) || GenericImageWords.Contains(w)));
    }

    private static readonly HashSet<string> PlaceholderWords = ["placeholder", "default", "fallback", "noimage", "nopicture", "dummy"];

    private static readonly HashSet<string> GenericImageWords = ["image", "img", "user", "avatar", "profile", "picture", "photo", "thumb", "thumbnail", "article"];

    /// <summary>With "image" or "img" beside them ("og-image"); "image" alone is an image service's path ("…/v3/mm/image?url=…").</summary>
    private static readonly HashSet<string> ShareWords = ["og", "ogimage", "opengraph", "share", "social", "facebook", "fb", "twitter"];

    /// <summary>
    /// The site's name as apps show it. A declared name often carries the site's slogan ("Frollein Herr | Information
    /// und Inspiration rund um Fashion, …"), which a feed's author line or a source label should not repeat: when one
    /// end of it names the host, that end is the name. A bare address ("https://example.com") is its host.
    /// </summary>
    private static string? ShownSiteName(string? siteName, Uri? page)
    {
        if (siteName is null)
        {
            return null;
        }

        if (Uri.TryCreate(siteName, UriKind.Absolute, out var address) && address.Scheme is "http" or "https" && address.AbsolutePath.Trim('/').Length == 0)
        {
            return address.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Host[4..] : address.Host;
        }

        return TitleChooser.SiteNameInTitle(siteName, page) ?? siteName;
    }

    /// <summary>
    /// The section the page declares, when it is one: not the WordPress list of every category and tag ("Lunch,
    /// Sharing, Sides" gives "Lunch", the first being the primary one), not a sentence (a CMS that fills the field with
    /// the teaser), not the site's own name or address. Otherwise the breadcrumbs decide.
    /// </summary>
    private static string? SectionName(string? raw, string?[] siteNames, Uri? page)
    {
        if (PlainText.Clean(raw) is not { } section)
        {
            return null;
        }

        if (section.Contains(',', StringComparison.Ordinal))
        {
            section = section.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        }

        var isSiteItself = siteNames.Any(name => section.Equals(name, StringComparison.OrdinalIgnoreCase))
            || (page is not null && (section.Equals(page.Host, StringComparison.OrdinalIgnoreCase)
                || ("www." + section).Equals(page.Host, StringComparison.OrdinalIgnoreCase)));
        return section.Length is >= 2 and <= MaxSectionChars && !isSiteItself ? section : null;
    }

    /// <summary>Section names are a few words ("Economy &amp; Business", "Blog Briefing Room - News"), as breadcrumbs are.</summary>
    private const int MaxSectionChars = 60;

    /// <summary>
    /// The deepest breadcrumb above the page itself ("Startseite › Politik › Inland › Headline" gives "Inland"): the
    /// first item is the home page, the last usually the page (its title, its address, or no link at all).
    /// </summary>
    private static string? SectionFromBreadcrumbs(List<(string Name, string? Url)> crumbs, string? title, Uri? page)
    {
        var items = crumbs.Select(c => (Name: PlainText.Clean(c.Name), c.Url)).Where(c => c.Name is not null).ToList();
        if (items.Count > 0 && IsPageItself(items[^1].Name!, items[^1].Url, title, page, items.Count))
        {
            items.RemoveAt(items.Count - 1);
        }

        if (items.Count > 0 && IsHome(items[0].Name!, items[0].Url, page))
        {
            items.RemoveAt(0);
        }

        return items.Count > 0 && items[^1].Name is { Length: >= 2 and <= MaxSectionChars } section ? section : null;
    }

    private static bool IsPageItself(string name, string? url, string? title, Uri? page, int count)
    {
        if (url is null)
        {
            return count > 1;
        }

        if (page is not null && ResolveUrl(url, page) is { } u && SameAddress(u, page))
        {
            return true;
        }

        if (title is null)
        {
            return false;
        }

        var (n, t) = (TitleChooser.Fold(name), TitleChooser.Fold(title));
        return n.Length >= 8 && (t.Contains(n, StringComparison.Ordinal) || n.Contains(t, StringComparison.Ordinal));
    }

    private static bool IsHome(string name, string? url, Uri? page) =>
        (url is not null && page is not null && ResolveUrl(url, page) is { } u && u.AbsolutePath.Trim('/').Length == 0)
        || HomeWords.Contains(name.Trim());

    private static readonly HashSet<string> HomeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Home", "Homepage", "Home page", "Start", "Startseite", "Inicio", "Portada", "Accueil", "Início", "Página inicial", "Home-Page",
    };

    private static bool SameAddress(Uri a, Uri b) =>
        a.Host.Equals(b.Host, StringComparison.OrdinalIgnoreCase) && a.AbsolutePath.TrimEnd('/').Equals(b.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal);

    /// <summary>
    /// Some CMSs fill <c>og:site_name</c> with the whole document title ("Achtsam durch die Krise | Die FURCHE"): when it
    /// opens with the article's title and a separator, the site is what follows.
    /// </summary>
    private static string? SiteNameAfterTitle(string? siteName, string? title)
    {
        if (siteName is null || string.IsNullOrEmpty(title) || siteName.Length <= title.Length
            || !siteName.StartsWith(title, StringComparison.OrdinalIgnoreCase))
        {
            return siteName;
        }

        // " | Die FURCHE": a space, one separator and a space before the site.
        var rest = siteName.AsSpan(title.Length);
        return rest.Length > 3 && rest[0] == ' ' && rest[1] is '|' or '-' or '–' or '—' or '·' or ':' && rest[2] == ' ' && !rest[3..].IsWhiteSpace()
            ? rest[3..].Trim().ToString()
            : siteName;
    }

    private static string[] SplitList(string? s) =>
        string.IsNullOrWhiteSpace(s) ? [] : s.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static List<string> FindAuthors(PageScan scan, JsonLdFacts ld, string? siteName, (int Order, int ChromeRoot) heading)
    {
        // On a site named after a person, the site's name is its writer's and no reason to turn an author down
        // (itemprop author "Pamela Anderson" on the site "Pamela Anderson").
        var owner = siteName is null ? null : AuthorNames.PersonNamedSite(siteName);
        if (owner is not null)
        {
            siteName = null;
        }

        // Sources from the most to the least explicit; the first that yields people wins.
        var fromLd = AuthorNames.Clean(ld.Authors, siteName);
        if (fromLd.Count > 0)
        {
            // A CMS login ("edilson.la.rosa") in JSON-LD: the meta tags usually carry the display name.
            if (fromLd.All(AuthorNames.IsLogin))
            {
                if (MetaAuthors(scan, siteName) is { Count: > 0 } display)
                {
                    return display;
                }

                // Else the page may show the name somewhere: "(Christian P. Stadtfeld)" closing the article.
                fromLd = fromLd.Select(login => ShownNameOfLogin(login, scan, siteName) ?? login).ToList();
            }

            return ShownInstead(Completed(fromLd, scan, siteName, heading), scan, siteName, heading);
        }

        var fromMeta = MetaAuthors(scan, siteName);
        if (fromMeta.Count > 0)
        {
            return ShownInstead(Completed(fromMeta, scan, siteName, heading), scan, siteName, heading);
        }

        var fromBylines = BylineNames(scan, heading, siteName);
        if (fromBylines.Count > 0)
        {
            return fromBylines;
        }

        var fromText = AuthorNames.Clean(BylineTexts(scan, heading, siteName), siteName);
        if (fromText.Count > 0)
        {
            return fromText;
        }

        // A personal blog is named after its owner ("Wolfgang Schmale", "zahlenzauberin"): a JSON-LD author declared
        // a Person, with a biography of their own, or an hCard author in the post keeps the site's name when nothing
        // on the page names anyone else.
        var person = AuthorNames.Clean(ld.PersonAuthors, null);
        if (person.Count == 0)
        {
            person = AuthorNames.Clean(BylineFacts(scan, heading, siteName).Where(b => b.Hint == "vcard").Take(1).Select(b => b.Text), null);
        }

        if (person.Count > 0)
        {
            return person;
        }

        var linked = LinkedAccount(scan, heading, siteName);
        if (linked.Count > 0)
        {
            return linked;
        }

        var signature = Signature(scan, heading, siteName);
        if (signature.Count > 0)
        {
            return signature;
        }

        // Nothing names a writer, but the site is one person's: named after them, or theirs by its copyright line.
        return owner is not null ? [owner] : CopyrightHolder(scan);
    }

    /// <summary>
    /// The person the page's copyright line names ("(c) Johannes Wolf • Weitere Rechte", "2006-2008 by Martin Weber"):
    /// on a page that names no writer, the blog's owner. Only the texts after the body's last paragraph are read, and
    /// only a name opening with a given name or an initial counts: "© 2024 Acme Media" and "© Miami Today" name no one.
    /// Two different holders (a photo credit beside the site's line) name no one either.
    /// </summary>
    private static List<string> CopyrightHolder(PageScan scan)
    {
        var texts = scan.Texts;
        var body = texts.FindLastIndex(t => t.Text.Length >= 150);
        string? holder = null;
        for (var i = texts.Count - 1; i > body && i >= texts.Count - 150; i--)
        {
            if (CopyrightLine().Match(texts[i].Text) is not { Success: true } m || AuthorNames.PersonNamedSite(m.Groups["name"].Value) is not { } name)
            {
                continue;
            }

            if (holder is not null && !holder.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return [];
            }

            holder = name;
        }

        return holder is null ? [] : [holder];
    }

    /// <summary>
    /// A name alone on its line right after the article's last paragraph, set in bold or italics, after a copyright
    /// sign, or over the date ("<b>Stefan Wasmer</b>", "© 2019 Sven Schreivogel", "Benni" / "10. September 2017"):
    /// how blogs and small newsrooms sign a piece. Only the few lines after the last paragraph count, up to the page
    /// chrome; links, headings and list items are labels and teasers, and two such names (a list) count as none.
    /// </summary>
    private static List<string> Signature(PageScan scan, (int Order, int ChromeRoot) heading, string? siteName)
    {
        var texts = scan.Texts;
        var last = texts.FindLastIndex(t => t.Text.Length >= 150 && t.Order > heading.Order && !t.InChromeApartFrom(heading.ChromeRoot));
        if (last < 0)
        {
            return [];
        }

        string? signature = null;
        for (var i = last + 1; i < texts.Count && i <= last + 10; i++)
        {
            var t = texts[i];
            if (t.InChromeApartFrom(heading.ChromeRoot))
            {
                break;
            }

            var copyright = CopyrightMark().Match(t.Text) is { Success: true, Length: > 0 };
            var line = copyright ? t.Text[CopyrightMark().Match(t.Text).Length..] : t.Text;
            if (t.Hint is "a" or "sr" || line.Length > 40 || !SignatureName().IsMatch(line) || NavigationLabel().IsMatch(line) || AuthorNames.Clean([line], siteName) is not [var name] || name != line)
            {
                continue;
            }

            var dated = i + 1 < texts.Count && texts[i + 1].Text.Length < 40 && Year().IsMatch(texts[i + 1].Text);
            if (!(dated || ((copyright || t.Hint == "em") && name.Contains(' ', StringComparison.Ordinal))))
            {
                continue;
            }

            // A name and a date over more text is a comment's header ("Ray Reci", "10.01.2017", "Gehweg gehört ...").
            if (texts.Skip(i + 1).Take(4).TakeWhile(x => !x.InChromeApartFrom(heading.ChromeRoot)).Any(x => x.Text.Length >= 80))
            {
                continue;
            }

            if (signature is not null)
            {
                return [];
            }

            signature = name;
        }

        return signature is null ? SectionSignature(scan, heading, siteName) : [signature];
    }

    /// <summary>
    /// A link to the writer's or user's page right under the heading and right before the date, its text a name or a
    /// user name alone (a link to "/user-uebersicht/?u=79003" reading "MikeNils", then "18.10.2019, 15:07 Uhr"): a community
    /// post's byline; so is such a link on the line right over the heading.
    /// </summary>
    private static List<string> LinkedAccount(PageScan scan, (int Order, int ChromeRoot) heading, string? siteName)
    {
        var texts = scan.Texts;
        var (from, to) = NearHeading(texts, heading.Order);
        for (var i = Math.Max(from, 0); i + 1 < to; i++)
        {
            var (t, next) = (texts[i], texts[i + 1]);
            var overHeading = t.Order < heading.Order && next.Order > heading.Order;
            var overDate = t.Order > heading.Order && next.Text.Length <= 40 && Year().IsMatch(next.Text);
            // The link's own text, a few nodes in when an avatar picture opens the link.
            if (!(overHeading || overDate) || t.InChromeApartFrom(heading.ChromeRoot)
                || !scan.AuthorLinks.Exists(l => l.Order < t.Order && t.Order - l.Order <= 12 && l.Text == t.Text))
            {
                continue;
            }

            // On a user's link a login with a dot is a user name, not a domain ("fri.juli").
            return (AuthorNames.Clean([t.Text], siteName) is [var name] && name == t.Text) || AuthorNames.IsLogin(t.Text) ? [t.Text] : [];
        }

        return [];
    }

    /// <summary>
    /// A full name alone in bold or italics between a paragraph and the next heading ("<b><i>Stefan Wasmer</i></b>"
    /// over "Kurznachrichtenticker"): the article signed at its end, with a ticker or a teaser section after it that
    /// hides which paragraph is the last. One such name only; speakers' names in an interview run on into text.
    /// </summary>
    private static List<string> SectionSignature(PageScan scan, (int Order, int ChromeRoot) heading, string? siteName)
    {
        var texts = scan.Texts;
        string? signature = null;
        for (var i = 1; i + 1 < texts.Count; i++)
        {
            var (prev, t, next) = (texts[i - 1], texts[i], texts[i + 1]);
            if (t.Hint != "em" || t.Order <= heading.Order || t.Text.Length > 40 || prev.Text.Length < 150 || prev.Hint == "a"
                || t.InChromeApartFrom(heading.ChromeRoot) || prev.InChromeApartFrom(heading.ChromeRoot)
                || !SignatureName().IsMatch(t.Text) || !t.Text.Contains(' ', StringComparison.Ordinal) || NavigationLabel().IsMatch(t.Text)
                || !scan.Headings.Exists(h => h.Order > t.Order && h.Order <= next.Order)
                || AuthorNames.Clean([t.Text], siteName) is not [var name] || name != t.Text)
            {
                continue;
            }

            if (signature is not null)
            {
                return [];
            }

            signature = name;
        }

        return signature is null ? [] : [signature];
    }

    /// <summary>
    /// The metadata's authors, unless a labelled byline next to the main heading ("Von Claudia Lindner", "Auteur" +
    /// name) names other people: the metadata then holds the CMS account that posted the piece or a site-wide
    /// default, while the page shows who wrote it.
    /// </summary>
    private static List<string> ShownInstead(List<string> names, PageScan scan, string? siteName, (int Order, int ChromeRoot) heading)
    {
        // Only names written as names overrule: "Von Rechts wegen" is a phrase that happens to follow a byline word.
        var shown = AuthorNames.Clean(BylineTexts(scan, heading, siteName, nearHeading: true), siteName);
        return shown.Count == 0 || !shown.All(AuthorNames.IsCapitalised) || SharesAName(names, shown) ? names : shown;
    }

    /// <summary>
    /// The name a login ("christian.stadtfeld") stands for, when the page shows it written as a name with the login's
    /// first and last parts around at most two middle names or initials ("Christian P. Stadtfeld").
    /// </summary>
    private static string? ShownNameOfLogin(string login, PageScan scan, string? siteName)
    {
        var parts = login.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0].Length < 2 || parts[^1].Length < 2 || !parts.All(p => p.All(char.IsLetter)))
        {
            return null;
        }

        var shown = new Regex(
            $@"(?<!\p{{L}})(?i:{Regex.Escape(parts[0])})(?:\s+[\p{{L}}.'-]+){{0,2}}?\s+(?i:{Regex.Escape(parts[^1])})(?!\p{{L}})",
            RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(RegexLimits.TimeoutMilliseconds));
        foreach (var t in scan.Texts)
        {
            if (t.Text.Length < parts[0].Length + parts[^1].Length + 1 || scan.CommentRoots.Contains(t.ChromeRoot))
            {
                continue;
            }

            if (shown.Match(t.Text) is { Success: true } m && AuthorNames.IsCapitalised(m.Value) && AuthorNames.Clean([m.Value], siteName) is [var name])
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Whether two name lists have a name word in common ("Eduardo Barreneche" and "E. Barreneche").</summary>
    private static bool SharesAName(List<string> a, List<string> b)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in a)
        {
            words.UnionWith(NameWords(n));
        }

        return b.Any(n => NameWords(n).Any(words.Contains));
    }

    private static IEnumerable<string> NameWords(string name) =>
        name.Split([' ', '-', '.', '_'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3);

    private static List<string> MetaAuthors(PageScan scan, string? siteName)
    {
        // Scholarly citation tags first: on such pages itemprop="author" metas also name the authors of every cited work.
        var metaAuthors = scan.MetaAll("citation_author").Concat(scan.MetaAll("author")).Concat(LabelledTwitterData(scan)).Concat(scan.MetaAll("article:author"))
            .Concat(scan.MetaAll("dc.creator")).Concat(scan.MetaAll("DC.creator")).Concat(scan.MetaAll("dcterms.creator")).Concat(scan.MetaAll("parsely-author"))
            .Concat(scan.MetaAll("sailthru.author")).Concat(scan.MetaAll("byl")).Concat(scan.MetaAll("cXenseParse:author")).Concat(scan.MetaAll("shareaholic:article_author_name"))
            .Concat(scan.MetaAll("twitter:creator:name"))
            .Where(a => !a.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        return AuthorNames.Clean(metaAuthors, siteName);
    }

    /// <summary>
    /// The names of the byline closest to the heading and of the byline elements next to it ("A", "B" in sibling
    /// spans). Byline elements further away are other pieces' ("Pressemitteilung von X" under each item of a list of
    /// related posts), not co-authors.
    /// </summary>
    private static List<string> BylineNames(PageScan scan, (int Order, int ChromeRoot) heading, string? siteName)
    {
        var facts = BylineFacts(scan, heading, siteName).Take(6).ToList();
        foreach (var first in facts)
        {
            var names = AuthorNames.Clean([first.Text], siteName);
            if (names.Count == 0)
            {
                continue;
            }

            foreach (var other in facts.Where(f => f.Order != first.Order && Math.Abs(f.Order - first.Order) <= 40))
            {
                names.AddRange(AuthorNames.Clean([other.Text], siteName).Where(n => !names.Contains(n, StringComparer.OrdinalIgnoreCase)));
            }

            return names;
        }

        return [];
    }

    /// <summary>Bylines outside chrome (relative to the main heading's own wrapper), the closest to the heading first.</summary>
    private static IEnumerable<string> Bylines(PageScan scan, (int Order, int ChromeRoot) heading, string? siteName) => BylineFacts(scan, heading, siteName).Select(b => b.Text);

    private static IEnumerable<TextFact> BylineFacts(PageScan scan, (int Order, int ChromeRoot) heading, string? siteName)
    {
        var kept = scan.Bylines.Where(b => !b.InChromeApartFrom(heading.ChromeRoot) || JustBelow(b, heading)).ToList();
        WithoutTeaserList(scan, heading, siteName, kept);
        return kept.OrderByDescending(b => b.Hint == "itemprop")
            .ThenBy(b => heading.Order < 0 ? b.Order : Math.Abs(b.Order - heading.Order));
    }

    /// <summary>Drops the bylines below the article's start when they are a list of related stories' (see <see cref="IsTeaserList"/>).</summary>
    private static void WithoutTeaserList(PageScan scan, (int Order, int ChromeRoot) heading, string? siteName, List<TextFact> bylines)
    {
        if (heading.Order > 0 && BodyStart(scan, heading.Order) is { } bodyStart && IsTeaserList(scan, bylines.Where(b => b.Order > bodyStart).OrderBy(b => b.Order).ToList(), siteName))
        {
            bylines.RemoveAll(b => b.Order > bodyStart);
        }
    }

    /// <summary>Where the article's prose starts: its first paragraph-long text after the main heading.</summary>
    private static int? BodyStart(PageScan scan, int headingOrder)
    {
        foreach (var t in scan.Texts)
        {
            if (t.Order > headingOrder && t.Text.Length >= 200 && t.Hint != "a")
            {
                return t.Order;
            }
        }

        return null;
    }

    /// <summary>
    /// Bylines below the article's start that take turns naming different people, with other text (a title, a teaser)
    /// between each and the next, at least three items long: a list of related stories, each with its author ("Elena
    /// Kuss" ... "Heidrun Mittler" ... "Bettina Röttig"). The article's own author box names its people side by side, or
    /// repeats its one author ("By Poppie Platt" ... "Poppie Platt").
    /// </summary>
    private static bool IsTeaserList(PageScan scan, List<TextFact> below, string? siteName)
    {
        if (below.Count < 3)
        {
            // Fewer than three items cannot take turns twice; most pages stop here without cleaning a name.
            return false;
        }

        List<string>? previous = null;
        var previousOrder = 0;
        var turns = 0;
        foreach (var b in below)
        {
            var names = AuthorNames.Clean([b.Text], siteName);
            if (names.Count == 0)
            {
                continue;
            }

            if (previous is not null && !names.Any(n => previous.Contains(n, StringComparer.OrdinalIgnoreCase)) && TextBetween(scan, previousOrder, b.Order) && ++turns >= 2)
            {
                return true;
            }

            (previous, previousOrder) = (names, b.Order);
        }

        return false;
    }

    /// <summary>Whether a text longer than a separator (", ", "und") lies between two points of the page.</summary>
    private static bool TextBetween(PageScan scan, int afterOrder, int beforeOrder)
    {
        foreach (var t in scan.Texts)
        {
            if (t.Order >= beforeOrder)
            {
                break;
            }

            if (t.Order > afterOrder && t.Text.Length >= 12)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A byline in a small chrome-classed box that opens right below the main heading ("teaser__metadata") is the
    /// article's own meta line, not a teaser's.
    /// </summary>
    private static bool JustBelow(TextFact b, (int Order, int ChromeRoot) heading) =>
        heading.Order > 0 && b.ChromeRoot > heading.Order && b.Order - heading.Order is > 0 and < 40;

    /// <summary>
    /// Metadata names completed from the visible byline: a first name alone ("Todd") gets the byline's full name
    /// ("By Todd Bates"), and a byline that names the metadata's authors and more adds the co-authors.
    /// </summary>
    private static List<string> Completed(List<string> names, PageScan scan, string? siteName, (int Order, int ChromeRoot) heading)
    {
        var visible = new List<string>();
        foreach (var b in Bylines(scan, heading, siteName).Take(6))
        {
            visible = AuthorNames.Clean([b], siteName);
            if (visible.Count > 0)
            {
                break;
            }
        }

        if (names.Any(n => !n.Contains(' ', StringComparison.Ordinal)) && !names.All(n => visible.Any(v => Extends(v, n))))
        {
            visible.AddRange(AuthorNames.Clean(BylineTexts(scan, heading, siteName), siteName));
        }

        if (visible.Count == 0)
        {
            return names.Select(n => n.Contains(' ', StringComparison.Ordinal) ? n : NamedInFull(n, scan, siteName) ?? n).ToList();
        }

        var result = new List<string>();
        var all = true;
        foreach (var n in names)
        {
            var full = visible.FirstOrDefault(v => Extends(v, n));
            all &= full is not null;
            if (full is null || !full.Contains(' ', StringComparison.Ordinal))
            {
                // The byline shows the first name alone as well ("Stefanus"); an author box may give the rest.
                full = n.Contains(' ', StringComparison.Ordinal) ? full : NamedInFull(n, scan, siteName) ?? full;
            }

            result.Add(full ?? n);
        }

        if (all)
        {
            // Co-authors only with a full name: a single word next to the name is more often a role or a label.
            result.AddRange(visible.Where(v => !result.Contains(v, StringComparer.OrdinalIgnoreCase) && IsFullName(v)));
        }

        return result.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// The full name of a first name alone, from a line of the page that opens with it and a surname and then ends or
    /// goes on after a dash, comma or bar: an author box ("Stefanus Stahl - Maschinenbauer, Abenteurer ..."). A
    /// sentence about someone ("Dago Leukefeld wird Botschafter") does not count.
    /// </summary>
    private static string? NamedInFull(string firstName, PageScan scan, string? siteName)
    {
        if (firstName.Length < 3 || !char.IsUpper(firstName[0]))
        {
            return null;
        }

        foreach (var t in scan.Texts)
        {
            if (t.Text.Length <= firstName.Length + 2 || !t.Text.StartsWith(firstName + " ", StringComparison.Ordinal) || scan.CommentRoots.Contains(t.ChromeRoot))
            {
                continue;
            }

            if (FullNameOpening().Match(t.Text, firstName.Length) is { Success: true } m && AuthorNames.Clean([firstName + m.Groups["surname"].Value], siteName) is [var name])
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsFullName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0]);
    }

    /// <summary>The same name, or the full name of which <paramref name="name"/> is the first name alone.</summary>
    private static bool Extends(string visible, string name) =>
        visible.Equals(name, StringComparison.OrdinalIgnoreCase)
        || (!name.Contains(' ', StringComparison.Ordinal) && visible.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase) && visible.Split(' ').Length <= 4);

    /// <summary>"By Jane Doe" / "Von Max Muster" lines, or a label ("Autor:", "By") followed by the name in the next text.</summary>
    /// <remarks>
    /// With <paramref name="nearHeading"/> only the lines from just above the main heading to the start of the body
    /// count: a "By" line further down belongs to a quote, a teaser or a comment as often as to the article.
    /// </remarks>
    private static List<string> BylineTexts(PageScan scan, (int Order, int ChromeRoot) heading, string? siteName, bool nearHeading = false)
    {
        var found = new List<TextFact>();
        var texts = scan.Texts;
        var near = NearHeading(texts, heading.Order);
        var (from, to) = nearHeading ? near : (0, texts.Count);

        // A few more than the two used: enough to tell a list of related stories' bylines from the article's own.
        for (var i = from; i < to && found.Count < 6; i++)
        {
            var t = texts[i];
            if ((t.InChromeApartFrom(heading.ChromeRoot) && !JustBelow(t, heading)) || t.Text.Length >= 160)
            {
                continue;
            }

            if (t.Text.Length < 80 && BylineText().IsMatch(t.Text))
            {
                if (!BetweenBodyParagraphs(texts, i))
                {
                    found.Add(t);
                }
            }
            else if (LabelledName().Match(t.Text) is { Success: true } labelled)
            {
                found.Add(t with { Text = labelled.Groups["name"].Value });
            }
            else if (t.Text.Length < 80 && DatedByline().Match(t.Text) is { Success: true } dated)
            {
                found.Add(t with { Text = dated.Groups["name"].Value });
            }
            else if (i + 1 < texts.Count && t.Text.Length <= 40 && SignatureName().IsMatch(t.Text) && t.Text.Contains(' ', StringComparison.Ordinal)
                && WritersPagesLink().IsMatch(texts[i + 1].Text))
            {
                found.Add(t);
            }
            else if (HostLine().Match(t.Text) is { Success: true } host)
            {
                found.Add(t with { Text = host.Groups["name"].Value });
            }
            else if (PostMetaByline().Match(t.Text) is { Success: true } posted)
            {
                found.Add(t with { Text = posted.Groups["name"].Value });
            }
            else if (i >= near.From && i < near.To && DateThenName().Match(t.Text) is { Success: true } signed)
            {
                found.Add(t with { Text = signed.Groups["name"].Value });
            }
            else if (BylineLabel().IsMatch(t.Text) && i + 1 < texts.Count && texts[i + 1].Text.Length < 60 && (!texts[i + 1].InChromeApartFrom(heading.ChromeRoot) || JustBelow(texts[i + 1], heading)))
            {
                found.Add(texts[i + 1] with { Text = NamesAfterLabel(texts, i + 1) });
            }
        }

        WithoutTeaserList(scan, heading, siteName, found);
        return found.Take(2).Select(t => t.Text).ToList();
    }

    /// <summary>
    /// The names a byline label introduces, when each is its own link: "By" "Jessica Holly" ", " "Gail Levy" ", " "7 News
    /// WSVN" reads as one list, for the names' cleaning to sort people from the station.
    /// </summary>
    private static string NamesAfterLabel(List<TextFact> texts, int first)
    {
        var names = texts[first].Text;
        for (var j = first + 1; j + 1 < texts.Count && j < first + 2 * MaxListedNames; j += 2)
        {
            if (!IsNameSeparator(texts[j].Text) || texts[j + 1].Text.Length >= 60 || texts[j + 1].ChromeRoot != texts[first].ChromeRoot)
            {
                break;
            }

            names += ", " + texts[j + 1].Text;
        }

        return names;
    }

    private const int MaxListedNames = 6;

    private static bool IsNameSeparator(string text) =>
        text.AsSpan().Trim() is var t && (t is "," or "&" or ";" or "/" || (t.Length <= 4 && NameListConjunction().IsMatch(t)));

    /// <summary>
    /// Deep in the story, with paragraphs before and after, a "Von …" line is a subheading ("Von Barzahler-Rabatten
    /// profitieren"), not a byline: bylines sit at the story's top, under its standfirst, or after its last paragraph.
    /// </summary>
    private static bool BetweenBodyParagraphs(List<TextFact> texts, int i)
    {
        if (i + 1 >= texts.Count || texts[i + 1].Text.Length <= 200)
        {
            return false;
        }

        var paragraphsBefore = 0;
        for (var j = i - 1; j >= 0 && paragraphsBefore < 2; j--)
        {
            if (texts[j].Text.Length > 200)
            {
                paragraphsBefore++;
            }
        }

        return paragraphsBefore == 2;
    }

    /// <summary>
    /// Text indexes from a few short lines above the main heading to the second paragraph below it (the first may be
    /// the standfirst, with the byline under it); empty without a heading.
    /// </summary>
    private static (int From, int To) NearHeading(List<TextFact> texts, int headingOrder)
    {
        if (headingOrder < 0)
        {
            return (0, 0);
        }

        var at = texts.FindIndex(t => t.Order > headingOrder);
        if (at < 0)
        {
            return (0, 0);
        }

        var from = at;
        while (from > 0 && at - from < 6 && texts[from - 1].Text.Length < 100)
        {
            from--;
        }

        var to = at;
        for (var paragraphs = 0; to < texts.Count && to < at + 25; to++)
        {
            if (texts[to].Text.Length > 200 && ++paragraphs == 2)
            {
                break;
            }
        }

        return (from, to);
    }

    /// <summary>Yoast-style <c>twitter:label1 = "Written by"</c> / <c>twitter:data1 = "Jane Doe"</c> pairs.</summary>
    private static IEnumerable<string> LabelledTwitterData(PageScan scan)
    {
        for (var i = 1; i <= 4; i++)
        {
            var label = scan.Meta("twitter:label" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (label is not null && AuthorLabel().IsMatch(label) && scan.Meta("twitter:data" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } data)
            {
                yield return data;
            }
        }
    }

    /// <summary>The article's language: the declared one unless the body text clearly says otherwise.</summary>
    public static string? ResolveLanguage(PageMetadata metadata, string bodyText)
    {
        var declared = NormalizeLanguage(metadata.DeclaredLanguage);
        var sample = bodyText.Length >= 200 ? bodyText : $"{metadata.Title} {metadata.Description} {bodyText}";
        var detected = LanguageDetector.Detect(sample);
        if (detected is not { } d)
        {
            return declared;
        }

        if (declared is null)
        {
            return d.Confidence >= 0.3 ? d.Language : null;
        }

        var primary = declared.Split('-')[0];
        if (primary.Equals(d.Language, StringComparison.OrdinalIgnoreCase))
        {
            return declared;
        }

        // Chinese variants and Norwegian/Danish and the like are beyond the detector: trust the declaration there.
        return d.Confidence >= 0.6 && sample.Length >= 300 ? d.Language : declared;
    }

    /// <summary>"en_US" → "en-US", "DE" → "de", "x-default"/empty → null.</summary>
    internal static string? NormalizeLanguage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)[0].Replace('_', '-').Trim();
        var parts = v.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter) || parts[0].Equals("x", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var tag = parts[0].ToLowerInvariant();
        if (tag is "mul" or "und" or "zxx")
        {
            return null;
        }

        // Only a script ("Hant") and a region ("CH", "419") are kept, in that order: apps filter on language and
        // country, and what else pages put there is mostly not BCP 47 at all ("de-DE-formal", "de-ere").
        var i = 1;
        if (i < parts.Length && parts[i].Length == 4 && parts[i].All(char.IsAsciiLetter))
        {
            tag += "-" + char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant();
            i++;
        }

        if (i < parts.Length && ((parts[i].Length == 2 && parts[i].All(char.IsAsciiLetter)) || (parts[i].Length == 3 && parts[i].All(char.IsAsciiDigit))))
        {
            tag += "-" + parts[i].ToUpperInvariant();
        }

        return tag;
    }

    internal static Uri? ResolveUrl(string? value, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        if (v.StartsWith("//", StringComparison.Ordinal))
        {
            v = (baseUrl?.Scheme ?? "https") + ":" + v;
        }

        if (Uri.TryCreate(v, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https")
        {
            return abs;
        }

        return baseUrl is not null && Uri.TryCreate(baseUrl, v, out var rel) && rel.Scheme is "http" or "https" ? rel : null;
    }

    /// <summary>The byline openers that both a byline with its name and a label before a name start with.</summary>
    private const string BylineOpeners = @"by|von|par|por|door|di|written by|posted by|geschrieben von|verfasst von|erstellt von|ein beitrag von|(?:ein|eine) (?:interview|kommentar|gastbeitrag|reportage|analyse|essay) von|gastbeitrag von|gespeichert von|submitted by|escrito por|publicado por|publié par|scritto da";

    [GeneratedRegex(@"^[\s\-–—•·*]*(?i:" + BylineOpeners + @"|text:?|autor(?:in)?:|author:|(?:blog[- ]?)?beitrag von|eingestellt von|autoren|text von|text und fotos? von|ein artikel von|reportage von|interview von)\s+\p{Lu}(?:\p{L}+|\.)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BylineText();

    /// <summary>"Redaktion: Eberhard Fuhr", "Autorin: Jana Berg" anywhere in a short text.</summary>
    [GeneratedRegex(@"\b(?i:redaktion|autor(?:in)?|author|auteur|autore|texto?|reporter)\s*:\s*(?<name>\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3})", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LabelledName();

    /// <summary>"06.11.2023 13:30 von Olga": a time stamp followed by the writer.</summary>
    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}\s+(?i:von|by|par|por)\s+(?<name>\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3})\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DatedByline();

    /// <summary>The link under an author box's name to the rest of their work ("zu allen Rezepten vom Autor", "All posts by the author").</summary>
    [GeneratedRegex(@"^\s*(?i:(?:zu\s+)?allen?\s+\p{L}+\s+(?:vom\s+autor|von\s+der\s+autorin|des\s+autors|der\s+autorin)|(?:view\s+|see\s+)?all\s+\p{L}+\s+by\s+(?:the|this)\s+author)\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex WritersPagesLink();

    /// <summary>
    /// "with Anu Garg" on a line of its own: the host of a column or a newsletter under its name. Only the lower-case
    /// word: "With Open Arms" is a title, "MIT Tech Review" and German "Mit Freunden" are not bylines.
    /// </summary>
    [GeneratedRegex(@"^\s*with\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex HostLine();

    /// <summary>"25.10.2022 - Reiner Nagel": the date and the writer on their own line under the heading.</summary>
    [GeneratedRegex(@"^\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d\d\s+[-–—|]\s+(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DateThenName();

    /// <summary>
    /// A blog's post line naming its writer between the categories and the date, often by the account name alone
    /// ("Posted in Datenschutz by damianduchamps on August 3, 2019", "Filed under: Alltag — jancak @ 00:11").
    /// </summary>
    [GeneratedRegex(@"(?:^|\s)(?i:by|von)\s+(?<name>[\p{L}\d][\p{L}\d._-]{2,29})\s+(?i:on|am)\s+(?:\p{L}+\s+)?\d|[—–]\s*(?<name>[\p{L}\d][\p{L}\d._-]{2,29})\s+@\s*\d{1,2}:\d{2}", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PostMetaByline();

    [GeneratedRegex(@"^[\s|•·\-–—]*(?i:" + BylineOpeners + @"|text|autor(?:in)?|author|auteur|autore|veröffentlicht von|redakteur(?:in)?|reporter)\s*:?$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BylineLabel();

    [GeneratedRegex(@"^,?\s*(?i:and|und|y|e|et|en|i)\s*,?$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NameListConjunction();

    /// <summary>After a first name: " Stahl" then the end of the line, or " - ", ", ", " | ", " (" and more.</summary>
    [GeneratedRegex(@"\G(?<surname>\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s*$|\s+[-–—|(]\s|,\s)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex FullNameOpening();

    /// <summary>"© 2019 ", "(c) ", "Copyright 2006-2008 by " ahead of a name.</summary>
    [GeneratedRegex(@"^(?:©|\((?i:c)\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?i:by\s+)?", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CopyrightMark();

    /// <summary>One to three words written as names: "Benni", "Marina Mucha", "Anna-Lena Berg".</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2}$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex SignatureName();

    /// <summary>Previous/next links and their kin, which blogs set in bold under the post ("Nächster Eintrag").</summary>
    [GeneratedRegex(@"^(?i:nächste[rs]?|vorherige[rs]?|next|previous|prev|older|newer|weiter|zurück|mehr|more|siguiente|anterior|suivant|précédent)\b", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NavigationLabel();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Year();

    /// <summary>
    /// A line opening with "© 2019 Sven Schreivogel.", "(c) Johannes Wolf •", "Copyright 2006-2008 by Martin Weber" or
    /// ") 2006-2008 by Martin Weber" (after a licence link): the name, up to the line's end or a separator. A credit
    /// inside a line ("Bild4: ©John Arano") is a picture's, not the page's.
    /// </summary>
    [GeneratedRegex(@"^[\s)|•·]*(?:(?:©|\((?i:c)\)|\b(?i:copyright))\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s+)?(?i:by\s+)?|(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s+(?i:by)\s+)(?<name>\p{Lu}[\p{L}'-]*\.?(?:\s?\p{Lu}[\p{L}'-]+){1,2})(?=\s*$|\s*[•|·,;:(]|\.(?:\s|$)|\s+[-–—]\s)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"written by|verfasst von|geschrieben von|escrito por|écrit par|scritto da|geschreven door|author|autor|auteur", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AuthorLabel();
}
