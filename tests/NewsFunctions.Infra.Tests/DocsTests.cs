using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsFunctions.Infra.Tests;

/// <summary>docs/DEPLOY.md keeps up with the template's parameters.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed partial class DocsTests(CompiledTemplateFixture compiled)
{
    [Fact]
    public void Every_parameter_has_a_row_with_its_default()
    {
        var rows = ParameterRow().Matches(ParametersSection())
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

        foreach (var (name, definition) in compiled.Require().Root["parameters"]!.AsObject())
        {
            Assert.True(rows.TryGetValue(name, out var documented), $"docs/DEPLOY.md has no row for parameter {name}");

            var value = definition?["defaultValue"];
            var literal = value?.GetValueKind() switch
            {
                JsonValueKind.String => (string?)value,
                JsonValueKind.Number => ((long)value!).ToString(CultureInfo.InvariantCulture),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (!string.IsNullOrEmpty(literal))
            {
                Assert.True(documented.Contains($"`{literal}`", StringComparison.Ordinal), $"{name}: documented default '{documented}', template default '{literal}'");
            }
        }
    }

    [Fact]
    public void Every_documented_parameter_exists()
    {
        var declared = compiled.Require().Root["parameters"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var documented = ParameterRow().Matches(ParametersSection()).Select(m => m.Groups[1].Value);

        Assert.All(documented, name => Assert.Contains(name, declared));
    }

    private static string ParametersSection()
    {
        var text = Repository.ReadAllText("docs/DEPLOY.md");
        var start = text.IndexOf("\n## Parameters", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/DEPLOY.md has no '## Parameters' section");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    // A row of the parameters table: | `name` | default | meaning |
    [GeneratedRegex(@"^\| `(\w+)` \| ([^|]*) \|", RegexOptions.Multiline)]
    private static partial Regex ParameterRow();
}
