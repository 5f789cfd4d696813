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
        var siteName = scan.Meta("og:site_name") ?? ld.Publisher ?? scan.Meta("application-name", "twitter:app:name:iphone");
        var declaredLanguage = NormalizeLanguage(scan.HtmlLang)
            ?? NormalizeLanguage(scan.Meta("content-language", "Content-Language", "language", "dc.language", "DC.language", "og:locale"))
            ?? NormalizeLanguage(ld.Language);

        var (title, titleSource) = TitleChooser.Choose(scan, ld, siteName);
        var dates = DateFinder.Find(scan, ld, canonical, url, declaredLanguage, options.FetchedAt ?? DateTimeOffset.UtcNow, title);
        var authors = FindAuthors(scan, ld, siteName, DateFinder.MainHeading(scan, title));

        var keywords = new List<string>();
        foreach (var k in scan.MetaAll("article:tag").Concat(ld.Keywords)
                     .Concat(SplitList(scan.Meta("news_keywords")))
                     .Concat(SplitList(scan.Meta("keywords"))))
        {
            var t = k.Trim();
            if (t.Length is > 0 and < 80 && !keywords.Contains(t, StringComparer.OrdinalIgnoreCase) && keywords.Count < 30)
            {
                keywords.Add(t);
            }
        }

        var tier = scan.Meta("article:content_tier");
        var free = ld.IsAccessibleForFree ?? !(tier is not null && (tier.Equals("locked", StringComparison.OrdinalIgnoreCase) || tier.Equals("metered", StringComparison.OrdinalIgnoreCase)));

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
            Image = ResolveUrl(scan.Meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnail") ?? ld.Image, canonical ?? url),
            SiteName = siteName,
            Description = scan.Meta("og:description", "description", "Description", "twitter:description", "dc.description", "DC.description") ?? ld.Description,
            Section = scan.Meta("article:section", "section", "parsely-section", "sailthru.section") ?? ld.Section,
            Keywords = keywords,
            IsAccessibleForFree = free,
        };
    }

    private static string[] SplitList(string? s) =>
        string.IsNullOrWhiteSpace(s) ? [] : s.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string> FindAuthors(PageScan scan, JsonLdFacts ld, string? siteName, (int Order, int ChromeRoot) heading)
    {
        // Sources from the most to the least explicit; the first that yields people wins.
        var fromLd = AuthorNames.Clean(ld.Authors, siteName);
        if (fromLd.Count > 0)
        {
            return fromLd;
        }

        var metaAuthors = scan.MetaAll("author").Concat(LabelledTwitterData(scan)).Concat(scan.MetaAll("article:author")).Concat(scan.MetaAll("dc.creator")).Concat(scan.MetaAll("DC.creator"))
            .Concat(scan.MetaAll("dcterms.creator")).Concat(scan.MetaAll("parsely-author")).Concat(scan.MetaAll("sailthru.author")).Concat(scan.MetaAll("byl"))
            .Concat(scan.MetaAll("citation_author")).Concat(scan.MetaAll("twitter:creator:name"))
            .Where(a => !a.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        var fromMeta = AuthorNames.Clean(metaAuthors, siteName);
        if (fromMeta.Count > 0)
        {
            return fromMeta;
        }

        // Bylines outside chrome (relative to the main heading's own wrapper), the closest to the heading first.
        var bylines = scan.Bylines.Where(b => !b.InChromeApartFrom(heading.ChromeRoot))
            .OrderByDescending(b => b.Hint == "itemprop")
            .ThenBy(b => heading.Order < 0 ? b.Order : Math.Abs(b.Order - heading.Order))
            .Select(b => b.Text).ToList();
        var fromBylines = AuthorNames.Clean(bylines.Take(6), siteName);
        if (fromBylines.Count > 0)
        {
            return fromBylines;
        }

        // "By Jane Doe" / "Von Max Muster" lines, or a label ("Autor:", "By") followed by the name in the next text.
        var byText = new List<string>();
        var texts = scan.Texts;
        for (var i = 0; i < texts.Count && byText.Count < 2; i++)
        {
            var t = texts[i];
            if (t.InChromeApartFrom(heading.ChromeRoot) || t.Text.Length >= 160)
            {
                continue;
            }

            if (t.Text.Length < 80 && BylineText().IsMatch(t.Text))
            {
                byText.Add(t.Text);
            }
            else if (LabelledName().Match(t.Text) is { Success: true } labelled)
            {
                byText.Add(labelled.Groups["name"].Value);
            }
            else if (BylineLabel().IsMatch(t.Text) && i + 1 < texts.Count && texts[i + 1].Text.Length < 60 && !texts[i + 1].InChromeApartFrom(heading.ChromeRoot))
            {
                byText.Add(texts[i + 1].Text);
            }
        }

        return AuthorNames.Clean(byText, siteName);
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

        for (var i = 1; i < parts.Length && i < 3; i++)
        {
            var p = parts[i];
            if (!p.All(char.IsAsciiLetterOrDigit))
            {
                break;
            }

            tag += "-" + (p.Length == 2 ? p.ToUpperInvariant() : p.Length == 4 ? char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant() : p.ToLowerInvariant());
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

    [GeneratedRegex(@"^[\s\-–—•·*]*(?i:by|von|par|por|door|di|text:?|autor(?:in)?:|author:|written by|posted by|geschrieben von|ein beitrag von|(?:blog[- ]?)?beitrag von|eingestellt von|escrito por|publicado por|publié par|scritto da|verfasst von|erstellt von|text von|text und fotos? von|ein artikel von|reportage von|interview von)\s+\p{Lu}\p{L}+", RegexOptions.CultureInvariant, 100)]
    private static partial Regex BylineText();

    /// <summary>"Redaktion: Eberhard Fuhr", "Autorin: Jana Berg" anywhere in a short text.</summary>
    [GeneratedRegex(@"\b(?i:redaktion|autor(?:in)?|author|auteur|autore|texto?|reporter)\s*:\s*(?<name>\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3})", RegexOptions.CultureInvariant, 100)]
    private static partial Regex LabelledName();

    [GeneratedRegex(@"^[\s|•·\-–—]*(?i:by|von|par|por|door|di|text|autor(?:in)?|author|auteur|autore|written by|posted by|geschrieben von|verfasst von|ein beitrag von|escrito por|publicado por|publié par|scritto da|redakteur(?:in)?|reporter)\s*:?$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex BylineLabel();

    [GeneratedRegex(@"written by|verfasst von|geschrieben von|escrito por|écrit par|scritto da|geschreven door|author|autor|auteur", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex AuthorLabel();
}
