using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.TestUtilities;
using static OutlookFollowUp.Core.Tests.Analysis.Languages.InviteLanguageTestKit;

namespace OutlookFollowUp.Core.Tests.Analysis.Languages;

/// <summary>Spanish invites read end to end: verdicts, facts, requests, timelines, and drafts in Spanish.</summary>
public sealed class SpanishInviteTests
{
    [Theory]
    [InlineData("Entrevista: Analista de Datos – Contoso", "<p>Hola Ana:</p><p>Gracias por tu interés en el puesto. Te esperamos el martes.</p>", "Analista de Datos", "Contoso")]
    [InlineData("Entrevista para el puesto de Analista de Datos en Contoso", "<p>Le confirmamos la entrevista.</p>", "Analista de Datos", "Contoso")]
    [InlineData("Entrevista técnica - Desarrolladora Backend (H/M) - Contoso", "<p>Le escribimos para confirmar su entrevista técnica.</p>", "Desarrolladora Backend", "Contoso")]
    [InlineData("Invitación: Entrevista con Contoso", "<p>Gracias por su candidatura al puesto de jefe de proyecto. Nos vemos el martes.</p>", "jefe de proyecto", "Contoso")]
    [InlineData("Segunda entrevista - Contoso", "<p>Queremos invitarle a la segunda fase del proceso de selección para la vacante de Especialista en Marketing.</p>", "Especialista en Marketing", "Contoso")]
    public void Analyze_SpanishJobInterview_CandidateInterviewWithSpanishDrafts(string subject, string html, string role, string company)
    {
        var analysis = Analyze(subject, html);

        Assert.Equal(InterviewKind.CandidateInterview, analysis.Classification.Kind);
        Assert.Equal(Language.Spanish, analysis.Language);
        Assert.Equal(LanguageSource.Invite, analysis.LanguageSource);
        Assert.Equal(role, analysis.Role);
        Assert.Equal(company, analysis.Company);
        var draft = Assert.Single(analysis.ThankYouDrafts);
        Assert.Equal("Hola, Amy:", FirstLine(draft.Text.BodyText));
        Assert.Contains(role, draft.Text.BodyText, StringComparison.Ordinal);
        Assert.StartsWith("Gracias por la entrevista", draft.Text.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Seguimiento de mi candidatura", analysis.StatusCheck!.Text.Subject, StringComparison.Ordinal);
    }

    [Theory]
    // the press, a podcast
    [InlineData("Entrevista para el podcast Futuro Digital", "<p>Hola Ana, nos encantaría entrevistarte sobre tu empresa para nuestro podcast.</p>")]
    [InlineData("Entrevista - Diario El Sol", "<p>Soy periodista del Diario El Sol y quisiera entrevistarla para un reportaje sobre emprendimiento.</p>")]
    // visa, consulate
    [InlineData("Cita consular - entrevista de visado", "<p>Su cita en el consulado está confirmada. Traiga su pasaporte.</p>")]
    // stay and exit interviews, user research, mock interviews
    [InlineData("Entrevista de salida", "<p>Como parte de tu salida de la empresa, RRHH quiere hacer una entrevista de salida.</p>")]
    [InlineData("Entrevista con usuarios: nuevo panel de control", "<p>Gracias por participar en nuestra investigación con usuarios. Recibirás una tarjeta regalo.</p>")]
    [InlineData("Simulacro de entrevista", "<p>Practicaremos preguntas frecuentes para preparar tus próximas entrevistas.</p>")]
    public void Analyze_NotAJobInterview_NothingToFollowUp(string subject, string html)
    {
        var analysis = Analyze(subject, html, "hola@futuro.example", "Equipo");

        Assert.Equal(InterviewKind.NotInterview, analysis.Classification.Kind);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Fact]
    public void Analyze_HiringSystemNoticeToTheInterviewer_IsInterviewer()
    {
        var e = new EventBuilder().WithSubject("Entrevista: Jordan Smith (candidato) - Analista de Datos")
            .WithHtmlBody("<p>Has sido añadido como entrevistador. Revisa el CV del candidato y completa la tarjeta de evaluación.</p>")
            .WithOrganizer("no-reply@greenhouse.io", "Contoso Recruiting");

        Assert.Equal(InterviewKind.Interviewer, Analyze(e).Classification.Kind);
    }

    [Theory]
    [InlineData("<p>Le rogamos que no se ponga en contacto con los entrevistadores después de la entrevista.</p>")]
    [InlineData("<p>Por favor, no nos llame ni nos escriba para hacer seguimiento.</p>")]
    [InlineData("<p>No es necesario enviar notas de agradecimiento.</p>")]
    public void Analyze_NoContactRequest_NoDraftsNoReminder(string html)
    {
        var analysis = Analyze("Entrevista: Analista de Datos - Contoso", html);

        Assert.True(analysis.NoContact);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Fact]
    public void Analyze_AutomatedDoNotReply_IsNotANoContactRequest()
    {
        var analysis = Analyze("Entrevista: Analista de Datos - Contoso", "<p>Este es un mensaje automático. Por favor, no responda a este correo.</p>");

        Assert.False(analysis.NoContact);
        Assert.NotEmpty(analysis.ThankYouDrafts);
    }

    [Fact]
    public void Analyze_NoStatusInquiries_ThankYouButNoStatusCheck()
    {
        var analysis = Analyze("Entrevista: Analista de Datos - Contoso", "<p>Le pedimos que no nos contacte para preguntar por el estado de su candidatura.</p>");

        Assert.False(analysis.NoContact);
        Assert.True(analysis.NoStatusInquiries);
        Assert.NotEmpty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Theory]
    [InlineData("<p>Nos pondremos en contacto contigo antes del viernes.</p>", "2026-11-13", "2026-11-17")]
    [InlineData("<p>Le daremos una respuesta el 4 de diciembre.</p>", "2026-12-04", "2026-12-08")]
    [InlineData("<p>Le daremos una respuesta en un plazo de 5 días hábiles.</p>", "2026-11-17", "2026-11-19")]
    [InlineData("<p>Por favor, confirma tu disponibilidad antes del lunes.</p>", null, "2026-11-17")]
    public void Analyze_StatedTimeline_StatusCheckTwoBusinessDaysLater(string html, string? respondBy, string due)
    {
        var analysis = Analyze("Entrevista: Analista de Datos - Contoso", html);

        Assert.Equal(respondBy, analysis.Timeline?.RespondBy.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(due, analysis.StatusCheck?.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Analyze_InviteSaysTu_DraftsSayTu()
    {
        var analysis = Analyze("Entrevista: Analista de Datos - Contoso", "<p>Hola Ana, gracias por tu candidatura. Te esperamos el martes y te contaremos los próximos pasos.</p>");

        Assert.Equal(Formality.Informal, analysis.Formality);
        Assert.Contains("tu tiempo", analysis.ThankYouDrafts[0].Text.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("usted", analysis.StatusCheck!.Text.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_RegisterUnclear_DraftsSayUsted()
    {
        var analysis = Analyze("Entrevista: Analista de Datos - Contoso", "<p>Entrevista para el puesto de Analista de Datos. Duración: 45 minutos.</p>");

        Assert.Equal(Formality.Formal, analysis.Formality);
        Assert.Contains("su tiempo", analysis.ThankYouDrafts[0].Text.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_RecordedInterview_NobodyToThank()
    {
        var e = new EventBuilder().WithSubject("Entrevista en diferido - Contoso")
            .WithHtmlBody("<p>Graba tus respuestas a cinco preguntas. No hay entrevistador en directo.</p>")
            .WithOrganizer("no-reply@hirevue.com", "HireVue");

        var analysis = Analyze(e);

        Assert.Equal(InterviewKind.CandidateInterview, analysis.Classification.Kind);
        Assert.True(analysis.Classification.IsOneWay);
        Assert.Empty(analysis.ThankYouDrafts);
    }

    [Fact]
    public void Analyze_CancelledInSpanish_NothingToDraft()
    {
        var analysis = Analyze("Cancelado: Entrevista: Analista de Datos - Contoso", "<p>La entrevista se ha cancelado.</p>");

        Assert.True(analysis.IsCancelled);
        Assert.Empty(analysis.ThankYouDrafts);
    }
}
