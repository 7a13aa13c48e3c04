using System.Globalization;
using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.TestUtilities;
using static OutlookFollowUp.Core.Tests.Analysis.Languages.InviteLanguageTestKit;

namespace OutlookFollowUp.Core.Tests.Analysis.Languages;

/// <summary>Portuguese invites read end to end: verdicts, facts, requests, timelines, and drafts in Portuguese.</summary>
public sealed class PortugueseInviteTests
{
    [Theory]
    [InlineData("Entrevista - vaga de Analista de Dados - Contoso", "<p>Olá, Ana! Confirmamos a sua entrevista.</p>", "Analista de Dados", "Contoso")]
    [InlineData("Entrevista para a vaga de Engenheiro de Software na Contoso", "<p>Agradecemos o interesse no processo seletivo.</p>", "Engenheiro de Software", "Contoso")]
    [InlineData("Convite: Entrevista técnica - Desenvolvedora Front-end - Contoso", "<p>Segue o convite para a etapa técnica do processo seletivo.</p>", "Desenvolvedora Front-end", "Contoso")]
    [InlineData("Entrevista com a Contoso", "<p>Obrigado por se candidatar à vaga de analista financeiro.</p>", "analista financeiro", "Contoso")]
    [InlineData("Segunda etapa do processo seletivo - Contoso", "<p>Você foi aprovada para a entrevista com o gestor para o cargo de Coordenadora de Marketing.</p>", "Coordenadora de Marketing", "Contoso")]
    public void Analyze_PortugueseJobInterview_CandidateInterviewWithPortugueseDrafts(string subject, string html, string role, string company)
    {
        var analysis = Analyze(subject, html);

        Assert.Equal(InterviewKind.CandidateInterview, analysis.Classification.Kind);
        Assert.Equal(Language.Portuguese, analysis.Language);
        Assert.Equal(role, analysis.Role);
        Assert.Equal(company, analysis.Company);
        var draft = Assert.Single(analysis.ThankYouDrafts);
        Assert.Equal("Olá, Amy,", FirstLine(draft.Text.BodyText));
        Assert.Contains(role, draft.Text.BodyText, StringComparison.Ordinal);
        Assert.StartsWith("Agradecimento pela entrevista", draft.Text.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Acompanhamento da minha candidatura", analysis.StatusCheck!.Text.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Entrevista para o podcast Vozes", "<p>Olá Ana, gostaríamos de entrevistar você para o nosso podcast.</p>")]
    [InlineData("Entrevista - Jornal da Cidade", "<p>Sou jornalista do Jornal da Cidade e estou preparando uma matéria sobre a sua startup.</p>")]
    [InlineData("Entrevista consular - visto", "<p>Sua entrevista no consulado está confirmada. Leve o passaporte.</p>")]
    [InlineData("Entrevista de desligamento", "<p>Como parte do seu desligamento, o RH fará uma entrevista de saída.</p>")]
    [InlineData("Pesquisa com usuários: novo aplicativo", "<p>Obrigado por participar da nossa pesquisa com usuários.</p>")]
    [InlineData("Simulação de entrevista", "<p>Vamos treinar perguntas comuns antes das suas entrevistas.</p>")]
    public void Analyze_NotAJobInterview_NothingToFollowUp(string subject, string html)
    {
        var analysis = Analyze(subject, html, "contato@exemplo.example", "Equipe");

        Assert.Equal(InterviewKind.NotInterview, analysis.Classification.Kind);
        Assert.Empty(analysis.ThankYouDrafts);
    }

    [Fact]
    public void Analyze_HiringSystemNoticeToTheInterviewer_IsInterviewer()
    {
        var e = new EventBuilder().WithSubject("Entrevista - Candidato: Jordan Smith")
            .WithHtmlBody("<p>Você foi adicionado como entrevistador. Veja o currículo do candidato e preencha a ficha de avaliação.</p>")
            .WithOrganizer("no-reply@greenhouse.io", "Contoso Recrutamento");

        Assert.Equal(InterviewKind.Interviewer, Analyze(e).Classification.Kind);
    }

    [Theory]
    [InlineData("<p>Pedimos que não entre em contato com os entrevistadores após a entrevista.</p>")]
    [InlineData("<p>Por favor, não ligue para acompanhar o processo.</p>")]
    [InlineData("<p>Não é necessário enviar mensagens de agradecimento.</p>")]
    public void Analyze_NoContactRequest_NoDraftsNoReminder(string html)
    {
        var analysis = Analyze("Entrevista - vaga de Analista de Dados - Contoso", html);

        Assert.True(analysis.NoContact);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Fact]
    public void Analyze_AutomatedDoNotReply_IsNotANoContactRequest()
    {
        var analysis = Analyze("Entrevista - vaga de Analista de Dados - Contoso", "<p>Esta é uma mensagem automática. Por favor, não responda a este e-mail.</p>");

        Assert.False(analysis.NoContact);
        Assert.NotEmpty(analysis.ThankYouDrafts);
    }

    [Fact]
    public void Analyze_NoStatusInquiries_ThankYouButNoStatusCheck()
    {
        var analysis = Analyze("Entrevista - vaga de Analista de Dados - Contoso", "<p>Não fornecemos atualizações sobre o andamento das candidaturas.</p>");

        Assert.True(analysis.NoStatusInquiries);
        Assert.NotEmpty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Theory]
    [InlineData("<p>Entraremos em contato até sexta-feira.</p>", "2026-11-13", "2026-11-17")]
    [InlineData("<p>Daremos um retorno até 4 de dezembro.</p>", "2026-12-04", "2026-12-08")]
    [InlineData("<p>Daremos um retorno em até 5 dias úteis.</p>", "2026-11-17", "2026-11-19")]
    [InlineData("<p>Por favor, confirme sua disponibilidade até segunda-feira.</p>", null, "2026-11-17")]
    public void Analyze_StatedTimeline_StatusCheckTwoBusinessDaysLater(string html, string? respondBy, string due)
    {
        var analysis = Analyze("Entrevista - vaga de Analista de Dados - Contoso", html);

        Assert.Equal(respondBy, analysis.Timeline?.RespondBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(due, analysis.StatusCheck?.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Analyze_InviteSaysVoce_DraftsSayVoce()
    {
        var analysis = Analyze("Entrevista - vaga de Analista de Dados - Contoso", "<p>Olá Ana, tudo bem? Você está confirmada para a entrevista e vamos te contar sobre os próximos passos.</p>");

        Assert.Equal(Formality.Informal, analysis.Formality);
        Assert.Contains("você", analysis.ThankYouDrafts[0].Text.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_RegisterUnclear_DraftsAreImpersonalWithoutGender()
    {
        var analysis = Analyze("Entrevista - vaga de Analista de Dados - Contoso", "<p>Entrevista para a vaga de Analista de Dados. Duração: 45 minutos.</p>");

        Assert.Equal(Formality.Formal, analysis.Formality);
        var body = analysis.ThankYouDrafts[0].Text.BodyText + analysis.StatusCheck!.Text.BodyText;
        Assert.DoesNotContain("você", body, StringComparison.Ordinal);
        Assert.DoesNotContain("senhor", body, StringComparison.Ordinal);
        Assert.DoesNotContain("obrigad", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Analyze_CancelledInPortuguese_NothingToDraft()
    {
        var analysis = Analyze("Cancelado: Entrevista - vaga de Analista de Dados - Contoso", "<p>A entrevista foi cancelada.</p>");

        Assert.True(analysis.IsCancelled);
        Assert.Empty(analysis.ThankYouDrafts);
    }
}
