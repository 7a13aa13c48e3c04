using System.Collections.Frozen;

namespace OutlookFollowUp.Core.Drafting.Phrases;

/// <summary>The bits of grammar that bend around a name the invite supplies.</summary>
internal static class Grammar
{
    private const string Vowels = "aeiouyàâäéèêëîïôöûùüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÙÜŒÆ";

    // A company takes the gender of the noun it is ("o banco", "o grupo"), else of "a empresa": "na Contoso", "no Banco Azul".
    private static readonly FrozenSet<string> MasculineHeads = new[]
    {
        "banco", "grupo", "instituto", "hospital", "mercado", "centro", "colégio", "colegio", "escritório", "escritorio", "laboratório",
        "laboratorio", "clube", "ministério", "ministerio", "tribunal", "conselho", "serviço", "servico", "sistema", "hotel", "restaurante",
        "supermercado", "jornal", "portal", "estúdio", "estudio", "sindicato", "fundo", "posto", "site", "aplicativo", "app", "shopping",
        "departamento", "governo", "município", "municipio", "itaú", "itau", "bradesco", "santander", "nubank", "inter", "btg", "safra",
        "sicredi", "sicoob", "mercado livre",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>French "de" before a word: "d'analyste", "de chef de projet" (no elision before h: English titles keep it).</summary>
    public static string FrenchDe(string word) => word.Length > 0 && Vowels.Contains(word[0], StringComparison.Ordinal) ? $"d'{word}" : $"de {word}";

    /// <summary>Portuguese "em" + article before a company: "na Contoso", "no Banco Azul".</summary>
    public static string PortugueseIn(string company) => (IsMasculine(company) ? "no " : "na ") + company;

    /// <summary>Portuguese "de" + article before a company: "da Contoso", "do Banco Azul".</summary>
    public static string PortugueseOf(string company) => (IsMasculine(company) ? "do " : "da ") + company;

    private static bool IsMasculine(string company)
    {
        var trimmed = company.Trim();
        var space = trimmed.IndexOf(' ');
        var head = space < 0 ? trimmed : trimmed[..space];
        return MasculineHeads.Contains(head) || MasculineHeads.Contains(trimmed);
    }
}
