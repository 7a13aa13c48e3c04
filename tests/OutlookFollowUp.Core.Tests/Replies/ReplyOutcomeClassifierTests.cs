using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Replies;

namespace OutlookFollowUp.Core.Tests.Replies;

public sealed class ReplyOutcomeClassifierTests
{
    [Theory]
    [InlineData("Your application", "Dear Ana, we regret to inform you that we will not be moving forward with your application.")]
    [InlineData("Update", "Hi Ana, thank you for your time. We regret to inform you that the team has chosen another direction.")]
    [InlineData("Your application at Contoso", "After careful consideration we have decided to move forward with other candidates.")]
    [InlineData("Re: Thank you", "Hi Ana, thanks again for meeting the team. We've decided to move forward with another candidate for this role.")]
    [InlineData("Senior Analyst", "Thank you for your interest. The position has been filled.")]
    [InlineData("Senior Analyst", "Thanks for your patience. We have filled the role and wanted to let you know.")]
    [InlineData("Update on your candidacy", "Unfortunately, you were not selected for the Product Manager role.")]
    [InlineData("Update on your candidacy", "I'm sorry to say your application wasn't successful this time.")]
    [InlineData("Product Designer", "We won't be progressing your application further, but we wish you the best.")]
    [InlineData("Product Designer", "We are unable to offer you the position at this time.")]
    [InlineData("Product Designer", "We will not be extending an offer, but we truly enjoyed meeting you.")]
    [InlineData("Your interview", "Unfortunately we have selected a candidate whose experience more closely matches the role.")]
    [InlineData("Your interview", "We've decided to pursue other candidates at this stage.")]
    [InlineData("Your interview", "We have offered the position to another candidate.")]
    [InlineData("Your interview", "After much deliberation we decided not to proceed with your candidacy.")]
    [InlineData("Your interview", "The hiring team feels you are not the right fit for this position.")]
    [InlineData("Your interview", "We are moving forward with candidates whose background better fits our needs.")]
    [InlineData("Your interview", "Your application has been unsuccessful on this occasion.")]
    [InlineData("Tu candidatura", "Hola Ana, lamentamos informarte que hemos decidido continuar con otros candidatos.")]
    [InlineData("Tu candidatura", "Gracias por tu tiempo. La vacante ya ha sido cubierta.")]
    [InlineData("Votre candidature", "Bonjour Ana, nous avons le regret de vous informer que votre candidature n'a pas été retenue.")]
    [InlineData("Ihre Bewerbung", "Sehr geehrte Frau Weber, leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.")]
    [InlineData("Ihre Bewerbung", "Die Stelle wurde bereits besetzt.")]
    [InlineData("Sua candidatura", "Olá Ana, infelizmente sua candidatura não foi selecionada para a próxima etapa.")]
    [InlineData("Sua candidatura", "Lamentamos informar que optamos por seguir com outro candidato.")]
    [InlineData("Your application", "You are no longer being considered for this position.")]
    [InlineData("Your application", "We have hired a candidate for the role.")]
    [InlineData("Your application", "We have decided to move forward with another strong candidate.")]
    public void Classify_ClearRejection_IsRejection(string subject, string preview)
    {
        var reading = ReplyOutcomeClassifier.Classify(subject, preview);

        Assert.Equal(ReplyOutcome.Rejection, reading.Outcome);
        Assert.Contains("rejection", reading.Reasons[0], StringComparison.Ordinal);
        Assert.NotNull(reading.Evidence);
    }

    [Theory]
    [InlineData("Next steps", "Hi Ana, great news! We'd like to move you forward to the next round.")]
    [InlineData("Contoso interview", "We would like to invite you to a second interview with our VP of Engineering.")]
    [InlineData("Contoso interview", "Can you do a technical assessment this week? It takes about an hour.")]
    [InlineData("Contoso interview", "We'd love to schedule a final interview with the hiring manager.")]
    [InlineData("Contoso interview", "Would you be available for a call on Thursday afternoon?")]
    [InlineData("Contoso interview", "Please send me your availability for a 30-minute chat with our CTO.")]
    [InlineData("Contoso interview", "The next step is a 45-minute conversation with the team lead.")]
    [InlineData("Contoso interview", "We have decided to move forward with your application!")]
    [InlineData("Contoso interview", "You've been selected for the final round of interviews.")]
    [InlineData("Contoso interview", "Please complete the take-home exercise linked below by Monday.")]
    [InlineData("Contoso interview", "You will receive a HackerRank link shortly.")]
    [InlineData("Contoso interview", "Please pick a time that works for you using the link below.")]
    [InlineData("Onsite", "We're excited to bring you in for a panel interview next week.")]
    [InlineData("Re: Thank you", "Thanks for your note, Ana! We'd like to invite you back for another interview.")]
    [InlineData("Entrevista", "Hola Ana, nos gustaría invitarte a una segunda entrevista.")]
    [InlineData("Entretien", "Bonjour, nous souhaitons vous inviter à un second entretien avec l'équipe.")]
    [InlineData("Bewerbung", "Wir möchten Sie gerne zu einem zweiten Gespräch einladen.")]
    [InlineData("Entrevista", "Parabéns! Você avançou para a próxima etapa do processo.")]
    [InlineData("Good news", "You have passed the technical screen!")]
    [InlineData("Interview invitation", "Hi Ana, please find the details below.")]
    [InlineData("Re: Thank you", "I'd like to set up a call with our CTO.")]
    [InlineData("Re: Thank you", "The next step is a presentation to the panel.")]
    [InlineData("Re: Thank you", "We are pleased to inform you that you have been shortlisted for the next round.")]
    public void Classify_NextStep_IsNextStep(string subject, string preview)
    {
        Assert.Equal(ReplyOutcome.NextStep, ReplyOutcomeClassifier.Classify(subject, preview).Outcome);
    }

    [Theory]
    [InlineData("Offer", "Hi Ana, we would like to extend an offer for the Product Manager role!")]
    [InlineData("Contoso", "We are pleased to offer you the position of Senior Analyst.")]
    [InlineData("Your offer letter", "Please find attached your offer letter.")]
    [InlineData("Good news", "We'd love to make you an offer. Can we schedule a call to discuss details?")]
    [InlineData("Good news", "Congratulations! You have been selected for the Data Engineer position.")]
    [InlineData("Good news", "We'd love to welcome you to the team.")]
    [InlineData("Job offer - Contoso", "Hi Ana, congratulations!")]
    [InlineData("Oferta", "Nos complace ofrecerte el puesto de analista.")]
    [InlineData("Proposition", "Nous sommes heureux de vous faire une offre pour le poste.")]
    [InlineData("Angebot", "Wir freuen uns, Ihnen die Stelle anbieten zu können.")]
    public void Classify_Offer_IsOffer(string subject, string preview)
    {
        Assert.Equal(ReplyOutcome.Offer, ReplyOutcomeClassifier.Classify(subject, preview).Outcome);
    }

    [Theory]
    [InlineData("References", "Hi Ana, please send us three references at your convenience.")]
    [InlineData("Contoso", "Could you share your portfolio with the team?")]
    [InlineData("Contoso", "What are your salary expectations for this role?")]
    [InlineData("Contoso", "Please complete the attached background check form.")]
    [InlineData("Contoso", "Can you send me a copy of your transcripts?")]
    [InlineData("Contoso", "Let us know your availability to start.")]
    [InlineData("Re: Thank you", "Thanks for your note! Could you send me an updated resume?")]
    [InlineData("Contoso", "We need your work authorization documents before Friday.")]
    [InlineData("Referencias", "Hola Ana, ¿podrías enviarnos tus referencias?")]
    [InlineData("Unterlagen", "Könnten Sie uns bitte Ihre Zeugnisse senden?")]
    [InlineData("Re: Thank you", "Before we can extend an offer, we need your references.")]
    [InlineData("Re: Thank you", "Are you available to start in January?")]
    [InlineData("Re: Thank you", "We're not able to consider your application until you submit the form.")]
    public void Classify_Request_IsRequest(string subject, string preview)
    {
        Assert.Equal(ReplyOutcome.Request, ReplyOutcomeClassifier.Classify(subject, preview).Outcome);
    }

    [Theory]
    [InlineData("Re: Thank you", "Thanks for your note, Ana!")]
    [InlineData("Application received", "Dear Ana, we received your application for the Analyst role.")]
    [InlineData("Thank you for applying to Contoso", "This is an automated message. Our team will review your profile.")]
    [InlineData("Contoso", "Your application for Senior Analyst has been received.")]
    [InlineData("Re: Thank you", "You're welcome, it was great meeting you too!")]
    [InlineData("Re: Following up", "Thanks for the follow-up, Ana.")]
    [InlineData("Re: Thank you", "Thank you so much for the kind words.")]
    [InlineData("Re: Gracias", "Gracias por tu mensaje, Ana.")]
    [InlineData("Re: Merci", "Merci pour votre message.")]
    [InlineData("AW: Vielen Dank", "Vielen Dank für Ihre Nachricht.")]
    [InlineData("Candidatura recebida", "Recebemos a sua candidatura.")]
    [InlineData("Re: Portfolio", "We received your portfolio, thanks!")]
    public void Classify_Acknowledgement_IsAcknowledgement(string subject, string preview)
    {
        Assert.Equal(ReplyOutcome.Acknowledgement, ReplyOutcomeClassifier.Classify(subject, preview).Outcome);
    }

    [Theory]
    [InlineData("Re: Thank you", "Unfortunately, our office will be closed Monday, so I'll reply on Tuesday.")]
    [InlineData("Re: Thank you", "Unfortunately the hiring manager is out sick this week.")]
    [InlineData("Re: Status", "We are still interviewing other candidates and have not made a decision.")]
    [InlineData("Re: Status", "This is not a rejection - we simply need a little more time.")]
    [InlineData("Re: Status", "We have not decided to move forward with other candidates yet.")]
    [InlineData("Re: Status", "If we decide to move forward with other candidates, we will let you know.")]
    [InlineData("Re: Status", "We'll let you know whether we'll be moving forward with your application.")]
    [InlineData("Re: Status", "We're not yet ready to extend an offer to anyone.")]
    [InlineData("Re: Status", "Hi Ana, quick update: the team is still reviewing.")]
    [InlineData("Re: Thank you", "")]
    [InlineData("Re: Question", "We offer flexible hours and a competitive benefits package.")]
    [InlineData("Re: Question", "We are holding final interviews with the remaining candidates this week.")]
    [InlineData("Re: Question", "We don't need references at this stage.")]
    [InlineData("Re: Question", "We regret the delay in getting back to you.")]
    [InlineData("Re: Question", "The position has been closed to new applications while we review finalists.")]
    [InlineData("Re: Question", "Sin embargo, todavía estamos revisando perfiles.")]
    [InlineData("Re: Interview", "We regret to inform you that we need to reschedule your interview to Thursday.")]
    [InlineData("Re: Entrevista", "Lamentamos informarte que debemos reprogramar la entrevista.")]
    [InlineData("Re: Interview", "We've decided to go with a different time slot for your call.")]
    [InlineData("Re: Interview", "We have chosen a candidate pool for next week's interviews.")]
    [InlineData("Re: Interview", "We decided not to move forward with the Tuesday slot and will find another time.")]
    [InlineData("Re: Interview", "Our final interviews are scheduled for next week.")]
    [InlineData("Re: Interview", "The next step is for the committee to review all feedback.")]
    [InlineData("Re: Interview", "Thanks for letting us know about your offer from Fabrikam.")]
    [InlineData("Re: Interview", "This email is not an offer of employment.")]
    [InlineData("Re: Interview", "We're now scheduling second-round interviews with a few candidates.")]
    public void Classify_Trap_IsOther(string subject, string preview)
    {
        var reading = ReplyOutcomeClassifier.Classify(subject, preview);

        Assert.Equal(ReplyOutcome.Other, reading.Outcome);
        Assert.Null(reading.Evidence);
    }

    [Theory]
    [InlineData(ReplyOutcome.Rejection, "Hi Ana, thanks so much for taking the time to meet with us. After careful consideration, we have decided not to move forward with your candidacy.")]
    [InlineData(ReplyOutcome.Rejection, "Thank you for your patience throughout the process. We have now completed our interviews and regret that we are unable to offer you the role.")]
    [InlineData(ReplyOutcome.Rejection, "I wanted to reach out personally to let you know that we've decided to go with another candidate.")]
    [InlineData(ReplyOutcome.Rejection, "Unfortunately we won't be moving you forward to the next stage.")]
    [InlineData(ReplyOutcome.Rejection, "We appreciate your interest but have decided to pursue candidates whose experience is more aligned.")]
    [InlineData(ReplyOutcome.Rejection, "Unfortunately, the role has been cancelled due to budget changes.")]
    [InlineData(ReplyOutcome.Rejection, "We are no longer hiring for this position.")]
    [InlineData(ReplyOutcome.Rejection, "I'm sorry, but we have gone with someone else.")]
    [InlineData(ReplyOutcome.Rejection, "Regrettably, we will not be offering you a position.")]
    [InlineData(ReplyOutcome.Rejection, "I'm afraid we will be going with a candidate who has more direct experience.")]
    [InlineData(ReplyOutcome.Rejection, "You did great, but we've chosen to move ahead with a different applicant.")]
    [InlineData(ReplyOutcome.Rejection, "Malheureusement, nous ne pouvons pas donner suite à votre candidature.")]
    [InlineData(ReplyOutcome.Rejection, "Vielen Dank für Ihre Bewerbung. Nach sorgfältiger Prüfung haben wir uns für einen anderen Bewerber entschieden.")]
    [InlineData(ReplyOutcome.Rejection, "Agradecemos tu interés, pero hemos decidido avanzar con otros candidatos.")]
    [InlineData(ReplyOutcome.Offer, "Congrats! The team loved meeting you and we want to move forward with an offer.")]
    [InlineData(ReplyOutcome.Offer, "Please see the offer details attached and let us know if you have questions.")]
    [InlineData(ReplyOutcome.NextStep, "Great to hear from you. Let's find a time to chat next week - here's my Calendly link.")]
    [InlineData(ReplyOutcome.NextStep, "Hi Ana, I'm happy to share that the team would like to bring you onsite for the final round.")]
    [InlineData(ReplyOutcome.NextStep, "We'd like you to complete a short case study before the next conversation.")]
    [InlineData(ReplyOutcome.NextStep, "We have reviewed your application and decided to move you to the next stage of our process!")]
    [InlineData(ReplyOutcome.NextStep, "We would like to discuss compensation with you. Are you free on Thursday?")]
    [InlineData(ReplyOutcome.NextStep, "We'd like to invite you to join us for a coffee chat with the team.")]
    [InlineData(ReplyOutcome.NextStep, "Looking forward to meeting you on Thursday for the panel.")]
    [InlineData(ReplyOutcome.NextStep, "Is there a time next week that works for you to meet the CEO?")]
    [InlineData(ReplyOutcome.NextStep, "Please note this is not an offer; it's an invitation to the final round.")]
    [InlineData(ReplyOutcome.NextStep, "Your onsite interview is now confirmed for Monday at 10.")]
    [InlineData(ReplyOutcome.Request, "Hi Ana, can you send over a list of three references by Wednesday?")]
    [InlineData(ReplyOutcome.Request, "Could you please fill out the attached candidate information form?")]
    [InlineData(ReplyOutcome.Request, "Thanks for your email. Do you have any other offers we should be aware of?")]
    [InlineData(ReplyOutcome.Acknowledgement, "Thanks Ana! I've passed your note along to the team.")]
    [InlineData(ReplyOutcome.Acknowledgement, "Thank you for applying. Your application is under review.")]
    [InlineData(ReplyOutcome.Acknowledgement, "We received your thank-you note and shared it with the team.")]
    [InlineData(ReplyOutcome.Other, "Unfortunately I can't make our call on Friday - can we move it to Monday?")]
    [InlineData(ReplyOutcome.Other, "Sorry, we had to cancel the panel; I'll send new times.")]
    [InlineData(ReplyOutcome.Other, "We regret that we haven't been able to get back to you sooner.")]
    [InlineData(ReplyOutcome.Other, "We will not be able to schedule the final interview until January.")]
    [InlineData(ReplyOutcome.Other, "Your second interview went well, everyone enjoyed it.")]
    [InlineData(ReplyOutcome.Other, "We have filled the interview slots for this week; can you do next Tuesday?")]
    [InlineData(ReplyOutcome.Other, "We wanted to let you know that we're not yet moving forward with any candidates.")]
    [InlineData(ReplyOutcome.Other, "Regretfully, the hiring manager has left the company, and the search is paused.")]
    [InlineData(ReplyOutcome.Other, "Don't worry, you haven't been rejected! We're still deciding.")]
    [InlineData(ReplyOutcome.Other, "The role has been put on hold for now. We'll reach out if anything changes.")]
    [InlineData(ReplyOutcome.Other, "It's not looking likely, but we haven't made a final decision.")]
    [InlineData(ReplyOutcome.Other, "We offer you our sincere thanks.")]
    [InlineData(ReplyOutcome.Other, "We have an exciting offer for you: join our talent community newsletter!")]
    [InlineData(ReplyOutcome.Other, "We've chosen someone else to run your final interview.")]
    [InlineData(ReplyOutcome.Other, "Let me know if you have any questions!")]
    public void Classify_RealWorldPhrasing_IsRead(ReplyOutcome expected, string preview)
    {
        Assert.Equal(expected, ReplyOutcomeClassifier.Classify("Re: Thank you", preview).Outcome);
    }

    [Fact]
    public void Classify_RejectionOnlyInQuotedText_DoesNotDecide()
    {
        var reading = ReplyOutcomeClassifier.Classify(
            "Re: Your application",
            "Thanks for your note, Ana! On Tue, Dec 8, 2026 at 10:00 AM Amy Chen <amy@contoso.com> wrote: We regret to inform you that we will not be moving forward.");

        Assert.Equal(ReplyOutcome.Acknowledgement, reading.Outcome);
        Assert.Contains(reading.Reasons, r => r.Contains("quoted", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sounds good. -----Original Message----- From: Amy Sent: Tuesday We would like to extend an offer")]
    [InlineData("Sounds good.\n> We would like to extend an offer")]
    [InlineData("Sounds good. From: Amy Chen <amy@contoso.com> Sent: Tuesday, December 8, 2026 We would like to extend an offer")]
    [InlineData("Sounds good. ________________________________ We would like to extend an offer")]
    [InlineData("Sounds good. Le mar. 8 déc. 2026, Amy Chen a écrit : We would like to extend an offer")]
    [InlineData("Sounds good. Am 08.12.2026 um 10:00 schrieb Amy Chen <amy@contoso.com>: We would like to extend an offer")]
    public void Classify_OfferOnlyInQuotedText_IsOther(string preview)
    {
        Assert.Equal(ReplyOutcome.Other, ReplyOutcomeClassifier.Classify("Re: Interview", preview).Outcome);
    }

    [Fact]
    public void Classify_ReplySubject_IsNotRead()
    {
        // The candidate's own subject, quoted back by "Re:", says nothing about the employer's answer.
        Assert.Equal(ReplyOutcome.Other, ReplyOutcomeClassifier.Classify("Re: Offer letter question", "Hi Ana, I'll check and come back to you.").Outcome);
        Assert.Equal(ReplyOutcome.Offer, ReplyOutcomeClassifier.Classify("Offer letter", "Hi Ana, please see attached.").Outcome);
    }

    [Fact]
    public void Classify_RejectionWithAnotherOpening_IsMixedAndOther()
    {
        var reading = ReplyOutcomeClassifier.Classify(
            "Your application",
            "We have decided to move forward with other candidates for the senior role, but we'd like to invite you to an interview for our junior position.");

        Assert.Equal(ReplyOutcome.Other, reading.Outcome);
        Assert.Contains("both", reading.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_RejectionWithThanksAndSurvey_RejectionWins()
    {
        var reading = ReplyOutcomeClassifier.Classify(
            "Thank you for applying",
            "Thank you for your interest in Contoso. Unfortunately we have decided to move forward with other candidates. Could you fill out our short survey?");

        Assert.Equal(ReplyOutcome.Rejection, reading.Outcome);
    }

    [Fact]
    public void Classify_OfferWithScheduling_OfferWins()
    {
        var reading = ReplyOutcomeClassifier.Classify("Great news", "We would like to extend an offer! Are you available for a call tomorrow to go over the details?");

        Assert.Equal(ReplyOutcome.Offer, reading.Outcome);
    }

    [Fact]
    public void Classify_NextStepWithRequest_NextStepWins()
    {
        var reading = ReplyOutcomeClassifier.Classify("Next round", "We'd like to invite you to a final interview. Please also send us two references.");

        Assert.Equal(ReplyOutcome.NextStep, reading.Outcome);
    }

    [Fact]
    public void Classify_NegatedPhrase_SaysWhyItWasSetAside()
    {
        var reading = ReplyOutcomeClassifier.Classify("Re: Status", "We have not decided to move forward with other candidates yet.");

        Assert.Contains(reading.Reasons, r => r.Contains("negated", StringComparison.Ordinal) && r.Contains("not decided", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_RejectionWithNegatedNextStepWords_GivesOnlyTheRejectionReason()
    {
        var reading = ReplyOutcomeClassifier.Classify("Update", "We will not be moving forward with your application.");

        Assert.Equal(ReplyOutcome.Rejection, reading.Outcome);
        Assert.Single(reading.Reasons);
    }

    [Fact]
    public void Classify_Reasons_QuoteThePhrase()
    {
        var reading = ReplyOutcomeClassifier.Classify("Update", "Hi Ana. We regret to inform you that the role went to someone else.");

        Assert.Equal("The reply says \"regret to inform you\", which is a clear rejection.", reading.Reasons[0]);
        Assert.Equal("We regret to inform you that the role went to someone else.", reading.Evidence);
    }

    [Fact]
    public void Classify_InboundMessage_ReadsSubjectAndPreview()
    {
        var message = new InboundMessage("m1", new EmailAddress("amy@contoso.com"), DateTimeOffset.UnixEpoch, "Application received", "", IsDraft: false);

        Assert.Equal(ReplyOutcome.Acknowledgement, ReplyOutcomeClassifier.Classify(message).Outcome);
    }

    [Fact]
    public void Classify_NullTexts_IsOther()
    {
        var reading = ReplyOutcomeClassifier.Classify(null, null);

        Assert.Equal(ReplyOutcome.Other, reading.Outcome);
        Assert.Single(reading.Reasons);
    }

    [Fact]
    public void Classify_LongHostileText_IsFast()
    {
        // No pattern may backtrack badly: a long run of near-misses must stay cheap.
        var text = string.Concat(Enumerable.Repeat("On we not the your to with of from Sent ", 400)) + "wrote";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        _ = ReplyOutcomeClassifier.Classify(text, text);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData(ReplyOutcome.Rejection, "rejection", "rejection")]
    [InlineData(ReplyOutcome.NextStep, "next-step", "next step")]
    [InlineData(ReplyOutcome.Offer, "offer", "offer")]
    [InlineData(ReplyOutcome.Request, "request", "request")]
    [InlineData(ReplyOutcome.Acknowledgement, "acknowledgement", "acknowledgement")]
    [InlineData(ReplyOutcome.Other, "other", "reply")]
    public void Name_EachOutcome_IsTheWireNameAndParsesBack(ReplyOutcome outcome, string name, string label)
    {
        Assert.Equal(name, outcome.Name());
        Assert.Equal(label, outcome.Label());
        Assert.True(ReplyOutcomes.TryParse(name.ToUpperInvariant(), out var parsed));
        Assert.Equal(outcome, parsed);
    }

    [Fact]
    public void TryParse_UnknownName_IsFalse()
    {
        Assert.False(ReplyOutcomes.TryParse("maybe", out var parsed));
        Assert.Equal(ReplyOutcome.Other, parsed);
        Assert.False(ReplyOutcomes.TryParse(null, out _));
    }
}
