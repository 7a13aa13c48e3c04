using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace OutlookFollowUp.Api.Data;

/// <summary>
/// How the Data Protection keys (which encrypt the stored MSAL token cache) are protected at rest (section
/// <c>DataProtection</c>): a certificate from Azure Key Vault, from a PFX file, or from the certificate store — the
/// first one configured, in that order. In Production one is required; elsewhere the keys are stored unencrypted and
/// the service says so once at start.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>Key Vault holding the certificate (e.g. https://myvault.vault.azure.net/), read with managed identity (DefaultAzureCredential). Default: none.</summary>
    public Uri? KeyVaultUri { get; set; }

    /// <summary>The certificate's name in <see cref="KeyVaultUri"/>. Default: dataprotection.</summary>
    public string KeyVaultCertificateName { get; set; } = "dataprotection";

    /// <summary>A PFX file with the certificate and its private key. Default: none.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password (keep it in user secrets or the environment). Default: none.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The thumbprint of a certificate in the store. Default: none.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>The store of <see cref="CertificateThumbprint"/>. Default: My.</summary>
    public StoreName CertificateStoreName { get; set; } = StoreName.My;

    /// <summary>The store location of <see cref="CertificateThumbprint"/>. Default: CurrentUser.</summary>
    public StoreLocation CertificateStoreLocation { get; set; } = StoreLocation.CurrentUser;

    /// <summary>Certificates that protected keys before a rotation, as PFX files: still accepted for decryption. Default: none.</summary>
    public List<string> PreviousCertificatePaths { get; } = [];
}

/// <summary>Downloads certificates with their private keys from Key Vault (the seam tests replace with a fake).</summary>
public interface IKeyVaultCertificates
{
    /// <summary>The current version of the certificate.</summary>
    X509Certificate2 Download(Uri vault, string name);

    /// <summary>Its earlier enabled versions (after a renewal, keys protected with them must stay readable).</summary>
    IReadOnlyList<X509Certificate2> DownloadEarlierVersions(Uri vault, string name);
}

/// <summary>Key Vault through Azure.Identity: managed identity in Azure (AZURE_CLIENT_ID names a user-assigned one), a developer's sign-in locally.</summary>
internal sealed class AzureKeyVaultCertificates : IKeyVaultCertificates
{
    public X509Certificate2 Download(Uri vault, string name) => Client(vault).DownloadCertificate(name).Value;

    public IReadOnlyList<X509Certificate2> DownloadEarlierVersions(Uri vault, string name)
    {
        var client = Client(vault);
        var current = client.GetCertificate(name).Value.Properties.Version;
        return client.GetPropertiesOfCertificateVersions(name)
            .Where(v => v.Enabled == true && v.Version != current)
            .Select(v => client.DownloadCertificate(name, v.Version).Value)
            .ToList();
    }

    private static CertificateClient Client(Uri vault) => new(vault, new DefaultAzureCredential());
}

/// <summary>What protects the keys, decided once at start.</summary>
/// <param name="Certificate">The certificate, or null when the keys are stored unprotected.</param>
/// <param name="Source">Where it came from (Key Vault, file, store), or why there is none — for the start-up log.</param>
/// <param name="Earlier">Certificates that protected keys before a renewal or rotation: accepted for reading them.</param>
public sealed record KeyProtectionChoice(X509Certificate2? Certificate, string Source, IReadOnlyList<X509Certificate2> Earlier)
{
    public KeyProtectionChoice(X509Certificate2? certificate, string source)
        : this(certificate, source, [])
    {
    }
}

/// <summary>Chooses and applies the protection of the Data Protection keys.</summary>
public static class KeyProtection
{
    /// <summary>The certificate the options name, loaded (Key Vault first, then file, then store), or none.</summary>
    /// <exception cref="InvalidOperationException">A certificate is named but cannot be loaded (the service must not start with keys it cannot protect).</exception>
    public static KeyProtectionChoice Resolve(KeyProtectionOptions options, IKeyVaultCertificates keyVault)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keyVault);
        try
        {
            if (options.KeyVaultUri is { } vault)
            {
                var source = $"Key Vault certificate '{options.KeyVaultCertificateName}' in {vault.Host}";
                return Checked(keyVault.Download(vault, options.KeyVaultCertificateName), source) with
                {
                    Earlier = [.. keyVault.DownloadEarlierVersions(vault, options.KeyVaultCertificateName).Where(c => c.HasPrivateKey), .. PreviousFiles(options)],
                };
            }

            if (!string.IsNullOrWhiteSpace(options.CertificatePath))
            {
                return Checked(X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet), $"certificate file {Path.GetFileName(options.CertificatePath)}")
                    with { Earlier = PreviousFiles(options) };
            }

            if (!string.IsNullOrWhiteSpace(options.CertificateThumbprint))
            {
                using var store = new X509Store(options.CertificateStoreName, options.CertificateStoreLocation);
                store.Open(OpenFlags.ReadOnly);
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, options.CertificateThumbprint.Trim(), validOnly: false);
                return found.Count == 0
                    ? throw new InvalidOperationException($"DataProtection:CertificateThumbprint: no certificate {options.CertificateThumbprint} in {options.CertificateStoreLocation}/{options.CertificateStoreName}.")
                    : Checked(found[0], $"certificate {found[0].Thumbprint} from the {options.CertificateStoreLocation}/{options.CertificateStoreName} store");
            }
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException or Azure.RequestFailedException or AuthenticationFailedException)
        {
            throw new InvalidOperationException($"DataProtection: the certificate that protects the keys could not be loaded: {ex.Message}", ex);
        }

        return new KeyProtectionChoice(null, "no certificate configured (DataProtection:KeyVaultUri, CertificatePath or CertificateThumbprint)");
    }

    /// <summary>Protects the keys with the chosen certificate, and accepts earlier ones for decryption.</summary>
    public static KeyProtectionChoice Apply(IDataProtectionBuilder dataProtection, KeyProtectionOptions options, IKeyVaultCertificates keyVault)
    {
        ArgumentNullException.ThrowIfNull(dataProtection);
        var choice = Resolve(options, keyVault);
        if (choice.Certificate is { } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
            dataProtection.UnprotectKeysWithAnyCertificate([certificate, .. choice.Earlier]);
        }

        return choice;
    }

    /// <summary>Refuses to run in Production with keys nobody protects; elsewhere that is allowed, and said once.</summary>
    /// <exception cref="InvalidOperationException">Production without a certificate.</exception>
    public static void EnsureAllowed(KeyProtectionChoice choice, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(environment);
        if (choice.Certificate is null && environment.IsProduction())
        {
            throw new InvalidOperationException(
                "DataProtection: in Production the keys that encrypt stored tokens must be protected at rest. Configure a certificate: " +
                "DataProtection:KeyVaultUri (+ KeyVaultCertificateName), DataProtection:CertificatePath (+ CertificatePassword), or DataProtection:CertificateThumbprint. See README, \"Running the service for a real tenant\".");
        }
    }

    private static List<X509Certificate2> PreviousFiles(KeyProtectionOptions options) =>
        [.. options.PreviousCertificatePaths.Select(p => X509CertificateLoader.LoadPkcs12FromFile(p, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet))];

    private static KeyProtectionChoice Checked(X509Certificate2 certificate, string source) =>
        certificate.HasPrivateKey
            ? new KeyProtectionChoice(certificate, source)
            : throw new InvalidOperationException($"DataProtection: the {source} has no private key, so keys protected with it could never be read back.");
}
