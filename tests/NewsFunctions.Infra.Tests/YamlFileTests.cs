using YamlDotNet.RepresentationModel;

namespace NewsFunctions.Infra.Tests;

/// <summary>The workflows and azure.yaml cannot run here; they must at least parse and hang together.</summary>
public sealed class YamlFileTests
{
    public static TheoryData<string> Workflows() => new(WorkflowFiles());

    private static IEnumerable<string> WorkflowFiles() =>
        Directory.GetFiles(Repository.PathOf(".github/workflows"), "*.y*ml")
            .Select(file => Path.GetRelativePath(Repository.Root, file))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Both_workflows_exist()
    {
        var names = WorkflowFiles().Select(Path.GetFileName).ToList();

        Assert.Contains("ci.yml", names);
        Assert.Contains("deploy.yml", names);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Workflow_is_well_formed(string file)
    {
        var root = Load(file);

        Assert.True(root.Children.ContainsKey("name"), $"{file}: no name");
        Assert.True(root.Children.ContainsKey("on"), $"{file}: no triggers");
        var jobs = Map(root, "jobs");
        Assert.NotEmpty(jobs.Children);
        foreach (var (key, value) in jobs.Children)
        {
            var job = (YamlMappingNode)value;
            Assert.True(job.Children.ContainsKey("runs-on"), $"{file}: job {key} has no runs-on");
            var steps = (YamlSequenceNode)job["steps"];
            Assert.NotEmpty(steps.Children);
            foreach (var step in steps.Children.Cast<YamlMappingNode>())
            {
                var hasUses = step.Children.ContainsKey("uses");
                var hasRun = step.Children.ContainsKey("run");
                Assert.True(hasUses ^ hasRun, $"{file}: job {key} has a step with neither or both of uses/run");
                if (hasUses)
                {
                    // A floating reference (no @version) would run whatever the action's default branch holds.
                    Assert.Matches(@"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[\w.-]+$", Scalar(step, "uses"));
                }
            }
        }
    }

    [Fact]
    public void Ci_builds_tests_with_azurite_and_lints_bicep()
    {
        var text = Repository.ReadAllText(".github/workflows/ci.yml");
        Load(".github/workflows/ci.yml");

        Assert.Contains("scripts/test.sh", text, StringComparison.Ordinal);
        Assert.Contains("dotnet test tests/NewsFunctions.Infra.Tests", text, StringComparison.Ordinal);
        Assert.Contains("global-json-file: global.json", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deploy_uses_oidc_and_azd_and_previews_pull_requests()
    {
        var root = Load(".github/workflows/deploy.yml");
        var text = Repository.ReadAllText(".github/workflows/deploy.yml");

        Assert.Equal("write", Scalar(Map(root, "permissions"), "id-token"));
        Assert.DoesNotContain("client-secret", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("creds:", text, StringComparison.Ordinal);

        var jobs = Map(root, "jobs");
        var whatIf = (YamlMappingNode)jobs["what-if"];
        Assert.Contains("pull_request", Scalar(whatIf, "if"), StringComparison.Ordinal);
        Assert.Contains(Steps(whatIf), s => s.StartsWith("azure/login@", StringComparison.Ordinal));
        Assert.Contains(Steps(whatIf), s => s.Contains("what-if", StringComparison.Ordinal) && s.Contains("infra/main.bicepparam", StringComparison.Ordinal));

        var deploy = (YamlMappingNode)jobs["deploy"];
        Assert.Contains("!= 'pull_request'", Scalar(deploy, "if"), StringComparison.Ordinal);
        Assert.Contains(Steps(deploy), s => s.StartsWith("azure/login@", StringComparison.Ordinal));
        Assert.Contains(Steps(deploy), s => s.StartsWith("azd provision", StringComparison.Ordinal));
        Assert.Contains(Steps(deploy), s => s.StartsWith("azd deploy", StringComparison.Ordinal));
    }

    [Fact]
    public void Azure_yaml_deploys_the_functions_project_as_service_api()
    {
        var root = Load("azure.yaml");

        var infra = Map(root, "infra");
        Assert.Equal("bicep", Scalar(infra, "provider"));
        Assert.True(File.Exists(Repository.PathOf(Path.Combine(Scalar(infra, "path"), Scalar(infra, "module") + ".bicep"))));

        var api = Map(Map(root, "services"), "api");
        Assert.Equal("dotnet", Scalar(api, "language"));
        Assert.Equal("function", Scalar(api, "host"));
        var project = Repository.PathOf(Scalar(api, "project"));
        Assert.True(File.Exists(Path.Combine(project, "NewsFunctions.Functions.csproj")), $"no Functions project at {project}");
    }

    private static YamlMappingNode Load(string relative)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(Repository.ReadAllText(relative));
        stream.Load(reader);
        var document = Assert.Single(stream.Documents);
        return Assert.IsType<YamlMappingNode>(document.RootNode);
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => Assert.IsType<YamlMappingNode>(node[key]);

    private static string Scalar(YamlMappingNode node, string key) => Assert.IsType<YamlScalarNode>(node[key]).Value ?? "";

    /// <summary>Each step as its uses: reference or its run: script.</summary>
    private static IEnumerable<string> Steps(YamlMappingNode job) =>
        ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()
            .Select(step => step.Children.TryGetValue("uses", out var uses) ? ((YamlScalarNode)uses).Value! : ((YamlScalarNode)step["run"]).Value!.Trim());
}
