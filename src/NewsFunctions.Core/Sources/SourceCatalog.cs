using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsFunctions.Configuration;

namespace NewsFunctions.Sources;

/// <summary>The sources file: loaded once, validated whole, so one bad entry is reported instead of silently skipped.</summary>
public sealed class SourceCatalog
{
    private readonly Lazy<IReadOnlyList<Source>> _sources;

    public SourceCatalog(IOptions<NewsOptions> options)
    {
        var path = options.Value.SourcesPath;
        if (!Path.IsPathRooted(path))
        {
            path = Path.Combine(AppContext.BaseDirectory, path);
        }

        _sources = new Lazy<IReadOnlyList<Source>>(() => Load(File.ReadAllText(path), path));
    }

    public IReadOnlyList<Source> All => _sources.Value;

    public IEnumerable<Source> Enabled => All.Where(s => s.Enabled);

    public Source? Find(string id) => All.FirstOrDefault(s => s.Id == id);

    /// <summary>Parses and validates a sources document.</summary>
    /// <exception cref="InvalidDataException">The document is not valid; the message names every problem.</exception>
    public static IReadOnlyList<Source> Load(string json, string origin = "sources")
    {
        SourcesDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SourcesDocument>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: not valid sources JSON: {e.Message}", e);
        }

        var problems = new List<string>();
        var sources = document?.Sources ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            var at = $"sources[{i}]";
            if (string.IsNullOrWhiteSpace(s.Id) || !s.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                problems.Add($"{at}.id must be lower-case letters, digits and '-'.");
            }
            else if (!seen.Add(s.Id))
            {
                problems.Add($"{at}.id '{s.Id}' is used twice.");
            }

            if (string.IsNullOrWhiteSpace(s.Name))
            {
                problems.Add($"{at}.name is required.");
            }

            if (s.Feeds.Count == 0 && s.Sections.Count == 0 && s.Enabled)
            {
                problems.Add($"{at}.feeds needs at least one feed URL (or sections at least one section page).");
            }

            foreach (var (name, url) in s.Feeds.Select(f => ("feeds", f)).Concat(s.Sections.Select(f => ("sections", f))))
            {
                if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
                {
                    problems.Add($"{at}.{name}: '{url}' is not an absolute http(s) URL.");
                }
            }

            if (!Categories.IsKnown(s.DefaultCategory))
            {
                problems.Add($"{at}.defaultCategory '{s.DefaultCategory}' is not one of: {string.Join(", ", Categories.Known)}.");
            }

            if (s.TimeZone is not null && !TryFindTimeZone(s.TimeZone, out _))
            {
                problems.Add($"{at}.timeZone '{s.TimeZone}' of source '{s.Id}' is not a known IANA time zone id (such as \"Europe/Madrid\").");
            }
        }

        return problems.Count == 0
            ? sources
            : throw new InvalidDataException($"{origin}: {string.Join(" ", problems)}");
    }

    /// <summary>An IANA time zone id known to this machine ("Europe/Madrid"); Windows ids and offsets are not accepted.</summary>
    internal static bool TryFindTimeZone(string? id, out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed record SourcesDocument(List<Source> Sources);
}
