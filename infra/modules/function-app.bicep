@description('Name of the Function App.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to the plan and the app (the app also gets azd-service-name).')
param tags object

@description('azd service name the app is tagged with, so azd deploy finds it.')
param serviceName string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Name of the storage account (host storage, app data, deployment package).')
param storageAccountName string

@description('Blob container Flex Consumption deploys the app package from.')
param deploymentContainerName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound on the number of instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Origins allowed to call the HTTP API from a browser; empty allows none.')
param corsAllowedOrigins string[]

@description('Subnet for outbound VNet integration; empty for none.')
param appSubnetId string

@description('NCRONTAB schedule of the discovery timer (DiscoverSchedule).')
param discoverSchedule string

@description('Queue of sources to fetch (SourcesQueueName).')
param sourcesQueueName string

@description('Queue of article URLs to fetch (ArticlesQueueName).')
param articlesQueueName string

@description('Queue of archive sweep pages (ArchiveSweepsQueueName).')
param archiveSweepsQueueName string

@description('Queue of archived articles to extract again (ReextractsQueueName).')
param reextractsQueueName string

@description('News:SourcesPath, relative to the app directory unless rooted.')
param sourcesPath string

@description('News:Storage:RawContainer.')
param rawContainerName string

@description('News:Storage:ArticlesContainer.')
param articlesContainerName string

@description('News:Storage:TablePrefix.')
param tablePrefix string

@description('News:Fetch:UserAgent.')
param fetchUserAgent string

@description('News:Fetch:TimeoutSeconds.')
param fetchTimeoutSeconds int

@description('News:Fetch:MaxResponseBytes.')
param fetchMaxResponseBytes int

@description('News:Fetch:MaxFeedBytes.')
param fetchMaxFeedBytes int

@description('News:Fetch:PerHostDelayMilliseconds.')
param fetchPerHostDelayMilliseconds int

@description('News:Fetch:MaxCrawlDelaySeconds.')
param fetchMaxCrawlDelaySeconds int

@description('News:Fetch:MaxHostWaitSeconds.')
param fetchMaxHostWaitSeconds int

@description('News:Fetch:RespectRobotsTxt.')
param fetchRespectRobotsTxt bool

@description('News:Discovery:MaxSitemapsPerIndex.')
param discoveryMaxSitemapsPerIndex int

@description('News:Discovery:MaxEntryAgeDays.')
param discoveryMaxEntryAgeDays int

@description('News:Discovery:MaxNewLinksPerFeed.')
param discoveryMaxNewLinksPerFeed int

@description('News:Archive:SweepPageSize.')
param archiveSweepPageSize int

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    // Flex Consumption is Linux only.
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    virtualNetworkSubnetId: empty(appSubnetId) ? null : appSubnetId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: {
        allowedOrigins: corsAllowedOrigins
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      // On Flex the runtime lives here; FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION
      // must not be app settings.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// The whole set is written on every deployment (config/appsettings replaces, not merges), so
// every setting lives here as a literal key; a value changed in the portal is reset by the
// next provision, and the infra tests can read the names straight from the compiled template.
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // The host, the triggers and the app's own clients all use this connection. Without a
    // clientId the host would ask for a system-assigned identity, which this app does not have.
    AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
    AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
    AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    // The connection string is only an address (local auth is off on the component); the
    // authentication string makes the SDK send Entra tokens obtained as the identity.
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    DiscoverSchedule: discoverSchedule
    SourcesQueueName: sourcesQueueName
    ArticlesQueueName: articlesQueueName
    ArchiveSweepsQueueName: archiveSweepsQueueName
    ReextractsQueueName: reextractsQueueName
    News__SourcesPath: sourcesPath
    News__Storage__RawContainer: rawContainerName
    News__Storage__ArticlesContainer: articlesContainerName
    News__Storage__TablePrefix: tablePrefix
    News__Fetch__UserAgent: fetchUserAgent
    News__Fetch__TimeoutSeconds: string(fetchTimeoutSeconds)
    News__Fetch__MaxResponseBytes: string(fetchMaxResponseBytes)
    News__Fetch__MaxFeedBytes: string(fetchMaxFeedBytes)
    News__Fetch__PerHostDelayMilliseconds: string(fetchPerHostDelayMilliseconds)
    News__Fetch__MaxCrawlDelaySeconds: string(fetchMaxCrawlDelaySeconds)
    News__Fetch__MaxHostWaitSeconds: string(fetchMaxHostWaitSeconds)
    News__Fetch__RespectRobotsTxt: fetchRespectRobotsTxt ? 'true' : 'false'
    News__Discovery__MaxSitemapsPerIndex: string(discoveryMaxSitemapsPerIndex)
    News__Discovery__MaxEntryAgeDays: string(discoveryMaxEntryAgeDays)
    News__Discovery__MaxNewLinksPerFeed: string(discoveryMaxNewLinksPerFeed)
    News__Archive__SweepPageSize: string(archiveSweepPageSize)
  }
}

// Publishing with a username and password would bypass Entra ID; deployments use tokens.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = site.name
output id string = site.id
output defaultHostName string = site.properties.defaultHostName
