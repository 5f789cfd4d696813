using System.Collections.Frozen;

namespace NewsFunctions.Extraction.Content;

/// <summary>
/// Generic words that mark page furniture (navigation, sharing, comments, ads, captions) or article content
/// in tag names, class/id tokens, roles and short text. Nothing here names a site.
/// </summary>
internal static class BoilerplateVocabulary
{
    /// <summary>Elements whose whole subtree is never article prose.</summary>
    public static readonly FrozenSet<string> PrunedTags = new[]
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "nav", "button", "select", "input", "textarea", "label", "option", "menu",
        "figure", "figcaption", "picture", "img", "map", "dialog", "title", "meta", "link", "math",

        // Ruby annotations: the reading of the word before them (Japanese furigana), not words of the sentence.
        "rt", "rp",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Furniture elements that broken pages sometimes leave open around the article: dropped unless they hold most of the prose.</summary>
    public static readonly FrozenSet<string> SoftTags = new[] { "header", "footer", "aside", "head" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that start a new paragraph.</summary>
    public static readonly FrozenSet<string> BlockTags = new[]
    {
        "html", "body", "address", "article", "blockquote", "center", "dd", "details", "dir", "div", "dl", "dt",
        "fieldset", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre",
        "section", "summary", "header", "footer", "aside", "head", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "legend",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="PrunedTags"/>, <see cref="SoftTags"/> and <see cref="BlockTags"/> in one table: the body walk asks all
    /// three of every element, and one lookup hashes the name once.
    /// </summary>
    private static readonly FrozenDictionary<string, TagKind> TagKinds = PrunedTags.Select(t => (t, TagKind.Pruned))
        .Concat(SoftTags.Select(t => (t, TagKind.Soft)))
        .Concat(BlockTags.Select(t => (t, TagKind.Block)))
        .GroupBy(p => p.t, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Aggregate(TagKind.None, (kind, p) => kind | p.Item2), StringComparer.Ordinal);

    public static TagKind TagKindOf(string name) => TagKinds.GetValueOrDefault(name);

    /// <summary>ARIA roles of page furniture.</summary>
    public static readonly FrozenSet<string> PrunedRoles = new[]
    {
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog",
        "search", "toolbar", "tablist", "button", "img", "figure", "note", "doc-pagelist",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Stems that mark furniture wherever they appear inside a class/id token.</summary>
    public static readonly string[] NegativeStems =
    [
        "comment", "related", "share", "sharing", "social", "newsletter", "sidebar", "footer", "breadcrumb",
        "cookie", "consent", "gdpr", "subscri", "signup", "promo", "advert", "sponsor", "outbrain", "taboola",
        "recommend", "popup", "modal", "banner", "masthead", "navbar", "navigation", "widget", "byline",
        "caption", "credit", "author", "dateline", "timestamp", "toolbar", "pagination", "pager", "popular",
        "trending", "readmore", "seealso", "moreon", "morestories", "follow", "header", "disqus", "login",
        "overlay", "teaser", "carousel", "slider", "rating", "reaction", "tagcloud", "taglist", "keyword",
        "skiplink", "jumplink", "placeholder", "infobox", "inline-list", "lightbox", "print", "sr-only", "visually-hidden", "tooltip",
        "more-on", "see-also", "read-more", "more-stories", "metadata", "news-letter",
        // Comments and reader reactions in other languages ("comment" already covers commentaire(s), commento/commenti).
        "comentar", "komment", "komentar", "reactie", "yorum", "kommentaar",
        // Ad slots in other languages.
        "publicidad", "publicidade", "pubblicita", "publicite", "werbung", "reklam",
    ];

    /// <summary>Whole tokens that mark furniture (too short or too common to match as stems).</summary>
    public static readonly HashSet<string> NegativeTokens = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "adbox", "adslot", "adunit", "adsense", "dfp", "nav", "menu", "meta", "tags", "tag",
        "date", "time", "extra", "rail", "aside", "sr", "share", "links", "more", "next", "prev", "topics",
        "subnav", "kicker", "eyebrow", "dek", "byl", "hide", "invisible", "visually", "offscreen",
        "complementary", "masthead", "alert", "notice", "related", "gallery", "thumb", "thumbnail", "flyout",
        "dropdown", "search",

        // A paper's or essay's list of cited works: sources for the text, not part of it.
        "references", "bibliography",
    };

    /// <summary>Stems that mark the article content itself.</summary>
    public static readonly string[] PositiveStems =
    [
        "article", "body", "content", "entry", "main", "post", "story", "text", "prose", "blog", "paragraph",
    ];

    /// <summary>Stems that would otherwise match a negative stem but mean content.</summary>
    public static readonly string[] NegativeExceptions =
    [
        "commentary", "biography", "author-content", "header-body", "shared-content",
    ];

    /// <summary>Class/id stems of an article's header and its standfirst ("article-header", "teaser-text", "entry-excerpt").</summary>
    private static readonly string[] LeadStems =
    [
        "header", "head", "teaser", "intro", "lead", "excerpt", "dek", "summary", "abstract", "standfirst", "subtitle",
        "subline", "description", "chapo", "vorspann", "sommario",
    ];

    public static bool IsLeadClass(string value)
    {
        var lowered = value.ToLowerInvariant();
        foreach (var stem in LeadStems)
        {
            if (lowered.Contains(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case beginnings of short paragraphs that are links, prompts or credits, in several languages.</summary>
    public static readonly string[] BoilerplatePrefixes =
    [
        "see also", "read more", "read also", "also read", "read next", "related:", "related articles",
        "related stories", "related posts", "related content", "more from", "more on this", "more:", "recommended",
        "click here", "sign up", "subscribe", "follow us", "follow me", "share this", "share on", "share:",
        "advertisement", "advertising", "sponsored", "photo:", "photos:", "image:", "picture:", "credit:",
        "source:", "photograph:", "photography:", "illustration:", "getty images", "©", "(c)", "copyright", "all rights reserved", "published:", "updated:",
        "posted:", "last updated", "first published", "published on", "updated on", "posted on", "posted by",
        "watch:", "listen:", "video:", "lea también", "lee también", "leer más", "lea más", "ver también",
        "te puede interesar", "leia também", "leia mais", "veja também", "mehr zum thema", "lesen sie auch",
        "lesen sie mehr", "auch interessant", "weiterlesen", "weitere artikel", "mehr dazu", "foto:", "bild:",
        "quelle:", "veröffentlicht:", "veröffentlicht am", "veröffentlicht in", "aktualisiert:", "aktualisiert am", "zuletzt aktualisiert",
        "publicado:", "publicado el", "publicado en", "publicado por", "publicada el", "actualizado:", "actualizado el", "actualizado a las",
        "atualizado:", "atualizado em", "publicado em", "lire aussi",
        "à lire aussi", "voir aussi", "lire la suite", "publié le", "mis à jour", "leggi anche", "vedi anche",
        "leggi di più", "fonte:", "lees ook", "lees meer", "lees verder", "bekijk ook",
        "meer over dit onderwerp", "gerelateerde artikelen", "gerelateerd:", "bron:",
        "deel dit artikel", "deel dit bericht", "abonneer", "читайте также", "см. также", "читать далее", "подробнее", "фото:", "also on",
        "this story has been shared", "tags:", "filed under", "topics:", "categories:", "comments",
        "leave a comment", "leave a reply", "add a comment", "you may also like", "you might also like",
        "don't miss", "trending", "most read", "most popular", "newsletter", "get our", "join our",
        "download our", "like us on", "follow @", "tweet", "email this", "print this",
        "publicidad", "publicidade", "pubblicità", "publicité", "anzeige", "werbung", "реклама", "advertentie",
        "this entry was posted", "dieser eintrag wurde", "der beitrag wurde am", "erstellt am", "last modified",
        "release date:", "seite teilen", "artikel teilen", "möchten sie den artikel teilen", "mehr themen",
        "weiterführende links", "weiterführender link", "das könnte dich auch interessieren",
        "das thema könnte dich auch interessieren", "das könnte sie auch interessieren", "über den autor",
        "about the author", "sobre el autor", "à propos de l'auteur", "table of contents", "inhaltsverzeichnis",
        "índice de contenidos", "sommaire", "permalink", "permalien", "never miss", "for the latest stories",
        "we want to hear what you think", "crédits photos", "crédit photo", "bildquelle", "quellen ausblenden",
        "suscríbete", "suscribete", "hazte miembro", "hazte socio", "abonnez-vous", "abonnieren sie", "jetzt abonnieren",
        "abonniere", "iscriviti", "abbonati", "assine", "inscreva-se", "zapraszamy do subskrypcji", "подпишитесь",
        "become a member", "become a subscriber", "support our journalism",
        "síguenos", "siguenos", "folgen sie uns", "folge uns", "suivez-nous", "seguici", "siga-nos", "volg ons",
    ];

    /// <summary>Prefixes above that are nouns naming a slot, and open ordinary sentences too ("Advertising revenue fell ...").</summary>
    public static readonly string[] LabelNouns =
    [
        "advertisement", "advertising", "recommended", "trending", "newsletter", "comments", "publicidad",
        "publicidade", "pubblicità", "publicité", "anzeige", "werbung", "реклама", "advertentie",
    ];

    /// <summary>Social networks: a short "Follow ... on ..." line naming one is a prompt.</summary>
    public static readonly string[] SocialNetworks =
    [
        "twitter", "instagram", "facebook", "tiktok", "youtube", "linkedin", "telegram", "whatsapp", "threads", "bluesky", "mastodon",
    ];

    /// <summary>Lower-case words for a channel or account on a network, in several languages ("canal de Telegram", "Telegram-Kanal").</summary>
    public static readonly string[] ChannelWords = ["channel", "canal", "kanal", "chaîne", "kanał"];

    /// <summary>Lower-case words by which a site speaks of its own channel or invites the reader to join it: with a network
    /// and a channel word they make a plug ("¡Mira lo que tiene nuestro canal de YouTube!", "Join our Telegram channel").</summary>
    public static readonly string[] OwnChannelWords =
    [
        "our ", "join ", "nuestro ", "nuestra ", "tenemos ", "únete", "unete", "suscríbete", "unser", "notre ", "rejoignez",
        "nosso ", "nossa ", "il nostro ", "iscriviti", "nasz ", "dołącz",
    ];

    /// <summary>Lower-case stems of subscribing, in several languages.</summary>
    public static readonly string[] SubscribeStems = ["subscri", "suscri", "abonn", "assina", "abbona", "subskryp"];

    /// <summary>Lower-case words of a paywall notice besides its subscribe word: what the reader misses or how a subscriber
    /// gets in ("To view the full story, please subscribe", "already a subscriber? Log in").</summary>
    public static readonly string[] PaywallWords =
    [
        "full story", "full article", "rest of this article", "rest of the article", "continue reading", "keep reading",
        "already a subscriber", "log in", "sign in", "seguir leyendo", "continuar leyendo", "inicia sesión", "ya eres suscriptor",
        "weiterlesen", "bereits abonnent", "lire la suite", "déjà abonné", "continuar lendo", "já é assinante", "continua a leggere",
    ];

    /// <summary>Lower-case words of photo agencies and stock libraries: a short block holding one is a credit line.</summary>
    public static readonly string[] CreditMarkers =
    [
        "getty images", "/ afp", "afp /", "afp/", "/afp", "/ reuters", "reuters /", "/ dpa", "dpa /", "picture alliance",
        "picture-alliance", "shutterstock", "istockphoto", "/ ap photo", "ap photo/", "imago images", "bestimage", "/ epa", "epa /",
    ];

    /// <summary>Lower-case words that head a comment section ("Comments", "2 comentarios", "Kommentare (5)"), in several languages.</summary>
    public static readonly string[] CommentWords =
    [
        "comment", "comentario", "comentário", "commentaire", "kommentar", "commento", "commenti", "reactie",
        "komentar", "kommentti", "hozzászólás", "yorum", "комментари", "коментар", "評論", "评论", "コメント",
        "leave a reply", "leave a comment", "deja un comentario", "deja tu comentario", "deixe um comentário",
        "laisser un commentaire", "schreibe einen kommentar", "lascia un commento", "reageer", "responses",
    ];

    /// <summary>Lower-case beginnings of bylines.</summary>
    public static readonly string[] BylinePrefixes =
    [
        "by ", "written by", "words by", "reporting by", "von ", "por ", "par ", "di ", "door ", "av ", "autor:", "author:",
    ];

    /// <summary>
    /// Whether the text opens with one of the prefixes as whole words: "also on" is not "Also one of the injured ...",
    /// "tweet" not "Tweets by the president ...", "subscribe" not "Subscribers will pay more ...".
    /// </summary>
    public static bool StartsWithAny(string lowered, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (lowered.StartsWith(p, StringComparison.Ordinal)
                && (lowered.Length == p.Length || !char.IsLetterOrDigit(p[^1]) || !char.IsLetterOrDigit(lowered[p.Length])))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Which of the body walk's tag lists an element name is in.</summary>
[Flags]
internal enum TagKind : byte
{
    None = 0,
    Pruned = 1,
    Soft = 2,
    Block = 4,
}
