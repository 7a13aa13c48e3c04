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

    // Spanish, French and Portuguese put the head noun of a title first ("Analista de Datos", "Chargé de projet",
    // "Engenheiro de Software"); feminine forms are listed with the masculine ones.
    private static readonly FrozenSet<string> HeadFirstRoleNouns = new[]
    {
        "analista", "ingeniero", "ingeniera", "desarrollador", "desarrolladora", "programador", "programadora", "diseñador", "diseñadora",
        "gerente", "jefe", "jefa", "director", "directora", "coordinador", "coordinadora", "consultor", "consultora", "asistente", "auxiliar",
        "técnico", "técnica", "tecnico", "tecnica", "especialista", "responsable", "administrador", "administradora", "contador", "contadora",
        "abogado", "abogada", "enfermero", "enfermera", "profesor", "profesora", "vendedor", "vendedora", "ejecutivo", "ejecutiva",
        "representante", "becario", "becaria", "practicante", "científico", "científica", "arquitecto", "arquitecta", "redactor", "redactora",
        "editor", "editora", "líder", "lider", "asesor", "asesora", "supervisor", "supervisora", "operario", "operaria", "cajero", "cajera",
        "recepcionista", "camarero", "camarera", "cocinero", "cocinera", "investigador", "investigadora", "agente", "comercial",
        "analyste", "ingénieur", "ingénieure", "développeur", "développeuse", "chef", "directeur", "directrice", "chargé", "chargée",
        "gestionnaire", "consultante", "assistante", "technicien", "technicienne", "conseiller", "conseillère", "comptable", "juriste",
        "avocat", "avocate", "infirmier", "infirmière", "enseignant", "enseignante", "professeure", "stagiaire", "alternant", "alternante",
        "architecte", "rédacteur", "rédactrice", "vendeur", "vendeuse", "coordinateur", "coordinatrice", "administrateur", "administratrice",
        "acheteur", "acheteuse", "contrôleur", "contrôleuse", "auditeur", "auditrice", "chercheur", "chercheuse", "responsable",
        "engenheiro", "engenheira", "desenvolvedor", "desenvolvedora", "programadora", "coordenador", "coordenadora", "diretor", "diretora",
        "técnico", "estagiário", "estagiária", "estagiario", "estagiaria", "advogado", "advogada", "enfermeiro", "enfermeira", "executivo",
        "atendente", "arquiteto", "arquiteta", "cientista", "redator", "redatora", "pesquisador", "pesquisadora", "assistente", "designer",
        "gerente", "consultor", "vendedor", "analista", "supervisor", "especialista", "auxiliar", "líder",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // German builds titles as compounds, the role at the end ("Softwareentwickler", "Projektleiterin", "Datenanalyst").
    private static readonly string[] GermanRoleEndings =
    [
        "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "berater", "beraterin", "leiter", "leiterin", "manager", "managerin",
        "analyst", "analystin", "referent", "referentin", "sachbearbeiter", "sachbearbeiterin", "assistent", "assistentin", "kaufmann",
        "kauffrau", "techniker", "technikerin", "spezialist", "spezialistin", "koordinator", "koordinatorin", "mitarbeiter", "mitarbeiterin",
        "werkstudent", "werkstudentin", "praktikant", "praktikantin", "redakteur", "redakteurin", "designerin", "architekt", "architektin",
        "wissenschaftler", "wissenschaftlerin", "pfleger", "pflegerin", "lehrer", "lehrerin", "informatiker", "informatikerin", "elektriker",
        "mechaniker", "buchhalter", "buchhalterin", "controllerin", "consultant", "trainee", "fachkraft", "verkäufer", "verkäuferin",
    ];

    // The field a role is in, after "de", "en", "für" ("Especialista en Marketing", "Referent für Kommunikation").
    private static readonly FrozenSet<string> RoleFields = new[]
    {
        "datos", "dados", "daten", "données", "ventas", "vendas", "vertrieb", "marketing", "finanzas", "finanças", "finances", "finanzen",
        "software", "sistemas", "sistemes", "systèmes", "recursos", "ressources", "tecnología", "tecnologia", "technologie", "ingeniería",
        "engenharia", "producto", "produto", "produit", "proyecto", "proyectos", "projeto", "projetos", "projet", "projets", "projekt",
        "comunicación", "comunicação", "communication", "kommunikation", "logística", "logistica", "logistique", "logistik", "operaciones",
        "operações", "opérations", "rrhh", "it", "ti", "tic", "seguridad", "segurança", "sécurité", "sicherheit", "calidad", "qualidade",
        "qualité", "qualität", "ciberseguridad", "cibersegurança", "contabilidad", "contabilidade", "comptabilité", "diseño", "design",
        "atención", "atendimento", "clientes", "client", "clientèle", "kunden", "ux", "ui", "bi", "cloud", "devops", "redes", "réseaux",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a word names the field of a role rather than an employer ("Marketing", "Datos", "Software").</summary>
    public static bool IsRoleField(string word) => RoleFields.Contains(word.Trim(',', '.', ':', ';')) || RoleNouns.Contains(word.Trim(',', '.', ':', ';'));

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
        ArgumentNullException.ThrowIfNull(phrase);
        // "Entwickler*in", "Entwickler:in", "Entwickler_in" are one word.
        var words = Words(phrase.Replace("*in", "in", StringComparison.Ordinal).Replace(":in", "in", StringComparison.Ordinal).Replace("_in", "in", StringComparison.Ordinal));
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
        else if (HeadFirstRoleNouns.Contains(words[0]) && (words.Count == 1 || words.Any(IsRomanceJoiner) || IsHeadWithAdjectives(words)))
        {
            // or first, in Spanish, French and Portuguese: "Analista de Datos", "Chargé de projet", and with the
            // adjectives that follow the noun there: "analista financeiro", "analyste financier", "ingeniero sénior".
            score += 3;
        }
        else if (IsGermanRole(last))
        {
            score += 3; // or at the end of a German compound: "Softwareentwickler"
        }

        score += words.Take(words.Count - 1).Count(RoleNouns.Contains);
        if (words.Any(w => w.Equals("of", StringComparison.OrdinalIgnoreCase)) && words.Count > 2 && RoleNouns.Contains(words[0]))
        {
            score += 2; // "Head of Sales", "Director of Operations"
        }

        return score;
    }

    /// <summary>
    /// A head noun and up to two lower-case words after it that are no frequent word of any language (so no verb,
    /// pronoun or article: "analista es", "analista te esperamos"): the adjectives of a Romance title ("analista financeiro").
    /// </summary>
    private static bool IsHeadWithAdjectives(List<string> words) =>
        words.Count <= 3 && words.Skip(1).All(w => char.IsLower(w[0]) && !Languages.LanguageDetector.IsFrequentWord(w));

    private static bool IsRomanceJoiner(string word) => word.ToLowerInvariant() is "de" or "del" or "des" or "du" or "da" or "do" or "dos" or "das" or "en" or "em" or "y" or "e" or "et" or "d";

    private static bool IsGermanRole(string word)
    {
        // "Entwickler*in", "Entwickler:in", "EntwicklerIn": the gender-inclusive forms read as the base word.
        foreach (var ending in GermanRoleEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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
