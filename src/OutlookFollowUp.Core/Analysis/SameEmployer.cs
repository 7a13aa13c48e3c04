using OutlookFollowUp.Core.Recipients;
using OutlookFollowUp.Core.Text;

namespace OutlookFollowUp.Core.Analysis;

/// <summary>
/// Whether two interviews are with the same employer (DESIGN.md: one pending status check per employer). Same
/// employer: the same company, as extracted and backed; or, when a company is not known on both sides, an interviewer
/// on the employer's side at the same organization domain that is neither a public mail provider nor a scheduling
/// system. Two different known companies are never linked by a shared domain: that is an agency recruiter working for
/// several clients.
/// </summary>
public static class SameEmployer
{
    private static readonly HashSet<string> CorporateSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "corp", "corporation", "co", "company", "plc", "gmbh", "ag",
        "sa", "sas", "bv", "nv", "group", "holdings", "pty", "srl", "spa", "ab", "as", "oy", "kg",
    };

    /// <summary>Compares the employers of two analyses (or of two stored follow-ups, rebuilt as <see cref="EmployerContacts"/>).</summary>
    public static bool Of(EmployerContacts a, EmployerContacts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Of(a.Company, a.Domains, b.Company, b.Domains);
    }

    /// <summary>Compares two employers given as plain data: the backed company name (or null) and the employer-side domains.</summary>
    /// <param name="companyA">The first interview's company, as extracted and backed; null when unknown.</param>
    /// <param name="domainsA">The first interview's employer-side mail domains (interviewers' domains).</param>
    /// <param name="companyB">The second interview's company; null when unknown.</param>
    /// <param name="domainsB">The second interview's employer-side mail domains.</param>
    public static bool Of(string? companyA, IEnumerable<string> domainsA, string? companyB, IEnumerable<string> domainsB)
    {
        ArgumentNullException.ThrowIfNull(domainsA);
        ArgumentNullException.ThrowIfNull(domainsB);
        var nameA = CompanyKey(companyA);
        var nameB = CompanyKey(companyB);
        if (nameA.Length > 0 && nameB.Length > 0)
        {
            return nameA == nameB;
        }

        var organizationsA = Organizations(domainsA);
        return organizationsA.Count > 0 && Organizations(domainsB).Overlaps(organizationsA);
    }

    /// <summary>"Contoso Ltd." and "contoso" are one company: folded words without the corporate form.</summary>
    private static string CompanyKey(string? company)
    {
        if (string.IsNullOrWhiteSpace(company))
        {
            return "";
        }

        var words = PlainText.LettersAndDigitsWords(company).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && CorporateSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Concat(words);
    }

    private static HashSet<string> Organizations(IEnumerable<string> domains)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var domain in domains)
        {
            var d = domain.Trim().TrimStart('@');
            if (d.Length > 0 && d.Contains('.', StringComparison.Ordinal) && !Domains.IsPublicMailDomain(d) && !Domains.IsSchedulingSystem(d))
            {
                set.Add(Domains.OrganizationDomain(d));
            }
        }

        return set;
    }
}
