namespace NewsFunctions.Extraction.Metadata.Dates;

/// <summary>
/// Reads one page's dates onto a clock. A value that states its zone keeps it. One written without a zone
/// ("Publicado: 7 ene 2022 16:24", "2022-01-07T16:24:00") keeps its day and time as written and takes the offset the
/// page states for the same moment, or else the same day, in its machine dates (a meta tag, JSON-LD, a datetime
/// attribute); else the source's time zone at that local date-time; else UTC, as before zones were known.
/// </summary>
internal sealed class PageClock(string? language, TimeZoneInfo? sourceZone, Func<IEnumerable<string?>> machineValues)
{
    /// <summary>Enough of the page's machine dates to find its offset; a list page's hundreds of times add nothing.</summary>
    private const int MaxRead = 16;

    private List<DateTimeOffset>? _stated;

    /// <summary>The machine values read for their offsets, kept so that the page's own reading of them is not a second parse.</summary>
    private Dictionary<string, WrittenDate?>? _read;
    private HashSet<(DateTime, TimeSpan)>? _placed;

    /// <summary>The page's language, which orders a numeric day and month.</summary>
    public string? Language => language;

    public DateTimeOffset? Text(string? text) => Place(DateParser.FindInText(text, language, out _));

    public DateTimeOffset? Text(string? text, out int index) => Place(DateParser.FindInText(text, language, out index));

    public DateTimeOffset? Machine(string? value) =>
        Place(value is not null && _read is not null && _read.TryGetValue(value, out var read) ? read : DateParser.ParseMachine(value, language));

    /// <summary>
    /// Whether the value was written without a zone: its day and clock time are the page's own, so a late hour read
    /// as UTC is not a UTC stamp of the next day's local midnight.
    /// </summary>
    public bool WrittenWithoutZone(DateTimeOffset? value) => value is { } v && _placed is not null && _placed.Contains((v.DateTime, v.Offset));

    private DateTimeOffset? Place(WrittenDate? written)
    {
        if (written is not { } w)
        {
            return null;
        }

        if (w.Offset is not null)
        {
            return w.At(TimeSpan.Zero);
        }

        var offset = StatedFor(w.Clock) ?? sourceZone?.GetUtcOffset(DateTime.SpecifyKind(w.Clock, DateTimeKind.Unspecified)) ?? TimeSpan.Zero;

        var placed = w.At(offset);
        if (DateFinder.LocalMidnight(placed)!.Value.Offset != offset)
        {
            // Only a value that the UTC-midnight reading would move is ever asked about.
            (_placed ??= []).Add((placed.DateTime, placed.Offset));
        }

        return placed;
    }

    /// <summary>The offset of a machine date of the page at the same wall-clock minute, else on the same day.</summary>
    private TimeSpan? StatedFor(DateTime clock)
    {
        if (_stated is null)
        {
            _stated = [];
            _read = new Dictionary<string, WrittenDate?>(ReferenceEqualityComparer.Instance);
            var read = 0;
            foreach (var value in machineValues())
            {
                if (value is null)
                {
                    continue;
                }

                if (++read > MaxRead)
                {
                    break;
                }

                var parsed = DateParser.ParseMachine(value, language);
                _read.TryAdd(value, parsed);
                if (parsed is { Offset: not null } stated)
                {
                    _stated.Add(stated.At(TimeSpan.Zero));
                }
            }
        }

        TimeSpan? sameDay = null;
        foreach (var s in _stated)
        {
            var wall = s.DateTime;
            if (wall.Date != clock.Date)
            {
                continue;
            }

            if (wall.Hour == clock.Hour && wall.Minute == clock.Minute)
            {
                return s.Offset;
            }

            sameDay ??= s.Offset;
        }

        return sameDay;
    }
}
