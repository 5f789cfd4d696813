using System.Reflection;
using System.Text.RegularExpressions;

namespace NewsFunctions.Infra.Tests;

/// <summary>One binding attribute and the app settings it makes the Functions host resolve.</summary>
internal sealed record BindingUse(string Location, string Attribute, IReadOnlyList<string> Settings, string? Connection, string? StorageService)
{
    public override string ToString() => $"{Attribute} on {Location}";
}

/// <summary>
/// Finds the app settings a Functions assembly depends on through its binding attributes:
/// <c>%Name%</c> expressions in any string argument (timer schedules, queue and blob names)
/// and <c>Connection</c> names, which for the storage bindings default to AzureWebJobsStorage.
/// The host resolves these when it indexes the functions, so a missing one stops the app;
/// no default in code can stand in for them.
/// </summary>
internal static partial class BindingScanner
{
    public const string DefaultStorageConnection = "AzureWebJobsStorage";

    private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<BindingUse> Scan(Assembly assembly) => Scan(LoadableTypes(assembly));

    public static IReadOnlyList<BindingUse> Scan(IEnumerable<Type> types)
    {
        var uses = new List<BindingUse>();
        foreach (var type in types)
        {
            foreach (var method in type.GetMethods(Members))
            {
                var location = $"{type.FullName}.{method.Name}";
                Collect(location, method.GetCustomAttributesData(), uses);
                Collect($"{location} return", method.ReturnParameter.GetCustomAttributesData(), uses);
                foreach (var parameter in method.GetParameters())
                {
                    Collect($"{location}({parameter.Name})", parameter.GetCustomAttributesData(), uses);
                }
            }

            // Output bindings of a multi-output return type sit on its properties.
            foreach (var property in type.GetProperties(Members))
            {
                Collect($"{type.FullName}.{property.Name}", property.GetCustomAttributesData(), uses);
            }
        }

        return uses;
    }

    /// <summary>The Connection of a storage binding: either its setting itself or the identity-based <c>Name__…</c> form.</summary>
    public static bool IsProvided(BindingUse use, IReadOnlyDictionary<string, string> settings)
    {
        var connection = use.Connection!;
        if (settings.ContainsKey(connection))
        {
            return true;
        }

        return use.StorageService is { } service
            ? settings.ContainsKey($"{connection}__{service}ServiceUri") || settings.ContainsKey($"{connection}__serviceUri")
            : settings.Keys.Any(k => k.StartsWith(connection + "__", StringComparison.Ordinal));
    }

    private static void Collect(string location, IEnumerable<CustomAttributeData> attributes, List<BindingUse> uses)
    {
        foreach (var attribute in attributes)
        {
            var type = attribute.AttributeType;
            if (!IsBindingAttribute(type))
            {
                continue;
            }

            var strings = attribute.ConstructorArguments.Select(a => a.Value)
                .Concat(attribute.NamedArguments.Select(a => a.TypedValue.Value))
                .OfType<string>();
            var settings = strings.SelectMany(s => Expression().Matches(s).Select(m => m.Groups[1].Value)).Distinct().ToList();

            var hasConnection = type.GetProperty("Connection") is { PropertyType: var propertyType } && propertyType == typeof(string);
            var named = attribute.NamedArguments.FirstOrDefault(a => a.MemberName == "Connection").TypedValue.Value as string;
            var service = StorageService(type);
            var connection = hasConnection
                ? (string.IsNullOrEmpty(named) ? (service is null ? null : DefaultStorageConnection) : named)
                : null;

            if (settings.Count > 0 || connection is not null)
            {
                uses.Add(new BindingUse(location, type.Name, settings, connection, service));
            }
        }
    }

    private static bool IsBindingAttribute(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.FullName == "Microsoft.Azure.Functions.Worker.Extensions.Abstractions.BindingAttribute")
            {
                return true;
            }
        }

        return false;
    }

    private static string? StorageService(Type attribute)
    {
        var assembly = attribute.Assembly.GetName().Name ?? "";
        if (!assembly.Contains("Storage", StringComparison.Ordinal) && !assembly.Contains("Tables", StringComparison.Ordinal))
        {
            return null;
        }

        return attribute.Name switch
        {
            var n when n.StartsWith("Queue", StringComparison.Ordinal) => "queue",
            var n when n.StartsWith("Blob", StringComparison.Ordinal) => "blob",
            var n when n.StartsWith("Table", StringComparison.Ordinal) => "table",
            _ => null,
        };
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Expression();
}
