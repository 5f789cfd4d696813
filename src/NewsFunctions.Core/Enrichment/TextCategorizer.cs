using System.Globalization;
using System.Text;
using NewsFunctions.Sources;

namespace NewsFunctions.Enrichment;

/// <summary>What <see cref="TextCategorizer"/> read from a title and body.</summary>
/// <param name="Category">The leading category when it is clearly ahead (see <see cref="CategorizerOptions"/>), else null.</param>
/// <param name="Best">The leading category whatever its lead, or null when no lexicon word occurred.</param>
/// <param name="Score">The leading category's weighted score.</param>
/// <param name="RunnerUp">The second category, or null.</param>
/// <param name="RunnerUpScore">The second category's score.</param>
public readonly record struct TextCategorization(string? Category, string? Best, double Score, string? RunnerUp, double RunnerUpScore)
{
    /// <summary>How far ahead the leader is, as a share of its score: 0 for a tie, 1 when nothing else scored.</summary>
    public double Margin => Score > 0 ? (Score - RunnerUpScore) / Score : 0;
}

/// <summary>
/// Categorizes an article from its words: one pass over the title and the opening of the body, each word folded
/// (case, accents) and looked up in the weighted lexicon of <see cref="CategoryLexicon"/> (exact word, acronym, the
/// longest matching stem, and two- to four-word phrases). The title counts more than the body, the lead more than the
/// rest, and a word counts at most a few times, so one repeated name cannot carry a story.
/// </summary>
public sealed class TextCategorizer
{
    private const int MaxPhraseWords = 4;
    private const int MaxWordLength = 40;

    private static readonly Lazy<TextCategorizer> Shared = new(() => new TextCategorizer(CategoryLexicon.Rules));

    // Categories that the lexicon can name, in taxonomy order; entries hold indexes into it.
    private readonly string[] categories;
    private readonly Dictionary<string, Entry[]> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry[]> stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry[]> acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry[]> phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> exactLookup;
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> stemLookup;
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> acronymLookup;
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> phraseLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stemHeadLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> phraseEndLookup;
    private int minStem = int.MaxValue;
    private int maxStem;

    /// <summary>The categorizer over the shipped lexicon.</summary>
    public static TextCategorizer Default => Shared.Value;

    /// <summary>A categorizer over a lexicon in the format documented on <see cref="CategoryLexicon"/>.</summary>
    public TextCategorizer(string rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        categories = [.. Categories.Known.Where(c => c != Categories.General)];
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var category = -1;
        var lineNumber = 0;
        foreach (var raw in rules.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                category = Array.IndexOf(categories, line.Trim('[', ']').Trim());
                if (category < 0)
                {
                    throw new FormatException($"Lexicon line {lineNumber}: unknown category {line}.");
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var head = colon < 0 ? [] : line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (category < 0 || head.Length != 2 || !double.TryParse(head[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new FormatException($"Lexicon line {lineNumber}: expected 'LANGS WEIGHT: terms' under a [category].");
            }

            var languages = head[0] == "*" ? Languages.All : head[0].Split(',').Aggregate(0, (mask, l) => mask | Languages.Bit(l));
            foreach (var term in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(term, category, weight, languages, keyIds);
            }
        }

        exactLookup = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        stemLookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        acronymLookup = acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();

        // Most words of a text match no stem and end no phrase: one lookup of the word's head (the shortest stem's
        // length) or of the word itself rules out the several prefix and phrase lookups that would all miss.
        stemHeadLookup = new HashSet<string>(stems.Keys.Select(k => k[..minStem]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        phraseEndLookup = new HashSet<string>(phrases.Keys.Select(k => k[(k.LastIndexOf('_') + 1)..]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Scores the title and body against the lexicon and names the category when it is clearly ahead.</summary>
    /// <param name="title">The headline.</param>
    /// <param name="text">The body text.</param>
    /// <param name="language">The article's BCP 47 language (<c>es</c>, <c>pt-BR</c>); null or another language uses every rule.</param>
    /// <param name="options">Weights and thresholds; the defaults when null.</param>
    public TextCategorization Classify(string? title, string? text, string? language, CategorizerOptions? options = null)
    {
        options ??= CategorizerOptions.Default;
        var state = new ScanState(categories.Length, Languages.Mask(language));
        if (!string.IsNullOrEmpty(title))
        {
            Scan(title, ref state, options.TitleWeight, options.TitleWeight, int.MaxValue, options.MaxRepeats);
        }

        if (!string.IsNullOrEmpty(text))
        {
            state.ResetPhrase();
            Scan(text, ref state, options.LeadWeight, 1.0, options.LeadWords, options.MaxRepeats, options.MaxWords);
        }

        int best = -1, second = -1;
        for (var i = 0; i < state.Scores.Length; i++)
        {
            if (state.Scores[i] <= 0)
            {
                continue;
            }

            if (best < 0 || state.Scores[i] > state.Scores[best])
            {
                second = best;
                best = i;
            }
            else if (second < 0 || state.Scores[i] > state.Scores[second])
            {
                second = i;
            }
        }

        if (best < 0)
        {
            return default;
        }

        var result = new TextCategorization(null, categories[best], state.Scores[best], second < 0 ? null : categories[second], second < 0 ? 0 : state.Scores[second]);
        return result.Score >= options.MinScore && result.Margin >= options.MinMargin ? result with { Category = result.Best } : result;
    }

    private void Scan(string text, ref ScanState state, double leadWeight, double weight, int leadWords, int maxRepeats, int maxWords = int.MaxValue)
    {
        Span<char> word = stackalloc char[MaxWordLength];
        var length = 0;
        var upper = 0;
        var letters = 0;
        var words = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }

                var folded = Fold(c);
                if (folded != '\0' && length < MaxWordLength)
                {
                    word[length++] = folded;
                }

                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            if (length > 0)
            {
                var w = words < leadWords ? leadWeight : weight;
                var isAcronym = letters >= 2 && letters <= 6 && (upper == letters || (upper == letters - 1 && word[length - 1] == 's' && char.IsLower(text[i - 1])));
                // The "s" of "minister's" is no word of its own.
                var possessive = length == 1 && word[0] == 's' && i - 2 >= 0 && text[i - 2] is '\'' or '’';
                if (!possessive)
                {
                    Score(word[..length], isAcronym, w, ref state, maxRepeats);
                }

                if (++words >= maxWords)
                {
                    return;
                }
            }

            if (char.IsDigit(c) || c is '.' or '!' or '?' or ';' or ':' or '\n' or '(' or ')' or '"' or '“' or '”' or '«' or '»')
            {
                // Phrases do not run across numbers or sentence breaks.
                state.ResetPhrase();
            }

            length = upper = letters = 0;
        }
    }

    private void Score(ReadOnlySpan<char> word, bool isAcronym, double weight, ref ScanState state, int maxRepeats)
    {
        state.PushPhrase(word);
        if (word.Length < 2)
        {
            return;
        }

        Entry[]? entries = null;
        if (isAcronym)
        {
            acronymLookup.TryGetValue(word, out entries);
        }

        if (entries is null && !exactLookup.TryGetValue(word, out entries) && word.Length >= minStem && stemHeadLookup.Contains(word[..minStem]))
        {
            for (var n = Math.Min(word.Length, maxStem); n >= minStem && entries is null; n--)
            {
                stemLookup.TryGetValue(word[..n], out entries);
            }
        }

        if (entries is not null)
        {
            state.Add(entries, weight, maxRepeats);
        }

        var phraseWords = state.PhraseWords >= 2 && phraseEndLookup.Contains(word) ? state.PhraseWords : 0;
        for (var n = 2; n <= phraseWords; n++)
        {
            if (phraseLookup.TryGetValue(state.Phrase(n), out var phrase))
            {
                state.Add(phrase, weight, maxRepeats);
            }
        }
    }

    private void Add(string term, int category, double weight, int languages, Dictionary<string, int> keyIds)
    {
        var isStem = term.EndsWith('*');
        var bare = isStem ? term[..^1] : term;
        var letters = bare.Where(char.IsLetter).ToArray();
        var isAcronym = !bare.Contains('_', StringComparison.Ordinal) && letters.Length >= 2
            && letters.Take(letters.Length - (letters[^1] == 's' ? 1 : 0)).All(char.IsUpper);
        var key = FoldTerm(bare);
        Dictionary<string, Entry[]> target;
        if (key.Contains('_', StringComparison.Ordinal))
        {
            target = phrases;
            if (isStem)
            {
                // A phrase stem covers the plural: "play_off*" is play off and play offs.
                AddEntry(phrases, key + "s", category, weight, languages, keyIds);
            }
        }
        else if (isAcronym)
        {
            target = acronyms;
        }
        else if (isStem)
        {
            target = stems;
        }
        else
        {
            target = exact;
        }

        AddEntry(target, key, category, weight, languages, keyIds);
    }

    private void AddEntry(Dictionary<string, Entry[]> target, string key, int category, double weight, int languages, Dictionary<string, int> keyIds)
    {
        if (ReferenceEquals(target, stems))
        {
            if (key.Length < 3)
            {
                throw new FormatException($"Lexicon stem '{key}*' is too short.");
            }

            // Stems set the range of prefix lengths probed per word.
            minStem = Math.Min(minStem, key.Length);
            maxStem = Math.Max(maxStem, key.Length);
        }

        var id = keyIds.TryGetValue((target == phrases ? "p:" : target == acronyms ? "a:" : target == stems ? "s:" : "e:") + key, out var known)
            ? known
            : keyIds[(target == phrases ? "p:" : target == acronyms ? "a:" : target == stems ? "s:" : "e:") + key] = keyIds.Count;
        var entries = target.TryGetValue(key, out var existing) ? existing : [];
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Category == category && entries[i].Languages == languages)
            {
                // The same word listed twice for a category keeps its strongest weight.
                entries[i] = entries[i] with { Weight = Math.Max(entries[i].Weight, weight) };
                return;
            }
        }

        target[key] = [.. entries, new Entry(category, weight, languages, id)];
    }

    private static string FoldTerm(string term)
    {
        var folded = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            if (c == '_')
            {
                folded.Append('_');
            }
            else if (char.IsLetter(c) && Fold(c) is var f and not '\0')
            {
                folded.Append(f);
            }
        }

        return folded.ToString();
    }

    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Lower case without accents: É → e, ß → s (as the first letter of ss), ø → o; '\0' for a lone combining mark.</summary>
    internal static char Fold(char c)
    {
        if (c < FoldTable.Length)
        {
            return FoldTable[c];
        }

        return char.ToLowerInvariant(c);
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var lower = char.ToLowerInvariant((char)c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[c] = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark ? decomposed[0] : '\0';
        }

        table['ß'] = 's';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        table['æ'] = 'a';
        table['œ'] = 'o';
        table['ł'] = 'l';
        table['đ'] = 'd';
        return table;
    }

    private readonly record struct Entry(int Category, double Weight, int Languages, int Id);

    private static class Languages
    {
        public const int All = -1;
        private static readonly string[] Known = ["en", "es", "fr", "de", "pt", "it"];

        public static int Bit(string language)
        {
            var index = Array.IndexOf(Known, language.Trim());
            return index < 0 ? throw new FormatException($"Lexicon: unknown language '{language}'.") : 1 << index;
        }

        /// <summary>The rules that apply to an article: its language's, or all when the language is unknown or not one we have.</summary>
        public static int Mask(string? language)
        {
            if (string.IsNullOrWhiteSpace(language))
            {
                return All;
            }

            var dash = language.IndexOfAny(['-', '_']);
            var primary = (dash < 0 ? language : language[..dash]).Trim().ToLowerInvariant();
            var index = Array.IndexOf(Known, primary);
            return index < 0 ? All : 1 << index;
        }
    }

    private struct ScanState
    {
        public readonly double[] Scores;
        private readonly int languages;
        private Dictionary<int, int>? repeats;
        private readonly char[] phraseBuffer;
        private readonly int[] phraseStarts;
        private int phraseLength;

        public ScanState(int categories, int languages)
        {
            Scores = new double[categories];
            this.languages = languages;
            phraseBuffer = new char[(MaxWordLength + 1) * MaxPhraseWords];
            phraseStarts = new int[MaxPhraseWords];
            PhraseWords = 0;
        }

        public int PhraseWords { get; private set; }

        public void ResetPhrase() => PhraseWords = phraseLength = 0;

        /// <summary>Keeps the last few words as "a_b_c_d" in a buffer, for phrase lookups.</summary>
        public void PushPhrase(ReadOnlySpan<char> word)
        {
            if (PhraseWords == MaxPhraseWords)
            {
                var drop = phraseStarts[1];
                phraseBuffer.AsSpan(drop, phraseLength - drop).CopyTo(phraseBuffer);
                phraseLength -= drop;
                for (var i = 1; i < MaxPhraseWords; i++)
                {
                    phraseStarts[i - 1] = phraseStarts[i] - drop;
                }

                PhraseWords--;
            }

            if (PhraseWords > 0)
            {
                phraseBuffer[phraseLength++] = '_';
            }

            phraseStarts[PhraseWords++] = phraseLength;
            word.CopyTo(phraseBuffer.AsSpan(phraseLength));
            phraseLength += word.Length;
        }

        /// <summary>The last <paramref name="words"/> words joined with '_'.</summary>
        public readonly ReadOnlySpan<char> Phrase(int words) =>
            phraseBuffer.AsSpan(phraseStarts[PhraseWords - words], phraseLength - phraseStarts[PhraseWords - words]);

        public void Add(Entry[] entries, double weight, int maxRepeats)
        {
            foreach (var entry in entries)
            {
                if ((entry.Languages & languages) == 0)
                {
                    continue;
                }

                repeats ??= [];
                var seen = repeats.TryGetValue(entry.Id, out var n) ? n : 0;
                if (seen >= maxRepeats)
                {
                    continue;
                }

                repeats[entry.Id] = seen + 1;
                Scores[entry.Category] += entry.Weight * weight;
            }
        }
    }
}
