using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsFunctions.Infra.Tests;

/// <summary>What the compiled template promises about credentials, transport and access.</summary>
[Collection(CompiledTemplateGroup.Name)]
public sealed partial class SecurityTests(CompiledTemplateFixture compiled)
{
    private const string StorageAccount = "Microsoft.Storage/storageAccounts";
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private ArmTemplate Template => compiled.Require();

    [Theory]
    [InlineData("listKeys")]
    [InlineData("listAccountSas")]
    [InlineData("listServiceSas")]
    [InlineData("AccountKey=")]
    [InlineData("SharedAccessSignature=")]
    [InlineData("DefaultEndpointsProtocol=")]
    [InlineData("UseDevelopmentStorage")]
    [InlineData("InstrumentationKey=")]
    public void Template_holds_no_key_or_connection_string(string forbidden)
    {
        Assert.DoesNotContain(forbidden, Template.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_parameter_or_output_is_a_secret_and_none_is_needed()
    {
        var parameters = Template.Root["parameters"]!.AsObject();
        Assert.DoesNotContain(parameters, p => ((string?)p.Value?["type"])?.StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain(
            Template.Root["outputs"]!.AsObject(),
            o => o.Key.Contains("key", StringComparison.OrdinalIgnoreCase) || o.Key.Contains("connection", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Storage_account_refuses_shared_keys_public_blobs_and_old_tls()
    {
        var properties = Template.Single(StorageAccount).Properties;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.True((bool)properties["defaultToOAuthAuthentication"]!);
    }

    [Fact]
    public void Function_app_is_https_only_with_tls12_and_no_ftp()
    {
        var site = Template.Single("Microsoft.Web/sites");
        var siteConfig = site.Properties["siteConfig"]!;

        Assert.True((bool)site.Properties["httpsOnly"]!);
        Assert.Equal("1.2", (string?)siteConfig["minTlsVersion"]);
        Assert.Equal("1.2", (string?)siteConfig["scmMinTlsVersion"]);
        Assert.Equal("Disabled", (string?)siteConfig["ftpsState"]);

        var policies = Template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, policies.Count);
        Assert.Contains(policies, p => p.Name.Contains("'ftp'", StringComparison.Ordinal));
        Assert.Contains(policies, p => p.Name.Contains("'scm'", StringComparison.Ordinal));
        Assert.All(policies, p => Assert.False((bool)p.Properties["allow"]!));
    }

    [Fact]
    public void Function_app_runs_only_as_the_user_assigned_identity()
    {
        var site = Template.Single("Microsoft.Web/sites");

        Assert.Equal("UserAssigned", (string?)site.Json["identity"]?["type"]);
        Assert.Single(site.Json["identity"]!["userAssignedIdentities"]!.AsObject());
        Assert.Single(Template.OfType("Microsoft.ManagedIdentity/userAssignedIdentities"), r => r.Json["existing"] is null);
    }

    [Fact]
    public void Function_app_is_flex_consumption_dotnet_isolated_10()
    {
        var plan = Template.Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", (string?)plan.Json["sku"]?["name"]);
        Assert.Equal("FlexConsumption", (string?)plan.Json["sku"]?["tier"]);
        Assert.True((bool)plan.Properties["reserved"]!);

        var config = Template.Single("Microsoft.Web/sites").Properties["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]?["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]?["version"]);
        Assert.NotNull(config["scaleAndConcurrency"]?["instanceMemoryMB"]);
        Assert.NotNull(config["scaleAndConcurrency"]?["maximumInstanceCount"]);

        var deployment = config["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", (string?)deployment["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)deployment["authentication"]?["type"]);
        Assert.Null(deployment["authentication"]?["storageAccountConnectionStringName"]);
    }

    [Fact]
    public void Runtime_is_not_also_set_through_app_settings()
    {
        // Flex Consumption rejects these: the runtime is part of functionAppConfig.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", Template.AppSettings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", Template.AppSettings.Keys);
        Assert.DoesNotContain(Template.AppSettings.Keys, k => k.StartsWith("WEBSITE_CONTENT", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BlobDataOwner)]
    [InlineData(QueueDataContributor)]
    [InlineData(TableDataContributor)]
    public void App_identity_gets_storage_data_roles_on_the_account(string roleId)
    {
        var assignment = AppAssignments(roleId).Single();

        Assert.Contains($"resourceId('{StorageAccount}'", (string?)assignment.Json["scope"], StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", (string?)assignment.Properties["principalType"]);
    }

    [Fact]
    public void App_identity_publishes_metrics_to_application_insights()
    {
        var assignment = AppAssignments(MonitoringMetricsPublisher).Single();

        Assert.Contains("resourceId('Microsoft.Insights/components'", (string?)assignment.Json["scope"], StringComparison.Ordinal);
    }

    [Fact]
    public void Deploying_principal_roles_are_optional()
    {
        var deployer = Template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => r.Json["condition"] is not null)
            .ToList();

        Assert.NotEmpty(deployer);
        Assert.All(deployer, r => Assert.Contains("empty(", (string?)r.Json["condition"], StringComparison.Ordinal));
    }

    [Fact]
    public void Application_insights_refuses_local_auth_and_the_app_uses_entra()
    {
        var component = Template.Single("Microsoft.Insights/components");
        Assert.True((bool)component.Properties["DisableLocalAuth"]!);
        Assert.NotNull(component.Properties["WorkspaceResourceId"]);

        var settings = Template.AppSettings;
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", settings.Keys);
        Assert.Equal(
            "[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]",
            settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public void Host_storage_is_identity_based()
    {
        var settings = Template.AppSettings;

        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('identityClientId')]", settings["AzureWebJobsStorage__clientId"]);
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.Contains($".primaryEndpoints.{service}", settings[$"AzureWebJobsStorage__{service}ServiceUri"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Raw_archive_ages_to_cool_then_cold_and_is_deleted()
    {
        var policy = Template.Single("Microsoft.Storage/storageAccounts/managementPolicies");
        var rule = Assert.Single(policy.Properties["policy"]!["rules"]!.AsArray())!;
        var definition = rule["definition"]!;

        Assert.True((bool)rule["enabled"]!);
        Assert.Equal("[format('{0}/', parameters('rawContainerName'))]", (string?)definition["filters"]?["prefixMatch"]?[0]);
        var baseBlob = definition["actions"]!["baseBlob"]!;
        Assert.NotNull(baseBlob["tierToCool"]?["daysAfterModificationGreaterThan"]);
        Assert.NotNull(baseBlob["tierToCold"]?["daysAfterModificationGreaterThan"] ?? baseBlob["tierToArchive"]?["daysAfterModificationGreaterThan"]);
        Assert.NotNull(baseBlob["delete"]?["daysAfterModificationGreaterThan"]);

        // The prefix is the raw container the app writes to, not some other one.
        var storageModule = policy.Module!;
        Assert.Equal("[parameters('rawContainerName')]", storageModule.Properties["parameters"]?["rawContainerName"]?["value"]?.ToString());
    }

    [Fact]
    public void App_containers_queues_and_tables_are_created()
    {
        var storageModule = Template.Single(StorageAccount).Module!;
        var parameters = storageModule.Properties["parameters"]!;

        var containers = Strings(parameters["containerNames"]?["value"]);
        Assert.Contains("[parameters('rawContainerName')]", containers);
        Assert.Contains("[parameters('articlesContainerName')]", containers);
        Assert.Contains("[variables('deploymentContainerName')]", containers);

        var queues = Strings(parameters["queueNames"]?["value"]);
        Assert.Contains("[parameters('sourcesQueueName')]", queues);
        Assert.Contains("[format('{0}-poison', parameters('sourcesQueueName'))]", queues);
        Assert.Contains("[parameters('articlesQueueName')]", queues);
        Assert.Contains("[format('{0}-poison', parameters('articlesQueueName'))]", queues);
        Assert.Contains("[parameters('archiveSweepsQueueName')]", queues);
        Assert.Contains("[format('{0}-poison', parameters('archiveSweepsQueueName'))]", queues);
        Assert.Contains("[parameters('reextractsQueueName')]", queues);
        Assert.Contains("[format('{0}-poison', parameters('reextractsQueueName'))]", queues);

        var tables = Strings(parameters["tableNames"]?["value"]);
        foreach (var suffix in new[] { "Articles", "Feed", "Seen", "Sources", "Hosts" })
        {
            Assert.Contains($"[format('{{0}}{suffix}', parameters('tablePrefix'))]", tables);
        }

        Assert.Single(Template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Single(Template.OfType("Microsoft.Storage/storageAccounts/queueServices/queues"));
        Assert.Single(Template.OfType("Microsoft.Storage/storageAccounts/tableServices/tables"));
    }

    [Fact]
    public void Private_endpoints_cover_blob_queue_and_table_behind_the_vnet_switch()
    {
        var endpoints = Template.Single("Microsoft.Network/privateEndpoints");
        Assert.Equal("[parameters('vnetEnabled')]", (string?)endpoints.Module!.Json["condition"]);
        Assert.Equal(["blob", "queue", "table"], Strings(endpoints.Template["variables"]?["services"]));

        var zone = Template.Single("Microsoft.Network/privateDnsZones");
        Assert.Contains("environment().suffixes.storage", zone.Name, StringComparison.Ordinal);
        Assert.NotEmpty(Template.OfType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups"));

        var storage = Template.Single(StorageAccount);
        Assert.Equal("[parameters('vnetEnabled')]", storage.Module!.Properties["parameters"]?["privateNetworkOnly"]?["value"]?.ToString());
        Assert.Equal("[if(parameters('privateNetworkOnly'), 'Disabled', 'Enabled')]", (string?)storage.Properties["publicNetworkAccess"]);
    }

    [Fact]
    public void Outputs_include_the_azd_and_plain_names()
    {
        var outputs = Template.Root["outputs"]!.AsObject();
        foreach (var name in new[]
                 {
                     "AZURE_FUNCTION_APP_NAME", "AZURE_STORAGE_ACCOUNT_NAME", "AZURE_RESOURCE_GROUP", "AZURE_LOCATION",
                     "functionAppName", "functionAppDefaultHostName", "storageAccountName",
                 })
        {
            Assert.True(outputs.ContainsKey(name), $"output {name} is missing");
        }
    }

    [Fact]
    public void Function_app_is_tagged_for_azd_service_api()
    {
        var site = Template.Single("Microsoft.Web/sites");
        Assert.Contains("'azd-service-name'", (string?)site.Json["tags"], StringComparison.Ordinal);
        Assert.Equal("api", (string?)site.Module!.Properties["parameters"]?["serviceName"]?["value"]);
    }

    private IEnumerable<ArmResource> AppAssignments(string roleId) =>
        Template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => r.Json["condition"] is null)
            .Where(r => ((string?)r.Properties["principalId"])?.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", StringComparison.Ordinal) == true)
            .Where(r => RoleIds(r).Contains(roleId));

    /// <summary>
    /// The built-in role ids an assignment grants: the last argument of its
    /// subscriptionResourceId('Microsoft.Authorization/roleDefinitions', …), resolved through
    /// the variables Bicep emits for a role table (<c>variables('roles').x</c>) and for a
    /// copy loop over a role list (<c>variables('list')[copyIndex()]</c>).
    /// </summary>
    private static HashSet<string> RoleIds(ArmResource assignment)
    {
        var expression = (string?)assignment.Properties["roleDefinitionId"] ?? "";
        var match = RoleArgument().Match(expression);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (match.Success)
        {
            Resolve(match.Groups[1].Value, assignment.Template["variables"] as JsonObject ?? [], ids);
        }

        return ids;
    }

    private static void Resolve(string expression, JsonObject variables, HashSet<string> ids)
    {
        expression = expression.Trim();
        if (expression.StartsWith('[') && expression.EndsWith(']'))
        {
            expression = expression[1..^1];
        }

        var literal = Regex.Match(expression, "^'([0-9a-f-]{36})'$");
        var member = Regex.Match(expression, @"^variables\('(\w+)'\)\.(\w+)$");
        var loop = Regex.Match(expression, @"^variables\('(\w+)'\)\[copyIndex\(\)\]$");
        if (literal.Success)
        {
            ids.Add(literal.Groups[1].Value);
        }
        else if (Regex.IsMatch(expression, "^[0-9a-f-]{36}$"))
        {
            ids.Add(expression);
        }
        else if (member.Success && variables[member.Groups[1].Value]?[member.Groups[2].Value] is JsonNode value)
        {
            Resolve(value.ToString(), variables, ids);
        }
        else if (loop.Success)
        {
            foreach (var element in Strings(variables[loop.Groups[1].Value]))
            {
                Resolve(element, variables, ids);
            }
        }
    }

    [GeneratedRegex(@"subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions', (.+)\)\]$")]
    private static partial Regex RoleArgument();

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.ToString() ?? "").ToList() : [];
}
