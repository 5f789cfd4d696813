using System.Text.RegularExpressions;

namespace NewsFunctions.Extraction.Metadata.Authors;

/// <summary>
/// Turns raw byline strings into a list of person names: strips "By"/"Von"/"Por"/"Par"/... prefixes, dates, roles,
/// e-mail addresses and "Email the author" style chrome; splits "A and B"; rejects news agencies, the site's own
/// name and things that are not names.
/// </summary>
internal static partial class AuthorNames
{
    private static readonly HashSet<string> NotPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "afp", "ap", "dpa", "reuters", "efe", "ansa", "apa", "sda", "kna", "epd", "dts", "upi", "xinhua", "tass", "ria", "pa", "ips",
        "associated press", "the associated press", "agence france-presse", "agence france presse", "europa press", "press association",
        "bloomberg", "dpa-afx", "afp/dpa", "dpa/afp", "reuters/dpa", "ap/dpa", "sid", "ddp", "kyodo", "yonhap", "anp", "belga", "lusa", "agência lusa",
        "staff", "staff writer", "staff reporter", "editorial", "editorial staff", "editor", "editors", "the editors", "redaktion", "red", "red.",
        "redacción", "redaccion", "rédaction", "la rédaction", "redazione", "redactie", "redação", "redacao", "newsroom", "news desk", "web desk",
        "online", "online-redaktion", "onlineredaktion", "guest", "gast", "anonymous", "unknown", "admin", "administrator", "webmaster", "null",
        "email", "e-mail", "email the author", "follow", "twitter", "facebook", "instagram", "linkedin", "more", "share", "posts", "home",
        "comments", "comment", "kommentare", "author", "authors", "autor", "autoren", "auteur", "by", "von", "written by", "posted by",
        "read more", "view all posts", "all posts", "about", "contact", "kontakt", "mehr", "profile", "bio", "wire", "wire service", "agencies",
        "agencias", "agences", "agenturen", "agenzie", "news", "nachrichten", "noticias", "infos", "zvg",
        "publisher", "super user", "com", "aktuell", "über den autor", "über die autorin", "über den autor/die autorin", "zur person", "about the author", "about me", "über mich", "am", "on",
        // Labels and buttons of author pop-ups and related-link boxes ("Über", "Autorenseite", "Schließen", "Passend dazu").
        "über", "autorenseite", "zur autorenseite", "author page", "schließen", "close", "passend dazu", "mehr zum thema", "lesen sie auch", "auch interessant",
        // Picture credits that name no one ("Cortesía", "Courtesy").
        "cortesía", "cortesia", "courtesy", "cedida", "archivo", "archive", "handout",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "vom", "zu", "zum", "zur", "van", "der", "den", "ter", "te", "ten", "de", "del", "della", "degli", "dei", "di", "da", "das", "dos", "do",
        "du", "des", "la", "le", "lo", "y", "i", "e", "bin", "ibn", "al", "el", "af", "av", "st.", "d'", "mc",
    };

    /// <summary>Countries that close a "City, Country" dateline in author fields ("Frankfurt, Germany").</summary>
    private static readonly HashSet<string> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        "germany", "deutschland", "austria", "österreich", "switzerland", "schweiz", "suisse", "france", "spain", "españa", "italy", "italia",
        "usa", "u.s.", "us", "united states", "uk", "united kingdom", "england", "canada", "australia", "netherlands", "nederland", "belgium",
        "belgique", "poland", "polska", "mexico", "méxico", "argentina", "brazil", "brasil", "india", "china", "japan",
    };

    /// <summary>The cities that datelines in author fields name most ("Nada Tawfik, New York").</summary>
    private static readonly HashSet<string> Cities = new(StringComparer.OrdinalIgnoreCase)
    {
        "new york", "washington", "london", "paris", "berlin", "brussels", "brüssel", "bruxelles", "moscow", "moskau", "beijing", "peking",
        "tokyo", "los angeles", "san francisco", "wien", "vienna", "rome", "rom", "roma", "madrid", "jerusalem", "kyiv", "kiew", "hong kong",
        "sydney", "toronto", "zürich", "genf", "geneva", "frankfurt", "münchen", "munich", "hamburg", "boston", "chicago", "istanbul",
    };

    /// <summary>A CMS login rather than a display name: one lower-case token with dots or underscores ("edilson.la.rosa").</summary>
    public static bool IsLogin(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && name.Any(c => c is '.' or '_') && !name.Any(char.IsUpper) && name.Count(char.IsLetter) >= 4;

    /// <summary>Every word of the name capitalised, name particles ("von", "de") aside.</summary>
    public static bool IsCapitalised(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || Particles.Contains(w));

    /// <summary>
    /// The person a site is named after ("Dr. Alexander Klier", "C.Habermueller", "Pamela Anderson"), without their
    /// academic title, or null for a site named anything else. Two capitalised words are as often a business
    /// ("Miami Today", "Daheim Solar"), so the name must open with a common given name or with an initial.
    /// </summary>
    public static string? PersonNamedSite(string site)
    {
        var name = AcademicTitle().Replace(site.Trim(), "");
        var words = GluedInitial().Replace(name, "$1 ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        static bool Initial(string w) => w is [var c, '.'] && char.IsUpper(c);

        // Given names or initials, particles, then one surname: "Anna Maria Berg", "John F. Kennedy", "Ursula von der
        // Leyen". A third capitalised word that is no given name is as likely a trade ("Anna Berg Photography").
        if (words.Length is < 2 or > 4 || !(GivenNames.Contains(words[0]) || Initial(words[0]))
            || !words[1..^1].All(w => GivenNames.Contains(w) || Initial(w) || Particles.Contains(w)))
        {
            return null;
        }

        var surname = words[^1];
        return surname.Length >= 2 && char.IsUpper(surname[0]) && surname.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'')
            && surname.Skip(1).Any(char.IsLower) && IsPerson(string.Join(' ', words), null) ? name : null;
    }

    public static List<string> Clean(IEnumerable<string?> raws, string? siteName)
    {
        var result = new List<string>();
        foreach (var raw in raws)
        {
            // One byline naming more than four people is a list (categories, a team page), not a byline. A long text
            // is a bio or a sentence ("Anna Berg leitet das Ressort ... und schreibt über ..."): only its head can be a name.
            var parts = Split(raw);
            if (raw is not null && raw.Count(c => c == ' ') > 14)
            {
                parts = parts.Take(1);
            }

            var split = parts.ToList();
            for (var i = split.Count - 1; i > 0; i--)
            {
                // "Nürnberg, Germany": a dateline, the single word before the country is its city.
                if (Countries.Contains(split[i]) && !split[i - 1].Contains(' ', StringComparison.Ordinal))
                {
                    split.RemoveAt(i - 1);
                }
            }

            var names = split.Where(n => !Countries.Contains(n) && !Cities.Contains(n) && IsPerson(n, siteName)).ToList();
            // Three or more single words in one byline are a list of things ("von Säure, Extrakt, Aromen und Zucker
            // führt"), even when the sentence runs on after the last.
            if (names.Count > 4 || split.Count(n => !n.Contains(' ', StringComparison.Ordinal) && n.Length > 3) >= 3)
            {
                continue;
            }

            // Beside an organisation, a lone word is the rest of its name ("Bundesministerium für Wirtschaft und
            // Klimaschutz"); after a comma behind a full name, it is the outlet ("VICTOR TANGERMANN, FUTURISM").
            if (split.Any(IsOrganisation) || (split.Count == 2 && split[0].Contains(' ', StringComparison.Ordinal)
                && raw!.Contains(", " + split[1], StringComparison.Ordinal)))
            {
                names.RemoveAll(n => !n.Contains(' ', StringComparison.Ordinal));
            }

            foreach (var name in names)
            {
                if (!result.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    result.Add(name);
                }
            }

            if (result.Count >= 8)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Names in one byline string, cleaned but not yet validated.</summary>
    internal static IEnumerable<string> Split(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            yield break;
        }

        var s = PageScan.Squash(System.Net.WebUtility.HtmlDecode(raw));
        if (s.Length > 300 || PictureCredit().IsMatch(s) || Quoted().IsMatch(s))
        {
            yield break;
        }

        // Soft hyphens and zero-width characters: hyphenation hints inside the name ("Mat\u00ADthi\u00ADas").
        if (s.AsSpan().IndexOfAny('\u00AD', '\u200B', '\u200C') >= 0)
        {
            s = s.Replace("\u00AD", "", StringComparison.Ordinal).Replace("\u200B", "", StringComparison.Ordinal).Replace("\u200C", "", StringComparison.Ordinal);
        }

        s = Url().Replace(s, " ");
        s = Email().Replace(s, " ");
        s = Handle().Replace(s, " ");
        s = Prefix().Replace(s, "");

        // Chrome ahead of the name ("Zum Profil von X") goes; chrome after it ("X Follow", "X Email the author") ends the name.
        for (var chrome = Chrome().Match(s); chrome.Success; chrome = Chrome().Match(s))
        {
            if (s.AsSpan(0, chrome.Index).Trim().Length > 0)
            {
                s = s[..chrome.Index];
                break;
            }

            s = Prefix().Replace(s[(chrome.Index + chrome.Length)..], "");
        }
        if (s.StartsWith("di ", StringComparison.Ordinal) || s.StartsWith("de ", StringComparison.Ordinal) || s.StartsWith("da ", StringComparison.Ordinal))
        {
            // Lower-case "di Mario Rossi" is a byline; capitalised "Di Maio" is a surname.
            s = s[3..];
        }
        // Cut at a date, a time, a pipe, a bullet or a role suffix.
        var cut = Cut().Match(s);
        if (cut.Success && cut.Index > 0)
        {
            s = s[..cut.Index];
        }

        // "Glen Owen and Brendan Carlin for The Mail on Sunday", "Von Anna Berg für die Zeit": the outlet they write for.
        if (ForOutlet().Match(s) is { Success: true, Index: > 0 } outlet)
        {
            s = s[..outlet.Index];
        }

        // "Finian Cunningham. Sputnik International": a full stop after a full name ends it; the outlet follows.
        if (FullStopAfterName().Match(s) is { Success: true } stop)
        {
            s = s[..stop.Index];
        }

        s = Parenthesis().Replace(s, " ");
        foreach (var part in Separators().Split(s))
        {
            var name = part.Trim(' ', '.', ',', ':', ';', '-', '–', '—', '|', '/', '·', '•', '~', '"', '\'', '(', ')', '[', ']', '*', '»', '«', '›', '‹', '>', '<', '†', '→', '←', '➔', '▸', '►');
            name = Prefix().Replace(name, "").Trim();

            // A closing initial keeps its period: "Nicolas Gutierrez C.", "R. R.".
            if (name.Length >= 3 && char.IsUpper(name[^1]) && !char.IsLetter(name[^2]) && part.TrimEnd().EndsWith(name + ".", StringComparison.Ordinal))
            {
                name += ".";
            }

            if (name.Length > 0)
            {
                yield return name;
            }
        }
    }

    internal static bool IsPerson(string name, string? siteName)
    {
        if (name.Length is < 2 or > 60 || NotPeople.Contains(name))
        {
            return false;
        }

        if (siteName is not null && (name.Equals(siteName, StringComparison.OrdinalIgnoreCase) || Host(siteName).Equals(Host(name), StringComparison.OrdinalIgnoreCase)
            || LeadingArticle().Replace(siteName, "").Equals(LeadingArticle().Replace(name, ""), StringComparison.OrdinalIgnoreCase)
            || SameLetters(name, siteName) || SameLetters(name, Host(siteName))))
        {
            return false;
        }

        if (name.Contains("http", StringComparison.OrdinalIgnoreCase) || name.Contains("www.", StringComparison.OrdinalIgnoreCase) || Domain().IsMatch(name))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5 || !name.Any(char.IsLetter) || name.Count(char.IsDigit) > 2 || char.IsDigit(name[0]))
        {
            return false;
        }

        // A German weekday abbreviation from a date line ("Mi, 3. Mai"); other two-letter codes are editors' initials.
        if (words.Length == 1 && name.Length == 2 && name.ToLowerInvariant() is "mo" or "di" or "mi" or "do" or "fr" or "sa" or "so")
        {
            return false;
        }

        // A sentence rather than a name: several ordinary lower-case words ("Martin is a full-stack engineer").
        if (words.Count(w => char.IsLower(w[0]) && !Particles.Contains(w)) >= 3)
        {
            return false;
        }

        // A CMS account rather than a person ("wordpressadmin", "site_admin").
        if (words.Length == 1 && (name.Contains("admin", StringComparison.OrdinalIgnoreCase) || name.Contains("webmaster", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // A phrase rather than a name: an ordinary lower-case word before a capitalised one ("Geschichte in Berlin",
        // "Alles über Lautsprecher"). Name particles ("von", "de", "van der") are the lower-case words inside a name,
        // and a lower-case last word is a name typed without capitals ("Mobasir hassan").
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (char.IsLower(words[i][0]) && !Particles.Contains(words[i]) && words.Skip(i + 1).Any(w => char.IsUpper(w[0])))
            {
                return false;
            }
        }

        // An organisation rather than a person ("Web Commerce GmbH", "Die FURCHE", "Bund der Energieverbraucher",
        // "DER SPIEGEL").
        if (IsOrganisation(name) || (words.Length == 2 && (words[0] is "Die" or "Der" or "Das" or "The" or "La" or "Le" or "El" or "Il" or "DIE" or "DER" or "DAS" or "THE")))
        {
            return false;
        }

        // An acronym beside ordinary words is a club's or a company's name ("EFC Bayrische Bembel", "BSV Zwickau");
        // people's initials carry periods or are two letters ("J. R. Smith", "TJ Miller"), and a name in capitals
        // ("JESSICA HOLLY") has no ordinary word.
        if (words.Length >= 2 && words.Any(IsAcronym) && words.Any(w => w.Length >= 2 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower)))
        {
            return false;
        }

        // A role label left in front ("Ilustrator: Adriaan Prent"), a sentence, or a date label from the same box
        // ("Zuletzt geändert am"): not a name.
        if (name.Contains(':', StringComparison.Ordinal) || DateLabel().IsMatch(name))
        {
            return false;
        }

        // A job title split off its name ("Tom Krisher, AP Auto Writer", "Tim Childers, Live Science Contributor"):
        // people are not called by what they do.
        if (words.Length >= 2 && RoleWords.Contains(words[^1]))
        {
            return false;
        }

        // Every word an agency code ("AFP", "dpa/AP")?
        return !words.All(w => NotPeople.Contains(w.Trim(',', '/', '.')));
    }

    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "writer", "contributor", "correspondent", "columnist", "reporter", "editor", "producer", "photographer", "journalist",
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autorin", "redactor", "redactora", "corresponsal",
        "rédacteur", "rédactrice", "correspondant", "correspondante", "giornalista", "redattore", "correspondente", "verslaggever",
    };

    private static bool IsOrganisation(string name) => Organisation().IsMatch(name) || OrganisationCompound().IsMatch(name);

    private static bool IsAcronym(string word) => word.Length is >= 3 and <= 5 && word.All(char.IsUpper);

    /// <summary>The same letters but for spaces, case and punctuation: "StarsInsider" and "Stars Insider", "Ultima Hora" and "ultimahora".</summary>
    private static bool SameLetters(string a, string b)
    {
        var x = a.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant);
        var y = b.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToList();
        return y.Count >= 5 && x.SequenceEqual(y);
    }

    private static string Host(string s) => s.Replace("www.", "", StringComparison.OrdinalIgnoreCase).Split('.')[0].Trim();

    [GeneratedRegex(@"\b(?:GmbH|AG|KG|e\.\s?V|Ltd|Inc|LLC|S\.A|SpA|Verlag|Verband|Bund|Zeitung|Magazin|Magazine|Redaktion|Redaction|Team|Media|Medien|News|Online|Press|Presse|Agentur|Agency|Stiftung|Foundation|Institut|Institute|Universität|University|Ministerium|Ministry|Gemeinde|Verein|Kirche|Radio|TV|Welle|Newsroom|Staff|Desk|Noticias|Nachrichten|Notizie|Nieuws|Agencia|Agence|Agenzia|Agentschap|Club|Asociación|Association|Associazione|Federación|Federation|Solutions|Group|Gruppe|Holding|Systems|Services|Technologies|Consulting|Corporation|Corp|Company)\b|^(?:Deutsche[rs]?|Evangelische[rs]?|Katholische[rs]?|Europäische[rs]?|Internationale[rs]?|Österreichische[rs]?)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Organisation();

    /// <summary>
    /// German compounds and words that name bodies rather than people: "Bundesverband WindEnergie", "Die Grünen
    /// Bundestagsfraktion", "Feuerwehr Oldenburg", "Abteilung Wasserrettung", "Betty Crocker Kitchens".
    /// </summary>
    [GeneratedRegex(@"(?i:\b\p{L}{3,}(?:verband|verein|fraktion|partei|redaktion|gesellschaft|stiftung|ministerium|genossenschaft)\b|\b(?:feuerwehr|abteilung|sekretariat|partei|fraktion|bündnis|kitchens?|blog|pressestelle|pressebüro|geschäftsstelle)\b|\p{Ll}blog\b|\bteam\b|[_-]team\b)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex OrganisationCompound();

    [GeneratedRegex(@"\b(?i:zuletzt|geändert|aktualisiert|veröffentlicht|erschienen|updated|published|modified|actualizado|publicado|modificado|publié|modifié|aggiornato|pubblicato|bijgewerkt|gepubliceerd|gewijzigd|atualizado)\b", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DateLabel();

    /// <summary>"Foto: X", "Photo: X", "Bild: X", "Imagen cedida por X": a picture credit, not a byline.</summary>
    [GeneratedRegex(@"^[\s\-–—•·|*(]*(?:fotos?|photos?|photograph(?:y|ed)?|bild(?:er)?|image(?:s|n)?|imagen|picture|ilustraci[oó]n|illustration|credits?|cr[eé]dito|cedida|gráfico|grafik|video)\b(?!\s*(?:and|und|y|et|&|\+)\s*(?:text|texto|texte))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PictureCredit();

    /// <summary>"Zitat von X", "Quote from X": a quoted forum post, its writer is not the article's author.</summary>
    [GeneratedRegex(@"^\s*(?:zitat von|zitat:|quote from|quote by|originally posted by|cita de)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\s*(?:the|el|la|los|las|le|les|il|lo|die|der|das|de|het|o|a)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Url();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\w)@\w+", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Handle();

    [GeneratedRegex(@"\b(?:e-?mail (?:the )?author|email|follow(?: on| me)?(?: twitter| facebook)?|view (?:all )?(?:posts|articles)|(?:more|all) (?:articles|posts|stories) by|contact|profile|twitter|facebook|linkedin|instagram|read more|mehr vom autor|mehr von|zum profil(?: von)?|(?:zeige )?alle (?:beiträge|artikel)(?: von)?|seguir|suivre|folgen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Chrome();

    [GeneratedRegex(@"^[\s\-–—•·|*>]*(?:(?:written|posted|published|reported|compiled|edited|photos?|text(?:e|o)?|testo|tekst|fotos?|bilder?|story|words|report|interview|geschrieben|verfasst|veröffentlicht|publiziert|eingestellt|gepostet|blog[- ]?beitrag|ein beitrag|(?:ein|eine) (?:interview|kommentar|gastbeitrag|reportage|analyse|essay)|gastbeitrag|beitrag|artikel|article|erstellt|publicado|escrito|publié|écrit|rédigé|scritto|pubblicato|geschreven|gepost|geplaatst|gespeichert|submitted|rezept|door|von|vom|by|par|por)\b\s*(?:(?:by|von|vom|por|par|di|da|door|de)\b)?\s*[:\-–]?\s*|(?:autor(?:in|es)?|author|auteur|autore|auteurs|redakteur(?:in)?|reporter|journalist|bron|quelle|source|fuente|credits?)\s*[:\-–]\s*|(?:autor(?:in|en)?|authors?|auteurs?|autore)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*(?:\||•|·|–\s|—|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:\p{L}{3,9})\.?\s+\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}|\bam\s+\d|\ble\s+\d|\b(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?,\s*\d|\bon\s+\p{L}+\s+\d|\bupdated\b|\bpublished\b|\bpubliziert\b|\berschienen\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|\billustrations?\b|\bfotos?\b|\bphotos?\b|\bbilder?\b|\bgrafik\b|\baktualisiert\b|\bveröffentlicht\b|\bpublicado\b|\bpublié\b|\b\d+\s+(?:min|minutes?|minuten|comments?|kommentare)\b|\s(?:am|um|on|at|le|el|il|em|op)$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Cut();

    [GeneratedRegex(@"(?<=^\s*\p{Lu}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*)*\s+\p{Lu}[\p{L}'-]*\p{Ll}{2})\.\s+(?=\p{Lu})", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex FullStopAfterName();

    [GeneratedRegex(@"\s+(?i:for|für)\s+(?=(?i:the|die|der|das|den)\s|\p{Lu})", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ForOutlet();

    [GeneratedRegex(@"^(?:(?:Dr|Prof|Dipl\.-\p{L}+|Mag|PD)\.?\s+)+", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AcademicTitle();

    /// <summary>An initial written onto the surname: "C.Habermueller".</summary>
    [GeneratedRegex(@"^(\p{Lu}\.)(?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex GluedInitial();

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bund\b|(?-i:\b(?:y|et|e|en)\b)(?!\.)|\bsowie\b|\bim gespräch mit\b|/|\s[-–]\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Separators();

    // A known top-level domain anywhere, or any one-word name ending in a dot and two to six letters ("INTERIA.PL").
    [GeneratedRegex(@"\.(?:com|de|org|net|fr|es|it|nl|co|uk|at|ch|info|io|eu)\b|^[\p{L}\d-]{3,}\.\p{L}{2,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Domain();
}
