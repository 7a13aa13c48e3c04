using System.Text.Json.Nodes;

namespace OutlookFollowUp.Benchmarks;

/// <summary>A deterministic page of varied Graph events: interviews of every shape, panels, no-contact, noise.</summary>
internal static class SyntheticCalendar
{
    private static readonly string[] Roles = ["Data Engineer", "Editorial Assistant", "Claims Adjuster", "Product Designer", "Store Manager", "Senior Software Engineer", "Marketing Coordinator", "Accountant"];
    private static readonly string[] Companies = ["Contoso", "Fabrikam", "Lucerne Publishing", "Humongous Insurance", "Tailspin Toys", "Wingtip Toys", "Northwind Traders", "Adventure Works"];
    private static readonly string[] SubjectShapes =
    [
        "Interview: {0} - {1}", "Panel interview - {0} - {1}", "{1} | {0} | Video Interview", "Interview for {0} position at {1}",
        "Phone screen: {0} at {1}", "2nd interview: {0} @ {1}", "Team sync", "Podcast interview - {1} weekly", "Exit interview",
        "Mock interview with career services", "Lunch", "Quarterly planning", "Interview: Ana Souza - {0}",
    ];
    private static readonly string[] Timelines =
    [
        "We plan to reach a decision by Thursday.", "We'll follow up with you within 2 weeks.", "You'll hear back from us early next week.",
        "Our team will get back to you within 3 business days.", "We will let you know the outcome by 20 November.",
        "Please confirm your availability by Monday.", "The interview lasts 45 minutes; please arrive 10 minutes early.",
        "Decisions are usually made within 7-10 business days.", "We hope to let you know by the end of this week.",
        "Please refrain from contacting the hiring team about the status of your application.", "",
    ];
    private static readonly string[] People = ["Amy Chen", "Chen, Wei", "Dr. Raj Mehta", "José García", "Peter Wu", "Grace Hall", "Irene Adler", "Victor Hugo", "Ms. Fiona Clark"];

    public static JsonObject Page(int count, int seed = 42)
    {
        var random = new Random(seed);
        var events = new JsonArray();
        var start = new DateTime(2026, 11, 2, 14, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var company = Companies[random.Next(Companies.Length)];
            var domain = company.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) + ".com";
            var subject = string.Format(System.Globalization.CultureInfo.InvariantCulture, SubjectShapes[random.Next(SubjectShapes.Length)], Roles[random.Next(Roles.Length)], company);
            var body = $"<html><head><style>p{{color:red}}</style></head><body><p>Hi Ana,</p><p>Thank you for your interest in {company}.</p><p>{Timelines[random.Next(Timelines.Length)]}</p><p>Best,<br>Recruiting</p></body></html>";
            var begin = start.AddHours(i * 3 % 200);
            var attendees = new JsonArray();
            var panel = random.Next(1, 5);
            for (var p = 0; p < panel; p++)
            {
                var name = People[random.Next(People.Length)];
                attendees.Add(Attendee(name, Address(name, domain), p == 3 ? "resource" : "required", p == 2 ? "declined" : "accepted"));
            }

            attendees.Add(Attendee("Ana Souza", "ana.souza@outlook.com", "required", "accepted"));
            var organizer = People[random.Next(People.Length)];
            events.Add(new JsonObject
            {
                ["id"] = $"AAMkBench{i:D5}",
                ["iCalUId"] = $"040000008200E00074C5B7101A82E008BENCH{i:D5}",
                ["subject"] = subject,
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = body },
                ["start"] = Time(begin),
                ["end"] = Time(begin.AddMinutes(45)),
                ["isAllDay"] = false,
                ["isCancelled"] = i % 37 == 0,
                ["isOrganizer"] = i % 11 == 0,
                ["type"] = "singleInstance",
                ["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = organizer, ["address"] = i % 5 == 0 ? "no-reply@app.smartrecruiters.com" : Address(organizer, domain) } },
                ["attendees"] = attendees,
                ["webLink"] = $"https://outlook.office365.com/owa/?itemid=AAMkBench{i:D5}",
            });
        }

        return new JsonObject { ["value"] = events };
    }

    private static JsonObject Time(DateTime t) => new() { ["dateTime"] = t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" };

    private static JsonObject Attendee(string name, string address, string type, string response) => new()
    {
        ["type"] = type,
        ["status"] = new JsonObject { ["response"] = response },
        ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = address },
    };

    private static string Address(string name, string domain)
    {
        var clean = name.Replace("Dr. ", "", StringComparison.Ordinal).Replace("Ms. ", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        return string.Join('.', clean.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + "@" + domain;
    }
}
