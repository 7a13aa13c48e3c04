using System.Globalization;
using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator;

namespace OutlookFollowUp.Benchmarks;

/// <summary>
/// A deterministic large mailbox for the scan benchmark: candidate interviews shaped like the fixtures (panels,
/// scheduling systems, stated timelines, zones) among many ordinary meetings, plus employer replies and noise in the inbox.
/// </summary>
internal static class SyntheticMailbox
{
    public const string UserAddress = "ana.souza@outlook.com";

    private static readonly string[] Prefixes =
    [
        "Contoso", "Fabrikam", "Lucerne", "Humongous", "Tailspin", "Wingtip", "Northwind", "Adventure", "Alpine", "Blue Yonder",
        "Coho", "Datum", "Fourth", "Graphic", "Litware", "Margie's", "Nod", "Proseware", "Southridge", "Trey",
    ];

    private static readonly string[] Suffixes = ["Publishing", "Insurance", "Toys", "Traders", "Works", "Airlines", "Winery", "Coffee", "Studios", "Research"];
    private static readonly string[] Roles = ["Data Analyst", "Editorial Assistant", "Claims Adjuster", "Product Designer", "Store Manager", "Senior Software Engineer", "Marketing Coordinator", "Accountant", "Travel Consultant", "Content Strategist"];
    private static readonly string[] People = ["Amy Chen", "Chen, Wei", "Dr. Raj Mehta", "Jose Garcia", "Peter Wu", "Grace Hall", "Irene Adler", "Victor Hugo", "Fiona Clark", "Lucy Gray"];
    private static readonly string[] Timelines =
    [
        "We plan to reach a decision by Thursday.", "We'll follow up with you within 2 weeks.", "You'll hear back from us early next week.",
        "Our team will get back to you within 3 business days.", "Decisions are usually made within 7-10 business days.",
        "We hope to let you know by the end of this week.", "", "Please arrive 10 minutes early.",
    ];

    private static readonly string[] Meetings = ["Team sync", "1:1 with Sam", "Lunch", "Quarterly planning", "Dentist", "Book club", "Gym", "Project review", "Podcast interview - weekly show", "Exit interview - Sam"];

    /// <summary>The first interview starts here; events spread over the following 12 days.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 13, 0, 0, TimeSpan.Zero);

    /// <summary>After every event ended.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 15, 12, 0, 0, TimeSpan.Zero);

    public static SimulatorSeed Create(int interviews, int otherEvents, double replyShare, int noiseMessages, int seed = 7)
    {
        var random = new Random(seed);
        var events = new List<JsonObject>();
        var inbox = new List<JsonObject>();
        var span = TimeSpan.FromDays(12);
        for (var i = 0; i < interviews; i++)
        {
            var company = $"{Prefixes[i % Prefixes.Length]} {Suffixes[i / Prefixes.Length % Suffixes.Length]}";
            var domain = company.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal) + ".com";
            var role = Roles[random.Next(Roles.Length)];
            var start = Start + TimeSpan.FromMinutes(random.Next((int)span.TotalMinutes / 30) * 30);
            var end = start.AddMinutes(45);
            var panel = Enumerable.Range(0, random.Next(1, 4)).Select(_ => People[random.Next(People.Length)]).Distinct().ToList();
            var viaSystem = i % 6 == 0;
            var subject = (i % 5) switch
            {
                0 => $"Interview: {role} - {company}",
                1 => $"Panel interview - {role} - {company}",
                2 => $"Video Interview | {company} | {role}",
                3 => $"Phone screen: {role} at {company}",
                _ => $"Interview Scheduled: Ana Souza - {role} at {company}",
            };
            var body = $"<html><body><p>Hi Ana,</p><p>Thank you for your interest in the {role} role at {company}. You will meet {string.Join(" and ", panel)}.</p><p>{Timelines[random.Next(Timelines.Length)]}</p><p>Best,<br>Recruiting</p></body></html>";
            var attendees = new JsonArray(panel.Select(p => (JsonNode)Attendee(p, Address(p, domain))).Append(Attendee("Ana Souza", UserAddress)).ToArray());
            if (i % 7 == 0)
            {
                attendees.Add(Attendee("Room 2.10", "room210@" + domain, "resource"));
            }

            var zone = i % 3 == 0 ? "Eastern Standard Time" : "UTC";
            events.Add(Event(
                $"AAMkINT{i:D4}",
                subject,
                body,
                start,
                end,
                zone,
                viaSystem ? ("notifications@app.smartrecruiters.com", "SmartRecruiters") : (Address(panel[0], domain), panel[0]),
                attendees));

            if (random.NextDouble() < replyShare)
            {
                inbox.Add(Message($"MSGR{i:D4}", "recruiting@" + domain, $"{company} Recruiting", end.AddHours(random.Next(2, 72)), $"Next steps for the {role} role", "Thank you for interviewing with us."));
            }
        }

        for (var i = 0; i < otherEvents; i++)
        {
            var start = Start + TimeSpan.FromMinutes(random.Next((int)span.TotalMinutes / 15) * 15);
            var organizedByMe = i % 3 == 0;
            events.Add(Event(
                $"AAMkMTG{i:D5}",
                Meetings[i % Meetings.Length],
                "<p>Agenda to follow.</p>",
                start,
                start.AddMinutes(30),
                "UTC",
                organizedByMe ? (UserAddress, "Ana Souza") : ("sam.lee@outlook.com", "Sam Lee"),
                new JsonArray(Attendee("Sam Lee", "sam.lee@outlook.com"), Attendee("Ana Souza", UserAddress))) is var e && organizedByMe ? WithOrganizerFlag(e) : e);
        }

        for (var i = 0; i < noiseMessages; i++)
        {
            inbox.Add(Message($"MSGN{i:D5}", $"newsletter{i % 40}@gmail.com", "Newsletter", Start + TimeSpan.FromMinutes(random.Next((int)span.TotalMinutes)), "Weekly digest", "Top stories this week."));
        }

        var me = new JsonObject { ["id"] = "00000000-0000-4000-8000-0000000a0a0a", ["displayName"] = "Ana Souza", ["mail"] = UserAddress, ["userPrincipalName"] = UserAddress };
        var settings = new JsonObject
        {
            ["timeZone"] = "Eastern Standard Time",
            ["workingHours"] = new JsonObject
            {
                ["daysOfWeek"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday"),
                ["startTime"] = "09:00:00.0000000",
                ["endTime"] = "17:30:00.0000000",
                ["timeZone"] = new JsonObject { ["name"] = "Eastern Standard Time" },
            },
        };
        return new SimulatorSeed(me, settings, events, inbox);
    }

    private static JsonObject WithOrganizerFlag(JsonObject item)
    {
        item["isOrganizer"] = true;
        return item;
    }

    private static JsonObject Event(string id, string subject, string body, DateTimeOffset start, DateTimeOffset end, string zone, (string Address, string Name) organizer, JsonArray attendees) => new()
    {
        ["id"] = id,
        ["iCalUId"] = "040000008200E00074C5B7101A82E008" + id,
        ["subject"] = subject,
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = body },
        ["start"] = Time(start, zone),
        ["end"] = Time(end, zone),
        ["isAllDay"] = false,
        ["isCancelled"] = false,
        ["isOrganizer"] = false,
        ["type"] = "singleInstance",
        ["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = organizer.Name, ["address"] = organizer.Address } },
        ["attendees"] = attendees,
        ["webLink"] = "https://outlook.office365.com/owa/?itemid=" + id,
    };

    private static JsonObject Time(DateTimeOffset instant, string zone)
    {
        var wall = TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime;
        return new JsonObject { ["dateTime"] = wall.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture), ["timeZone"] = zone };
    }

    private static JsonObject Attendee(string name, string address, string type = "required") => new()
    {
        ["type"] = type,
        ["status"] = new JsonObject { ["response"] = "accepted" },
        ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = address },
    };

    private static JsonObject Message(string id, string from, string name, DateTimeOffset received, string subject, string preview) => new()
    {
        ["id"] = id,
        ["subject"] = subject,
        ["bodyPreview"] = preview,
        ["receivedDateTime"] = received.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["isDraft"] = false,
        ["from"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = from } },
    };

    private static string Address(string name, string domain)
    {
        var clean = name.Replace("Dr. ", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        return string.Join('.', clean.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + "@" + domain;
    }
}
