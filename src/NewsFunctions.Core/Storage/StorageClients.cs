using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using NewsFunctions.Configuration;

namespace NewsFunctions.Storage;

/// <summary>
/// The Blob, Queue and Table service clients, made from the same <c>AzureWebJobsStorage</c> setting the Functions
/// host reads: a connection string locally (Azurite), or in Azure the identity-based form
/// (<c>__blobServiceUri</c>, <c>__queueServiceUri</c>, <c>__tableServiceUri</c>, <c>__credential</c>, <c>__clientId</c>).
/// </summary>
public sealed class StorageClients
{
    public StorageClients(IConfiguration configuration)
        : this(configuration, AppSettings.StorageConnection, null)
    {
    }

    /// <summary>Clients for another connection setting; <paramref name="queueOptions"/> replaces the base64 queue defaults.</summary>
    public StorageClients(IConfiguration configuration, string connectionName, QueueClientOptions? queueOptions)
    {
        queueOptions ??= new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var section = configuration.GetSection(connectionName);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            var connectionString = section.Value;
            Blobs = new BlobServiceClient(connectionString);
            // Base64 message bodies: what the Functions host's queue trigger expects by default.
            Queues = new QueueServiceClient(connectionString, queueOptions);
            Tables = new TableServiceClient(connectionString);
            return;
        }

        var credential = CredentialFrom(section);
        var account = section["accountName"];
        Blobs = new BlobServiceClient(ServiceUri(section, "blob", account), credential);
        Queues = new QueueServiceClient(ServiceUri(section, "queue", account), credential, queueOptions);
        Tables = new TableServiceClient(ServiceUri(section, "table", account), credential);
    }

    public BlobServiceClient Blobs { get; }

    public QueueServiceClient Queues { get; }

    public TableServiceClient Tables { get; }

    private static Uri ServiceUri(IConfigurationSection section, string service, string? account)
    {
        var configured = section[$"{service}ServiceUri"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Uri(configured);
        }

        return !string.IsNullOrWhiteSpace(account)
            ? new Uri($"https://{account}.{service}.core.windows.net")
            : throw new InvalidOperationException(
                $"Storage is not configured: set '{section.Key}' to a connection string, or " +
                $"'{section.Key}__{service}ServiceUri' (or '__accountName') for identity-based access.");
    }

    private static TokenCredential CredentialFrom(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        return string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrEmpty(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
