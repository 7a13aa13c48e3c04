using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Scanning;

namespace OutlookFollowUp.Cli.Scan;

/// <summary>Prints a scan report: a short summary for people, or JSON (<c>--json</c>).</summary>
internal static class ScanOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Text(ScanReport report, SimulatedMailbox? mailbox)
    {
        var sb = new StringBuilder();
        var drafts = report.Created.Count(a => a.Kind is FollowUpKinds.ThankYouDraft or FollowUpKinds.StatusCheckDraft);
        var tasks = report.Created.Count(a => a.Kind is FollowUpKinds.StatusCheckTask or FollowUpKinds.SendThanksTask);
        sb.Append(CultureInfo.InvariantCulture, $"{(report.DryRun ? "Dry run: would create" : "Created")} {drafts} draft(s) and {tasks} reminder(s); ")
          .Append(CultureInfo.InvariantCulture, $"{report.Updated.Count} update(s); {report.Skipped.Count} event(s) skipped. ")
          .Append(CultureInfo.InvariantCulture, $"Window {Utc(report.WindowStart)} .. {Utc(report.Now)}.\n");
        foreach (var a in report.Created)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  + {a.Kind,-18} {a.To ?? "",-40} {a.Subject}{(a.Detail is null ? "" : $" ({a.Detail})")}\n");
        }

        foreach (var a in report.Updated)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  ~ {a.Kind,-18} {a.Subject}: {a.Detail}\n");
        }

        foreach (var s in report.Skipped)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - skipped {s.Subject}: {s.Reason}\n");
        }

        foreach (var f in report.Flagged)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  ? kept in Drafts    {f.To,-40} {f.Subject}: {f.Reason}\n");
        }

        foreach (var w in report.Warnings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  ! {w}\n");
        }

        if (mailbox is not null)
        {
            sb.Append("Simulated mailbox after the run:\n");
            foreach (var d in mailbox.Drafts)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  Drafts: to {string.Join(", ", d.To)}: {d.Subject}\n");
            }

            foreach (var t in mailbox.Tasks)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  To Do:  {t.Title} (due {t.Due}, reminder {t.Reminder}, {t.Status})\n");
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"Graph: {report.GraphHttpRequests} HTTP request(s), {report.GraphOperations} operation(s).\n");
        if (report.Failure is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"FAILED: {report.Failure}. What was done stays done; run again to finish.\n");
        }

        return sb.ToString();
    }

    public static string Json(ScanReport report, SimulatedMailbox? mailbox)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("now", Utc(report.Now));
            w.WriteStartObject("window");
            w.WriteString("start", Utc(report.WindowStart));
            w.WriteString("end", Utc(report.Now));
            w.WriteEndObject();
            w.WriteBoolean("dryRun", report.DryRun);
            WriteActions(w, "created", report.Created);
            WriteActions(w, "updated", report.Updated);
            w.WriteStartArray("skipped");
            foreach (var s in report.Skipped)
            {
                w.WriteStartObject();
                w.WriteString("eventId", s.EventId);
                w.WriteString("subject", s.Subject);
                w.WriteString("reason", s.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("flagged");
            foreach (var f in report.Flagged)
            {
                w.WriteStartObject();
                w.WriteString("eventId", f.EventId);
                w.WriteString("subject", f.Subject);
                w.WriteString("key", f.Key);
                w.WriteString("to", f.To);
                w.WriteString("reason", f.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("warnings");
            foreach (var warning in report.Warnings)
            {
                w.WriteStringValue(warning);
            }

            w.WriteEndArray();
            w.WriteStartObject("graph");
            w.WriteNumber("httpRequests", report.GraphHttpRequests);
            w.WriteNumber("operations", report.GraphOperations);
            w.WriteEndObject();
            w.WriteString("failure", report.Failure);
            if (mailbox is not null)
            {
                mailbox.Write(w);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteActions(Utf8JsonWriter w, string name, IReadOnlyList<FollowUpAction> actions)
    {
        w.WriteStartArray(name);
        foreach (var a in actions)
        {
            w.WriteStartObject();
            w.WriteString("kind", a.Kind);
            w.WriteString("key", a.Key);
            w.WriteString("eventId", a.EventId);
            w.WriteString("subject", a.Subject);
            w.WriteString("to", a.To);
            w.WriteString("id", a.ItemId);
            w.WriteString("detail", a.Detail);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
