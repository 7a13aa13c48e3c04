using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Graph.Mapping;
using OutlookFollowUp.Workflow.Scheduling;

namespace OutlookFollowUp.Cli.Analyze;

/// <summary><c>followup analyze</c> (DESIGN.md Contract 1): analyzes exported Graph events, prints one JSON document.</summary>
internal static partial class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var events = new Option<string>("--events") { Description = "Graph event JSON: one event or a page {\"value\":[...]}; '-' reads stdin", Required = true, HelpName = "FILE|-" };
        var me = new Option<string?>("--me") { Description = "your address (excluded from recipients)", HelpName = "ADDRESS" };
        var meName = new Option<string?>("--me-name") { Description = "your name, to sign drafts", HelpName = "NAME" };
        var timeZone = new Option<string?>("--time-zone") { Description = "your time zone, Windows or IANA id (default UTC)", HelpName = "ID" };
        var workingDays = new Option<string?>("--working-days") { Description = "your working days, e.g. mon,tue,wed,thu,fri (default)", HelpName = "DAYS" };
        var now = new Option<string?>("--now") { Description = "the current time, ISO 8601 (default: each event's end); affects warnings only", HelpName = "ISO-8601" };
        var notes = new Option<string?>("--notes") { Description = "JSON object: attendee address -> what you discussed with them", HelpName = "FILE" };
        var country = new Option<string?>("--country") { Description = "your country, ISO 3166 alpha-2 (e.g. US, DE): business days skip its public holidays (default: none)", HelpName = "XX" };
        var locale = new Option<string?>("--locale") { Description = "your mailbox's locale (mailboxSettings.language.locale, e.g. es-MX): the drafts' language when the invite's is not en, es, fr, de or pt, and the holiday country when --country is absent", HelpName = "xx-YY" };

        var command = new Command("analyze", "Classify interview events and propose thank-you drafts and a status check.")
        {
            events, me, meName, timeZone, workingDays, now, notes, country, locale,
        };

        command.SetAction(result =>
        {
            var request = new AnalyzeRequest(
                EventsJson: ReadInput(result.GetValue(events)!, console, "--events"),
                User: new MailboxUser(ParseAddress(result.GetValue(me)), NullIfBlank(result.GetValue(meName))),
                Schedule: new UserSchedule(ParseZone(result.GetValue(timeZone)), ParseWorkWeek(result.GetValue(workingDays)), UserSchedule.DefaultStartOfWorkingDay),
                Now: ParseNow(result.GetValue(now)),
                Notes: result.GetValue(notes) is { } notesPath ? ParseNotes(ReadInput(notesPath, console, "--notes")) : null)
            {
                Locale = ParseLocale(result.GetValue(locale)),
            };
            request = request with { Country = ParseCountry(result.GetValue(country)) ?? PublicHolidays.CountryOfLocale(request.Locale) };

            var document = Run(request);
            console.Out.Write(AnalysisJson.Write(document));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads, maps and analyzes every event of the input.</summary>
    public static AnalysisDocument Run(AnalyzeRequest request)
    {
        (IReadOnlyList<EventReadResult> Entries, bool IsPage) read;
        try
        {
            read = GraphJson.ReadEvents(request.EventsJson);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"--events: {ex.Message}");
        }

        if (!read.IsPage && read.Entries[0].Error is { } singleError)
        {
            throw new UsageException($"--events: {singleError}");
        }

        var analyses = new List<InterviewAnalysis>();
        var warnings = new List<string>();
        var schedule = WithHolidays(request.Schedule, request.Country, read.Entries);
        foreach (var entry in read.Entries)
        {
            if (entry.Event is null)
            {
                warnings.Add(entry.Error!);
                continue;
            }

            var context = new AnalysisContext(request.User, schedule, request.Notes, request.Now) { MailboxLocale = request.Locale };
            analyses.Add(InterviewAnalyzer.Analyze(entry.Event, context));
        }

        return new AnalysisDocument(analyses, warnings);
    }

    /// <summary>The country's public holidays as days off, for every year the events' follow-ups may reach.</summary>
    private static UserSchedule WithHolidays(UserSchedule schedule, string? country, IReadOnlyList<EventReadResult> entries)
    {
        var years = entries.Where(e => e.Event is not null).Select(e => e.Event!.End.Year).ToList();
        if (country is null || years.Count == 0)
        {
            return schedule;
        }

        // A status check can fall into the next year (an interview in December), never further.
        var holidays = PublicHolidays.For(country, Math.Max(1900, years.Min() - 1), Math.Min(2200, years.Max() + 1));
        return schedule with { WorkWeek = schedule.WorkWeek.WithHolidays(holidays) };
    }

    private static string? ParseCountry(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var code = value.Trim().ToUpperInvariant();
        return PublicHolidays.IsSupported(code)
            ? code
            : throw new UsageException($"--country: '{value}' is not a supported ISO 3166 country code (supported: {string.Join(", ", PublicHolidays.SupportedCountries)})");
    }

    private static string? ParseLocale(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return LanguageCodes.IsWellFormedLocale(value)
            ? value.Trim()
            : throw new UsageException($"--locale: '{value}' is not a locale such as en-US, es-MX or pt-BR (a language code, optionally a region)");
    }

    private static string ReadInput(string path, CliConsole console, string option)
    {
        if (path == "-")
        {
            return console.In.ReadToEnd();
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{option}: cannot read '{path}': {ex.Message}");
        }
    }

    private static EmailAddress? ParseAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var address = new EmailAddress(value.Trim());
        return address.IsWellFormed ? address : throw new UsageException($"--me: '{value}' is not an email address");
    }

    private static TimeZoneInfo ParseZone(string? value)
    {
        if (value is null)
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZones.TryResolve(value, out var zone)
            ? zone
            : throw new UsageException($"--time-zone: unknown time zone '{value}' (use a Windows id such as 'Eastern Standard Time' or an IANA id such as 'America/New_York')");
    }

    private static WorkWeek ParseWorkWeek(string? value)
    {
        if (value is null)
        {
            return WorkWeek.MondayToFriday;
        }

        return WorkWeek.TryParse(value, out var week, out var error) ? week! : throw new UsageException($"--working-days: {error}");
    }

    /// <summary>Parses an ISO 8601 instant; without an offset it is UTC.</summary>
    public static DateTimeOffset? ParseNow(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Trim();
        if (!IsoInstant().IsMatch(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            throw new UsageException($"--now: '{value}' is not an ISO 8601 date and time (e.g. 2026-11-22T12:00:00Z)");
        }

        return instant;
    }

    private static Dictionary<string, string> ParseNotes(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException("--notes: expected a JSON object of address -> note");
            }

            var notes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    throw new UsageException($"--notes: the note for '{property.Name}' must be a string");
                }

                notes[property.Name.Trim()] = property.Value.GetString()!;
            }

            return notes;
        }
        catch (JsonException ex)
        {
            throw new UsageException($"--notes: invalid JSON: {ex.Message}");
        }
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoInstant();
}

/// <summary>The inputs of one analyze run.</summary>
internal sealed record AnalyzeRequest(string EventsJson, MailboxUser User, UserSchedule Schedule, DateTimeOffset? Now, IReadOnlyDictionary<string, string>? Notes)
{
    /// <summary>The ISO 3166 alpha-2 code whose public holidays are days off; null: none.</summary>
    public string? Country { get; init; }

    /// <summary>The mailbox's locale (<c>--locale</c>); null: unknown.</summary>
    public string? Locale { get; init; }
}

/// <summary>The analyses of one run and the entries that could not be read.</summary>
internal sealed record AnalysisDocument(IReadOnlyList<InterviewAnalysis> Events, IReadOnlyList<string> Warnings);
