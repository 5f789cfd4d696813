using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsFunctions.Infra.Tests;

/// <summary>One resource of the compiled template, with the module (nested deployment) it sits in.</summary>
internal sealed record ArmResource(JsonObject Json, JsonObject Template, ArmResource? Module)
{
    public string Type => (string?)Json["type"] ?? "";

    public string Name => (string?)Json["name"] ?? "";

    public JsonObject Properties => Json["properties"] as JsonObject ?? [];

    public override string ToString() => $"{Type} {Name}";
}

/// <summary>
/// The ARM JSON that <c>bicep build</c> emits. Modules become Microsoft.Resources/deployments
/// with the module's template inline; <see cref="Resources"/> flattens them all.
/// </summary>
internal sealed partial class ArmTemplate
{
    public ArmTemplate(string json)
    {
        Text = json;
        Root = JsonNode.Parse(json)?.AsObject() ?? throw new ArgumentException("empty template", nameof(json));
        Resources = Flatten(Root, module: null).ToList();
    }

    public string Text { get; }

    public JsonObject Root { get; }

    public IReadOnlyList<ArmResource> Resources { get; }

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type)
    {
        var matches = OfType(type).Where(r => r.Json["existing"] is null).ToList();
        Assert.True(matches.Count == 1, $"expected exactly one {type}, found {matches.Count}");
        return matches[0];
    }

    /// <summary>The Function App's app settings: the literal keys of its config/appsettings resource.</summary>
    public IReadOnlyDictionary<string, string> AppSettings
    {
        get
        {
            var config = OfType("Microsoft.Web/sites/config")
                .Single(r => r.Name.Contains("'appsettings'", StringComparison.Ordinal) || r.Name.EndsWith("/appsettings", StringComparison.Ordinal));
            return config.Properties.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "", StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Follows an app setting's value back to the top-level parameter it comes from and returns
    /// that parameter's default, or null when the value is not a plain parameter pass-through.
    /// </summary>
    public JsonNode? DefaultBehindSetting(string settingName) => ParameterBehindSetting(settingName)?["defaultValue"];

    /// <summary>The top-level parameter an app setting's value comes from (its default, minValue, maxValue), or null when it is not one.</summary>
    public JsonNode? ParameterBehindSetting(string settingName)
    {
        var resource = OfType("Microsoft.Web/sites/config").Single(r => r.Name.Contains("appsettings", StringComparison.Ordinal));
        var expression = resource.Properties[settingName]?.ToString();
        while (expression is not null)
        {
            var parameter = ParameterReference().Match(expression);
            if (!parameter.Success)
            {
                return null;
            }

            var name = parameter.Groups[1].Value;
            if (resource.Module is null)
            {
                return Root["parameters"]?[name];
            }

            // Inside a module, a parameter's value is set by the deployment resource that wraps it,
            // in the scope of the template one level up.
            expression = resource.Module.Properties["parameters"]?[name]?["value"]?.ToString();
            resource = resource.Module;
        }

        return null;
    }

    private static IEnumerable<ArmResource> Flatten(JsonObject template, ArmResource? module)
    {
        // languageVersion 2.0 templates keep resources in an object keyed by symbolic name.
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject map => map.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };

        foreach (var json in resources)
        {
            var resource = new ArmResource(json, template, module);
            yield return resource;
            if (resource.Type == "Microsoft.Resources/deployments" && resource.Properties["template"] is JsonObject inner)
            {
                foreach (var nested in Flatten(inner, resource))
                {
                    yield return nested;
                }
            }
        }
    }

    [GeneratedRegex(@"^\[(?:string\()?(?:if\()?parameters\('([^']+)'\)")]
    private static partial Regex ParameterReference();
}

/// <summary>Builds infra/main.bicep once for all the tests that read the compiled template.</summary>
public sealed class CompiledTemplateFixture
{
    public CompiledTemplateFixture()
    {
        Build = BicepCli.Run("build", "infra/main.bicep", "--stdout");
        if (Build.ExitCode == 0)
        {
            Template = new ArmTemplate(Build.StandardOutput);
        }
    }

    internal BicepResult Build { get; }

    internal ArmTemplate? Template { get; }

    internal ArmTemplate Require()
    {
        Assert.True(Template is not null, $"bicep build failed: {Build.Describe()}");
        return Template!;
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledTemplateGroup : ICollectionFixture<CompiledTemplateFixture>
{
    public const string Name = "compiled template";
}
