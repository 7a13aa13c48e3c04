namespace OutlookFollowUp.Core.Languages;

/// <summary>The languages the product reads invites in and writes drafts in (DESIGN.md, "language").</summary>
public enum Language
{
    /// <summary>English (<c>en</c>): the default when nothing else is known.</summary>
    English,

    /// <summary>Spanish (<c>es</c>).</summary>
    Spanish,

    /// <summary>French (<c>fr</c>).</summary>
    French,

    /// <summary>German (<c>de</c>).</summary>
    German,

    /// <summary>Portuguese (<c>pt</c>).</summary>
    Portuguese,
}

/// <summary>
/// How a draft addresses its recipient: formal (usted, vous, Sie, impersonal Portuguese) or informal (tú, tu, du,
/// você). English has one register. Chosen by the invite's own register; formal when unsure.
/// </summary>
public enum Formality
{
    /// <summary>Usted, vous, Sie; in Portuguese impersonal wording that needs no "o senhor / a senhora" (no gender).</summary>
    Formal,

    /// <summary>Tú, tu, du, você: the invite addressed the candidate this way.</summary>
    Informal,
}

/// <summary>Where the drafts' language came from.</summary>
public enum LanguageSource
{
    /// <summary>The invite is written in it.</summary>
    Invite,

    /// <summary>The invite's language is not one of the five (or could not be told): the mailbox's language.</summary>
    Mailbox,

    /// <summary>Neither the invite nor the mailbox gave one of the five: English.</summary>
    Default,

    /// <summary>The user chose it (<see cref="Analysis.AnalysisContext.DraftLanguage"/>).</summary>
    Chosen,
}
