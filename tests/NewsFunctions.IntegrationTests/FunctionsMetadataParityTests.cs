using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.LocalHost.Hosting;

namespace NewsFunctions.IntegrationTests;

/// <summary>
/// The local host must serve exactly what the Functions host would: the functions.metadata that the Functions SDK
/// writes at build is the host's view, and every entry in it must be served here the same way.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class FunctionsMetadataParityTests(NewsAppFixture app)
{
    private static readonly string Configuration =
        typeof(FunctionsMetadataParityTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    [Fact]
    public void LocalHostServesEveryFunctionOfFunctionsMetadataWithTheSameTrigger()
    {
        var path = Path.Combine(NewsAppFixture.RepositoryRoot, "src", "NewsFunctions.Functions", "bin", Configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: the Functions SDK should write it when the app builds.");
        using var metadata = JsonDocument.Parse(File.ReadAllText(path));
        var catalog = app.App.Services.GetRequiredService<IReadOnlyList<FunctionDescriptor>>().ToDictionary(f => f.Name);
        var settings = app.App.Services.GetRequiredService<SettingResolver>();
        var endpoints = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var names = new List<string>();
        foreach (var function in metadata.RootElement.EnumerateArray())
        {
            var name = function.GetProperty("name").GetString()!;
            names.Add(name);
            Assert.True(catalog.TryGetValue(name, out var local), $"functions.metadata lists '{name}', which the local host does not serve.");
            var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            Assert.Equal(trigger.GetProperty("type").GetString(), local.TriggerType);
            Assert.Equal(trigger.GetProperty("name").GetString(), local.TriggerParameter.Name);
            Assert.Equal(function.GetProperty("entryPoint").GetString(), local.Method.DeclaringType!.FullName + "." + local.Method.Name);

            switch (local.Trigger)
            {
                case HttpTriggerAttribute http:
                    var route = trigger.GetProperty("route").GetString();
                    var methods = trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).Order().ToList();
                    Assert.Equal(route, http.Route);
                    Assert.Equal(trigger.GetProperty("authLevel").GetString(), http.AuthLevel.ToString());
                    var endpoint = Assert.Single(endpoints, e => e.RoutePattern.RawText == "/api/" + route);
                    var served = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Order().ToList();
                    Assert.Equal(methods, served);
                    break;
                case TimerTriggerAttribute timer:
                    Assert.Equal(trigger.GetProperty("schedule").GetString(), timer.Schedule);
                    Assert.Equal(trigger.TryGetProperty("runOnStartup", out var r) && r.GetBoolean(), timer.RunOnStartup);
                    // The setting resolves to a valid six-field schedule, or the host would not have started.
                    Assert.NotEmpty(settings.Resolve(timer.Schedule, name));
                    break;
                case QueueTriggerAttribute queue:
                    Assert.Equal(trigger.GetProperty("queueName").GetString(), queue.QueueName);
                    Assert.Equal(trigger.TryGetProperty("connection", out var c) ? c.GetString() : null, queue.Connection);
                    break;
            }
        }

        Assert.Equal(names.Order(), catalog.Keys.Order());
        Assert.Contains(catalog.Values, f => f.Timer is not null);
        Assert.Equal(4, catalog.Values.Count(f => f.Queue is not null));
    }
}
