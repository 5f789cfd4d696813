using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Configuration;

namespace NewsFunctions.Infra.Tests;

/// <summary>Every setting the app reads is written by the template or defaulted in code.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed class AppSettingsTests(CompiledTemplateFixture compiled)
{
    private static readonly Assembly FunctionsAssembly = Assembly.Load("NewsFunctions.Functions");

    private IReadOnlyDictionary<string, string> Settings => compiled.Require().AppSettings;

    [Fact]
    public void Every_percent_setting_in_a_binding_is_an_app_setting()
    {
        var missing = Missing(BindingScanner.Scan(FunctionsAssembly));

        Assert.True(missing.Count == 0, "Not in the template's app settings: " + string.Join("; ", missing));
    }

    [Fact]
    public void Every_binding_connection_is_an_app_setting()
    {
        var uses = BindingScanner.Scan(FunctionsAssembly).Where(u => u.Connection is not null).ToList();
        var missing = uses.Where(u => !BindingScanner.IsProvided(u, Settings)).Select(u => $"{u.Connection} ({u})").ToList();

        Assert.True(missing.Count == 0, "Connections the template does not provide: " + string.Join("; ", missing));
    }

    [Fact]
    public void Scanner_finds_what_a_missing_setting_looks_like()
    {
        // Proves the two tests above would catch the functions that are merged later.
        var uses = BindingScanner.Scan([typeof(SampleFunctions)]);

        Assert.Equal(
            ["ArticlesQueueName", "DiscoverSchedule", "NotInTheTemplate", "SourcesQueueName"],
            uses.SelectMany(u => u.Settings).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["NotInTheTemplate (QueueTriggerAttribute on " + typeof(SampleFunctions).FullName + ".Broken(message))"], Missing(uses));

        var connections = uses.Where(u => u.Connection is not null).ToList();
        Assert.Contains(connections, u => u.Connection == "AzureWebJobsStorage" && u.StorageService == "queue" && BindingScanner.IsProvided(u, Settings));
        Assert.Contains(connections, u => u.Connection == "OtherStorage" && !BindingScanner.IsProvided(u, Settings));
    }

    [Theory]
    [InlineData("DiscoverSchedule")]
    [InlineData("SourcesQueueName")]
    [InlineData("ArticlesQueueName")]
    [InlineData("ArchiveSweepsQueueName")]
    [InlineData("ReextractsQueueName")]
    [InlineData("AzureWebJobsStorage__queueServiceUri")]
    [InlineData("AzureWebJobsStorage__blobServiceUri")]
    [InlineData("AzureWebJobsStorage__tableServiceUri")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING")]
    public void Design_contract_settings_are_present(string name)
    {
        // The functions that use these arrive with the lead's branch; the names are fixed by the design.
        Assert.Contains(name, Settings.Keys);
    }

    [Fact]
    public void Every_news_option_is_set_by_the_template_or_defaulted_in_code()
    {
        var unset = NewsOptionLeaves()
            .Where(leaf => !Settings.ContainsKey(leaf.Key) && !HasDefault(leaf.Default))
            .Select(leaf => leaf.Key)
            .ToList();

        Assert.True(unset.Count == 0, "Neither in the template nor defaulted in code: " + string.Join(", ", unset));
    }

    [Fact]
    public void Every_news_setting_in_the_template_names_a_real_option()
    {
        var known = NewsOptionLeaves().Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var unknown = Settings.Keys
            .Where(k => k.StartsWith(NewsOptions.SectionName + "__", StringComparison.Ordinal) && !known.Contains(k))
            .ToList();

        Assert.True(unknown.Count == 0, "Template settings that bind to nothing: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Template_defaults_equal_the_defaults_in_code()
    {
        var template = compiled.Require();
        var checkedAny = false;
        foreach (var leaf in NewsOptionLeaves().Where(l => Settings.ContainsKey(l.Key)))
        {
            var templateDefault = template.DefaultBehindSetting(leaf.Key);
            if (templateDefault is null)
            {
                continue;
            }

            checkedAny = true;
            Assert.True(
                string.Equals(Format(leaf.Default), Format(templateDefault), StringComparison.Ordinal),
                $"{leaf.Key}: code default '{Format(leaf.Default)}', template default '{Format(templateDefault)}'");
        }

        Assert.True(checkedAny, "no News__ setting could be traced to a template parameter");
    }

    [Fact]
    public void Template_ranges_equal_the_ranges_in_code()
    {
        // The app refuses to start on a value outside its [Range]; a template that allows more deploys an app that
        // does not start, and one that allows less hides values the app supports.
        // A ranged setting with no parameter can only be changed in Azure by editing the template, which rewrites the
        // app settings on each provision: every one must have its parameter.
        var template = compiled.Require();
        var checkedAny = false;
        foreach (var leaf in NewsOptionLeaves())
        {
            if (leaf.Property.GetCustomAttribute<System.ComponentModel.DataAnnotations.RangeAttribute>() is not { } range)
            {
                continue;
            }

            Assert.True(Settings.ContainsKey(leaf.Key) && template.ParameterBehindSetting(leaf.Key) is not null, $"{leaf.Key} has a [Range] but no template parameter");
            var parameter = template.ParameterBehindSetting(leaf.Key)!;
            checkedAny = true;
            Assert.Equal(Format(range.Minimum), Format(parameter["minValue"]));
            Assert.Equal(Format(range.Maximum), Format(parameter["maxValue"]));
        }

        Assert.True(checkedAny, "no News__ setting with a [Range] could be traced to a template parameter");
    }

    [Fact]
    public void Flat_setting_defaults_in_code_equal_the_template_defaults()
    {
        // NewsFunctions.Configuration.AppSettings pairs each flat setting name (a const string)
        // with a "<Name>Default" const. Looked up by name so this project also builds against a
        // Core library that predates the class; then there is nothing to compare.
        var constants = typeof(NewsOptions).Assembly.GetType("NewsFunctions.Configuration.AppSettings")?
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal)
            ?? [];
        var template = compiled.Require();

        foreach (var (field, settingName) in constants.Where(c => constants.ContainsKey(c.Key + "Default")))
        {
            Assert.Contains(settingName, Settings.Keys);
            Assert.Equal(constants[field + "Default"], Format(template.DefaultBehindSetting(settingName)));
        }
    }

    [Fact]
    public void Storage_names_in_the_template_match_the_app_defaults()
    {
        var template = compiled.Require();
        var defaults = new StorageNames();

        Assert.Equal(defaults.RawContainer, (string?)template.Root["parameters"]?["rawContainerName"]?["defaultValue"]);
        Assert.Equal(defaults.ArticlesContainer, (string?)template.Root["parameters"]?["articlesContainerName"]?["defaultValue"]);
        Assert.Equal(defaults.TablePrefix, (string?)template.Root["parameters"]?["tablePrefix"]?["defaultValue"]);
    }

    private List<string> Missing(IEnumerable<BindingUse> uses) =>
        uses.SelectMany(u => u.Settings.Where(s => !Settings.ContainsKey(s)).Select(s => $"{s} ({u})")).ToList();

    private static bool HasDefault(object? value) => value switch
    {
        null => false,
        string s => !string.IsNullOrWhiteSpace(s),
        _ => true,
    };

    private static string Format(object? value) => value switch
    {
        JsonNode node => node.ToString(),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    /// <summary>Leaf properties of the options tree as app setting names (News__Fetch__UserAgent) with their defaults.</summary>
    private static IEnumerable<(string Key, object? Default, PropertyInfo Property)> NewsOptionLeaves() =>
        Leaves(typeof(NewsOptions), new NewsOptions(), NewsOptions.SectionName);

    private static IEnumerable<(string Key, object? Default, PropertyInfo Property)> Leaves(Type type, object? instance, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            var key = $"{prefix}__{property.Name}";
            var value = instance is null ? null : property.GetValue(instance);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(propertyType))
            {
                yield return (key, value, property);
            }
            else
            {
                foreach (var leaf in Leaves(propertyType, value ?? Activator.CreateInstance(propertyType), key))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || type == typeof(TimeSpan) || type == typeof(Uri) || type == typeof(DateTimeOffset) || type == typeof(Guid);

    /// <summary>Bindings shaped like the app's, one of them pointing at settings nobody provides.</summary>
    private static class SampleFunctions
    {
        public static void Discover([TimerTrigger("%DiscoverSchedule%")] object timer) => _ = timer;

        public static void Sources([QueueTrigger("%SourcesQueueName%", Connection = "AzureWebJobsStorage")] string message) => _ = message;

        [QueueOutput("%ArticlesQueueName%")]
        public static string Articles([QueueTrigger("%SourcesQueueName%")] string message) => message;

        public static void Broken([QueueTrigger("%NotInTheTemplate%", Connection = "OtherStorage")] string message) => _ = message;
    }
}
