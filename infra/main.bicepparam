using './main.bicep'

// Values come from the same environment variables azd sets, so `azd provision`,
// `az deployment sub create --parameters infra/main.bicepparam` and CI agree. Only the
// environment name and region are needed; everything else has a default in main.bicep.
param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'newsfunctions-dev')
param location = readEnvironmentVariable('AZURE_LOCATION', 'swedencentral')
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param principalType = readEnvironmentVariable('AZURE_PRINCIPAL_TYPE', 'User')
param vnetEnabled = bool(readEnvironmentVariable('VNET_ENABLED', 'false'))
