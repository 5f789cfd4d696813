using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsFunctions.Infra.Tests;

/// <summary>The template compiles and lints clean with the pinned Bicep CLI.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed class BicepBuildTests(CompiledTemplateFixture compiled)
{
    [Fact]
    public void Cli_is_the_pinned_version()
    {
        var result = BicepCli.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0.49.2", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_succeeds_without_any_diagnostic()
    {
        Assert.True(compiled.Build.ExitCode == 0, compiled.Build.Describe());
        Assert.Empty(compiled.Build.Diagnostics);
        Assert.True(string.IsNullOrWhiteSpace(compiled.Build.StandardError), compiled.Build.Describe());
        Assert.Contains("subscriptionDeploymentTemplate.json", compiled.Require().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_reports_nothing_for_main_and_every_module()
    {
        // Linting each file, not only main.bicep, also covers a module main stops using.
        var result = BicepCli.Run("lint", "--pattern", "infra/**/*.bicep");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Empty(result.Diagnostics);
        Assert.True(string.IsNullOrWhiteSpace(result.StandardError), result.Describe());
    }

    [Fact]
    public void Lint_reports_nothing_for_the_parameters_file()
    {
        var result = BicepCli.Run("lint", "infra/main.bicepparam");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Empty(result.Diagnostics);
        Assert.True(string.IsNullOrWhiteSpace(result.StandardError), result.Describe());
    }

    [Fact]
    public void Parameters_file_builds_with_its_fallback_values()
    {
        var result = BicepCli.Run("build-params", "infra/main.bicepparam", "--stdout");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Empty(result.Diagnostics);

        var output = JsonNode.Parse(result.StandardOutput)!;
        var parameters = JsonNode.Parse((string)output["parametersJson"]!)!["parameters"]!;
        Assert.Equal("newsfunctions-dev", (string?)parameters["environmentName"]?["value"]);
        Assert.False(string.IsNullOrEmpty((string?)parameters["location"]?["value"]));
        Assert.Equal("", (string?)parameters["principalId"]?["value"]);
        Assert.Equal("User", (string?)parameters["principalType"]?["value"]);
        Assert.False((bool)parameters["vnetEnabled"]!["value"]!);
    }

    [Fact]
    public void Azd_parameters_file_names_only_real_parameters()
    {
        var template = compiled.Require();
        var declared = template.Root["parameters"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var azd = JsonNode.Parse(Repository.ReadAllText("infra/main.parameters.json"))!["parameters"]!.AsObject();

        Assert.All(azd, p => Assert.Contains(p.Key, declared));
        foreach (var required in template.Root["parameters"]!.AsObject().Where(p => p.Value?["defaultValue"] is null))
        {
            Assert.True(azd.ContainsKey(required.Key), $"main.parameters.json does not set required parameter {required.Key}");
        }
    }

    [Fact]
    public void Both_parameter_files_read_the_same_environment_variables()
    {
        // azd uses one file or the other depending on its version; they must not disagree.
        var json = JsonNode.Parse(Repository.ReadAllText("infra/main.parameters.json"))!["parameters"]!.AsObject()
            .ToDictionary(p => p.Key, p => Regex.Match((string?)p.Value?["value"] ?? "", @"^\$\{(\w+)").Groups[1].Value, StringComparer.Ordinal);
        var bicepparam = Regex.Matches(Repository.ReadAllText("infra/main.bicepparam"), @"^param (\w+) = .*readEnvironmentVariable\('(\w+)'", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

        Assert.Equal(json.OrderBy(p => p.Key, StringComparer.Ordinal), bicepparam.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Bicepconfig_makes_the_core_rules_errors()
    {
        var config = JsonNode.Parse(
            Repository.ReadAllText("infra/bicepconfig.json"),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var rules = config["analyzers"]!["core"]!["rules"]!.AsObject();

        Assert.True((bool)config["analyzers"]!["core"]!["enabled"]!);
        string[] mustBeErrors =
        [
            "no-unused-params", "no-unused-vars", "no-hardcoded-env-urls", "no-hardcoded-location",
            "secure-parameter-default", "use-secure-value-for-secure-inputs", "outputs-should-not-contain-secrets",
            "use-recent-api-versions", "no-unused-existing-resources", "secure-params-in-nested-deploy",
            "use-resource-symbol-reference", "what-if-short-circuiting",
        ];
        Assert.All(mustBeErrors, rule => Assert.Equal("error", (string?)rules[rule]?["level"]));
        Assert.All(rules, rule => Assert.Contains((string?)rule.Value?["level"], new[] { "error", "off" }));
    }
}
