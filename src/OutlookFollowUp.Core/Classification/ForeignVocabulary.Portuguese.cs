using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Classification;

internal static partial class ForeignVocabulary
{
    public static ClassifierVocabulary Portuguese { get; } = new()
    {
        Interview = PortugueseInterview(),
        Ambiguous = PortugueseAmbiguous(),
        Hiring = PortugueseHiring(),
        StrongNegative = PortugueseStrongNegative(),
        NegativeAnchors = System.Buffers.SearchValues.Create(
            ["podcast", "programa", "rádio", "radio", "jornal", "revista", "blog", "canal", "tv", "televis", "reportagem", "matéria", "materia",
             "document", "imprensa", "jornalist", "repórter", "reporter", "colunist", "correspondent", "artigo", "episódio", "episodio", "convidad", "consul", "embaixada", "visto", "imigra", "naturaliza", "cidadania", "desligamento",
             "saída", "saida", "permanência", "permanencia", "retenção", "retencao", "usuári", "usuari", "cliente", "usabilidade", "focal", "focus",
             "simula", "treino", "treinamento", "ensaio", "preparação", "preparacao", "mentoria", "coaching", "webinar"],
            StringComparison.OrdinalIgnoreCase),
        WeakNegative = PortugueseWeakNegative(),
        Informal = PortugueseInformal(),
        OneWay = PortugueseOneWay(),
        OneWayAnchors = System.Buffers.SearchValues.Create(["gravad", "grave", "assíncron", "assincron", "automatizad", "sem entrevistador", " ia", "hirevue"], StringComparison.OrdinalIgnoreCase),
        InterviewerNotice = PortugueseInterviewerNotice(),
        InterviewerSubject = PortugueseInterviewerSubject(),
        WithSomeone = PortugueseWithSomeone(),
    };

    [GeneratedRegex(@"\bentrevistas?\b|\bprocesso\s+seletivo\b|\bprocesso\s+de\s+(?:sele[cç][aã]o|recrutamento)\b|\bdin[aâ]mica\s+de\s+grupo\b|\bassessment\s+cent(?:er|re)\b", Options)]
    private static partial Regex PortugueseInterview();

    [GeneratedRegex(@"\bbate-?papo\b|\bconversa\s+(?:inicial|t[eé]cnica|com\s+(?:o|a)\s+gestor(?:a)?)\b|\b(?:segunda|terceira|[uú]ltima)\s+(?:etapa|fase)\b|\betapa\s+final\b|\bpainel\b", Options)]
    private static partial Regex PortugueseAmbiguous();

    [GeneratedRegex(@"\b(?:vaga|cargo|candidat[oa]s?|candidatura|recrutador(?:a|es)?|recrutamento|sele[cç][aã]o|RH|recursos\s+humanos|talentos|contrata[cç][aã]o|emprego|est[aá]gio)\b", Options)]
    private static partial Regex PortugueseHiring();

    [GeneratedRegex(
        @"\bentrevistas?\s+(?:para|no|na|com)\s+(?:o|a|um|uma|nosso|nossa)\s+(?:podcast|programa|r[aá]dio|jornal|revista|blog|canal|TV|televis[aã]o|reportagem|mat[eé]ria|document[aá]rio)\b|\bpodcast\b" +
        @"|\bentrevistas?\s+(?:para\s+a\s+imprensa|jornal[ií]stica)\b|\b(?:nosso|nossa|o|a|um|uma)\s+jornalista\b|\b(?:eu\s+)?sou\s+(?:jornalista|rep[oó]rter|colunista|correspondente)\b|\b(?:estou|estamos)\s+(?:preparando|escrevendo|fazendo|produzindo)\s+(?:uma|a|um|o)\s+(?:mat[eé]ria|reportagem|artigo|document[aá]rio|epis[oó]dio)\b|\bpara\s+(?:uma|a|nossa)\s+(?:mat[eé]ria|reportagem)\b|\bcomo\s+convidad[oa]\b|\bcoletiva\s+de\s+imprensa\b" +
        @"|\bentrevistas?\s+(?:consular|de\s+visto|no\s+consulado|na\s+embaixada|de\s+imigra[cç][aã]o|de\s+naturaliza[cç][aã]o|de\s+cidadania)\b|\b(?:consulado|embaixada|naturaliza[cç][aã]o)\b" +
        @"|\bentrevistas?\s+de\s+(?:desligamento|sa[ií]da|perman[eê]ncia|reten[cç][aã]o)\b" +
        @"|\bentrevistas?\s+com\s+(?:usu[aá]rios|clientes)\b|\bpesquisa\s+(?:com|de)\s+usu[aá]rios?\b|\bteste\s+de\s+usabilidade\b|\bgrupo\s+focal\b|\bfocus\s+group\b" +
        @"|\b(?:simula[cç][aã]o|simulado|treino|treinamento|ensaio)\s+de\s+entrevistas?\b|\bentrevistas?\s+simuladas?\b|\bprepara[cç][aã]o\s+para\s+(?:a\s+)?entrevistas?\b|\bmentoria\b|\bcoaching\b|\bwebinar\b",
        Options)]
    private static partial Regex PortugueseStrongNegative();

    [GeneratedRegex(@"\b(?:workshop|oficina|palestra|semin[aá]rio|aula|curso)\b", Options)]
    private static partial Regex PortugueseWeakNegative();

    [GeneratedRegex(@"\bcaf[eé]\b|\bnetworking\b|\bbate-?papo\s+informal\b|\bconversa\s+informal\b", Options)]
    private static partial Regex PortugueseInformal();

    [GeneratedRegex(@"\bentrevistas?\s+(?:gravadas?|ass[ií]ncronas?|pr[eé]-?gravadas?|automatizadas?|em\s+v[ií]deo\s+gravad[oa])\b|\bgrave\s+(?:suas|as)\s+respostas\b|\bsem\s+entrevistador(?:a)?\b|\bentrevista\s+com\s+(?:uma\s+)?ia\b", Options)]
    private static partial Regex PortugueseOneWay();

    [GeneratedRegex(
        @"\bvoc[eê]\s+foi\s+(?:adicionad[oa]|designad[oa]|convidad[oa]|selecionad[oa])\s+como\s+entrevistador(?:a)?\b|\bkit\s+de\s+entrevista\b|\b(?:ficha|formul[aá]rio)\s+de\s+avalia[cç][aã]o\b|\bscorecard\b" +
        @"|\b(?:preencha|envie|complete)\s+(?:sua|a)\s+avalia[cç][aã]o\s+d[oa]\s+candidat[oa]\b|\b(?:curr[ií]culo|perfil)\s+d[oa]\s+candidat[oa]\b|\bvoc[eê]\s+(?:vai|ir[aá])\s+entrevistar\b",
        Options)]
    private static partial Regex PortugueseInterviewerNotice();

    [GeneratedRegex(@"(?i:\bcandidat[oa]\s*(?::|\))|\bentrevista\s+com\s+(?:o|a)\s+candidat[oa]\b|\bscorecard\b|\bkit\s+de\s+entrevista\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PortugueseInterviewerSubject();

    [GeneratedRegex(@"\bcom\s+(?<who>(?:[^\n.,;()]|\.(?!\s)){2,80})", Options)]
    private static partial Regex PortugueseWithSomeone();
}
