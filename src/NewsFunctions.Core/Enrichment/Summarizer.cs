using System.Runtime.InteropServices;
using System.Text;

namespace NewsFunctions.Enrichment;

/// <summary>
/// A short extractive summary for a feed card. News puts the who, what and when first, so the lead sentence always
/// opens the summary; the other places go to the sentences that best share the article's recurring words and the
/// headline's, with a bias towards the top, kept in their original order. Datelines, bylines, photo credits,
/// "Read more"-style lines and fragments are never chosen. Deterministic: same text, same summary.
/// </summary>
public sealed class Summarizer
{
    /// <summary>The summary stops adding sentences once it reaches this many characters.</summary>
    public int TargetLength { get; init; } = 300;

    /// <summary>At most this many sentences.</summary>
    public int MaxSentences { get; init; } = 3;

    /// <summary>A sentence that would take the summary beyond this many characters is left out (unless it is the first).</summary>
    public int MaxLength { get; init; } = 420;

    /// <summary>Only sentences among the first this many candidates are considered.</summary>
    public int Window { get; init; } = 12;

    /// <summary>Summarizes without a headline.</summary>
    public string Summarize(string text) => Summarize(text, null);

    /// <summary>Summarizes the body; the headline, when given, helps pick the sentences that carry the story.</summary>
    public string Summarize(string text, string? title)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var candidates = new List<string>();
        foreach (var sentence in Sentences(text))
        {
            var cleaned = SentenceFilter.Clean(sentence);
            if (cleaned is not null)
            {
                candidates.Add(cleaned);
            }
        }

        if (candidates.Count == 0)
        {
            return "";
        }

        var chosen = Choose(candidates, title);
        var summary = new StringBuilder();
        foreach (var index in chosen)
        {
            if (summary.Length > 0)
            {
                summary.Append(' ');
            }

            summary.Append(candidates[index]);
        }

        return summary.ToString();
    }

    private List<int> Choose(List<string> candidates, string? title)
    {
        var window = Math.Min(candidates.Count, Math.Max(1, Window));
        var words = new List<string>[window];
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < window; i++)
        {
            words[i] = ContentWords(candidates[i]);
            seen.Clear();
            foreach (var word in words[i])
            {
                if (seen.Add(word))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(frequency, word, out _)++;
                }
            }
        }

        // Only the window's words are ever scored, so the sentences after it just add to those words' counts: their
        // words are looked up as spans, not made into strings (most of an article lies beyond the window).
        var lookup = frequency.GetAlternateLookup<ReadOnlySpan<char>>();
        WordAction count = word =>
        {
            if (lookup.TryGetValue(word, out var key, out _) && seen.Add(key))
            {
                CollectionsMarshal.GetValueRefOrNullRef(frequency, key)++;
            }
        };
        for (var i = window; i < candidates.Count; i++)
        {
            seen.Clear();
            ForEachContentWord(candidates[i], count);
        }

        var titleWords = title is null ? [] : new HashSet<string>(ContentWords(title), StringComparer.Ordinal);
        var scores = new double[window];
        for (var i = 1; i < window; i++)
        {
            var w = words[i];
            if (w.Count == 0)
            {
                continue;
            }

            // Centroid: words the article keeps coming back to; title: words of the headline. Both per word, with a
            // damped length so that neither one-liners nor run-on sentences win by length alone.
            double centroid = 0, titled = 0;
            seen.Clear();
            foreach (var word in w)
            {
                if (!seen.Add(word))
                {
                    continue;
                }

                var df = frequency[word];
                if (df > 1)
                {
                    centroid += Math.Log(df);
                }

                if (titleWords.Contains(word))
                {
                    titled++;
                }
            }

            var norm = Math.Sqrt(w.Count);
            var position = 1.0 / (1.0 + (0.35 * i));
            scores[i] = (position * 1.2) + (centroid / norm * 0.5) + (titleWords.Count > 0 ? titled / Math.Sqrt(titleWords.Count) * 0.6 : 0);
        }

        // The lead always; then by score; a sentence that would overflow is skipped for a shorter one.
        var chosen = new List<int> { 0 };
        var length = candidates[0].Length;
        foreach (var i in Enumerable.Range(1, window - 1).OrderByDescending(i => scores[i]).ThenBy(i => i))
        {
            if (chosen.Count >= MaxSentences || length >= TargetLength)
            {
                break;
            }

            if (length + 1 + candidates[i].Length > MaxLength)
            {
                continue;
            }

            chosen.Add(i);
            length += 1 + candidates[i].Length;
        }

        chosen.Sort();
        return chosen;
    }

    private static List<string> ContentWords(string text)
    {
        var words = new List<string>();
        ForEachContentWord(text, word => words.Add(word.ToString()));
        return words;
    }

    private delegate void WordAction(ReadOnlySpan<char> word);

    /// <summary>Each content word of the text, folded and crudely stemmed, in order.</summary>
    private static void ForEachContentWord(string text, WordAction action)
    {
        // Most words are short or function words: they are folded into a reused buffer and looked up as spans, so
        // only the content words kept become strings, and only when the caller keeps them.
        Span<char> word = stackalloc char[64];
        var length = 0;
        var overflow = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (TextCategorizer.Fold(c) is var f and not '\0')
                {
                    if (length < word.Length)
                    {
                        word[length] = f;
                    }
                    else
                    {
                        if (length == word.Length)
                        {
                            overflow.Clear().Append(word);
                        }

                        overflow.Append(f);
                    }

                    length++;
                }

                continue;
            }

            if (length > 2)
            {
                var folded = length <= word.Length ? word[..length] : overflow.ToString().AsSpan();
                if (!StopWordLookup.Contains(folded))
                {
                    // A crude stem so "profit" and "profits" meet.
                    action(folded.Length > 4 && folded[^1] == 's' ? folded[..^1] : folded);
                }
            }

            length = 0;
        }
    }

    // Function words of the languages we serve, folded; they say nothing about what a sentence is about.
    private static readonly HashSet<string> StopWords = new(
        """
        the and for that with this from was were are has have had its his her their they them but not will would said says
        been also which who whom what when where there than then into about after over more most other some such only can
        could should may might one two new out all any our you your she him our who how why while just very much many

        los las una unos unas del por para con que como mas pero sus fue son ser han hay este esta estos estas ese esa
        sobre entre desde tambien cuando donde dijo segun sin muy todo todos ya

        les des une dans par pour sur avec que qui est sont pas plus ses ont aux ete cette ces mais comme tout
        leur elle ils sans dit selon entre aussi

        der die das den dem des und ein eine einen einem einer ist sind war mit von fur auf nicht auch sich aus bei
        nach wie dass oder aber noch nur hat haben wird werden zum zur vor sie

        dos das uma com nao por para mais seu sua foi sao pela pelo como mas tambem ele ela

        della delle degli dei del gli una con per non che sono anche alla alle come piu suo sua stato
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Sentences of the text, in order. Paragraphs (line breaks) always end a sentence; inside one, a sentence ends at
    /// ., !, ?, … (and any closing quotes or brackets after them) followed by a space and a capital, digit or opening
    /// quote, unless the dot ends an abbreviation (en, es, fr, de, pt, it), an initial or a German ordinal date.
    /// </summary>
    public static IEnumerable<string> Sentences(string text)
    {
        foreach (var raw in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var paragraph = raw;
            var start = 0;
            for (var i = 0; i < paragraph.Length - 2; i++)
            {
                if (paragraph[i] is not ('.' or '!' or '?' or '…' or '。'))
                {
                    continue;
                }

                var end = i + 1;
                while (end < paragraph.Length && paragraph[end] is '"' or '”' or '’' or '\'' or '»' or ')' or ']')
                {
                    end++;
                }

                if (end >= paragraph.Length - 1 || !char.IsWhiteSpace(paragraph[end]))
                {
                    continue;
                }

                var next = end + 1;
                while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
                {
                    next++;
                }

                if (next >= paragraph.Length)
                {
                    break;
                }

                var n = paragraph[next];
                if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '«' or '¿' or '¡' or '‘' or '\'' or '(' or '['))
                {
                    continue;
                }

                if (paragraph[i] == '.' && end == i + 1 && EndsWithAbbreviation(paragraph, start, i, next))
                {
                    continue;
                }

                var sentence = paragraph[start..end].Trim();
                if (sentence.Length > 0)
                {
                    yield return sentence;
                }

                start = next;
                i = next - 1;
            }

            if (start < paragraph.Length && paragraph[start..].Trim() is { Length: > 0 } last)
            {
                yield return last;
            }
        }
    }

    private static readonly HashSet<string> Abbreviations = new(
        """
        mr mrs ms messrs dr drs prof sr sra srta sres jr st ste gen gov sen rep lt col sgt capt cmdr adm maj rev hon pres supt insp det
        no nos vs etc inc ltd co corp bros plc jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
        approx dept fig est ave blvd rd mt ft u.s u.k u.n e.g i.e a.m p.m ph.d cf al
        dra d dña ud uds lic ing arq av avda pág pag núm num aprox excmo excma ee.uu ee uu ntra
        m mm mme mmes mlle pr bd boul janv févr fév avr juil déc
        hr hrn fr frau bzw z.b u.a d.h usw ca nr str vgl evtl ggf sog inkl jh mio mrd abs
        exmo exma sig sigg dott dott.ssa avv on
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> GermanMonths = new(
        ["januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        StringComparer.OrdinalIgnoreCase);

    private static bool EndsWithAbbreviation(string paragraph, int sentenceStart, int dot, int next)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(paragraph[wordStart - 1]))
        {
            wordStart--;
        }

        var word = paragraph[wordStart..dot].TrimStart('(', '"', '“', '«', '\'', '‘', '[');
        if (word.Length == 0)
        {
            return false;
        }

        // A single letter is an initial ("J. Smith", "George W. Bush") or part of "z. B.", "d. h.", "p. ex.".
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return true;
        }

        // "am 3. Oktober": a German ordinal before a month.
        if (word.Length <= 2 && word.All(char.IsDigit))
        {
            var nextWordEnd = next;
            while (nextWordEnd < paragraph.Length && char.IsLetter(paragraph[nextWordEnd]))
            {
                nextWordEnd++;
            }

            return GermanMonths.Contains(paragraph[next..nextWordEnd]);
        }

        return Abbreviations.Contains(word) || (word.Contains('.', StringComparison.Ordinal) && word.Length <= 6 && word.Replace(".", "", StringComparison.Ordinal).All(char.IsLetter) && word.Split('.').All(p => p.Length <= 2));
    }
}
