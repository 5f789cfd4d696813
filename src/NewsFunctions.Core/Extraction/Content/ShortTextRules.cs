using System.Text.RegularExpressions;

namespace NewsFunctions.Extraction.Content;

/// <summary>Rules for short paragraphs that are page furniture rather than prose: prompts, bylines, datelines, credits.</summary>
internal static partial class ShortTextRules
{
    /// <summary>Words a dateline holds besides its dates and times.</summary>
    private const int MaxDatelineWords = 4;

    /// <summary>How long a "Follow us on ..." plug may run: with the handles and a tip line or phone number it passes
    /// the length of other short furniture.</summary>
    public const int MaxFollowPlug = 250;

    /// <summary>"Follow The Daily on Twitter and Instagram @daily. Send us a message on WhatsApp at ...": a plug for the
    /// site's accounts.</summary>
    public static bool IsFollowPlug(ReadOnlySpan<char> text)
    {
        text = text.TrimStart(" -–—|•*>»");
        if (text.Length >= MaxFollowPlug || !text.StartsWith("follow ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var network in BoilerplateVocabulary.SocialNetworks)
        {
            if (text.Contains(network, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsBoilerplate(ReadOnlySpan<char> text, int linkChars, bool isHeading)
    {
        if (text.Length > 160)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[text.Length];
        text.ToLowerInvariant(buffer);
        var lowered = new string(buffer).TrimStart(' ', '-', '–', '—', '|', '•', '*', '>', '»');

        // "AFP / MARCO BERTORELLO", "Augusta National/Getty Images": a photo credit line.
        if (text.Length < 80 && !EndsSentence(text) && ContainsAny(lowered, BoilerplateVocabulary.CreditMarkers))
        {
            return true;
        }

        // "Warning: Creating default object from empty value in /www/htdocs/wp-includes/x.php on line 102": the server's
        // error output printed into the page.
        if (ServerErrorPattern().IsMatch(lowered))
        {
            return true;
        }

        // "Lee Elder drew the crowds in 1975. | © Augusta National/Getty Images": a caption that ends in its credit (a
        // line that ends in a colon introduces what follows: a sign set in it is a trademark, not a credit).
        var copyright = text.LastIndexOf('©');
        if (copyright > 0 && text.Length - copyright < 50 && !EndsSentence(text) && text[^1] != ':')
        {
            return true;
        }

        if (IsFollowPlug(text))
        {
            return true;
        }

        // "¿Ya sabías que tenemos canal de Telegram? Únete ...": the site plugging its own channel. A channel named in a
        // report ("streamed on the federation's Instagram channel") has no "our" or "join".
        if (ContainsAny(lowered, BoilerplateVocabulary.SocialNetworks) && ContainsAny(lowered, BoilerplateVocabulary.ChannelWords)
            && ContainsAny(lowered, BoilerplateVocabulary.OwnChannelWords))
        {
            return true;
        }

        // "To view the full story, please subscribe to ...", "If you're already a subscriber, log in": a paywall notice in
        // place of the rest of the article.
        if (ContainsAny(lowered, BoilerplateVocabulary.SubscribeStems) && ContainsAny(lowered, BoilerplateVocabulary.PaywallWords))
        {
            return true;
        }

        if (BoilerplateVocabulary.StartsWithAny(lowered, BoilerplateVocabulary.BoilerplatePrefixes) && !IsProseAfterLabelNoun(text, lowered, linkChars))
        {
            // "Comments are welcome" style prose is long; a prompt or a link label is short.
            return text.Length < 120 || linkChars > 0;
        }

        if (text.Length < 60 && IsCommentHeading(lowered))
        {
            return true;
        }

        if (isHeading)
        {
            return false;
        }

        if (text.Length < 80 && BoilerplateVocabulary.StartsWithAny(lowered, BoilerplateVocabulary.BylinePrefixes)
            && CountWords(text) <= 8 && !EndsSentence(text))
        {
            return true;
        }

        // A dateline is mostly its date: besides it a label, a weekday, a place or a name ("Published: 7 ene 2022 16:24
        // GMT"). A short line that states something about a date ("from 1 January 2023 for water-pipe and heated tobacco") is prose.
        if (text.Length < 90 && CountWords(text) <= 14 && DatePattern().IsMatch(lowered)
            && CountWords(DatePattern().Replace(lowered, " ")) <= MaxDatelineWords)
        {
            return true;
        }

        // A lone link label ("Facebook", "Next article") inside the body.
        return linkChars > 0 && linkChars * 10 >= text.Length * 7 && text.Length < 60;
    }

    /// <summary>"Comments", "2 comentarios", "Kommentare (5)", "Leave a reply": a count at most, then a comment word.</summary>
    private static bool IsCommentHeading(string lowered)
    {
        var span = lowered.AsSpan().TrimStart();
        var i = 0;
        while (i < span.Length && (char.IsDigit(span[i]) || span[i] is ' ' or '(' or ')' or '.' or ','))
        {
            i++;
        }

        span = span[i..];
        if (span.StartsWith("commentar", StringComparison.Ordinal) && !span.StartsWith("commentai", StringComparison.Ordinal))
        {
            return false; // "Commentary", "Commentator": an article label, not the comment section
        }

        foreach (var w in BoilerplateVocabulary.CommentWords)
        {
            if (span.StartsWith(w, StringComparison.Ordinal))
            {
                // The rest is at most a count or a short call to action, not a sentence.
                return CountWords(span) <= 5 && !EndsSentence(span);
            }
        }

        return false;
    }

    private static bool ContainsAny(string lowered, string[] markers)
    {
        foreach (var m in markers)
        {
            if (lowered.Contains(m, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Advertising revenue fell 12% in the third quarter.", "Comments by the minister angered residents of the east.":
    /// a sentence of its own that opens with a word that is also a slot's label. A label stands alone or before a colon,
    /// a count or a link ("Advertisement", "Comments (12)", "Recommended: ..."); a sentence runs on in lower case to
    /// its full stop. Imperative prompts ("Sign up for our newsletter to ...") and credits ("Sponsored by Acme Tram
    /// Supplies Ltd.") read as sentences too, so only nouns count.
    /// </summary>
    private static bool IsProseAfterLabelNoun(ReadOnlySpan<char> text, string lowered, int linkChars)
    {
        if (linkChars > 0 || !EndsSentence(text) || CountWords(text) < MinLabelNounSentenceWords)
        {
            return false;
        }

        foreach (var noun in BoilerplateVocabulary.LabelNouns)
        {
            if (lowered.Length > noun.Length + 1 && lowered.StartsWith(noun, StringComparison.Ordinal) && lowered[noun.Length] == ' '
                && char.IsLower(text.TrimStart(" -–—|•*>»")[noun.Length + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Fewer words make a label with a full stop ("Sponsored by Acme Corp.", "Comments are closed.").</summary>
    private const int MinLabelNounSentenceWords = 6;

    private static bool EndsSentence(ReadOnlySpan<char> text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '»' or '。';

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                    inWord = true;
                }
            }
            else
            {
                inWord = false;
            }
        }

        return words;
    }

    [GeneratedRegex(@"^(warning|notice|deprecated|strict standards|fatal error|parse error)\s*:.* in \S+\.php:? on line \d+", RegexOptions.CultureInvariant)]
    private static partial Regex ServerErrorPattern();

    // A date or a time of day: 2022-01-07, 07/01/2022, 7.1.2022, "7 ene 2022", "January 7, 2022", "16:24".
    [GeneratedRegex(@"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}\.? ?[a-zäéû]{3,10}\.? \d{4}\b|\b[a-zäéû]{3,10}\.? \d{1,2}(st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}:\d{2}\b|\b\d{4}年|\b\d{1,2} (ago|hours? ago|minutes? ago)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
