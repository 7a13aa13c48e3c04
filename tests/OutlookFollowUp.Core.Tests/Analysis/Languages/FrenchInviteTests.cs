using System.Globalization;
using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.TestUtilities;
using static OutlookFollowUp.Core.Tests.Analysis.Languages.InviteLanguageTestKit;

namespace OutlookFollowUp.Core.Tests.Analysis.Languages;

/// <summary>French invites read end to end: verdicts, facts, requests, timelines, and drafts in French.</summary>
public sealed class FrenchInviteTests
{
    [Theory]
    [InlineData("Entretien : Chargé de projet – Contoso", "<p>Bonjour Ana,</p><p>Nous vous confirmons votre entretien. Nous reviendrons vers vous d'ici vendredi.</p>", "Chargé de projet", "Contoso")]
    [InlineData("Entretien pour le poste de Data Analyst chez Contoso", "<p>Merci pour votre candidature.</p>", "Data Analyst", "Contoso")]
    [InlineData("Entretien d'embauche - Développeur Java (H/F) - Contoso", "<p>Nous avons le plaisir de vous convier à un entretien.</p>", "Développeur Java", "Contoso")]
    [InlineData("Invitation : Entretien avec Contoso", "<p>Suite à votre candidature au poste de comptable, nous vous proposons un entretien.</p>", "comptable", "Contoso")]
    [InlineData("Deuxième entretien - Contoso", "<p>Nous souhaitons poursuivre le processus de recrutement pour le poste d'analyste financier.</p>", "analyste financier", "Contoso")]
    public void Analyze_FrenchJobInterview_CandidateInterviewWithFrenchDrafts(string subject, string html, string role, string company)
    {
        var analysis = Analyze(subject, html);

        Assert.Equal(InterviewKind.CandidateInterview, analysis.Classification.Kind);
        Assert.Equal(Language.French, analysis.Language);
        Assert.Equal(role, analysis.Role);
        Assert.Equal(company, analysis.Company);
        var draft = Assert.Single(analysis.ThankYouDrafts);
        Assert.Equal("Bonjour Amy Chen,", FirstLine(draft.Text.BodyText));
        Assert.Contains(role, draft.Text.BodyText, StringComparison.Ordinal);
        Assert.StartsWith("Merci pour l'entretien", draft.Text.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Suivi de ma candidature", analysis.StatusCheck!.Text.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Interview pour notre podcast", "<p>Bonjour Ana, nous aimerions vous interviewer pour le podcast Les Bâtisseurs.</p>")]
    [InlineData("Interview - Le Quotidien", "<p>Je suis journaliste au Quotidien et je prépare un article sur votre start-up.</p>")]
    [InlineData("Rendez-vous au consulat - demande de visa", "<p>Votre entretien consulaire est confirmé. Munissez-vous de votre passeport.</p>")]
    [InlineData("Entretien annuel d'évaluation", "<p>Comme chaque année, faisons le point sur tes objectifs.</p>")]
    [InlineData("Entretien de départ", "<p>Dans le cadre de ton départ, les RH souhaitent organiser un entretien de sortie.</p>")]
    [InlineData("Entretiens utilisateurs - nouvelle application", "<p>Merci de participer à notre recherche utilisateur.</p>")]
    [InlineData("Entretien blanc avec ton coach", "<p>On s'entraîne aux questions classiques avant tes vrais entretiens.</p>")]
    [InlineData("Entretien de la chaudière", "<p>Le technicien passera entre 8h et 12h.</p>")]
    public void Analyze_NotAJobInterview_NothingToFollowUp(string subject, string html)
    {
        var analysis = Analyze(subject, html, "contact@exemple.example", "Équipe");

        Assert.Equal(InterviewKind.NotInterview, analysis.Classification.Kind);
        Assert.Empty(analysis.ThankYouDrafts);
    }

    [Fact]
    public void Analyze_HiringSystemNoticeToTheInterviewer_IsInterviewer()
    {
        var e = new EventBuilder().WithSubject("Entretien - Candidat : Jordan Smith")
            .WithHtmlBody("<p>Vous avez été ajouté en tant que recruteur. Consultez le CV du candidat et remplissez la grille d'évaluation.</p>")
            .WithOrganizer("no-reply@greenhouse.io", "Contoso Recrutement");

        Assert.Equal(InterviewKind.Interviewer, Analyze(e).Classification.Kind);
    }

    [Theory]
    [InlineData("<p>Merci de ne pas contacter les recruteurs après l'entretien.</p>")]
    [InlineData("<p>Nous vous prions de ne pas nous relancer.</p>")]
    [InlineData("<p>Merci de ne pas envoyer de message de remerciement.</p>")]
    public void Analyze_NoContactRequest_NoDraftsNoReminder(string html)
    {
        var analysis = Analyze("Entretien : Chargé de projet - Contoso", html);

        Assert.True(analysis.NoContact);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Fact]
    public void Analyze_AutomatedDoNotReply_IsNotANoContactRequest()
    {
        var analysis = Analyze("Entretien : Chargé de projet - Contoso", "<p>Ceci est un message automatique, merci de ne pas répondre à ce message.</p>");

        Assert.False(analysis.NoContact);
        Assert.NotEmpty(analysis.ThankYouDrafts);
    }

    [Fact]
    public void Analyze_NoStatusInquiries_ThankYouButNoStatusCheck()
    {
        var analysis = Analyze("Entretien : Chargé de projet - Contoso", "<p>Merci de ne pas nous contacter pour connaître l'état de votre candidature.</p>");

        Assert.True(analysis.NoStatusInquiries);
        Assert.NotEmpty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Theory]
    [InlineData("<p>Nous reviendrons vers vous d'ici vendredi.</p>", "2026-11-13", "2026-11-17")]
    [InlineData("<p>Vous recevrez une réponse le 4 décembre.</p>", "2026-12-04", "2026-12-08")]
    [InlineData("<p>Nous vous recontacterons sous 5 jours ouvrés.</p>", "2026-11-17", "2026-11-19")]
    [InlineData("<p>Merci de confirmer votre disponibilité avant lundi.</p>", null, "2026-11-17")]
    public void Analyze_StatedTimeline_StatusCheckTwoBusinessDaysLater(string html, string? respondBy, string due)
    {
        var analysis = Analyze("Entretien : Chargé de projet - Contoso", html);

        Assert.Equal(respondBy, analysis.Timeline?.RespondBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(due, analysis.StatusCheck?.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Analyze_InviteSaysTu_DraftsSayTuWithTheFirstName()
    {
        var analysis = Analyze("Entretien : Chargé de projet - Contoso", "<p>Salut Ana, merci pour ta candidature ! On se voit mardi, et je te présenterai l'équipe.</p>");

        Assert.Equal(Formality.Informal, analysis.Formality);
        var body = analysis.ThankYouDrafts[0].Text.BodyText;
        Assert.Equal("Bonjour Amy,", FirstLine(body));
        Assert.DoesNotContain("vous", body, StringComparison.Ordinal);
        Assert.DoesNotContain("votre", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_CancelledInFrench_NothingToDraft()
    {
        var analysis = Analyze("Annulé : Entretien : Chargé de projet - Contoso", "<p>L'entretien est annulé.</p>");

        Assert.True(analysis.IsCancelled);
        Assert.Empty(analysis.ThankYouDrafts);
    }
}
