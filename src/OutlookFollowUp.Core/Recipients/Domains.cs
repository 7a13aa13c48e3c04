using System.Collections.Frozen;
using OutlookFollowUp.Core.Model;

namespace OutlookFollowUp.Core.Recipients;

/// <summary>Knowledge about mail domains: public mail providers, hiring scheduling systems, automated senders.</summary>
public static class Domains
{
    private static readonly FrozenSet<string> PublicMailDomains = new[]
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "live.com", "live.co.uk",
        "msn.com", "passport.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.co.in", "yahoo.co.jp", "ymail.com",
        "rocketmail.com", "aol.com", "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "protonmail.ch", "pm.me",
        "gmx.com", "gmx.net", "gmx.de", "web.de", "mail.com", "zoho.com", "zohomail.com", "yandex.com", "yandex.ru", "mail.ru",
        "qq.com", "163.com", "126.com", "fastmail.com", "fastmail.fm", "hey.com", "tutanota.com", "tuta.io", "comcast.net",
        "verizon.net", "att.net", "sbcglobal.net", "btinternet.com", "orange.fr", "free.fr", "laposte.net", "libero.it",
        "t-online.de", "seznam.cz", "naver.com", "daum.net", "rediffmail.com", "outlook.fr", "outlook.de", "hotmail.de",
        "live.fr", "live.de", "windowslive.com", "bigpond.com", "shaw.ca", "rogers.com", "sky.com", "virginmedia.com",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] SchedulingSystems =
    [
        "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "myworkday.com", "myworkdayjobs.com",
        "ashbyhq.com", "goodtime.io", "calendly.com", "icims.com", "smartrecruiters.com", "workable.com",
        "jobvite.com", "bamboohr.com", "recruitee.com", "teamtailor.com", "teamtailor-mail.com",
        "successfactors.com", "successfactors.eu", "paradox.ai", "hirevue.com", "modernloop.io", "prelude.co",
        "breezy.hr", "jazzhr.com", "applytojob.com", "recruiterbox.com", "personio.de", "pinpointhq.com", "youcanbook.me",
        "avature.net", "ultipro.com", "phenompeople.com", "beamery.com", "hireez.com", "yello.co", "workablemail.com",
        // Vendors whose own staff also mail from the bare domain are listed only by their product subdomains.
        "myworkdaysite.com", "taleo.net",
    ];

    private static readonly FrozenSet<string> AutomatedLocalParts = new[]
    {
        "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "dontreply", "notifications",
        "notification", "notify", "mailer-daemon", "postmaster", "bounce", "bounces", "calendar", "calendar-notification",
        "scheduling", "scheduler", "schedule", "invites", "invite", "invitations", "automated", "automail", "auto", "system",
        "alerts", "alert", "robot", "daemon", "mailer", "ats", "messages", "messaging", "notice", "notices",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for public mail providers (gmail.com, outlook.com, …): they never make two people colleagues.</summary>
    public static bool IsPublicMailDomain(string domain) => PublicMailDomains.Contains(domain);

    /// <summary>True for hiring scheduling systems (greenhouse.io, lever.co, …) and their subdomains.</summary>
    public static bool IsSchedulingSystem(string domain) => SchedulingSystemOf(domain) is not null;

    /// <summary>The scheduling system a domain belongs to ("app.smartrecruiters.com" → "smartrecruiters.com"), or null.</summary>
    public static string? SchedulingSystemOf(string domain)
    {
        var d = domain.AsSpan().Trim();
        foreach (var system in SchedulingSystems)
        {
            if (d.EndsWith(system, StringComparison.OrdinalIgnoreCase)
                && (d.Length == system.Length || d[d.Length - system.Length - 1] == '.'))
            {
                return system;
            }
        }

        return null;
    }

    /// <summary>
    /// True for addresses nobody reads: no-reply style local parts ("noreply", "do-not-reply+123", "notifications")
    /// and scheduling systems.
    /// </summary>
    public static bool IsAutomatedSender(EmailAddress address)
    {
        if (IsSchedulingSystem(address.Domain))
        {
            return true;
        }

        var local = address.LocalPart;
        var plus = local.IndexOf('+');
        if (plus > 0)
        {
            local = local[..plus];
        }

        if (AutomatedLocalParts.Contains(local))
        {
            return true;
        }

        // "noreply.jobs", "no-reply-hiring", "jobs-noreply"
        return local.Contains("noreply", StringComparison.Ordinal) || local.Contains("no-reply", StringComparison.Ordinal)
            || local.Contains("donotreply", StringComparison.Ordinal) || local.Contains("do-not-reply", StringComparison.Ordinal)
            || local.Contains("no_reply", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when two addresses belong to the same organization: same domain, or one is a subdomain of the other,
    /// and neither is a public mail provider nor a scheduling system.
    /// </summary>
    public static bool SameOrganization(EmailAddress a, EmailAddress b) => SameOrganization(a.Domain, b.Domain);

    /// <inheritdoc cref="SameOrganization(EmailAddress, EmailAddress)"/>
    public static bool SameOrganization(string domainA, string domainB)
    {
        if (domainA.Length == 0 || domainB.Length == 0 || IsPublicMailDomain(domainA) || IsPublicMailDomain(domainB)
            || IsSchedulingSystem(domainA) || IsSchedulingSystem(domainB))
        {
            return false;
        }

        return OrganizationDomain(domainA) == OrganizationDomain(domainB);
    }

    /// <summary>
    /// The registrable part of a domain, roughly: "mail.contoso.com" → "contoso.com", "hr.contoso.co.uk" → "contoso.co.uk".
    /// </summary>
    public static string OrganizationDomain(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var d = domain.AsSpan().Trim().TrimEnd('.');
        var last = d.LastIndexOf('.');
        var second = last <= 0 ? -1 : d[..last].LastIndexOf('.');
        if (second < 0)
        {
            return Lower(d);
        }

        // Two-level public suffixes such as co.uk, com.au, co.jp keep three labels.
        var secondLevel = d[(second + 1)..last];
        var twoLevelSuffix = d.Length - last - 1 == 2
            && secondLevel is "co" or "com" or "org" or "net" or "ac" or "gov" or "edu" or "ne" or "or" or "CO" or "COM" or "ORG" or "NET";
        if (!twoLevelSuffix)
        {
            return Lower(d[(second + 1)..]);
        }

        var third = second <= 0 ? -1 : d[..second].LastIndexOf('.');
        return Lower(d[(third + 1)..]);
    }

    private static string Lower(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.ToLowerInvariant(buffer);
        return new string(buffer);
    }

    /// <summary>The organization's name label of a domain: "careers.contoso.co.uk" → "contoso".</summary>
    public static string OrganizationLabel(string domain) => OrganizationDomain(domain).Split('.')[0];
}
