using System.Text.RegularExpressions;

namespace NewsFunctions.LocalHost.Hosting;

/// <summary>Resolves <c>%Setting%</c> names in trigger attributes from configuration, as the Functions host does.</summary>
internal sealed partial class SettingResolver(IConfiguration configuration)
{
    public string Resolve(string value, string functionName) =>
        SettingPattern().Replace(value, m => configuration[m.Groups[1].Value] is { Length: > 0 } resolved
            ? resolved
            : throw new InvalidOperationException($"Function '{functionName}' names the setting '%{m.Groups[1].Value}%', which is not configured."));

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingPattern();
}
