using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Data;

namespace OutlookFollowUp.Api.Tests;

/// <summary>The Data Protection keys (which encrypt the stored token cache) are protected at rest by a certificate.</summary>
public sealed class KeyProtectionTests
{
    [Fact]
    public async Task CertificateFile_KeysInTheDatabaseAreEncrypted_AndReadableAfterARestartOnlyWithIt()
    {
        var database = Path.Combine(Path.GetTempPath(), $"followup-keys-{Guid.NewGuid():N}.db");
        var (pfx, password) = TestCertificates.WritePfx();
        var withCertificate = new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = password };
        string protectedPayload;

        await using (var first = new ApiHost(database, settings: withCertificate))
        {
            protectedPayload = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("the user's refresh token");
            await using var scope = first.Services.CreateAsyncScope();
            var keys = await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
            var xml = Assert.Single(keys).Xml!;
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal); // the plain master key of an unprotected key
            Assert.NotNull(first.Services.GetRequiredService<KeyProtectionChoice>().Certificate);
        }

        await using (var second = new ApiHost(database, settings: withCertificate))
        {
            Assert.Equal("the user's refresh token", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload));
        }

        // Whoever reads the database without the certificate cannot read the keys, and so not the tokens.
        await using var thief = new ApiHost(database);
        Assert.ThrowsAny<CryptographicException>(() => thief.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload));
    }

    [Fact]
    public async Task Production_WithoutACertificate_RefusesToStart()
    {
        await using var host = new ApiHost(environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => host.Anonymous());

        Assert.Contains("DataProtection", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("protected at rest", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithACertificate_Starts()
    {
        var (pfx, password) = TestCertificates.WritePfx();
        await using var host = new ApiHost(environment: "Production", settings: new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = password });
        using var client = host.As("70000000-0000-4000-8000-000000000001");

        using var response = await client.GetAsync("/api/settings");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CertificateFile_ThatCannotBeRead_RefusesToStartWithTheReason()
    {
        var (pfx, _) = TestCertificates.WritePfx();
        await using var host = new ApiHost(settings: new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = "wrong" });

        var error = Assert.ThrowsAny<Exception>(() => host.Anonymous());

        Assert.Contains("could not be loaded", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void KeyVault_CertificateBehindTheSeam_ProtectsTheKeys()
    {
        using var certificate = TestCertificates.Create();
        var vault = new FakeKeyVault(certificate);
        var directory = Directory.CreateTempSubdirectory("followup-keys-");
        var services = new ServiceCollection();
        var dataProtection = services.AddDataProtection().SetApplicationName("OutlookFollowUp").PersistKeysToFileSystem(directory);

        var choice = KeyProtection.Apply(dataProtection, new KeyProtectionOptions { KeyVaultUri = new Uri("https://followup-kv.vault.azure.net/") }, vault);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("x");

        Assert.Equal(("https://followup-kv.vault.azure.net/", "dataprotection"), Assert.Single(vault.Downloads));
        Assert.Contains("Key Vault", choice.Source, StringComparison.Ordinal);
        var xml = File.ReadAllText(Assert.Single(directory.GetFiles("key-*.xml")).FullName);
        Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        Assert.Contains(Convert.ToBase64String(certificate.RawData), xml, StringComparison.Ordinal); // encrypted to this certificate
    }

    [Fact]
    public void KeyVault_CertificateWithoutItsPrivateKey_IsRefused()
    {
        using var certificate = TestCertificates.Create();
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));

        var error = Assert.Throws<InvalidOperationException>(() => KeyProtection.Resolve(new KeyProtectionOptions { KeyVaultUri = new Uri("https://followup-kv.vault.azure.net/") }, new FakeKeyVault(publicOnly)));

        Assert.Contains("no private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyVault_Unreachable_IsAClearStartUpError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => KeyProtection.Resolve(new KeyProtectionOptions { KeyVaultUri = new Uri("https://followup-kv.vault.azure.net/") }, new FakeKeyVault(null)));

        Assert.Contains("could not be loaded", error.Message, StringComparison.Ordinal);
        Assert.Contains("Forbidden", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingConfigured_KeysAreUnprotected_AndTheChoiceSaysWhy()
    {
        var choice = KeyProtection.Resolve(new KeyProtectionOptions(), new FakeKeyVault(null));

        Assert.Null(choice.Certificate);
        Assert.Contains("no certificate configured", choice.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotatedCertificate_KeysProtectedWithTheEarlierOneStayReadable()
    {
        var database = Path.Combine(Path.GetTempPath(), $"followup-keys-{Guid.NewGuid():N}.db");
        var (before, password) = TestCertificates.WritePfx();
        var (after, _) = TestCertificates.WritePfx(password);
        string protectedPayload;
        await using (var first = new ApiHost(database, settings: new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = before, ["DataProtection:CertificatePassword"] = password }))
        {
            protectedPayload = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("cached token");
        }

        await using var rotated = new ApiHost(database, settings: new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = after,
            ["DataProtection:CertificatePassword"] = password,
            ["DataProtection:PreviousCertificatePaths:0"] = before,
        });

        Assert.Equal("cached token", rotated.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload));
    }

    [Fact]
    public void KeyVault_EarlierVersionsOfTheCertificate_AreAcceptedForReading()
    {
        using var current = TestCertificates.Create();
        using var earlier = TestCertificates.Create();

        var choice = KeyProtection.Resolve(new KeyProtectionOptions { KeyVaultUri = new Uri("https://followup-kv.vault.azure.net/") }, new FakeKeyVault(current, earlier));

        Assert.Same(current, choice.Certificate);
        Assert.Same(earlier, Assert.Single(choice.Earlier));
    }

    /// <summary>Key Vault's certificate download, behind the same seam the service uses.</summary>
    private sealed class FakeKeyVault(X509Certificate2? certificate, params X509Certificate2[] earlier) : IKeyVaultCertificates
    {
        public List<(string Vault, string Name)> Downloads { get; } = [];

        public X509Certificate2 Download(Uri vault, string name)
        {
            Downloads.Add((vault.ToString(), name));
            return certificate ?? throw new Azure.RequestFailedException(403, "Forbidden: the identity has no access to certificates in this vault.");
        }

        public IReadOnlyList<X509Certificate2> DownloadEarlierVersions(Uri vault, string name) => earlier;
    }
}

/// <summary>Self-signed certificates for protecting keys in tests.</summary>
internal static class TestCertificates
{
    public static X509Certificate2 Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=OutlookFollowUp test data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
    }

    /// <summary>A PFX file with the private key, and its password.</summary>
    public static (string Path, string Password) WritePfx(string? password = null)
    {
        using var certificate = Create();
        password ??= Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"followup-dp-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password);
    }
}
