using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Api.Tests;

/// <summary>
/// infra/main.bicep compiles with the Bicep CLI (restored from NuGet) without an error or a warning, and deploys what
/// Production needs to start: the Data Protection certificate in Key Vault, the roles to read it, and its settings.
/// </summary>
public sealed class DeploymentTests
{
    private static readonly Lazy<(int ExitCode, string Output, JsonObject? Template)> Compiled = new(Compile);

    [Fact]
    public void Bicep_CompilesWithoutErrorsOrWarnings()
    {
        var (exitCode, output, template) = Compiled.Value;

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("Warning", output, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(template);
    }

    [Fact]
    public void Bicep_ProvisionsTheKeyProtectionCertificateAndTheRightsToReadIt()
    {
        var template = Compiled.Value.Template ?? throw new InvalidOperationException(Compiled.Value.Output);
        var resources = template["resources"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var text = template.ToJsonString();

        Assert.Contains(resources, r => r["type"]!.GetValue<string>() == "Microsoft.Resources/deploymentScripts" && r.ToJsonString().Contains("az keyvault certificate create", StringComparison.Ordinal));
        Assert.Contains("db79e9a7-68ee-4b58-9aeb-b90e7c24fcba", text, StringComparison.Ordinal); // Key Vault Certificate User (the service)
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", text, StringComparison.Ordinal); // Key Vault Secrets User (the private key)
        Assert.Contains("a4417e6f-fecd-4de8-b567-7b0420556985", text, StringComparison.Ordinal); // Certificates Officer (the script only)
        var app = resources.Single(r => r["type"]!.GetValue<string>() == "Microsoft.App/containerApps").ToJsonString();
        Assert.Contains("DataProtection__KeyVaultUri", app, StringComparison.Ordinal);
        Assert.Contains("AZURE_CLIENT_ID", app, StringComparison.Ordinal);
        Assert.DoesNotContain("Graph__AccessToken", app, StringComparison.Ordinal);
    }

    private static (int, string, JsonObject?) Compile()
    {
        var compiler = typeof(DeploymentTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCompiler").Value!;
        if (!OperatingSystem.IsWindows())
        {
            // NuGet does not keep the executable bit of a package's files.
            File.SetUnixFileMode(compiler, File.GetUnixFileMode(compiler) | UnixFileMode.UserExecute);
        }
        var output = Path.Combine(Path.GetTempPath(), $"followup-bicep-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo(compiler, ["build", Path.Combine(SharedFixtures.RepositoryRoot, "infra", "main.bicep"), "--outfile", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var messages = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var text = stdout + messages.Result;
        return (process.ExitCode, text, process.ExitCode == 0 ? JsonNode.Parse(File.ReadAllText(output))!.AsObject() : null);
    }
}
