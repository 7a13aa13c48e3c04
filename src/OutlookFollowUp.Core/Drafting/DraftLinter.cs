using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Recipients;
using OutlookFollowUp.Core.Text;

namespace OutlookFollowUp.Core.Drafting;

/// <summary>What the linter checks a draft against.</summary>
/// <param name="Subject">The draft's subject.</param>
/// <param name="BodyText">The draft's text, as composed or as the user edited it.</param>
/// <param name="Recipient">Who it goes to.</param>
/// <param name="Role">The job title, when known.</param>
/// <param name="Company">The employer, when known.</param>
/// <param name="HasNote">True when the user wrote a note for this person.</param>
public sealed record LintRequest(string Subject, string BodyText, Recipient? Recipient, string? Role, string? Company, bool HasNote);

/// <summary>
/// Checks a draft before the user sends it: the greeting names the right person, the role is named, no placeholder
/// is left, it stays under 200 words, and it is not generic.
/// </summary>
public static partial class DraftLinter
{
    /// <summary>The word count at which a note stops being short.</summary>
    public const int MaxWords = 200;

    /// <summary>Returns readable warnings; empty when the draft is fine.</summary>
    public static IReadOnlyList<string> Lint(LintRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var warnings = new List<string>();
        var body = request.BodyText ?? "";

        if (GreetingProblem(body, request.Recipient) is { } greeting)
        {
            warnings.Add(greeting);
        }

        if (request.Role is { } role && !Contains(body, role))
        {
            warnings.Add($"The note does not mention the {role} role.");
        }

        // Our own placeholder for a missing note is said once, in the no-note warning below.
        var ownPlaceholder = false;
        if (Placeholder().Match(request.Subject + "\n" + body) is { Success: true } placeholder)
        {
            ownPlaceholder = !request.HasNote && DraftComposer.IsOwnPlaceholder(placeholder.Value);
            if (!ownPlaceholder)
            {
                warnings.Add($"Replace the text in brackets before sending: \"{Shorten(placeholder.Value)}\"");
            }
        }

        var words = PlainText.CountWords(body);
        if (words >= MaxWords)
        {
            warnings.Add($"This note is {words} words long. Thank-you notes read best under {MaxWords} words, so consider shortening it.");
        }

        if (!request.HasNote)
        {
            var who = request.Recipient?.GreetingName ?? request.Recipient?.Address ?? "this person";
            warnings.Add(ownPlaceholder
                ? $"No note for {who} yet: replace the text in brackets with one thing you talked about."
                : $"No note for {who} yet: add one thing you talked about so it reads as personal.");
        }

        return warnings;
    }

    /// <summary>The name the first non-empty line greets ("Dear Amy," → Amy, "Hola, Ana:" → Ana, "Guten Tag Anna Weber," → Anna Weber), or null.</summary>
    public static string? GreetedName(string body)
    {
        string? first = null;
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            if (!line.Trim().IsEmpty)
            {
                first = line.Trim().ToString();
                break;
            }
        }

        if (first is null)
        {
            return null;
        }

        var m = GreetingLine().Match(first);
        return m.Success ? m.Groups["name"].Value.Trim() : null;
    }

    private static string? GreetingProblem(string body, Recipient? recipient)
    {
        var greeted = GreetedName(body);
        if (greeted is null || recipient is null)
        {
            return null;
        }

        var greetedFirst = greeted.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => !IsHonorific(w)) ?? greeted;
        if (recipient.GreetingName is { } expected)
        {
            return PersonNames.SameName(greetedFirst, expected) || PersonNames.SameName(greeted, expected)
                ? null
                : Mismatch(greeted, recipient);
        }

        // No known first name: accept any word of the display name or the address (e.g. "Dear Dr. Mehta").
        var known = $"{recipient.DisplayName} {recipient.Address.Split('@')[0]}";
        var tokens = Regex.Split(PlainText.Fold(known), @"[^\p{L}]+").Where(t => t.Length > 1).ToHashSet();
        var greetedTokens = Regex.Split(PlainText.Fold(greeted), @"[^\p{L}]+").Where(t => t.Length > 1 && !IsHonorific(t)).ToList();
        return greetedTokens.Count == 0 || greetedTokens.Any(tokens.Contains) || IsTeamGreeting(greeted)
            ? null
            : Mismatch(greeted, recipient);
    }

    private static string Mismatch(string greeted, Recipient recipient) =>
        $"The greeting says \"{greeted}\", but this note goes to {recipient.DisplayName ?? recipient.Address}.";

    private static bool IsHonorific(string word) =>
        word.TrimEnd('.').ToLowerInvariant() is "dr" or "mr" or "mrs" or "ms" or "mx" or "miss" or "prof" or "professor" or "frau" or "herr" or "sr" or "sra"
            or "srta" or "señor" or "señora" or "senhor" or "senhora" or "dona" or "mme" or "m" or "mlle" or "madame" or "monsieur" or "dra";

    private static bool IsTeamGreeting(string greeted) => TeamGreeting().IsMatch(greeted);

    private static bool Contains(string body, string phrase) =>
        body.Contains(phrase, StringComparison.OrdinalIgnoreCase)
        || PlainText.Fold(body).Contains(PlainText.Fold(phrase), StringComparison.Ordinal);

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";

    // Greetings in the five languages; Spanish and Portuguese put a comma after the greeting word ("Hola, Ana:").
    [GeneratedRegex(@"^(?:dear|hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening)|hola|buenos\s+d[ií]as|buenas\s+tardes|buen\s+d[ií]a|estimad[oa]s?|querid[oa]s?|bonjour|bonsoir|salut|ch[eè]re?s?|guten\s+(?:tag|morgen|abend)|hallo|liebe[rs]?|sehr\s+geehrte[rs]?|moin|servus|ol[aá]|oi|bom\s+dia|boa\s+(?:tarde|noite)|prezad[oa]s?|car[oa]s?)\s*,?\s+(?<name>[^,!:;\n]+?)\s*[,!:;]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GreetingLine();

    [GeneratedRegex(@"\[[^\]\n]{1,300}\]|\{\{[^}\n]*\}\}|<<[^>\n]*>>|\b(?:XXX+|TBD|TODO|FIXME)\b|\[(?:name|company|role|position)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(?:team|all|everyone|hiring|committee|panel|there|todos|todas|equipo|[eé]quipe|tous|toutes|zusammen|alle|equipa)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeamGreeting();
}
