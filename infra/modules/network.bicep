@description('Name of the virtual network.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the network.')
param tags object

@description('Address space of the virtual network.')
param addressPrefix string

@description('Subnet the Function App integrates with; Flex Consumption needs at least a /27 of its own.')
param appSubnetPrefix string

@description('Subnet holding the storage private endpoints.')
param privateEndpointSubnetPrefix string

resource vnet 'Microsoft.Network/virtualNetworks@2026-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnetPrefix
          // Flex Consumption runs its instances in a platform-managed environment that must own the subnet.
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: privateEndpointSubnetPrefix
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

output id string = vnet.id
output appSubnetId string = vnet.properties.subnets[0].id
output privateEndpointSubnetId string = vnet.properties.subnets[1].id
