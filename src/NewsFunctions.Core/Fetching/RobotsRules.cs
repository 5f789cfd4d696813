using System.Globalization;

namespace NewsFunctions.Fetching;

/// <summary>
/// The part of a robots.txt that applies to one user agent: allow/disallow path prefixes, longest match wins, and the
/// group's <c>Crawl-delay</c> (not in RFC 9309, but widely used by news sites to ask for slower crawling).
/// </summary>
internal sealed class RobotsRules
{
    private readonly List<(string Path, bool Allow)> _rules;

    private RobotsRules(List<(string Path, bool Allow)> rules, TimeSpan? crawlDelay = null)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>The seconds the site asks to leave between two requests, when its group for us says.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>One user-agent group of a robots.txt as it is read.</summary>
    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(string Path, bool Allow)> Rules { get; } = [];

        public double? CrawlDelaySeconds { get; set; }
    }

    public static RobotsRules Parse(string text, string userAgent)
    {
        var product = ProductToken(userAgent.Trim());
        var groups = new List<Group>();
        Group? group = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (!lastWasAgent)
                {
                    group = new Group();
                    groups.Add(group);
                }

                group!.Agents.Add(value);
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (group is not null && key is "allow" or "disallow" && value.Length > 0)
            {
                group.Rules.Add((value, key == "allow"));
            }
            else if (group is not null && key == "crawl-delay"
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && double.IsFinite(seconds))
            {
                group.CrawlDelaySeconds = seconds;
            }
        }

        // RFC 9309 2.2.1: every group naming our product token applies, merged into one; only without one do the '*'
        // groups. A group's user-agent is matched as a whole token, case-insensitively: "News" names another crawler
        // than NewsFunctions, and "NewsFunctions/1.0" still names ours.
        var chosen = groups.Where(g => g.Agents.Any(a => a != "*" && product.Length > 0 && string.Equals(ProductToken(a), product, StringComparison.OrdinalIgnoreCase))).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        if (chosen.Count == 0)
        {
            return AllowAll;
        }

        // Merged groups that disagree on Crawl-delay get the slowest: the site asked for at least that.
        var delay = chosen.Max(g => g.CrawlDelaySeconds);
        return new RobotsRules(
            chosen.SelectMany(g => g.Rules).ToList(),
            delay is { } d ? TimeSpan.FromSeconds(Math.Min(d, TimeSpan.MaxValue.TotalSeconds / 2)) : null);
    }

    /// <summary>The product token a user-agent line names: its leading letters, underscores and hyphens (RFC 9309 2.2.1).</summary>
    private static string ProductToken(string agent)
    {
        var end = 0;
        while (end < agent.Length && (char.IsAsciiLetter(agent[end]) || agent[end] is '_' or '-'))
        {
            end++;
        }

        return agent[..end];
    }

    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            // Longest pattern wins; on a tie, allow wins (as Google documents it).
            if (Matches(path, pattern) && (pattern.Length > best || (pattern.Length == best && allow)))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    /// <summary>robots.txt patterns: a prefix match where <c>*</c> is any run of characters and a final <c>$</c> anchors the end.</summary>
    internal static bool Matches(string path, string pattern)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var found = i == parts.Length - 1 && anchored
                ? (path.EndsWith(parts[i], StringComparison.Ordinal) && path.Length - parts[i].Length >= at ? path.Length - parts[i].Length : -1)
                : path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return !anchored || at == path.Length;
    }
}
