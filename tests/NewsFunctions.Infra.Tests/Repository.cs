using System.Reflection;

namespace NewsFunctions.Infra.Tests;

/// <summary>Paths baked in at build time, so the tests run from any working directory.</summary>
internal static class Repository
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string BicepPath { get; } = Metadata("BicepPath");

    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    public static string ReadAllText(string relative) => File.ReadAllText(PathOf(relative));

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; see the test project file.");
}
