namespace OutlookFollowUp.Core.Drafting.Phrases;

/// <summary>Dates in words in each language, without culture data: "4 de diciembre", "1er décembre", "4. Dezember", "4 de dezembro".</summary>
internal static class DateWords
{
    private static readonly string[] SpanishMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    private static readonly string[] FrenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] GermanMonths = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
    private static readonly string[] PortugueseMonths = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];

    public static string Spanish(DateOnly date) => $"{date.Day} de {SpanishMonths[date.Month - 1]}";

    public static string French(DateOnly date) => $"{(date.Day == 1 ? "1er" : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))} {FrenchMonths[date.Month - 1]}";

    public static string German(DateOnly date) => $"{date.Day}. {GermanMonths[date.Month - 1]}";

    public static string Portuguese(DateOnly date) => $"{date.Day} de {PortugueseMonths[date.Month - 1]}";
}
