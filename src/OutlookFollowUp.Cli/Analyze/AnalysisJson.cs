using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Cli.Analyze;

/// <summary>Writes Contract 1's JSON: field names, null rules and time formats fixed by DESIGN.md. Deterministic.</summary>
internal static class AnalysisJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // stdout is read by people and programs, never embedded in HTML: keep "José" and apostrophes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(AnalysisDocument document)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("events");
            foreach (var analysis in document.Events)
            {
                WriteEvent(w, analysis);
            }

            w.WriteEndArray();
            WriteStrings(w, "warnings", document.Warnings);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteEvent(Utf8JsonWriter w, InterviewAnalysis a)
    {
        w.WriteStartObject();
        w.WriteString("eventId", a.EventId);
        w.WriteString("subject", a.Subject);
        w.WriteString("classification", a.Classification.Label);
        w.WriteString("language", LanguageCodes.Code(a.Language));
        WriteStrings(w, "reasons", a.Classification.Reasons);
        w.WriteString("role", a.Role);
        w.WriteString("company", a.Company);
        w.WriteBoolean("noContact", a.NoContact);
        w.WriteBoolean("noStatusInquiries", a.NoStatusInquiries);
        w.WriteString("noStatusInquiriesText", a.NoStatusInquiriesText);
        w.WriteString("respondBy", a.Timeline is { } t ? Date(t.RespondBy) : null);
        w.WriteString("respondByText", a.Timeline?.Text);
        w.WriteStartArray("thankYouDrafts");
        foreach (var d in a.ThankYouDrafts)
        {
            w.WriteStartObject();
            w.WriteString("to", d.To.Address);
            w.WriteString("toName", d.To.DisplayName);
            w.WriteString("subject", d.Text.Subject);
            w.WriteString("bodyText", d.Text.BodyText);
            w.WriteString("createAt", Utc(d.CreateAt));
            w.WriteString("sendBy", Utc(d.SendBy));
            WriteStrings(w, "warnings", d.Warnings);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (a.StatusCheck is { } s)
        {
            w.WriteStartObject("statusCheck");
            w.WriteString("due", Date(s.Due));
            w.WriteString("remindAt", s.RemindAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            w.WriteString("to", s.To?.Address);
            w.WriteString("toName", s.To?.DisplayName);
            w.WriteString("subject", s.Text.Subject);
            w.WriteString("bodyText", s.Text.BodyText);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("statusCheck");
        }

        WriteStrings(w, "warnings", a.Warnings);
        w.WriteBoolean("cancelled", a.IsCancelled);
        w.WriteString("interviewEndDate", Date(a.InterviewEndDate));
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
