// Azure deployment: the service on Azure Container Apps, PostgreSQL Flexible Server for the ledger (several
// instances share it), Key Vault for the client secret and for the certificate that protects the Data Protection keys
// at rest, a managed identity that reads the vault. The certificate is created (self-signed, renewed by Key Vault) by
// a deployment script the first time; the service also accepts its earlier versions after a renewal.
// az deployment group create -g <rg> -f infra/main.bicep -p image=<registry>/outlookfollowup:<tag> clientId=<entra client id> publicHost=<host>

@description('Container image of the service (infra/Dockerfile).')
param image string

@description('Entra application (client) id of the API.')
param clientId string

@description('Public host name of the service, used for the api:// audience and notification URLs.')
param publicHost string

@description('Tenants allowed to sign in (empty: all).')
param allowedTenants array = []

@description('PostgreSQL administrator login.')
param dbAdmin string = 'followupadmin'

@secure()
@description('PostgreSQL administrator password.')
param dbPassword string

param location string = resourceGroup().location

@description('Name of the Key Vault certificate that protects the Data Protection keys.')
param dataProtectionCertificateName string = 'dataprotection'

var name = 'outlookfollowup'
var allowedTenantSettings = [for (tenant, i) in allowedTenants: { name: 'AzureAd__AllowedTenants__${i}', value: tenant }]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${name}-${uniqueString(resourceGroup().id)}'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
  }
}

resource vaultReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, 'secrets-user')
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    // Key Vault Secrets User
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
  }
}

// Reading a certificate with its private key takes both: the certificate (Certificate User) and its secret (Secrets User).
resource certificateReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, 'certificate-user')
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    // Key Vault Certificate User
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'db79e9a7-68ee-4b58-9aeb-b90e7c24fcba')
  }
}

// The deployment script's own identity, the only one that may create certificates.
resource deployIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-deploy-id'
  location: location
}

resource certificateOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, deployIdentity.id, 'certificates-officer')
  scope: vault
  properties: {
    principalId: deployIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    // Key Vault Certificates Officer
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'a4417e6f-fecd-4de8-b567-7b0420556985')
  }
}

// ARM cannot create a Key Vault certificate itself: a script does, once (Key Vault's default policy: self-signed,
// RSA 2048, exportable, renewed before it expires).
resource dataProtectionCertificate 'Microsoft.Resources/deploymentScripts@2023-08-01' = {
  name: '${name}-dataprotection-certificate'
  location: location
  kind: 'AzureCLI'
  identity: { type: 'UserAssigned', userAssignedIdentities: { '${deployIdentity.id}': {} } }
  dependsOn: [certificateOfficer]
  properties: {
    azCliVersion: '2.61.0'
    retentionInterval: 'PT1H'
    environmentVariables: [
      { name: 'VAULT', value: vault.name }
      { name: 'CERTIFICATE', value: dataProtectionCertificateName }
    ]
    scriptContent: 'az keyvault certificate show --vault-name "$VAULT" -n "$CERTIFICATE" >/dev/null 2>&1 || az keyvault certificate create --vault-name "$VAULT" -n "$CERTIFICATE" -p "$(az keyvault certificate get-default-policy)"'
  }
}

resource db 'Microsoft.DBforPostgreSQL/flexibleServers@2023-06-01-preview' = {
  name: '${name}-db-${uniqueString(resourceGroup().id)}'
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '15'
    administratorLogin: dbAdmin
    administratorLoginPassword: dbPassword
    storage: { storageSizeGB: 32 }
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${name}-logs'
  location: location
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${name}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: { customerId: logs.properties.customerId, sharedKey: logs.listKeys().primarySharedKey }
    }
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  identity: { type: 'UserAssigned', userAssignedIdentities: { '${identity.id}': {} } }
  dependsOn: [dataProtectionCertificate, certificateReader, vaultReader]
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      ingress: { external: true, targetPort: 8080, transport: 'auto' }
      secrets: [
        { name: 'client-secret', keyVaultUrl: '${vault.properties.vaultUri}secrets/client-secret', identity: identity.id }
        { name: 'db', value: 'Host=${db.properties.fullyQualifiedDomainName};Database=followup;Username=${dbAdmin};Password=${dbPassword};SSL Mode=Require' }
      ]
    }
    template: {
      containers: [
        {
          name: name
          image: image
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: concat([
            { name: 'App__PublicBaseUrl', value: 'https://${publicHost}' }
            { name: 'AzureAd__ClientId', value: clientId }
            { name: 'AzureAd__TenantId', value: 'common' }
            { name: 'AzureAd__ClientSecret', secretRef: 'client-secret' }
            { name: 'ConnectionStrings__FollowUp', secretRef: 'db' }
            // The Data Protection keys are protected by the vault's certificate, read with the managed identity.
            { name: 'DataProtection__KeyVaultUri', value: vault.properties.vaultUri }
            { name: 'DataProtection__KeyVaultCertificateName', value: dataProtectionCertificateName }
            { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
          ], allowedTenantSettings)
          probes: [
            { type: 'Liveness', httpGet: { path: '/healthz', port: 8080 } }
          ]
        }
      ]
      scale: { minReplicas: 1, maxReplicas: 3 }
    }
  }
}

output url string = 'https://${app.properties.configuration.ingress.fqdn}'
