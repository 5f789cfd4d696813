using System.Text;

namespace NewsFunctions.Enrichment;

/// <summary>
/// A short extractive summary: the article's opening sentences, which in news writing carry the who, what and when.
/// </summary>
public sealed class Summarizer
{
    /// <summary>Summaries stop at the first sentence end after this many characters.</summary>
    public int TargetLength { get; init; } = 280;

    public int MaxSentences { get; init; } = 3;

    public string Summarize(string text)
    {
        var summary = new StringBuilder();
        var sentences = 0;
        foreach (var sentence in Sentences(text))
        {
            // Fragments such as "Advertisement" or a dateline are not sentences worth showing.
            if (sentence.Length < 25 && sentences == 0)
            {
                continue;
            }

            if (summary.Length > 0)
            {
                summary.Append(' ');
            }

            summary.Append(sentence);
            if (++sentences >= MaxSentences || summary.Length >= TargetLength)
            {
                break;
            }
        }

        return summary.ToString();
    }

    /// <summary>Splits on sentence-final punctuation followed by a space and an upper-case letter, quote or digit, within paragraphs.</summary>
    internal static IEnumerable<string> Sentences(string text)
    {
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var start = 0;
            for (var i = 0; i < paragraph.Length - 2; i++)
            {
                if (paragraph[i] is '.' or '!' or '?' or '…' or '。'
                    && paragraph[i + 1] == ' '
                    && (char.IsUpper(paragraph[i + 2]) || char.IsDigit(paragraph[i + 2]) || paragraph[i + 2] is '"' or '“' or '«' or '¿' or '¡' or '‘')
                    && !EndsWithAbbreviation(paragraph, start, i))
                {
                    yield return paragraph[start..(i + 1)].Trim();
                    start = i + 2;
                }
            }

            if (start < paragraph.Length)
            {
                yield return paragraph[start..].Trim();
            }
        }
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "sra", "st", "jr", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "no", "vs", "etc", "inc", "ltd", "co", "corp", "u.s", "u.k", "e.g", "i.e", "approx", "dept", "fig",
    };

    private static bool EndsWithAbbreviation(string paragraph, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(paragraph[wordStart - 1]))
        {
            wordStart--;
        }

        var word = paragraph[wordStart..dot];
        // A single capital ("J. Smith") is an initial, not a sentence end.
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }
}
