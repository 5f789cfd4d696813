using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsFunctions.Extraction.Metadata.Dates;

/// <summary>
/// Parses dates from machine values (ISO 8601, RFC 1123, compact, Unix time) and from visible text in several
/// languages ("7 ene 2022 16:24 GMT", "January 7, 2022", "7. Januar 2022, 16.24 Uhr", "07.01.2022", "2022年1月7日").
/// A value that states its time zone keeps it; one that does not is returned without an offset, for the caller to
/// place on the page's or the source's clock.
/// </summary>
internal static partial class DateParser
{
    private static readonly TimeSpan RegexTimeout = RegexLimits.Timeout;

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-MM-ddK", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyy/MM/dd", "yyyyMMdd",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss zzz",
    ];

    /// <summary>A value meant for machines: a meta tag's content, a datetime attribute, a JSON-LD date. The page's
    /// language decides the order of a numeric day and month ("10/05/2022 05:22 pm").</summary>
    public static WrittenDate? ParseMachine(string? value, string? language)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.Trim();
        if (s.Length > 80)
        {
            s = s[..80];
        }

        // "+0200" and "+02" zones: make them "+02:00" so the exact formats accept them.
        var zone = CompactZone().Match(s);
        if (zone.Success)
        {
            s = s[..zone.Index] + zone.Groups["sign"].Value + zone.Groups["h"].Value + ":" + (zone.Groups["m"].Success ? zone.Groups["m"].Value : "00");
        }

        s = s.Replace(" UTC", "Z", StringComparison.OrdinalIgnoreCase).Replace(" GMT", "Z", StringComparison.Ordinal);
        if (DateTimeOffset.TryParseExact(s, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var d))
        {
            // The formats parse a missing zone as UTC; whether one was written is read from the value itself.
            return new WrittenDate(d.DateTime, StatedZone().IsMatch(s) ? d.Offset : null);
        }

        if (s.Length is 10 or 13 && s.All(char.IsAsciiDigit) && long.TryParse(s, CultureInfo.InvariantCulture, out var unix))
        {
            var at = s.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(unix) : DateTimeOffset.FromUnixTimeSeconds(unix);
            return at.Year >= 1995 ? new WrittenDate(at.UtcDateTime, TimeSpan.Zero) : null;
        }

        if (IsoPrefix().Match(s) is { Success: true } iso && TryMake(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, out var day))
        {
            // "2019-10-21T07:28:00+02:00[Europe/Berlin]", "2019-10-21T7:28" and other near-ISO shapes: the rest of the text may add a time.
            var rest = s[(iso.Index + iso.Length)..];
            return WithTime(day, rest.StartsWith('T') ? " " + rest[1..] : rest, out _);
        }

        return FindInText(s, language);
    }

    /// <summary>The first date written in a piece of visible text, or null.</summary>
    public static WrittenDate? FindInText(string? text, string? language) => FindInText(text, language, out _);

    public static WrittenDate? FindInText(string? text, string? language, out int index)
    {
        index = -1;
        if (string.IsNullOrWhiteSpace(text) || !text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            // Every written date has a year in digits; most texts have none and skip the patterns.
            return null;
        }

        if (text.Length > 2000)
        {
            text = text[..2000];
        }

        try
        {
            WrittenDate? best = null;
            var bestIndex = int.MaxValue;
            void Consider(Match m, WrittenDate? date)
            {
                if (date is { } d && m.Index < bestIndex)
                {
                    best = WithTime(d, text[(m.Index + m.Length)..], out var hasTime);
                    if (!hasTime)
                    {
                        // US wire style puts the time first: "Updated 3:45 PM EST, Mon March 4, 2024".
                        best = WithTimeBefore(d, text[Math.Max(0, m.Index - 40)..m.Index]);
                    }

                    bestIndex = m.Index;
                }
            }

            foreach (Match m in DayMonthYear().Matches(text))
            {
                Consider(m, Make(m.Groups["y"].Value, MonthNames.Parse(m.Groups["mon"].Value), m.Groups["d"].Value));
            }

            foreach (Match m in MonthDayYear().Matches(text))
            {
                Consider(m, Make(m.Groups["y"].Value, MonthNames.Parse(m.Groups["mon"].Value), m.Groups["d"].Value));
            }

            foreach (Match m in IsoInText().Matches(text))
            {
                Consider(m, TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var d) ? d : null);
            }

            foreach (Match m in Cjk().Matches(text))
            {
                Consider(m, TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var d) ? d : null);
            }

            foreach (Match m in Numeric().Matches(text))
            {
                var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
                var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
                var y = m.Groups["y"].Value;
                if (y.Length == 2)
                {
                    y = "20" + y;
                }

                var monthFirst = m.Groups["sep"].Value == "/" && MonthFirst(language);
                if (a > 12)
                {
                    monthFirst = false;
                }
                else if (b > 12)
                {
                    monthFirst = true;
                }

                Consider(m, monthFirst ? Make(y, a, b.ToString(CultureInfo.InvariantCulture)) : Make(y, b, a.ToString(CultureInfo.InvariantCulture)));
            }

            index = best is null ? -1 : bestIndex;
            return best;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Every calendar day written anywhere in the text (for corroborating a machine date with what the page shows).</summary>
    public static HashSet<DateOnly> AllDays(string text, string? language)
    {
        var days = new HashSet<DateOnly>();
        try
        {
            void Add(WrittenDate? d)
            {
                if (d is { } v)
                {
                    days.Add(DateOnly.FromDateTime(v.Clock));
                }
            }

            foreach (Match m in DayMonthYear().Matches(text))
            {
                Add(Make(m.Groups["y"].Value, MonthNames.Parse(m.Groups["mon"].Value), m.Groups["d"].Value));
            }

            foreach (Match m in MonthDayYear().Matches(text))
            {
                Add(Make(m.Groups["y"].Value, MonthNames.Parse(m.Groups["mon"].Value), m.Groups["d"].Value));
            }

            foreach (Regex r in (Regex[])[IsoInText(), Cjk()])
            {
                foreach (Match m in r.Matches(text))
                {
                    Add(TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var d) ? d : null);
                }
            }

            foreach (Match m in Numeric().Matches(text))
            {
                var y = m.Groups["y"].Value.Length == 2 ? "20" + m.Groups["y"].Value : m.Groups["y"].Value;
                var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
                var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
                // Both readings: corroboration only asks whether the day is shown at all.
                Add(Make(y, b, a.ToString(CultureInfo.InvariantCulture)));
                if (a <= 12)
                {
                    Add(Make(y, a, b.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // What was found so far.
        }

        return days;
    }

    /// <summary>A time of day written right after a date ("16:24 GMT", "4:24 pm", "16.24 Uhr", "16h24") is added, with its zone.</summary>
    private static WrittenDate WithTime(WrittenDate date, string rest, out bool hasTime)
    {
        hasTime = false;
        if (rest.Length > 60)
        {
            rest = rest[..60];
        }

        var m = TimeAfter().Match(rest);
        if (!m.Success)
        {
            return date;
        }

        var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var min = int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture);
        var sec = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var ampm = m.Groups["ampm"].Value.ToUpperInvariant();
        if (ampm.StartsWith('P') && h < 12)
        {
            h += 12;
        }
        else if (ampm.StartsWith('A') && h == 12)
        {
            h = 0;
        }

        if (h > 23 || min > 59 || sec > 59)
        {
            return date;
        }

        hasTime = true;
        return new WrittenDate(date.Clock.Date + new TimeSpan(h, min, sec), ZoneOffset(m.Groups["tz"].Value) ?? date.Offset);
    }

    /// <summary>A time of day written right before a date, with its zone ("3:45 PM EST, Mon March 4, 2024").</summary>
    private static WrittenDate WithTimeBefore(WrittenDate date, string before)
    {
        var m = TimeBefore().Match(before);
        if (!m.Success)
        {
            return date;
        }

        // Parsed by the same rules as a time after the date, so both stay in step.
        return WithTime(date, " " + m.Value.TrimEnd(' ', ',', '-', '–', '—', '|', '·', '•'), out _);
    }

    private static TimeSpan? ZoneOffset(string zone)
    {
        if (string.IsNullOrEmpty(zone))
        {
            return null;
        }

        var z = zone.Trim().ToUpperInvariant();
        if (z.StartsWith("GMT", StringComparison.Ordinal) || z.StartsWith("UTC", StringComparison.Ordinal))
        {
            z = z[3..].Trim();
            if (z.Length == 0)
            {
                return TimeSpan.Zero;
            }
        }

        if (z[0] is '+' or '-')
        {
            var digits = z[1..].Replace(":", "", StringComparison.Ordinal);
            if (digits.Length is 1 or 2 && int.TryParse(digits, CultureInfo.InvariantCulture, out var hh) && hh <= 14)
            {
                return TimeSpan.FromHours(z[0] == '-' ? -hh : hh);
            }

            if (digits.Length is 3 or 4 && int.TryParse(digits, CultureInfo.InvariantCulture, out var hhmm) && hhmm / 100 <= 14 && hhmm % 100 < 60)
            {
                var span = new TimeSpan(hhmm / 100, hhmm % 100, 0);
                return z[0] == '-' ? -span : span;
            }

            return null;
        }

        return z switch
        {
            "Z" or "WET" => TimeSpan.Zero,
            "BST" or "CET" or "MEZ" or "WEST" => TimeSpan.FromHours(1),
            "CEST" or "MESZ" or "EET" => TimeSpan.FromHours(2),
            "EEST" or "MSK" => TimeSpan.FromHours(3),
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            "JST" or "KST" => TimeSpan.FromHours(9),
            "AEST" => TimeSpan.FromHours(10),
            "AEDT" => TimeSpan.FromHours(11),
            _ => null,
        };
    }

    /// <summary>
    /// Whether a numeric date with slashes is month first ("10/05/2022" is October 5): in American English, and when
    /// the language is unknown, as most such pages are American. British, Irish, Indian, Australian and every other
    /// English and non-English page writes the day first.
    /// </summary>
    internal static bool MonthFirst(string? language) =>
        language is null || language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-US", StringComparison.OrdinalIgnoreCase);

    private static WrittenDate? Make(string year, int month, string day)
    {
        if (month is < 1 or > 12 || !int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        return y is >= 1990 and <= 2100 && d >= 1 && d <= DateTime.DaysInMonth(y, month)
            ? new WrittenDate(new DateTime(y, month, d, 0, 0, 0, DateTimeKind.Unspecified), null)
            : null;
    }

    private static bool TryMake(string year, string month, string day, out WrittenDate date)
    {
        date = default;
        if (!int.TryParse(month, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12 || Make(year, m, day) is not { } d)
        {
            return false;
        }

        date = d;
        return true;
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?\s*(?:de\s+|of\s+|-)?(?<mon>\p{L}{3,12})\.?,?\s*(?:de\s+|del\s+|-|')?(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<mon>\p{L}{3,12})\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)[-/.](?<m>[01]?\d)[-/.](?<d>[0-3]?\d)(?!\d)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex IsoInText();

    [GeneratedRegex(@"^\s*(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex IsoPrefix();

    [GeneratedRegex(@"(?<y>(?:19|20)\d\d)\s*[年년]\s*(?<m>[01]?\d)\s*[月월]\s*(?<d>[0-3]?\d)\s*[日일]", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Cjk();

    [GeneratedRegex(@"(?<![\d.:/])(?<a>[0-3]?\d)(?<sep>[./-])\s?(?<b>[01]?\d)\k<sep>\s?(?<y>(?:19|20)\d\d|(?<=\.)\d\d(?![\d.,]\d))(?!\d)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^\s*(?:,|-|–|—|\||/|·|•|at|um|à|a las|às|as|alle|ore|om|kl\.?|klo|\s)*\s*(?<h>[0-2]?\d)\s*(?:[:h.]|Uhr\s)\s*(?<min>[0-5]\d)(?::(?<s>[0-5]\d))?(?:\.\d+)?\s*(?<ampm>[ap]\.?\s?m\.?)?\s*(?:Uhr|hrs?\.?|h\b)?\s*(?:\(?(?<tz>(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d\d)?|GMT|UTC|Z\b|[+-]\d\d:?\d\d|CEST|CET|MESZ|MEZ|EEST|EET|WEST|WET|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|MSK|JST|KST|AEST|AEDT)\)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TimeAfter();

    [GeneratedRegex(@"(?<![\d:.])[0-2]?\d\s*[:.]\s*[0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:(?:GMT|UTC|CEST|CET|MESZ|MEZ|EEST|EET|WEST|WET|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b)?\s*[,\-–—|·•]?\s*(?:\p{L}{2,10}\.?,?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TimeBefore();

    [GeneratedRegex(@"(?:Z|GMT|[+-]\d\d:\d\d)\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex StatedZone();

    [GeneratedRegex(@"(?<=\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(?<sign>[+-])(?<h>\d\d):?(?<m>\d\d)?$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CompactZone();
}

/// <summary>A date-time as a page writes it: its wall-clock date and time and, only when the value states one, its offset.</summary>
internal readonly record struct WrittenDate(DateTime Clock, TimeSpan? Offset)
{
    /// <summary>The moment at the stated offset, or at <paramref name="assumed"/> for a value written without one.</summary>
    public DateTimeOffset At(TimeSpan assumed) => new(DateTime.SpecifyKind(Clock, DateTimeKind.Unspecified), Offset ?? assumed);
}
