using System.Globalization;
using System.Text;

namespace NewsFunctions.Extraction.Metadata.Dates;

/// <summary>Month names and their abbreviations in English, Spanish, French, German, Portuguese, Italian, Dutch (and a few more).</summary>
internal static class MonthNames
{
    private static readonly string[][] Names =
    [
        // 1
        ["january", "jan", "enero", "ene", "janvier", "janv", "januar", "jänner", "jän", "jaenner", "janeiro", "gennaio", "gen", "januari", "styczeń", "leden", "января", "январь", "янв", "ocak", "január", "ιανουαρίου"],
        ["february", "feb", "febr", "febrero", "fév", "fev", "février", "fevrier", "févr", "fevr", "februar", "fevereiro", "febbraio", "februari", "feber", "luty", "února", "февраля", "февраль", "фев", "şubat", "február"],
        ["march", "mar", "marzo", "mars", "märz", "mär", "maerz", "mrz", "março", "marco", "maart", "mrt", "marzec", "března", "марта", "март", "mart", "március"],
        ["april", "apr", "abril", "abr", "avril", "avr", "aprile", "kwiecień", "dubna", "апреля", "апрель", "апр", "nisan", "április"],
        ["may", "mayo", "mai", "maio", "maggio", "mag", "mei", "maj", "května", "мая", "май", "mayıs", "május"],
        ["june", "jun", "junio", "juin", "juni", "junho", "giugno", "giu", "czerwiec", "června", "июня", "июнь", "июн", "haziran", "június"],
        ["july", "jul", "julio", "juillet", "juil", "juli", "julho", "luglio", "lug", "lipiec", "července", "июля", "июль", "июл", "temmuz", "július"],
        ["august", "aug", "agosto", "ago", "août", "aout", "augustus", "ag", "sierpień", "srpna", "августа", "август", "авг", "ağustos", "augusztus"],
        ["september", "sep", "sept", "septiembre", "set", "septembre", "setembro", "settembre", "sett", "wrzesień", "září", "сентября", "сентябрь", "сен", "eylül", "szeptember", "setiembre"],
        ["october", "oct", "octubre", "octobre", "oktober", "okt", "outubro", "out", "ottobre", "ott", "październik", "října", "октября", "октябрь", "окт", "ekim", "október"],
        ["november", "nov", "noviembre", "novembre", "novembro", "listopad", "listopadu", "ноября", "ноябрь", "ноя", "kasım", "november"],
        ["december", "dec", "diciembre", "dic", "décembre", "decembre", "déc", "dezember", "dez", "dezembro", "dicembre", "grudzień", "prosince", "декабря", "декабрь", "дек", "aralık", "december"],
    ];

    private static readonly Dictionary<string, int> Lookup = Build();

    /// <summary>A regex alternation of all names, longest first.</summary>
    public static string Alternation { get; } = string.Join("|", Lookup.Keys.OrderByDescending(k => k.Length).Select(System.Text.RegularExpressions.Regex.Escape));

    private static Dictionary<string, int> Build()
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var m = 0; m < Names.Length; m++)
        {
            foreach (var n in Names[m])
            {
                d.TryAdd(n, m + 1);
                var plain = StripAccents(n);
                d.TryAdd(plain, m + 1);
            }
        }

        return d;
    }

    /// <summary>The month number (1-12) of a name or abbreviation, or 0.</summary>
    public static int Parse(string name)
    {
        var key = name.Trim().TrimEnd('.');
        return Lookup.TryGetValue(key, out var m) ? m : Lookup.TryGetValue(StripAccents(key), out m) ? m : 0;
    }

    private static string StripAccents(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                b.Append(c);
            }
        }

        return b.ToString().Normalize(NormalizationForm.FormC);
    }
}
