using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using OutlookFollowUp.Cli.Analyze;
using OutlookFollowUp.Graph.Client;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Simulator;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Scanning;
using OutlookFollowUp.Workflow.Scheduling;

namespace OutlookFollowUp.Cli.Scan;

/// <summary>
/// <c>followup scan</c> (DESIGN.md Contract 2): runs the automatic job once for one mailbox. Configuration comes from
/// appsettings.json, environment variables (<c>Graph__BaseUrl</c>) and <c>--Section:Key=value</c> arguments.
/// </summary>
internal static partial class ScanCommand
{
    public static Command Create(CliConsole console)
    {
        var once = new Option<bool>("--once") { Description = "run the job once and exit (required: the service runs it continuously)" };
        var now = new Option<string?>("--now") { Description = "the moment of the run, ISO 8601 (default: the clock)", HelpName = "ISO-8601" };
        var lookback = new Option<string?>("--lookback") { Description = "how far back the calendar window reaches, e.g. 7d, 36h, 2w (default 7d)", HelpName = "DURATION" };
        var dryRun = new Option<bool>("--dry-run") { Description = "decide but write nothing" };
        var json = new Option<bool>("--json") { Description = "print a JSON report" };
        var simulator = new Option<string?>("--simulator") { Description = "run against an in-process simulated mailbox seeded from this file (Contract 3)", HelpName = "SEED.json" };
        var country = new Option<string?>("--country") { Description = "whose public holidays business days skip: ISO 3166 alpha-2 (e.g. US, DE) or 'none' (default: the region of the mailbox's locale)", HelpName = "XX|none" };

        var command = new Command("scan", "Place thank-you drafts and status-check reminders for interviews that ended; complete or follow up open ones.")
        {
            once, now, lookback, dryRun, json, simulator, country,
        };
        // Unmatched "--Graph:BaseUrl=…" arguments are configuration, as in any .NET host.
        command.TreatUnmatchedTokensAsErrors = false;

        command.SetAction(async (result, cancellationToken) =>
        {
            var configArgs = result.UnmatchedTokens.ToArray();
            CheckConfigurationArguments(configArgs);

            if (!result.GetValue(once))
            {
                throw new UsageException("scan needs --once (the service runs the job continuously)");
            }

            var request = new ScanRequest(
                AnalyzeCommand.ParseNow(result.GetValue(now)) ?? TimeProvider.System.GetUtcNow(),
                ParseLookback(result.GetValue(lookback)),
                result.GetValue(dryRun));
            var preferences = FollowUpPreferences.Default with { HolidayCountry = ParseHolidayCountry(result.GetValue(country)) };
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .AddCommandLine(configArgs)
                .Build();

            var seedPath = result.GetValue(simulator);
            return seedPath is null
                ? await RunAgainstGraphAsync(configuration, request, preferences, result.GetValue(json), console, cancellationToken).ConfigureAwait(false)
                : await RunAgainstSimulatorAsync(configuration, seedPath, request, preferences, result.GetValue(json), console, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAgainstGraphAsync(IConfiguration configuration, ScanRequest request, FollowUpPreferences preferences, bool json, CliConsole console, CancellationToken cancellationToken)
    {
        var options = BindGraphOptions(configuration);
        if (string.IsNullOrWhiteSpace(options.AccessToken))
        {
            throw new UsageException("no credentials: set Graph:AccessToken (a delegated Graph token for your mailbox), or use --simulator SEED.json");
        }

        using var gateway = GraphMailboxGateway.Create(options, new StaticAccessTokenProvider(options.AccessToken), TimeProvider.System);
        var connectionString = configuration.GetConnectionString("FollowUp") ?? LedgerDatabase.DefaultConnectionString;
        var report = await ScanAsync(gateway, connectionString, request, preferences, cancellationToken).ConfigureAwait(false);
        console.Out.Write(json ? ScanOutput.Json(report, mailbox: null) : ScanOutput.Text(report, mailbox: null));
        return report.Failure is null ? ExitCodes.Ok : ExitCodes.GraphFailed;
    }

    private static async Task<int> RunAgainstSimulatorAsync(IConfiguration configuration, string seedPath, ScanRequest request, FollowUpPreferences preferences, bool json, CliConsole console, CancellationToken cancellationToken)
    {
        SimulatorSeed seed;
        try
        {
            seed = SimulatorSeed.Load(seedPath);
        }
        catch (Exception ex) when (ex is SimulatorSeedException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--simulator: {ex.Message}");
        }

        var clock = new FixedTimeProvider(request.Now);
        await using var simulator = GraphSimulator.Start(seed, new SimulatorOptions
        {
            TimeProvider = clock,
            ValidateSubscriptionEndpoints = false,
            RecurringFaults = SimulatedFaults(configuration),
        });
        var options = BindGraphOptions(configuration);
        options.BaseUrl = simulator.BaseUrl;
        using var gateway = GraphMailboxGateway.Create(options, new StaticAccessTokenProvider("simulator"), TimeProvider.System);

        // A simulated mailbox starts fresh every time, and so does its ledger (in memory, not the configured database).
        await using var keepAlive = new SqliteConnection($"Data Source=followup-simulator-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        await keepAlive.OpenAsync(cancellationToken).ConfigureAwait(false);
        var report = await ScanAsync(gateway, keepAlive.ConnectionString, request, preferences, cancellationToken).ConfigureAwait(false);

        var mailbox = SimulatedMailbox.From(simulator);
        console.Out.Write(json ? ScanOutput.Json(report, mailbox) : ScanOutput.Text(report, mailbox));
        return report.Failure is null ? ExitCodes.Ok : ExitCodes.GraphFailed;
    }

    private static async Task<ScanReport> ScanAsync(IMailboxGateway gateway, string connectionString, ScanRequest request, FollowUpPreferences preferences, CancellationToken cancellationToken)
    {
        FollowUpDbContext db;
        try
        {
            db = LedgerDatabase.Open(connectionString);
            await LedgerDatabase.MigrateAsync(db, "follow_ups", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.Data.Common.DbException)
        {
            throw new UsageException($"ConnectionStrings:FollowUp: cannot open the ledger: {ex.Message}");
        }

        await using (db.ConfigureAwait(false))
        {
            var scan = new ScanUseCase(gateway, db, NullLogger<ScanUseCase>.Instance) { Preferences = preferences };
            return await scan.RunOnceAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <c>--Simulator:Faults=sustained</c> runs the simulated mailbox under sustained throttling (a 429 to every 4th call,
    /// a 503 to every 7th, every 3rd create's answer lost), to watch the scan finish anyway.
    /// </summary>
    private static RecurringFaults? SimulatedFaults(IConfiguration configuration) => configuration["Simulator:Faults"]?.Trim().ToLowerInvariant() switch
    {
        null or "" or "none" => null,
        "sustained" => RecurringFaults.SustainedThrottling(),
        var other => throw new UsageException($"Simulator:Faults: '{other}' is not one of none, sustained"),
    };

    private static GraphOptions BindGraphOptions(IConfiguration configuration)
    {
        var options = new GraphOptions();
        try
        {
            configuration.GetSection(GraphOptions.SectionName).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            throw new UsageException($"Graph: {ex.Message}");
        }

        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
        {
            throw new UsageException($"Graph: {errors[0].ErrorMessage}");
        }

        if (!options.HasValidBaseUrl())
        {
            throw new UsageException($"Graph:BaseUrl '{options.BaseUrl}' is not an absolute http(s) URL");
        }

        return options;
    }

    /// <summary>Only "--Section:Key=value" or "--Section:Key value" may follow the command's own options.</summary>
    private static void CheckConfigurationArguments(string[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!ConfigArgument().IsMatch(tokens[i]))
            {
                throw new UsageException($"unrecognized argument '{tokens[i]}' (configuration is passed as --Section:Key=value)");
            }

            if (!tokens[i].Contains('=', StringComparison.Ordinal))
            {
                if (i + 1 >= tokens.Length || tokens[i + 1].StartsWith('-'))
                {
                    throw new UsageException($"'{tokens[i]}' needs a value (--Section:Key=value)");
                }

                i++;
            }
        }
    }

    /// <summary>--country: a supported ISO 3166 code, "none", or absent (the mailbox's locale decides).</summary>
    private static string? ParseHolidayCountry(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Equals(FollowUpPreferences.NoHolidays, StringComparison.OrdinalIgnoreCase))
        {
            return FollowUpPreferences.NoHolidays;
        }

        return PublicHolidays.IsSupported(trimmed)
            ? trimmed.ToUpperInvariant()
            : throw new UsageException($"--country: '{value}' is neither 'none' nor a supported ISO 3166 country code (supported: {string.Join(", ", PublicHolidays.SupportedCountries)})");
    }

    /// <summary>Parses "7d", "36h", "2w", "90m" or a TimeSpan ("7.00:00:00").</summary>
    public static TimeSpan ParseLookback(string? value)
    {
        if (value is null)
        {
            return ScanRequest.DefaultLookback;
        }

        var m = Duration().Match(value.Trim());
        if (m.Success)
        {
            var n = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var span = m.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "w" => TimeSpan.FromDays(7 * n),
                "d" => TimeSpan.FromDays(n),
                "h" => TimeSpan.FromHours(n),
                _ => TimeSpan.FromMinutes(n),
            };
            if (span > TimeSpan.Zero && span <= TimeSpan.FromDays(366))
            {
                return span;
            }
        }
        else if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var parsed) && parsed > TimeSpan.Zero && parsed <= TimeSpan.FromDays(366))
        {
            return parsed;
        }

        throw new UsageException($"--lookback: '{value}' is not a duration between 1 minute and 366 days (e.g. 7d, 36h, 2w)");
    }

    [GeneratedRegex(@"^(?<n>\d+(?:\.\d+)?)\s*(?<unit>[wdhm])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"^--?[A-Za-z][\w.]*(?::[\w.]+)+(?:=.*)?$|^/[A-Za-z][\w.]*(?::[\w.]+)+(?:=.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigArgument();
}

/// <summary>A clock stopped at one moment: the simulated mailbox lives at the scan's --now.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
