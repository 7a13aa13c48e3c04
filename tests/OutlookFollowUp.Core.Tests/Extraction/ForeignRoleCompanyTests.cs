using OutlookFollowUp.Core.Extraction;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Text;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Core.Tests.Extraction;

/// <summary>Role and company read from invites in Spanish, French, German and Portuguese.</summary>
public sealed class ForeignRoleCompanyTests
{
    private static RoleAndCompany Extract(string subject, string html, Language language)
    {
        var e = new EventBuilder().WithSubject(subject).WithHtmlBody(html).WithOrganizer("amy.chen@contoso.com", "Amy Chen").Build();
        return RoleCompanyExtractor.Extract(e, PlainText.FromBody(html, true), EventBuilder.Candidate, [Language.English, language]);
    }

    [Theory]
    // a head noun and its adjectives, in running text
    [InlineData("Entrevista com a Contoso", "<p>Obrigado por se candidatar à vaga de analista financeiro.</p>", Language.Portuguese, "analista financeiro")]
    [InlineData("Deuxième entretien - Contoso", "<p>Nous poursuivons le processus pour le poste d'analyste financier.</p>", Language.French, "analyste financier")]
    [InlineData("Entrevista con Contoso", "<p>Gracias por su interés en el puesto de ingeniero civil.</p>", Language.Spanish, "ingeniero civil")]
    [InlineData("Entrevista con Contoso", "<p>Gracias por postularte a la vacante de analista contable.</p>", Language.Spanish, "analista contable")]
    public void Extract_RoleInRunningText_HeadNounWithItsAdjectives(string subject, string html, Language language, string role)
    {
        Assert.Equal(role, Extract(subject, html, language).Role);
    }

    [Theory]
    // a verb or a pronoun after the noun is no adjective: better no role than "analista es"
    [InlineData("Entrevista con Contoso", "<p>La entrevista para el puesto de analista es el martes.</p>", Language.Spanish)]
    [InlineData("Entrevista com a Contoso", "<p>Sobre a vaga de analista te contamos mais amanhã.</p>", Language.Portuguese)]
    public void Extract_VerbAfterTheHeadNoun_NoWrongRole(string subject, string html, Language language)
    {
        Assert.Null(Extract(subject, html, language).Role);
    }

    [Theory]
    // a stage of the process is no role
    [InlineData("Segunda etapa do processo seletivo - Contoso", "<p>Você foi aprovada para a entrevista com o gestor para o cargo de Coordenadora de Marketing.</p>", Language.Portuguese, "Coordenadora de Marketing")]
    [InlineData("Segunda fase del proceso de selección - Contoso", "<p>Queremos invitarle a la entrevista para el puesto de Especialista en Marketing.</p>", Language.Spanish, "Especialista en Marketing")]
    [InlineData("Deuxième étape du processus de recrutement - Contoso", "<p>Suite à votre candidature au poste de Chargé de projet, nous vous proposons un entretien.</p>", Language.French, "Chargé de projet")]
    [InlineData("Zweite Runde im Auswahlverfahren - Contoso", "<p>wir laden Sie zum Gespräch für die Position als Data Analyst ein.</p>", Language.German, "Data Analyst")]
    [InlineData("Second stage of the hiring process - Contoso", "<p>We look forward to speaking with you about the Data Analyst role.</p>", Language.English, "Data Analyst")]
    public void Extract_SubjectNamesOnlyAStageOfTheProcess_RoleComesFromTheBody(string subject, string html, Language language, string role)
    {
        var facts = Extract(subject, html, language);

        Assert.Equal(role, facts.Role);
        Assert.Equal("Contoso", facts.Company);
    }

    [Theory]
    [InlineData("Segunda etapa do processo seletivo - Contoso", "<p>Até terça!</p>", Language.Portuguese)]
    [InlineData("Proceso de selección - Contoso", "<p>¡Hasta el martes!</p>", Language.Spanish)]
    public void Extract_OnlyAStageAndACompany_NoRole(string subject, string html, Language language)
    {
        Assert.Null(Extract(subject, html, language).Role);
    }
}
