using System.Collections.Frozen;
using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Model;

namespace OutlookFollowUp.Core.Recipients;

/// <summary>
/// First names for greetings. A wrong name is worse than none, so anything doubtful yields null
/// and the draft greets without a name.
/// </summary>
public static partial class PersonNames
{
    private static readonly FrozenSet<string> Honorifics = new[]
    {
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "rev", "fr", "sr", "sra", "srta",
        "herr", "frau", "mme", "mlle", "m", "dott", "ing", "eng",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Suffixes = new[]
    {
        "jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "cpa", "esq", "pe", "rn", "dds", "jd", "msc", "bsc", "ma", "ba",
        "cfa", "pmp", "shrm-cp", "shrm-scp", "phr", "sphr", "she/her", "he/him", "they/them",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that make a display name a team, a role mailbox or an organization rather than a person.
    private static readonly FrozenSet<string> NonPersonWords = new[]
    {
        "hr", "hiring", "recruiting", "recruitment", "recruiter", "recruiters", "talent", "team", "careers", "career", "jobs",
        "job", "notifications", "notification", "calendar", "scheduling", "scheduler", "department", "office", "support",
        "admin", "administrator", "inc", "llc", "ltd", "group", "company", "services", "acquisition", "people", "staffing",
        "noreply", "no-reply", "do-not-reply", "donotreply", "info", "contact", "hello", "mailbox", "desk", "operations",
        "human", "resources", "committee", "panel", "interviews", "interview", "coordinator", "coordination", "room",
        "conference", "system", "automated", "corp", "corporation", "university", "college", "school", "bot", "the",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The first name to greet someone by: from the display name ("Chen, Amy" → Amy, "Dr. Amy Chen" → Amy),
    /// else from the address local part ("amy.chen@" → Amy), else null.
    /// </summary>
    public static string? GreetingName(string? displayName, string? address)
    {
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            var name = displayName.Trim();
            if (name.Contains('@'))
            {
                // "Amy Chen <amy.chen@contoso.com>" is a name with its address; a bare address is read as one.
                var withoutAddress = Parenthetical().Replace(name, " ").Trim(' ', '"', '\'');
                if (withoutAddress.Length == 0 || withoutAddress.Contains('@'))
                {
                    return FromLocalPart(name.Trim(' ', '<', '>', '"', '\''));
                }

                name = withoutAddress;
            }

            var fromDisplay = FromDisplayName(name);
            if (fromDisplay is not null && !NamesTheOrganization(name, address))
            {
                return fromDisplay;
            }

            // A display name that names a team ("Lucerne HR") must not fall back to a guess from the address
            // unless the address itself clearly is a person's (first.last).
        }

        return string.IsNullOrWhiteSpace(address) ? null : FromLocalPart(address);
    }

    /// <inheritdoc cref="GreetingName(string?, string?)"/>
    public static string? GreetingName(EmailAddress address) => GreetingName(address.Name, address.Address);

    /// <summary>The first name in a display name, or null when it does not look like a person's name.</summary>
    public static string? FromDisplayName(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        if (SimpleFirstName(displayName) is { } simple)
        {
            return simple;
        }

        var name = Parenthetical().Replace(displayName, " ");
        name = name.Replace('"', ' ').Replace('\'', '\'').Trim(' ', '\'', '<', '>');
        // "Amy Chen - Recruiter", "Amy Chen | Contoso", "Amy Chen via Greenhouse"
        name = TrailingQualifier().Replace(name, "");
        if (name.Length == 0)
        {
            return null;
        }

        var words = Tokens().Matches(name).Select(m => m.Value).ToList();
        if (words.Count == 0 || words.Any(w => NonPersonWords.Contains(w.TrimEnd('.'))))
        {
            return null;
        }

        string? candidatePart;
        var comma = name.IndexOf(',');
        if (comma >= 0)
        {
            var before = name[..comma].Trim();
            var after = name[(comma + 1)..].Trim();
            // Suffixes are compared without their dots and spaces: "Ph.D.", "Ph. D." and "PhD" are one suffix.
            var afterParts = after.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal))
                .Where(p => p.Length > 0)
                .ToList();
            // "Raj Mehta, PhD" is First Last + suffix; "Chen, Amy" is Last, First.
            candidatePart = afterParts.Count == 0 || afterParts.All(w => Suffixes.Contains(w)) ? before : after;
        }
        else
        {
            candidatePart = name;
        }

        var sawHonorific = false;
        var nameWords = new List<string>();
        foreach (Match token in Tokens().Matches(candidatePart))
        {
            var word = token.Value;
            var bare = word.TrimEnd('.');
            if (Honorifics.Contains(bare) || Suffixes.Contains(bare))
            {
                sawHonorific |= Honorifics.Contains(bare) && nameWords.Count == 0;
                continue;
            }

            if (bare.Length <= 1 || (word.EndsWith('.') && bare.Length <= 2))
            {
                continue; // an initial: "J. Robert Smith" is greeted as Robert
            }

            nameWords.Add(bare);
        }

        if (nameWords.Count == 0 || !IsNameLike(nameWords[0]))
        {
            return null;
        }

        // "Dr. Mehta" names the surname only: "Dear Mehta," would be wrong, so greet without a name.
        // ("Mehta, Dr. Raj" is Last, First and keeps Raj.)
        if (sawHonorific && comma < 0 && nameWords.Count == 1)
        {
            return null;
        }

        return ProperCase(nameWords[0]);
    }

    /// <summary>
    /// The common case without regular expressions: "Grace Hall" — two words of letters, neither an honorific, a suffix
    /// nor a team word. Anything else goes the long way.
    /// </summary>
    private static string? SimpleFirstName(string displayName)
    {
        var name = displayName.AsSpan().Trim();
        var space = name.IndexOf(' ');
        if (space <= 1 || space == name.Length - 1)
        {
            return null;
        }

        var first = name[..space];
        var last = name[(space + 1)..];
        if (last.Length < 2 || !IsLetters(first) || !IsLetters(last))
        {
            return null;
        }

        var firstWord = first.ToString();
        var lastWord = last.ToString();
        if (Honorifics.Contains(firstWord) || Suffixes.Contains(lastWord) || NonPersonWords.Contains(firstWord) || NonPersonWords.Contains(lastWord))
        {
            return null;
        }

        return ProperCase(firstWord);
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>
    /// First and last name for a formal greeting in German or French ("Guten Tag Anna Weber,"): from the display name
    /// ("Weber, Anna" → "Anna Weber", "Dr. Anna Weber" → "Anna Weber"), else from a "first.last" address; null when
    /// only one name is known or the name is doubtful. The first word is always the greeting name
    /// (<see cref="GreetingName(string?, string?)"/>), so both greetings name the same person.
    /// </summary>
    public static string? FullName(string? displayName, string? address)
    {
        var first = GreetingName(displayName, address);
        if (first is null)
        {
            return null;
        }

        var fromDisplay = !string.IsNullOrWhiteSpace(displayName) && !displayName.Contains('@') ? FullFromDisplayName(displayName) : null;
        var full = fromDisplay ?? FullFromLocalPart(string.IsNullOrWhiteSpace(address) ? displayName ?? "" : address);
        if (full is null)
        {
            return null;
        }

        var space = full.IndexOf(' ');
        return space > 0 && SameName(full[..space], first) ? full : null;
    }

    private static string? FullFromDisplayName(string displayName)
    {
        var name = Parenthetical().Replace(displayName, " ").Replace('"', ' ').Trim(' ', '\'', '<', '>');
        name = TrailingQualifier().Replace(name, "");
        if (name.Length == 0 || Tokens().Matches(name).Any(m => NonPersonWords.Contains(m.Value.TrimEnd('.'))))
        {
            return null;
        }

        var comma = name.IndexOf(',');
        if (comma >= 0)
        {
            var before = name[..comma].Trim();
            var after = name[(comma + 1)..].Trim();
            var afterParts = after.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal))
                .Where(p => p.Length > 0)
                .ToList();
            // "Raj Mehta, PhD" is First Last + suffix; "Chen, Amy" is Last, First.
            name = afterParts.Count == 0 || afterParts.All(w => Suffixes.Contains(w)) ? before : $"{after} {before}";
        }

        var words = new List<string>();
        foreach (Match token in Tokens().Matches(name))
        {
            var bare = token.Value.TrimEnd('.');
            if (Honorifics.Contains(bare) || Suffixes.Contains(bare) || bare.Length <= 1 || (token.Value.EndsWith('.') && bare.Length <= 2))
            {
                continue;
            }

            words.Add(bare);
        }

        // Particles keep their case ("Anna von Weber"); the rest is proper-cased like the first name.
        return words.Count >= 2 && words.All(IsNameLike)
            ? string.Join(' ', words.Select(w => w is "von" or "van" or "de" or "der" or "den" or "du" or "la" or "le" or "da" or "do" or "dos" or "das" or "del" or "y" or "zu" ? w : ProperCase(w)))
            : null;
    }

    private static string? FullFromLocalPart(string address)
    {
        var at = address.IndexOf('@');
        var local = (at >= 0 ? address[..at] : address).Trim();
        var parts = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || parts.Any(p => p.Length < 2 || !p.All(char.IsLetter) || NonPersonWords.Contains(p) || Honorifics.Contains(p)))
        {
            return null; // "a.weber", "anna.maria.weber", "jobs.team": no full name to be sure of
        }

        return $"{ProperCase(parts[0])} {ProperCase(parts[1])}";
    }

    /// <summary>A first name from an address local part with a separator ("amy.chen", "amy_chen", "amy-chen"), else null.</summary>
    public static string? FromLocalPart(string address)
    {
        var at = address.IndexOf('@');
        var local = (at >= 0 ? address[..at] : address).Trim();
        var plus = local.IndexOf('+');
        if (plus > 0)
        {
            local = local[..plus];
        }

        var parts = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null; // "achen" could be anyone: no guess
        }

        var first = parts[0];
        if (first.Length < 2 || !first.All(char.IsLetter) || NonPersonWords.Contains(first) || Honorifics.Contains(first))
        {
            return null;
        }

        if (!parts[1].Any(char.IsLetter) || NonPersonWords.Contains(parts[1]))
        {
            return null; // "jobs.2024", "talent.team"
        }

        return ProperCase(first);
    }

    /// <summary>
    /// True when a display name is the name of the organization that owns the address ("Lucerne Publishing" for
    /// careers@lucernepublishing.com, "Contoso" for contact@contoso.com), so its first word is no first name.
    /// A person's own domain ("Amy Chen" at amychen.com) does not count: it needs one word or an organization word.
    /// </summary>
    private static bool NamesTheOrganization(string displayName, string? address)
    {
        var at = address?.IndexOf('@') ?? -1;
        if (address is null || at < 0 || Domains.IsPublicMailDomain(address[(at + 1)..].Trim()))
        {
            return false;
        }

        var name = Text.PlainText.LettersAndDigits(displayName);
        var label = Text.PlainText.LettersAndDigits(Domains.OrganizationLabel(address[(at + 1)..]));
        var shorter = Math.Min(name.Length, label.Length);
        var matches = shorter >= 3 && (name == label || (shorter >= 5 && (name.StartsWith(label, StringComparison.Ordinal) || label.StartsWith(name, StringComparison.Ordinal))));
        return matches && (Tokens().Count(displayName) == 1 || Extraction.JobWords.OrganizationScore(displayName) > 0);
    }

    /// <summary>True when two names are the same once case and diacritics are ignored.</summary>
    public static bool SameName(string a, string b) =>
        string.Equals(Text.PlainText.Fold(a.Trim()), Text.PlainText.Fold(b.Trim()), StringComparison.Ordinal);

    private static bool IsNameLike(string word) => word.Length >= 2 && word.All(c => char.IsLetter(c) || c is '-' or '\'');

    private static string ProperCase(string word)
    {
        var hasUpper = word.Any(char.IsUpper);
        var hasLower = word.Any(char.IsLower);
        if (hasUpper && hasLower)
        {
            return word; // keep "McKenzie", "DeShawn"
        }

        var chars = word.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or '\'')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]|<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s+(?:[-|/\u2013\u2014:]|via|at|@)\s+.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingQualifier();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}'\-]*\.?|[\p{L}]\.", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
