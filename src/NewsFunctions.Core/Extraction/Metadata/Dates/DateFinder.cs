using System.Buffers;
using System.Text.RegularExpressions;
using NewsFunctions.Extraction.Metadata.JsonLd;

namespace NewsFunctions.Extraction.Metadata.Dates;

/// <summary>Where the main heading sits, its byline zone (from just above it to where the body starts) and the
/// chrome-looking wrappers in that zone that are the article's own meta line.</summary>
internal sealed class HeadingPlace(int order, int chromeRoot, int zoneStart, int zoneEnd, HashSet<int> metaLines, string? text)
{
    public int Order { get; } = order;
    public string? Text { get; } = text;
    public int ChromeRoot { get; } = chromeRoot;
    public int ZoneStart { get; } = zoneStart;
    public int ZoneEnd { get; } = zoneEnd;

    /// <summary>Whether a fact sits in page chrome rather than in the article or its meta line.</summary>
    public bool InChrome(TextFact t) => t.InChromeApartFrom(ChromeRoot) && !metaLines.Contains(t.ChromeRoot);
}

internal readonly record struct DateResult(DateTimeOffset? Published, ValueSource PublishedSource, DateTimeOffset? Modified, ValueSource ModifiedSource);

/// <summary>
/// Finds the article's published and modified date-times, from the most explicit evidence to the least:
/// JSON-LD, meta tags, itemprop, &lt;time&gt; elements, labelled or byline-adjacent visible text near the title,
/// and finally a date in the URL. Page chrome (header, navigation, sidebars, comments) is not read, so a header's
/// "today" does not become the article's date, except where it speaks of the article itself: a lone time in a banner
/// right above the heading, or a box that repeats the heading beside a date. Every value is read through one
/// <see cref="PageClock"/>, so a date written without a zone keeps its day and time and takes the page's or the
/// source's offset; dates after the fetch (compared as instants on that clock) are rejected.
/// </summary>
internal static partial class DateFinder
{
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:article:published_time", "article:published", "datePublished", "published_time", "og:published_time",
        "publish-date", "publish_date", "publishdate", "pubdate", "publication_date", "publication-date", "parsely-pub-date", "sailthru.date",
        "dc.date.issued", "dcterms.issued", "dcterms.date", "dc.date", "dcterms.created", "dc.date.created", "citation_publication_date",
        "citation_date", "article.published", "og:pubdate", "rnews:datePublished", "article:post_date", "bt:pubDate", "pub_date",
        "date_published", "dateCreated", "date", "created", "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
        "sailthru.date", "og:regDate", "nv:date", "displaydate", "release_date",
    ];

    private static readonly string[] ModifiedMeta =
    [
        "article:modified_time", "og:article:modified_time", "og:updated_time", "dateModified", "modified_time", "article:modified",
        "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "updated_time", "parsely-updated", "article.updated", "revised",
    ];

    private static readonly string[] MachineMeta = [.. PublishedMeta, .. ModifiedMeta];

    private static readonly TimeSpan Skew = TimeSpan.FromDays(1);

    /// <summary>How much short text below the heading still belongs to its byline zone, however many pieces it comes in.</summary>
    private const int ZoneScrapChars = 600;

    public static DateResult Find(PageScan scan, JsonLdFacts ld, Uri? canonical, Uri? url, string? language, DateTimeOffset fetchedAt, string? title, TimeZoneInfo? timeZone = null)
    {
        var latest = fetchedAt + Skew;
        var clock = new PageClock(language, timeZone, () => MachineValues(scan, ld));
        var (headingOrder, headingChrome) = MainHeading(scan, title);

        // Screen-reader labels help bylines, not dates.
        var texts = scan.Texts.Where(t => t.Hint != "sr").ToList();
        var (zoneStart, zoneEnd) = Zone(texts, headingOrder, clock);
        var heading = new HeadingPlace(headingOrder, headingChrome, zoneStart, zoneEnd, MetaLines(texts, headingOrder, zoneEnd, clock, scan.CommentRoots), HeadingText(scan, texts, headingOrder));
        DateTimeOffset? Ok(DateTimeOffset? d) => d is { } v && v <= latest && v.Year >= 1995 ? v : null;

        DateTimeOffset? published = null;
        var pubSource = ValueSource.None;
        DateTimeOffset? modified = null;
        var modSource = ValueSource.None;

        // A machine date that the page never shows is not clearly the article's: evergreen pages, products, recipes
        // and "about" pages carry CMS stamps too. Only a JSON-LD news article or blog post vouches for its own date;
        // any other machine date must be visible somewhere on the page (any format, any language) or in the URL,
        // else the next candidate is tried.
        HashSet<DateOnly>? shownDays = null;
        bool Vouched(DateTimeOffset d, ValueSource source)
        {
            if (source is ValueSource.Text or ValueSource.Url || (source == ValueSource.JsonLd && ld.IsNews))
            {
                return true;
            }

            shownDays ??= ShownDays(scan, language);
            return Shown(shownDays, d, canonical, url);
        }

        void SetPublished(DateTimeOffset? d, ValueSource source)
        {
            if (published is null && Ok(d) is { } v && Vouched(v, source))
            {
                published = v;
                pubSource = source;
            }
        }

        void SetModified(DateTimeOffset? d, ValueSource source)
        {
            if (modified is null && Ok(d) is { } v)
            {
                modified = v;
                modSource = source;
            }
        }

        // 1. JSON-LD of the article.
        SetPublished(clock.Machine(ld.DatePublished), ValueSource.JsonLd);
        SetModified(clock.Machine(ld.DateModified), ValueSource.JsonLd);

        // 2. Meta tags.
        foreach (var key in PublishedMeta)
        {
            if (published is not null)
            {
                break;
            }

            foreach (var v in scan.MetaAll(key))
            {
                SetPublished(clock.Machine(v), ValueSource.Meta);
            }
        }

        foreach (var key in ModifiedMeta)
        {
            foreach (var v in scan.MetaAll(key))
            {
                SetModified(clock.Machine(v), ValueSource.Meta);
            }
        }

        // 3. Microdata on elements.
        foreach (var d in scan.DateTexts)
        {
            if (heading.InChrome(d) || !d.Hint.StartsWith("itemprop", StringComparison.Ordinal))
            {
                continue;
            }

            var machine = d.Hint.EndsWith("machine", StringComparison.Ordinal);
            var value = machine ? clock.Machine(d.Text) : clock.Text(d.Text);
            var source = machine ? ValueSource.Meta : ValueSource.Text;
            if (d.Hint.Contains("datePublished", StringComparison.OrdinalIgnoreCase) || d.Hint.Contains("dateCreated", StringComparison.OrdinalIgnoreCase))
            {
                SetPublished(value, source);
            }
            else if (d.Hint.Contains("dateModified", StringComparison.OrdinalIgnoreCase))
            {
                SetModified(value, source);
            }
        }

        // 4. <time> elements outside the page chrome: marked ones first, then the first one inside the article.
        // A banner right above the heading (kicker and time of a press release) is the article's too when its one
        // time element is the only one in it; a header's clock sits further up, beyond the zone.
        bool BannerAbove(TextFact t) => heading.ZoneStart >= 0 && t.Order >= heading.ZoneStart && t.Order < heading.Order
            && !scan.CommentRoots.Contains(t.ChromeRoot) && scan.Times.Count(o => o.ChromeRoot == t.ChromeRoot) == 1;
        var times = scan.Times.Where(t => !heading.InChrome(t) || BannerAbove(t)).ToList();
        foreach (var t in times)
        {
            var value = t.Hint.StartsWith("text", StringComparison.Ordinal) ? clock.Text(t.Text) : clock.Machine(t.Text);
            if (StrongPublishedHint().IsMatch(t.Hint))
            {
                SetPublished(value, ValueSource.TimeElement);
            }
            else if (ModifiedHint().IsMatch(t.Hint))
            {
                SetModified(value, ValueSource.TimeElement);
            }
            else if (PublishedHint().IsMatch(t.Hint))
            {
                SetPublished(value, ValueSource.TimeElement);
            }
        }

        DateTimeOffset? TimeValue(TextFact t) => t.Hint.StartsWith("text", StringComparison.Ordinal) ? clock.Text(t.Text) : clock.Machine(t.Text);
        if (published is null && times.FirstOrDefault(t => t.InArticle && !ModifiedHint().IsMatch(t.Hint) && (heading.ZoneEnd < 0 || t.Order <= heading.ZoneEnd)) is { Text: not null } first)
        {
            SetPublished(TimeValue(first), ValueSource.TimeElement);
        }

        // A page whose time elements (outside chrome, after the heading) all name the same day: that day.
        if (published is null && heading.Order >= 0)
        {
            var days = times.Where(t => t.Order > heading.Order && !ModifiedHint().IsMatch(t.Hint)).Select(TimeValue).Where(d => d is not null).ToList();
            if (days.Count > 0 && days.Select(d => d!.Value.Date).Distinct().Count() == 1)
            {
                SetPublished(days[0], ValueSource.TimeElement);
            }
        }

        // 5. Visible text: labelled dates, date-classed elements and the lines next to the main heading.
        // The page's visible date is read even when metadata gave one: when the two disagree and the visible one is
        // the metadata's modification date, the page presents itself as of that date (re-published or updated).
        DateTimeOffset? visible = null;
        DateTimeOffset? updateByHeading = null;
        var visibleFarBelow = false;
        FromText(scan, texts, clock, heading, (d, _) => visible ??= Ok(d), SetModified, true, d => updateByHeading ??= Ok(d), d =>
        {
            if (visible is null && Ok(d) is { } v)
            {
                visible = v;
                visibleFarBelow = true;
            }
        });
        if (published is null)
        {
            SetPublished(visible, ValueSource.Text);
        }
        else if (visible is { } sv && published is { } sp && sv.Date != sp.Date && SameMoment(sv, sp) is { } local)
        {
            // The page shows the metadata's moment on its own clock ("November 8, 2023 at 11:30 p.m." for
            // 2023-11-09T05:30:59Z): keep the moment, at the page's offset, so its day is the one the reader sees.
            published = local;
        }
        else if (visible is { } v && published is { } pm && v.Date != pm.Date && VisibleWins(v, modified is null ? null : LocalMidnight(modified), pm) && !ShownInZone(texts, heading, pm, clock))
        {
            published = v;
            pubSource = ValueSource.Text;
        }

        else if (visible is null && published is { } tp && modified is { } tm && tm.Date != tp.Date && scan.TitleElement is { } te
            && HasDigit(te) && clock.Text(te) is { } titled && titled.Date == tm.Date)
        {
            // The page shows no date, but its <title> carries the metadata's modification day ("... - 11/05/2022 - EL
            // PAÍS"): the page presents itself as of that update, as when the page shows the update day itself.
            published = tm;
            pubSource = ValueSource.Text;
        }

        if (published is null)
        {
            SetPublished(SignOff(texts, heading, clock) ?? NamedElsewhere(texts, heading, clock) ?? LabelledAfterBody(texts, heading, clock, scan.CommentRoots) ?? PageRevised(texts, clock, scan.CommentRoots), ValueSource.Text);
        }

        if (published is null && Ok(DescribedDate(scan, heading, clock)) is { } described)
        {
            // A meta date that needs no showing on the page: the description is nothing but the heading and this date.
            published = described;
            pubSource = ValueSource.Meta;
        }

        // 6. The URL.
        if (published is null)
        {
            SetPublished(FromUrl(canonical) ?? FromUrl(url) ?? FromUrl(MetadataReader.ResolveUrl(scan.Meta("og:url"), null)), ValueSource.Url);
        }

        // A story that shows only an update stamp next to its heading ("Updated 3:45 PM EST, Mon March 4, 2024") is
        // presented as of that time, even when its metadata keeps the first publication: the reader sees no other date.
        // Nor is a publication label far below the body ("Publiziert: 03.04.2020" closing the story) what the reader
        // sees first; on the same day, though, the first publication's moment is the more precise one.
        if (updateByHeading is { } u && (published is null || (visible is null && u > published) || (visibleFarBelow && published is { } pubFirst && u.Date > pubFirst.Date)))
        {
            // The stamp is the metadata's modification moment on the page's clock: keep the moment, at that offset.
            published = modified is { } mod && SameMoment(u, mod) is { } local ? local : u;
            pubSource = ValueSource.Text;
        }

        published = clock.WrittenWithoutZone(published) ? published : LocalMidnight(published);
        modified = clock.WrittenWithoutZone(modified) ? modified : LocalMidnight(modified);
        if (published is { } p && modified is { } m && m < p)
        {
            modified = null;
            modSource = ValueSource.None;
        }

        return new DateResult(published, pubSource, modified, modSource);
    }

    private static void FromText(PageScan scan, List<TextFact> texts, PageClock clock, HeadingPlace heading, Action<DateTimeOffset?, ValueSource> setPublished, Action<DateTimeOffset?, ValueSource> setModified, bool needPublished, Action<DateTimeOffset?> updateByHeading, Action<DateTimeOffset?> labelledBelow)
    {
        var headingOrder = heading.Order;

        // a) Labelled texts outside the chrome, from just above the main heading to well into the body (or the
        // whole page when there is no heading): "Published: 7 ene 2022 16:24 GMT", "Aktualisiert am ...".
        var from = 0;
        var to = texts.Count;
        if (headingOrder >= 0)
        {
            var at = texts.FindIndex(x => x.Order > headingOrder);
            from = Math.Max(0, (at < 0 ? texts.Count : at) - 10);
            to = Math.Min(texts.Count, from + 400);
        }

        DateTimeOffset? labelledFurther = null;
        for (var i = from; i < to; i++)
        {
            var t = texts[i];
            if (heading.InChrome(t))
            {
                continue;
            }

            // A label with its date, or a bare label whose date follows in the next texts.
            if (t.Text.Length > 40 && !HasDigit(t.Text))
            {
                continue;
            }

            if (!MayHoldDateLabel(t.Text) || DateLabel().Match(t.Text) is not { Success: true } label)
            {
                continue;
            }

            // The date follows the label in the same text or in the next short texts ("<b>Published:</b> <span>7 Jan 2022</span>").
            var tail = t.Text[(label.Index + label.Length)..];
            for (var j = i + 1; j < texts.Count && j <= i + 3 && tail.Length < 120; j++)
            {
                tail += " " + texts[j].Text;
            }

            var date = clock.Text(tail, out var at);
            if (date is null || at > 40)
            {
                continue;
            }

            if (label.Groups["mod"].Success)
            {
                setModified(date, ValueSource.Text);
                if (heading.ZoneStart >= 0 && t.Order >= heading.ZoneStart && t.Order <= heading.ZoneEnd)
                {
                    updateByHeading(date);
                }
            }
            else if (needPublished)
            {
                if (heading.ZoneStart < 0 || (t.Order >= heading.ZoneStart && t.Order <= heading.ZoneEnd))
                {
                    setPublished(date, ValueSource.Text);
                    needPublished = false;
                }
                else
                {
                    // Deeper in the body a label may date something else ("Datum: 31/08/2019" of a photo): the
                    // byline zone is read first.
                    labelledFurther ??= date;
                }
            }
        }

        if (!needPublished)
        {
            return;
        }

        FromZone(scan, texts, clock, heading, setPublished);
        labelledBelow(labelledFurther);
    }

    private static void FromZone(PageScan scan, List<TextFact> texts, PageClock clock, HeadingPlace heading, Action<DateTimeOffset?, ValueSource> setPublished)
    {

        // b) and c) only in the byline zone: from just before the main heading to where the body text starts.
        // A date further away (related posts, sidebars, "today" in a header) is not clearly the article's.
        var (zoneStart, zoneEnd) = (heading.ZoneStart, heading.ZoneEnd);
        if (zoneStart < 0)
        {
            return;
        }

        // The date nearest the heading wins; one above it counts double the distance, as a date line above the
        // heading is rarer than one below it and a header's "today" sits above.
        int Distance(int order) => order < heading.Order ? 2 * (heading.Order - order) : order - heading.Order;

        // b) Elements classed as dates/bylines.
        DateTimeOffset? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in scan.DateTexts)
        {
            if (heading.InChrome(d) || d.Hint != "class" || d.Order < zoneStart || d.Order > zoneEnd || Distance(d.Order) >= bestDistance || !HasDigit(d.Text))
            {
                continue;
            }

            // "30. März 2020, 13:15 Uhr - 19:00 Uhr": a date with a span of hours is when an event takes place.
            if ((ModifiedLabel().IsMatch(d.Text) && !PublishedLabel().IsMatch(d.Text)) || NotPublishedLabel().IsMatch(d.Text) || EventTime(d.Text))
            {
                continue;
            }

            // A wrapper around the heading and its byline: the heading's own date is what the story is about.
            var text = heading.Text is { Length: > 0 } h && d.Order <= heading.Order ? d.Text.Replace(h, " ", StringComparison.Ordinal) : d.Text;
            if (clock.Text(text) is { } v)
            {
                best = v;
                bestDistance = Distance(d.Order);
            }
        }

        if (best is not null)
        {
            setPublished(best, ValueSource.Text);
            return;
        }

        // c) The short lines of the zone. A date inside the heading itself ("Results of 19.5.2007") is what the
        // story is about, so a date line elsewhere in the zone comes first.
        DateTimeOffset? inHeading = null;
        for (var i = 0; i < texts.Count; i++)
        {
            var t = texts[i];
            if (t.Order > zoneEnd || (t.Order > heading.Order && Distance(t.Order) >= bestDistance))
            {
                // Lines further below are further from the heading.
                break;
            }

            if (t.Order < zoneStart || Distance(t.Order) >= bestDistance || !HasDigit(t.Text) || heading.InChrome(t) || ModifiedLabel().IsMatch(t.Text))
            {
                continue;
            }

            // A short line, or a dateline opening the first paragraph ("01.02.2022 – Der Arbeitsmarkt ...").
            var line = t.Text.Length <= 160 ? t.Text : t.Text[..40];
            if (clock.Text(line, out var at) is not { } v || (t.Text.Length > 160 && at > 12))
            {
                continue;
            }

            // "Registriert: 18.09.2008" under a forum post's author is the member's, not the post's; "© Kurt Wessolek,
            // 31.05.2013" under a picture is when the photo was taken.
            if (NotPublishedLabel().IsMatch(t.Text) || PictureCredit().IsMatch(t.Text) || (i > 0 && texts[i - 1].Text.Length < 40 && NotPublishedLabel().IsMatch(texts[i - 1].Text)) || EventTime(line))
            {
                continue;
            }

            if (heading.Text is { } h && t.Order > heading.Order && t.Order <= heading.Order + 20 && h.Contains(t.Text, StringComparison.Ordinal))
            {
                inHeading ??= v;
                continue;
            }

            best = v;
            bestDistance = Distance(t.Order);
        }

        setPublished(best ?? inHeading, ValueSource.Text);
    }

    /// <summary>
    /// A date alone on the article's last line, under the writer's name ("Benni / 10. September 2017"): a letter or a
    /// post signed off with its date. Only the last text before the page's footer chrome counts.
    /// </summary>
    private static DateTimeOffset? SignOff(List<TextFact> texts, HeadingPlace heading, PageClock clock)
    {
        if (heading.Order < 0)
        {
            return null;
        }

        for (var i = texts.Count - 1; i >= 0 && texts[i].Order > heading.Order; i--)
        {
            var t = texts[i];
            if (heading.InChrome(t))
            {
                continue;
            }

            if (t.Text.Length > 30 || clock.Text(t.Text, out var at) is not { } d || at > 2)
            {
                return null;
            }

            // A list of posts ends with a date too, but shows one on every item.
            var seen = 0;
            for (var j = i - 1; j >= 0 && seen < 8 && texts[j].Order > heading.Order; j--)
            {
                if (heading.InChrome(texts[j]))
                {
                    continue;
                }

                seen++;
                if (HasDigit(texts[j].Text) && clock.Text(texts[j].Text) is not null)
                {
                    return null;
                }
            }

            return d;
        }

        return null;
    }

    /// <summary>
    /// A meta description that is the heading followed by nothing but a date ("ORSO MARSICANO: 2019 UN ANNO DA RECORD
    /// (Notizia del 14 Gennaio 2020)"): the site states the article's date there rather than on the page.
    /// </summary>
    private static DateTimeOffset? DescribedDate(PageScan scan, HeadingPlace heading, PageClock clock)
    {
        if (heading.Text is not { Length: >= 12 } h || scan.Meta("description", "og:description") is not { } description
            || !description.StartsWith(h, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = description[h.Length..];
        return rest.Length <= 50 && clock.Text(rest, out var at) is { } date && at <= 20 ? date : null;
    }

    /// <summary>
    /// The article's own date line set after its text instead of under its heading ("Erschienen am 26. Jan 2022 im
    /// Format Aktuelles" closing the page), in a box the chrome rules skip: a publication label with its date, opening
    /// within a few texts of the last paragraph before it, and the only publication label after the heading. A list
    /// of related stories labels every item, so shows the label more than once.
    /// </summary>
    private static DateTimeOffset? LabelledAfterBody(List<TextFact> texts, HeadingPlace heading, PageClock clock, HashSet<int> commentRoots)
    {
        if (heading.Order < 0)
        {
            return null;
        }

        var label = -1;
        var paragraph = -1;
        var paragraphBeforeLabel = -1;
        for (var i = 0; i < texts.Count; i++)
        {
            var t = texts[i];
            if (t.Order <= heading.Order || commentRoots.Contains(t.ChromeRoot))
            {
                continue;
            }

            if (t.Text.Length > 100 && !heading.InChrome(t))
            {
                paragraph = i;
            }
            else if (t.Text.Length <= 60 && PublishedLabel().IsMatch(t.Text))
            {
                if (label >= 0)
                {
                    return null;
                }

                label = i;
                paragraphBeforeLabel = paragraph;
            }
        }

        if (label < 0 || paragraphBeforeLabel < 0 || label - paragraphBeforeLabel > 4 || NotPublishedLabel().IsMatch(texts[label].Text))
        {
            return null;
        }

        var match = PublishedLabel().Match(texts[label].Text);
        var tail = texts[label].Text[(match.Index + match.Length)..];
        for (var j = label + 1; j < texts.Count && j <= label + 3 && tail.Length < 120; j++)
        {
            tail += " " + texts[j].Text;
        }

        return clock.Text(tail, out var at) is { } date && at <= 40 && !EventTime(tail) ? date : null;
    }

    /// <summary>
    /// The page's own statement of its last revision ("Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr
    /// geändert.", "This page was last edited on 3 May 2021"), as wikis close every page: when nothing else dates the
    /// page, it is as of that revision. Only the statement about the page itself counts, not an item's "last modified".
    /// </summary>
    private static DateTimeOffset? PageRevised(List<TextFact> texts, PageClock clock, HashSet<int> commentRoots)
    {
        foreach (var t in texts)
        {
            if (t.Text.Length > 160 || commentRoots.Contains(t.ChromeRoot) || PageRevisedLabel().Match(t.Text) is not { Success: true } label)
            {
                continue;
            }

            var tail = t.Text[(label.Index + label.Length)..];
            if (clock.Text(tail, out var at) is { } date && at <= 12)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The date beside the article's own heading repeated in a box elsewhere on the page: a list of latest stories
    /// that includes this one ("10.11.2021 / Menschenrechte achten"), or an "about this article" box ("Literatur und
    /// Animated Typography / wurde am / 19. Mai 2010"). Only the texts next to the repeated heading, in its box, count;
    /// a repeat in the running text ("based on the article Essen-Westviertel (as of 15.11.2008)") is a citation.
    /// </summary>
    private static DateTimeOffset? NamedElsewhere(List<TextFact> texts, HeadingPlace heading, PageClock clock)
    {
        if (heading.Text is not { Length: >= 12 } h)
        {
            return null;
        }

        var folded = TitleChooser.Fold(h);
        for (var i = 0; i < texts.Count; i++)
        {
            var t = texts[i];
            if (t.ChromeRoot == 0 || t.ChromeRoot == heading.ChromeRoot || t.Text.Length != h.Length || TitleChooser.Fold(t.Text) != folded)
            {
                continue;
            }

            foreach (var j in (int[])[i - 1, i + 1, i - 2, i + 2])
            {
                if (j < 0 || j >= texts.Count || texts[j].ChromeRoot != t.ChromeRoot || texts[j].Text.Length > 60 || !HasDigit(texts[j].Text))
                {
                    continue;
                }

                if (clock.Text(texts[j].Text, out var at) is { } d && at <= 12 && !NotPublishedLabel().IsMatch(texts[j].Text) && !EventTime(texts[j].Text))
                {
                    return d;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Chrome-looking wrappers that are the article's own meta line ("af-no-social-network" info bar, an item's
    /// "footer" holding its date): opened right after the main heading, before any body text, and showing one day
    /// only. A "recent posts" box or a sidebar shows several days, or comes after the body has begun.
    /// </summary>
    private static HashSet<int> MetaLines(List<TextFact> texts, int headingOrder, int zoneEnd, PageClock clock, HashSet<int> commentRoots)
    {
        var lines = new HashSet<int>();
        if (headingOrder < 0)
        {
            return lines;
        }

        var at = texts.FindIndex(x => x.Order > headingOrder);
        var days = new Dictionary<int, (DateOnly Day, bool Several)>();
        var paragraphs = 0;
        for (var i = at; i >= 0 && i < texts.Count && texts[i].Order <= zoneEnd; i++)
        {
            var t = texts[i];
            if (t.ChromeRoot == 0 || t.ChromeRoot < headingOrder)
            {
                if (t.Text.Length > 100 && ++paragraphs == 2)
                {
                    // The body has begun (past a standfirst): chrome from here on is not the heading's meta line.
                    break;
                }

                continue;
            }

            if (commentRoots.Contains(t.ChromeRoot))
            {
                continue;
            }

            if (!HasDigit(t.Text) || clock.Text(t.Text) is not { } d)
            {
                days.TryAdd(t.ChromeRoot, (default, false));
                continue;
            }

            var day = DateOnly.FromDateTime(d.Date);
            days[t.ChromeRoot] = days.TryGetValue(t.ChromeRoot, out var seen) && seen.Day != default && seen.Day != day ? (seen.Day, true) : (day, seen.Several);
        }

        foreach (var (root, (day, several)) in days)
        {
            if (day != default && !several)
            {
                lines.Add(root);
            }
        }

        return lines;
    }

    private static string? HeadingText(PageScan scan, List<TextFact> texts, int headingOrder)
    {
        if (headingOrder < 0)
        {
            return null;
        }

        foreach (var h in scan.Headings)
        {
            if (h.Order == headingOrder)
            {
                return h.Text;
            }
        }

        return texts.Find(t => t.Order == headingOrder).Text;
    }

    /// <summary>Document-order bounds of the byline zone around the main heading, or (-1, -1) without a heading.</summary>
    private static (int Start, int End) Zone(List<TextFact> texts, int headingOrder, PageClock clock)
    {
        if (headingOrder < 0)
        {
            return (-1, -1);
        }

        var at = texts.FindIndex(x => x.Order > headingOrder);
        if (at < 0)
        {
            return (-1, -1);
        }

        // Up to eight short lines above the heading (kicker, date line, labels), stopping at anything long.
        var first = at;
        while (first > 0 && at - first < 8 && texts[first - 1].Text.Length < 100)
        {
            first--;
        }

        var start = texts[first].Order;
        var end = texts[at].Order;
        // Fifteen texts, or more when they are scraps (rating stars, icon glyphs, "1 Beitrag", "Prep 15 min") and no
        // date has shown yet: a forum post's or a recipe's date line sits below a band of such widgets.
        var paragraphs = 0;
        var chars = 0;
        var dated = false;
        for (var i = at; i < texts.Count && (i < at + 15 || (chars < ZoneScrapChars && !dated)) && i < at + 60; i++)
        {
            end = texts[i].Order;
            chars += texts[i].Text.Length <= 200 ? texts[i].Text.Length : 0;
            dated = dated || (HasDigit(texts[i].Text) && clock.Text(texts[i].Text) is not null
                && !NotPublishedLabel().IsMatch(texts[i].Text) && (i == 0 || !NotPublishedLabel().IsMatch(texts[i - 1].Text)));
            if (texts[i].Text.Length > 200 && ++paragraphs == 2)
            {
                // The body has begun; the first long text may be the standfirst, with the byline below it.
                break;
            }
        }

        return (Math.Min(start, headingOrder), end);
    }

    /// <summary>Order and chrome root of the main heading: the heading that repeats the title, else the first h1.</summary>
    internal static (int Order, int ChromeRoot) MainHeading(PageScan scan, string? title)
    {
        var h1s = scan.Headings.Where(h => h.Hint == "h1").OrderBy(h => h.InChrome).ToList();
        if (title is not null)
        {
            var folded = TitleChooser.Fold(title);
            foreach (var h in scan.Headings)
            {
                if (TitleChooser.Fold(h.Text) == folded)
                {
                    return (h.Order, h.ChromeRoot);
                }
            }

            // The same words with inline markup or soft hyphens in between ("Frauen im <abbr>THW</abbr>: ..."), or a
            // heading that adds a date or kicker to the title ("27.01.2022MineralölINFO November 2021").
            var bare = Bare(folded);
            if (bare.Length >= 12)
            {
                foreach (var h in scan.Headings)
                {
                    if (Bare(TitleChooser.Fold(h.Text)).Contains(bare, StringComparison.Ordinal))
                    {
                        return (h.Order, h.ChromeRoot);
                    }
                }
            }
        }

        if (h1s.Count > 0)
        {
            return (h1s[0].Order, h1s[0].ChromeRoot);
        }

        // No usable heading: the first visible text that repeats the title stands in for it.
        if (title is not null)
        {
            var folded = TitleChooser.Fold(title);
            foreach (var t in scan.Texts)
            {
                if (t.Text.Length >= 8 && Math.Abs(t.Text.Length - title.Length) <= 10 && TitleChooser.Fold(t.Text) == folded)
                {
                    return (t.Order, t.ChromeRoot);
                }
            }
        }

        // Nor anything that repeats it (the <title> names a section, "site | Gaspreise"): the line right above the
        // article's byline ("Von Leonora Holling", "By Jane Doe"), with the body opening right below it, is the heading.
        for (var i = 1; i + 1 < scan.Texts.Count; i++)
        {
            var (above, byline, below) = (scan.Texts[i - 1], scan.Texts[i], scan.Texts[i + 1]);
            if (byline.Text.Length <= 60 && below.Text.Length > 100 && !above.InChrome && !byline.InChrome && !below.InChrome
                && above.Text.Length is >= 12 and <= 200 && above.Text.Contains(' ', StringComparison.Ordinal) && NameByline().IsMatch(byline.Text))
            {
                return (above.Order, above.ChromeRoot);
            }
        }

        return (-1, 0);
    }

    private static string Bare(string folded)
    {
        var b = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c != '\u00AD')
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>
    /// Whether the visible date should replace the metadata's: when it is the metadata's modification day (the page
    /// presents itself as of its update), or within three days of it (the metadata is in another time zone or was
    /// stamped when the story was scheduled rather than shown). Further apart, the visible one is more likely another story's.
    /// </summary>
    private static bool VisibleWins(DateTimeOffset visible, DateTimeOffset? modified, DateTimeOffset published) =>
        (modified is { } m && m.Date == visible.Date) || Math.Abs((visible.Date - published.Date).TotalDays) <= 3;

    /// <summary>
    /// The metadata's moment at the offset that makes it read as the visible wall-clock time, when the two differ by
    /// a whole number of quarter hours within a time zone's range; null when the visible date has no time of day.
    /// </summary>
    internal static DateTimeOffset? SameMoment(DateTimeOffset visible, DateTimeOffset metadata)
    {
        if (visible.TimeOfDay == TimeSpan.Zero)
        {
            return null;
        }

        var wall = visible.DateTime;
        var utc = metadata.UtcDateTime;
        var diff = new DateTime(wall.Year, wall.Month, wall.Day, wall.Hour, wall.Minute, 0) - new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0);
        return Math.Abs(diff.TotalHours) <= 14 && diff.Ticks % TimeSpan.FromMinutes(15).Ticks == 0 ? metadata.ToOffset(diff) : null;
    }

    /// <summary>
    /// Whether the metadata's published day is itself shown in the byline zone: then the other visible date there
    /// is an update stamp ("2018-08-29 14:15:57 · 22.06.2018 10:20"), and the metadata stands.
    /// </summary>
    private static bool ShownInZone(List<TextFact> texts, HeadingPlace heading, DateTimeOffset published, PageClock clock)
    {
        if (heading.ZoneStart < 0)
        {
            return false;
        }

        var zone = new System.Text.StringBuilder();
        foreach (var t in texts)
        {
            if (t.Order > heading.ZoneEnd)
            {
                break;
            }

            if (t.Order >= heading.ZoneStart && !heading.InChrome(t) && HasDigit(t.Text))
            {
                zone.Append(t.Text.Length <= 160 ? t.Text : t.Text[..40]).Append(" | ");
            }
        }

        var days = DateParser.AllDays(zone.ToString(), clock.Language);
        return days.Contains(DateOnly.FromDateTime(published.Date)) || days.Contains(DateOnly.FromDateTime(LocalMidnight(published)!.Value.Date));
    }

    /// <summary>
    /// A UTC time on the full hour in the afternoon or evening ("2022-11-06T23:00:00Z") is how many systems store a
    /// local midnight east of Greenwich: the date meant is the next day, at the offset that makes it midnight.
    /// </summary>
    internal static DateTimeOffset? LocalMidnight(DateTimeOffset? value)
    {
        if (value is not { } v || v.Offset != TimeSpan.Zero || v.Minute != 0 || v.Second != 0 || v.Millisecond != 0 || v.Hour < 15)
        {
            return value;
        }

        return v.ToOffset(TimeSpan.FromHours(24 - v.Hour));
    }

    /// <summary>The page's machine dates, most telling first, for the offset a zone-less date of the page takes.</summary>
    private static IEnumerable<string?> MachineValues(PageScan scan, JsonLdFacts ld)
    {
        yield return ld.DatePublished;
        yield return ld.DateModified;
        foreach (var key in MachineMeta)
        {
            foreach (var v in scan.MetaAll(key))
            {
                yield return v;
            }
        }

        foreach (var d in scan.DateTexts)
        {
            if (d.Hint.StartsWith("itemprop", StringComparison.Ordinal) && d.Hint.EndsWith("machine", StringComparison.Ordinal))
            {
                yield return d.Text;
            }
        }

        foreach (var t in scan.Times)
        {
            if (!t.Hint.StartsWith("text", StringComparison.Ordinal))
            {
                yield return t.Text;
            }
        }
    }

    private static HashSet<DateOnly> ShownDays(PageScan scan, string? language)
    {
        // The page's digit texts can run to hundreds of kilobytes: read them where they are rather than copying them
        // into one string with the time elements (two more large-object allocations on every page).
        var days = DateParser.AllDays(scan.TextWithDigits, language);
        var times = new System.Text.StringBuilder();
        foreach (var t in scan.Times)
        {
            // A time element is shown to the reader; its machine value stands for what it displays.
            if (!t.InChrome)
            {
                times.Append(t.Text).Append(" | ");
            }
        }

        if (times.Length > 0)
        {
            days.UnionWith(DateParser.AllDays(times.ToString(), language));
        }

        return days;
    }

    private static bool Shown(HashSet<DateOnly> shown, DateTimeOffset stamp, Uri? canonical, Uri? url)
    {
        var local = LocalMidnight(stamp)!.Value;
        DateOnly[] accept =
        [
            DateOnly.FromDateTime(stamp.Date), DateOnly.FromDateTime(local.Date),
            DateOnly.FromDateTime(stamp.UtcDateTime.Date), DateOnly.FromDateTime(stamp.Date.AddDays(1)), DateOnly.FromDateTime(stamp.Date.AddDays(-1)),
        ];
        foreach (var u in (Uri?[])[canonical, url])
        {
            if (FromUrl(u) is { } fromUrl && accept.Contains(DateOnly.FromDateTime(fromUrl.Date)))
            {
                return true;
            }

            // A permalink with the year and month only ("/2019/10/new-balance-fuelcell/") is the publication month.
            if (u is not null && UrlMonth().Match(u.AbsolutePath) is { Success: true } month
                && int.Parse(month.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) == stamp.Year
                && int.Parse(month.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) == stamp.Month)
            {
                return true;
            }
        }

        return accept.Any(shown.Contains);
    }

    internal static DateTimeOffset? FromUrl(Uri? url)
    {
        if (url is null)
        {
            return null;
        }

        var m = UrlDate().Match(url.AbsolutePath);
        if (!m.Success)
        {
            // Day first with a four-digit year ("/meldungen/29-10-2021"), as European CMSs write their slugs.
            m = UrlDayFirst().Match(url.AbsolutePath);
            if (!m.Success)
            {
                return null;
            }
        }

        var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero) : null;
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d\d)[/_.-](?<m>[01]?\d)[/_.-](?<d>[0-3]?\d)(?!\d)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)/(?<m>0[1-9]|1[0-2])/(?!\d)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex UrlMonth();

    [GeneratedRegex(@"(?<![\d.])(?<d>[0-3]\d)[-_.](?<m>[01]\d)[-_.](?<y>(?:19|20)\d\d)(?![\d])", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex UrlDayFirst();

    [GeneratedRegex(@"^(?i:by|von|por|par|door|di)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NameByline();

    [GeneratedRegex(@"\b(?:this page was last (?:edited|modified|updated|changed)(?: on)?|diese seite wurde zuletzt(?: am)?|cette page a été modifiée pour la dernière fois(?: le)?|esta página (?:se editó|fue editada|fue modificada) por última vez(?: el)?|questa pagina è stata modificata per l'ultima volta(?: il)?|deze pagina is het laatst (?:bewerkt|gewijzigd)(?: op)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PageRevisedLabel();

    [GeneratedRegex(@"modif|updat|aktualis|revis|edited|lastmod", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ModifiedHint();

    [GeneratedRegex(@"publi|pubdate|created|posted", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex StrongPublishedHint();

    [GeneratedRegex(@"publi|pubdate|datepublished|created|posted|entry-date|post-date|article-date|date", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PublishedHint();

    private static bool HasDigit(string s) => s.AsSpan().ContainsAnyInRange('0', '9');

    /// <summary>
    /// Pieces of which every <see cref="DateLabel"/> word holds one, ignoring case. The regex's first-character search
    /// stops at nearly every letter of a text, and it runs over hundreds of texts a page, most of them with no label:
    /// one vectorised search of these rules them out first. The pieces are ASCII and written to cover the accented
    /// words too ("ndert" for "geändert", " jour" for "mis à jour", "crit" for "écrit").
    /// </summary>
    private static readonly SearchValues<string> DateLabelPieces = SearchValues.Create(
        [
            "date", "modified", "aktualisiert", "ndert", "actualiza", " jour", "atualiza", "aggiorna", "bijgewerkt", "gewijzigd",
            "publi", "posted", "ffentlicht", "erschienen", "erstellt", "datum", "fecha", "pubblica", "geplaatst", "postado", "written",
            "submitted", "geschrieben", "verfasst", "gespeichert", "gepostet", "eingestellt", "crit",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Letters that the regex's case-insensitive matching takes for an ASCII letter and an ordinal comparison does not
    /// (Kelvin sign, long s, dotted and dotless i): a text with one is left to the regex.
    /// </summary>
    private static readonly SearchValues<char> FoldedLetters = SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>False only when <see cref="DateLabel"/> cannot match the text.</summary>
    internal static bool MayHoldDateLabel(string text) =>
        text.AsSpan().ContainsAny(DateLabelPieces) || text.AsSpan().ContainsAny(FoldedLetters);

    [GeneratedRegex(@"(?<mod>\b(?:updated|last updated|modified|aktualisiert|zuletzt aktualisiert|geändert|actualizado|actualizada|actualización|mis à jour|mise à jour|atualizado|atualizada|aggiornato|aggiornamento|bijgewerkt|gewijzigd|laatst bijgewerkt)\b)|\b(?:published|posted|publication|veröffentlicht|publiziert|erschienen|erstellt|datum|publicado|publicada|fecha|publié|publiée|publication|pubblicato|pubblicata|gepubliceerd|geplaatst|postado|written|submitted|geschrieben|verfasst|gespeichert|gepostet|eingestellt|escrito|écrit|scritto)\b|^\s*date\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    internal static partial Regex DateLabel();

    [GeneratedRegex(@"\b(?:updated|last updated|modified|aktualisiert|geändert|actualizado|actualizada|mis à jour|mise à jour|atualizado|aggiornato|bijgewerkt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ModifiedLabel();

    [GeneratedRegex(@"\b(?:regist(?:ered|riert|rado|rato)|joined|member since|mitglied seit|dabei seit|inscrit|iscritto|geboren|born|deadline|anmeldeschluss|bewerbungsschluss|einsendeschluss|date limite|fecha límite|scadenza|gültig bis|valid until|expires)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NotPublishedLabel();

    [GeneratedRegex(@"^\W*(?:©|\(c\)|copyright\b|(?:foto|photo|bild|image|picture|credit|fotografía|imagen)s?\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PictureCredit();

    [GeneratedRegex(@"(?<![\d:.])[0-2]?\d[:.h][0-5]\d\s*(?:uhr|h|[ap]\.?m\.?)?\s*(?:-|–|—|bis|to|until|à|a|al|hasta)\s*[0-2]?\d[:.h][0-5]\d(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex HoursSpan();

    /// <summary>
    /// When something takes place rather than when it was written: a span of hours ("13:15 Uhr - 19:00 Uhr") or an
    /// opening hour ("am Mi. 5. Februar 2020 ab 19 Uhr", "from 7 pm"). A publication stamp gives the time it was
    /// posted ("um 19:22 Uhr", "at 7:22 pm"), never one it starts from.
    /// </summary>
    private static bool EventTime(string text) => HoursSpan().IsMatch(text) || StartingHour().IsMatch(text);

    [GeneratedRegex(@"\b(?:ab|from|starting at|à partir de|a partir de las|dalle)\s+[0-2]?\d(?:[:.h][0-5]\d)?\s*(?:uhr|h\b|[ap]\.?m\b\.?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex StartingHour();

    [GeneratedRegex(@"\b(?:published|posted|veröffentlicht|publiziert|erschienen|publicado|publicada|publié|publiée|pubblicato|gepubliceerd|geplaatst)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PublishedLabel();
}
