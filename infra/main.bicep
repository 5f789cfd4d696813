// NewsFunctions: a Flex Consumption Function App whose only credential is a user-assigned
// managed identity. Storage, Application Insights and deployment all authenticate with
// Entra ID, so the template has no secrets, keys or connection strings to rotate.
targetScope = 'subscription'

// ---------------------------------------------------------------------------
// Environment
// ---------------------------------------------------------------------------

@minLength(1)
@maxLength(64)
@description('Environment name (azd sets it from AZURE_ENV_NAME); it seeds every resource name.')
param environmentName string

@minLength(1)
@description('Azure region of all resources. It must offer Flex Consumption.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Resource group to create or reuse; empty means rg-<environmentName>.')
param resourceGroupName string = ''

@description('Object id of the deploying user or pipeline; it gets data access to storage and App Insights. Empty grants nothing.')
param principalId string = ''

@description('Kind of principal behind principalId.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string = 'User'

// ---------------------------------------------------------------------------
// Function App (Flex Consumption)
// ---------------------------------------------------------------------------

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Maximum number of instances the app scales out to; it also caps the load on news sites.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Browser origins allowed to call the HTTP API (CORS).')
param corsAllowedOrigins string[] = []

// ---------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------

@description('Redundancy of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Days after the last write before raw HTML moves to the cool tier.')
@minValue(0)
param rawCoolAfterDays int = 30

@description('Days after the last write before raw HTML moves to the cold tier; keep it above rawCoolAfterDays.')
@minValue(0)
param rawColdAfterDays int = 90

@description('Days after the last write before raw HTML is deleted; keep it above rawColdAfterDays.')
@minValue(1)
param rawRetentionDays int = 365

// ---------------------------------------------------------------------------
// Monitoring
// ---------------------------------------------------------------------------

@description('Days Log Analytics keeps logs and traces.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// ---------------------------------------------------------------------------
// Networking
// ---------------------------------------------------------------------------

@description('Integrate the app with a VNet and reach storage only through private endpoints.')
param vnetEnabled bool = false

@description('Address space of the VNet (used when vnetEnabled).')
param vnetAddressPrefix string = '10.20.0.0/16'

@description('Subnet delegated to the Function App (used when vnetEnabled).')
param appSubnetPrefix string = '10.20.1.0/24'

@description('Subnet for the storage private endpoints (used when vnetEnabled).')
param privateEndpointSubnetPrefix string = '10.20.2.0/24'

// ---------------------------------------------------------------------------
// Application settings. Defaults equal the defaults in code (the infra tests check it);
// they are still written out so a change survives the next provision.
// ---------------------------------------------------------------------------

@description('NCRONTAB (six fields) of the discovery timer.')
param discoverSchedule string = '0 */15 * * * *'

@description('Queue of sources to fetch; its poison queue is created too.')
@minLength(3)
@maxLength(56)
param sourcesQueueName string = 'news-sources'

@description('Queue of article URLs to fetch; its poison queue is created too.')
@minLength(3)
@maxLength(56)
param articlesQueueName string = 'news-articles'

@description('Queue of archive sweep pages (re-extraction of archived articles); its poison queue is created too.')
@minLength(3)
@maxLength(56)
param archiveSweepsQueueName string = 'news-archive-sweeps'

@description('Queue of archived articles to extract again from their raw pages; its poison queue is created too.')
@minLength(3)
@maxLength(56)
param reextractsQueueName string = 'news-reextracts'

@description('Path of the sources JSON file in the deployed package, relative to the app directory unless rooted.')
param sourcesPath string = 'config/sources.json'

@description('Blob container of the gzip raw HTML archive (the lifecycle policy applies to it).')
@minLength(3)
@maxLength(63)
param rawContainerName string = 'raw-html'

@description('Blob container of the extracted articles.')
@minLength(3)
@maxLength(63)
param articlesContainerName string = 'articles'

@description('Prefix of the app\'s tables (<prefix>Articles, <prefix>Feed, <prefix>Seen, <prefix>Sources, <prefix>Hosts).')
@minLength(1)
@maxLength(41)
param tablePrefix string = 'News'

@description('User-Agent sent to news sites; put a contact URL of your own here.')
param fetchUserAgent string = 'NewsFunctions/1.0 (+https://github.com/newsfunctions/newsfunctions)'

@description('Timeout of one HTTP request in seconds.')
@minValue(1)
@maxValue(300)
param fetchTimeoutSeconds int = 20

@description('Largest page body read (an article or a section page), in bytes.')
@minValue(1024)
@maxValue(67108864)
param fetchMaxResponseBytes int = 5242880

@description('Largest feed or sitemap body read, in bytes; the sitemaps protocol allows 50 MiB.')
@minValue(1024)
@maxValue(67108864)
param fetchMaxFeedBytes int = 52428800

@description('Minimum delay between two requests to one host across all instances, in milliseconds.')
@minValue(0)
@maxValue(60000)
param fetchPerHostDelayMilliseconds int = 500

@description('Longest robots.txt Crawl-delay honoured, in seconds; a longer one is spaced by this.')
@minValue(0)
@maxValue(120)
param fetchMaxCrawlDelaySeconds int = 30

@description('Longest a fetch waits for its turn at a host, in seconds; past it an article goes back on its queue.')
@minValue(0)
@maxValue(300)
param fetchMaxHostWaitSeconds int = 30

@description('Honour robots.txt; turn off only for sources you own.')
param fetchRespectRobotsTxt bool = true

@description('Most sitemaps of one sitemap index read per discovery, the most recently modified.')
@minValue(1)
@maxValue(100)
param discoveryMaxSitemapsPerIndex int = 5

@description('Feed entries dated more than this many days ago are not queued; 0 means no limit.')
@minValue(0)
@maxValue(3650)
param discoveryMaxEntryAgeDays int = 30

@description('Most new links one feed (or sitemap index) read queues; the rest are queued at the next read.')
@minValue(1)
@maxValue(50000)
param discoveryMaxNewLinksPerFeed int = 1000

@description('Raw pages one archive sweep message lists and queues for re-extraction.')
@minValue(1)
@maxValue(5000)
param archiveSweepPageSize int = 500

// ---------------------------------------------------------------------------

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
// Names are computed here rather than read from module outputs so What-If can resolve every
// resource id before deployment instead of short-circuiting the modules that use them.
var functionAppName = 'func-${resourceToken}'
var identityName = 'id-${resourceToken}'
var storageAccountName = 'st${resourceToken}'
var applicationInsightsName = 'appi-${resourceToken}'
// Flex Consumption reads the app package from here; one container per app keeps packages apart.
var deploymentContainerName = 'app-package-${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: rg
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module storage 'modules/storage.bicep' = {
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    skuName: storageSkuName
    containerNames: [
      rawContainerName
      articlesContainerName
      deploymentContainerName
    ]
    // The poison queues are created up front so alerts and tools can watch them from day one.
    queueNames: [
      sourcesQueueName
      '${sourcesQueueName}-poison'
      articlesQueueName
      '${articlesQueueName}-poison'
      archiveSweepsQueueName
      '${archiveSweepsQueueName}-poison'
      reextractsQueueName
      '${reextractsQueueName}-poison'
    ]
    tableNames: [
      '${tablePrefix}Articles'
      '${tablePrefix}Feed'
      '${tablePrefix}Seen'
      '${tablePrefix}Sources'
      '${tablePrefix}Hosts'
    ]
    rawContainerName: rawContainerName
    rawCoolAfterDays: rawCoolAfterDays
    rawColdAfterDays: rawColdAfterDays
    rawRetentionDays: rawRetentionDays
    privateNetworkOnly: vnetEnabled
  }
}

module network 'modules/network.bicep' = if (vnetEnabled) {
  scope: rg
  params: {
    name: 'vnet-${resourceToken}'
    location: location
    tags: tags
    addressPrefix: vnetAddressPrefix
    appSubnetPrefix: appSubnetPrefix
    privateEndpointSubnetPrefix: privateEndpointSubnetPrefix
  }
}

module storagePrivateEndpoints 'modules/storage-private-endpoints.bicep' = if (vnetEnabled) {
  scope: rg
  params: {
    storageAccountName: storageAccountName
    location: location
    tags: tags
    vnetId: network!.outputs.id
    subnetId: network!.outputs.privateEndpointSubnetId
  }
  dependsOn: [
    storage
  ]
}

module rbac 'modules/rbac.bicep' = {
  scope: rg
  params: {
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
    identityName: identityName
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
  }
  dependsOn: [
    identity
    monitoring
    storage
  ]
}

module functionApp 'modules/function-app.bicep' = {
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    serviceName: 'api'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: applicationInsightsName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    corsAllowedOrigins: corsAllowedOrigins
    appSubnetId: vnetEnabled ? network!.outputs.appSubnetId : ''
    discoverSchedule: discoverSchedule
    sourcesQueueName: sourcesQueueName
    articlesQueueName: articlesQueueName
    archiveSweepsQueueName: archiveSweepsQueueName
    reextractsQueueName: reextractsQueueName
    sourcesPath: sourcesPath
    rawContainerName: rawContainerName
    articlesContainerName: articlesContainerName
    tablePrefix: tablePrefix
    fetchUserAgent: fetchUserAgent
    fetchTimeoutSeconds: fetchTimeoutSeconds
    fetchMaxResponseBytes: fetchMaxResponseBytes
    fetchMaxFeedBytes: fetchMaxFeedBytes
    fetchPerHostDelayMilliseconds: fetchPerHostDelayMilliseconds
    fetchMaxCrawlDelaySeconds: fetchMaxCrawlDelaySeconds
    fetchMaxHostWaitSeconds: fetchMaxHostWaitSeconds
    fetchRespectRobotsTxt: fetchRespectRobotsTxt
    discoveryMaxSitemapsPerIndex: discoveryMaxSitemapsPerIndex
    discoveryMaxEntryAgeDays: discoveryMaxEntryAgeDays
    discoveryMaxNewLinksPerFeed: discoveryMaxNewLinksPerFeed
    archiveSweepPageSize: archiveSweepPageSize
  }
  // The host starts as soon as the site exists; with its roles and private endpoints in place
  // first, it does not spend its first minutes failing to reach storage.
  dependsOn: [
    rbac
    storagePrivateEndpoints
  ]
}

// Outputs become azd environment values (and `az deployment sub show` outputs).
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_HOSTNAME string = functionApp.outputs.defaultHostName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output functionAppName string = functionApp.outputs.name
output functionAppDefaultHostName string = functionApp.outputs.defaultHostName
output storageAccountName string = storage.outputs.name
