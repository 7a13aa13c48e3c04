namespace OutlookFollowUp.Core.Languages;

/// <summary>
/// ISO 639-1 codes of the five languages and the language of a mailbox locale
/// (<c>mailboxSettings.language.locale</c>, e.g. "es-MX"); its region, the holiday country, is Workflow's
/// <c>PublicHolidays.CountryOfLocale</c>. Pure string work, no culture data.
/// </summary>
public static class LanguageCodes
{
    /// <summary>The two-letter code: en, es, fr, de, pt (Contract 1's <c>language</c>).</summary>
    public static string Code(Language language) => language switch
    {
        Language.Spanish => "es",
        Language.French => "fr",
        Language.German => "de",
        Language.Portuguese => "pt",
        _ => "en",
    };

    /// <summary>The language's English name, for what a person reads ("Spanish").</summary>
    public static string Name(Language language) => language.ToString();

    /// <summary>The language of a code or a locale ("pt", "PT-br", "de_AT"), when it is one of the five.</summary>
    public static bool TryParse(string? codeOrLocale, out Language language)
    {
        language = Language.English;
        if (!IsWellFormedLocale(codeOrLocale))
        {
            return false;
        }

        var primary = codeOrLocale!.Trim().Split('-', '_')[0].ToLowerInvariant();
        switch (primary)
        {
            case "en":
                language = Language.English;
                return true;
            case "es":
                language = Language.Spanish;
                return true;
            case "fr":
                language = Language.French;
                return true;
            case "de":
                language = Language.German;
                return true;
            case "pt":
                language = Language.Portuguese;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The language of a mailbox locale when it is one of the five ("es-MX" → Spanish; "it-IT" → null).</summary>
    public static Language? FromLocale(string? locale) => TryParse(locale, out var language) ? language : null;

    /// <summary>
    /// True for a language tag of the shape a mailbox reports: a two- or three-letter language, optionally a
    /// four-letter script, optionally a two-letter or three-digit region ("en", "pt-BR", "zh-Hans-CN", "es-419").
    /// </summary>
    public static bool IsWellFormedLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return false;
        }

        var parts = locale.Trim().Split('-', '_');
        if (parts.Length > 3 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
        {
            return false;
        }

        var i = 1;
        if (i < parts.Length && parts[i].Length == 4 && parts[i].All(char.IsAsciiLetter))
        {
            i++;
        }

        if (i < parts.Length)
        {
            var region = parts[i];
            if (!((region.Length == 2 && region.All(char.IsAsciiLetter)) || (region.Length == 3 && region.All(char.IsAsciiDigit))))
            {
                return false;
            }

            i++;
        }

        return i == parts.Length;
    }
}
