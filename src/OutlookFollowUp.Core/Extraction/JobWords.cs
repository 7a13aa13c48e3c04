using System.Collections.Frozen;

namespace OutlookFollowUp.Core.Extraction;

/// <summary>Words that mark a job title and words that mark an organization name.</summary>
internal static class JobWords
{
    private static readonly FrozenSet<string> RoleNouns = new[]
    {
        "manager", "engineer", "developer", "analyst", "assistant", "associate", "designer", "coordinator", "consultant",
        "adjuster", "accountant", "strategist", "specialist", "director", "intern", "internship", "lead", "architect",
        "scientist", "administrator", "officer", "representative", "rep", "executive", "editor", "writer", "producer",
        "technician", "nurse", "teacher", "clerk", "agent", "advisor", "adviser", "auditor", "buyer", "cashier", "chef",
        "counsel", "attorney", "lawyer", "paralegal", "planner", "programmer", "recruiter", "researcher", "supervisor",
        "tester", "trainee", "vp", "president", "owner", "marketer", "operator", "mechanic", "pharmacist", "physician",
        "therapist", "driver", "receptionist", "secretary", "bookkeeper", "controller", "economist", "electrician",
        "salesperson", "stylist", "tutor", "instructor", "professor", "lecturer", "fellow", "postdoc", "apprentice",
        "principal", "sre", "devops", "qa", "cto", "cfo", "ceo", "coo", "cmo", "head", "partner", "generalist", "expert",
        "artist", "photographer", "journalist", "copywriter", "translator", "interpreter", "librarian", "curator",
        "pilot", "attendant", "steward", "dispatcher", "estimator", "inspector", "surveyor", "underwriter", "actuary",
        "banker", "trader", "broker", "teller", "investigator", "counselor", "counsellor", "worker", "aide", "assistant",
        "caregiver", "dentist", "hygienist", "veterinarian", "vet", "technologist", "chemist", "biologist", "statistician",
        "mathematician", "physicist", "geologist", "hacker", "tech", "support", "success", "sales", "marketing",
        "operations", "hr", "finance", "accounting", "product", "program", "project", "data", "software", "frontend",
        "backend", "fullstack", "full-stack", "staff", "senior", "junior", "sr", "jr", "chief", "barista", "server",
        "bartender", "host", "hostess", "cook", "baker", "butcher", "carpenter", "plumber", "welder", "machinist",
        "foreman", "superintendent", "custodian", "janitor", "guard", "ranger", "firefighter", "paramedic", "medic",
        "midwife", "optometrist", "psychologist", "psychiatrist", "surgeon", "resident", "clinician", "dietitian",
        "nutritionist", "coach", "trainer", "educator", "principal", "dean", "registrar", "treasurer", "comptroller",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OrganizationWords = new[]
    {
        "inc", "llc", "ltd", "limited", "corp", "corporation", "company", "co", "group", "gmbh", "ag", "sa", "plc", "llp",
        "lp", "holdings", "technologies", "technology", "systems", "solutions", "labs", "lab", "bank", "insurance",
        "airlines", "airways", "publishing", "publishers", "institute", "university", "college", "hospital", "clinic",
        "pharmaceuticals", "pharma", "industries", "international", "foods", "media", "studios", "studio", "consulting",
        "capital", "ventures", "enterprises", "agency", "foundation", "school", "academy", "partners", "bancorp",
        "brewing", "brewery", "winery", "motors", "energy", "power", "light", "telecom", "communications", "networks",
        "software", "games", "entertainment", "pictures", "records", "press", "magazine", "news", "travel", "tours",
        "hotels", "resorts", "restaurants", "cafe", "bakery", "pickles", "trading", "logistics", "shipping", "freight",
        "messenger", "express", "airlines", "railways", "health", "healthcare", "medical", "dental", "therapeutics",
        "biosciences", "bio", "analytics", "robotics", "dynamics", "electronics", "devices", "instruments", "manufacturing",
        "construction", "builders", "realty", "properties", "estates", "financial", "finance", "investments", "advisors",
        "associates", "law", "legal", "architects", "design", "creative", "marketing", "retail", "stores", "market",
        "markets", "supply", "services", "department", "ministry", "council", "authority", "agency", "society", "club",
        "museum", "gallery", "library", "church", "charity", "trust", "fund", "federal", "national", "city", "county",
        "state", "government", "gov", "video", "film", "films", "coffee", "wines", "toys", "fashion", "apparel", "outfitters",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts words in a phrase that are typical of job titles.</summary>
    public static int RoleScore(string phrase)
    {
        var words = Words(phrase);
        if (words.Count == 0)
        {
            return 0;
        }

        var score = 0;
        var last = words[^1];
        if (RoleNouns.Contains(last))
        {
            score += 3; // the head noun of a title comes last: "Claims Adjuster"
        }

        score += words.Take(words.Count - 1).Count(RoleNouns.Contains);
        if (words.Any(w => w.Equals("of", StringComparison.OrdinalIgnoreCase)) && words.Count > 2 && RoleNouns.Contains(words[0]))
        {
            score += 2; // "Head of Sales", "Director of Operations"
        }

        return score;
    }

    /// <summary>Counts words in a phrase that are typical of organization names.</summary>
    public static int OrganizationScore(string phrase)
    {
        var words = Words(phrase);
        if (words.Count == 0)
        {
            return 0;
        }

        var score = OrganizationWords.Contains(words[^1]) ? 2 : 0;
        if (phrase.Contains('&') || phrase.Contains("'s ", StringComparison.Ordinal) || phrase.EndsWith("'s", StringComparison.Ordinal))
        {
            score += 1;
        }

        return score;
    }

    /// <summary>Words: a letter followed by letters, hyphens and apostrophes ("Co-op", "Margie's").</summary>
    private static List<string> Words(string phrase)
    {
        var words = new List<string>();
        var i = 0;
        while (i < phrase.Length)
        {
            if (!char.IsLetter(phrase[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < phrase.Length && (char.IsLetter(phrase[i]) || phrase[i] is '-' or '\''))
            {
                i++;
            }

            words.Add(phrase[start..i]);
        }

        return words;
    }
}
