namespace NewsFunctions.Extraction.Metadata.Language;

/// <summary>
/// A small language detector: the writing system settles Russian, Ukrainian, Greek, Arabic, Hebrew, Thai, Japanese,
/// Korean and Chinese; Latin-script text is scored against the most frequent function words of English, German,
/// French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish and Turkish.
/// </summary>
internal static class LanguageDetector
{
    private const int SampleChars = 6000;

    private static readonly (string Lang, string Words)[] StopWords =
    [
        ("en", "the and of to in is that for it with was on are as by this be from at have has which not but they his her were their been will would an or you we said its who had one more about there can when what also after"),
        ("de", "der die und das den zu ist nicht von sie mit dem des auf für sich ein eine auch es an als im nach wie bei aus wird werden noch über oder sind hat einer wir ich dass aber um nur vor zum zur einen kann sein war wurde durch"),
        ("fr", "le la les de des et est un une du en que qui dans pour pas sur au avec il elle ce se par sont plus ont aux été mais cette nous vous leur à ne son sa ses comme tout être fait où"),
        ("es", "el la los las de del y que en un una es por con para se no su al lo como más pero sus le ha este esta son fue también entre sobre ya muy hay desde todo cuando está han"),
        ("pt", "o a os as de do da dos das e que em um uma no na para com não por se é mais ao foi como mas pelo pela seu sua são também nos à ou ser quando muito há já está isso"),
        ("it", "il lo la i gli le di del della e che in un una è per con non si da al alla dei sono anche come più ma nel nella questo ha essere delle degli ci stato può tra sul"),
        ("nl", "de het een en van in is dat op te zijn voor met die niet aan er om ook als bij door naar maar wordt nog worden dan hij ze wij uit heeft over deze kan meer geen"),
        ("pl", "i w na z do się nie jest to że o jak po co ale od za tak przez jego są dla przy który była był może"),
        ("sv", "och i att det som en på är av för med till den har de inte om ett var men från vid sig kan också efter"),
        ("tr", "ve bir bu da de için ile olarak daha çok gibi en olan ne var kadar sonra ancak ama her değil"),
    ];

    private static readonly Dictionary<string, List<int>> WordLangs = BuildWordIndex();

    /// <summary>Looks words up by span: the sample's thousand-odd words then cost no strings.</summary>
    private static readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> WordLangsBySpan =
        WordLangs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longer than any stop word: such a word is counted but not looked up.</summary>
    private const int MaxLookupLength = 32;

    private static Dictionary<string, List<int>> BuildWordIndex()
    {
        var d = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < StopWords.Length; i++)
        {
            foreach (var w in StopWords[i].Words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!d.TryGetValue(w, out var list))
                {
                    d[w] = list = [];
                }

                if (!list.Contains(i))
                {
                    list.Add(i);
                }
            }
        }

        return d;
    }

    /// <summary>The language of the text as a two-letter code with a confidence in [0,1], or null when there is too little to tell.</summary>
    public static (string Language, double Confidence)? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var sample = text.Length > SampleChars ? text.AsSpan(0, SampleChars) : text.AsSpan();
        int letters = 0, latin = 0, cyrillic = 0, ukrainian = 0, greek = 0, arabic = 0, hebrew = 0, thai = 0, kana = 0, hangul = 0, han = 0;
        foreach (var c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            switch (c)
            {
                case < '\u0250':
                    latin++;
                    break;
                case >= '\u0370' and < '\u0400':
                    greek++;
                    break;
                case >= '\u0400' and < '\u0530':
                    cyrillic++;
                    if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ')
                    {
                        ukrainian++;
                    }

                    break;
                case >= '\u0590' and < '\u0600':
                    hebrew++;
                    break;
                case >= '\u0600' and < '\u0700':
                    arabic++;
                    break;
                case >= '\u0E00' and < '\u0E80':
                    thai++;
                    break;
                case >= '\u3040' and < '\u3100':
                    kana++;
                    break;
                case >= '\uAC00' and < '\uD7B0' or >= '\u1100' and < '\u1200':
                    hangul++;
                    break;
                case >= '\u4E00' and < '\uA000' or >= '\u3400' and < '\u4DC0':
                    han++;
                    break;
            }
        }

        if (letters < 20)
        {
            return null;
        }

        var cjk = kana + hangul + han;
        if (cjk > letters * 0.3)
        {
            if (hangul > cjk * 0.3)
            {
                return ("ko", Confidence(hangul, letters));
            }

            if (kana > cjk * 0.08)
            {
                return ("ja", Confidence(kana + han, letters));
            }

            return ("zh", Confidence(han, letters));
        }

        if (cyrillic > letters * 0.4)
        {
            return (ukrainian > cyrillic * 0.02 ? "uk" : "ru", Confidence(cyrillic, letters));
        }

        if (greek > letters * 0.4)
        {
            return ("el", Confidence(greek, letters));
        }

        if (arabic > letters * 0.4)
        {
            return ("ar", Confidence(arabic, letters));
        }

        if (hebrew > letters * 0.4)
        {
            return ("he", Confidence(hebrew, letters));
        }

        if (thai > letters * 0.4)
        {
            return ("th", Confidence(thai, letters));
        }

        return latin > letters * 0.5 ? DetectLatin(sample) : null;
    }

    private static double Confidence(int hits, int letters) => Math.Min(1.0, (double)hits / letters + (letters > 200 ? 0.2 : 0));

    private static (string, double)? DetectLatin(ReadOnlySpan<char> sample)
    {
        var scores = new double[StopWords.Length];
        Span<char> lowered = stackalloc char[MaxLookupLength];
        var words = 0;
        var start = -1;
        for (var i = 0; i <= sample.Length; i++)
        {
            var isLetter = i < sample.Length && (char.IsLetter(sample[i]) || sample[i] == '\'');
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                var word = sample[start..i];
                words++;
                if (word.Length <= MaxLookupLength
                    && WordLangsBySpan.TryGetValue(lowered[..word.ToLowerInvariant(lowered)], out var langs))
                {
                    foreach (var l in langs)
                    {
                        scores[l] += 1.0 / langs.Count;
                    }
                }

                start = -1;
            }
        }

        if (words < 8)
        {
            return null;
        }

        int best = 0, second = -1;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                second = best;
                best = i;
            }
            else if (second < 0 || scores[i] > scores[second])
            {
                second = i;
            }
        }

        if (scores[best] < 2)
        {
            return null;
        }

        // Confidence: how much of the text the winner explains, and by how far it leads.
        var share = scores[best] / words;
        var lead = second < 0 ? 1 : (scores[best] - scores[second]) / scores[best];
        var confidence = Math.Min(1.0, (share * 4) * (0.3 + lead));
        return (StopWords[best].Lang, confidence);
    }
}
