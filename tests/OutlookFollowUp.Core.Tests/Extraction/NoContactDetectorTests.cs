using OutlookFollowUp.Core.Extraction;

namespace OutlookFollowUp.Core.Tests.Extraction;

public sealed class NoContactDetectorTests
{
    [Theory]
    [InlineData("Please do not follow up on your application.")]
    [InlineData("Please don't follow-up on your application.")]
    [InlineData("We ask that candidates not contact the interviewers.")]
    [InlineData("We kindly ask that you do not contact the interviewers directly.")]
    [InlineData("No phone calls please.")]
    [InlineData("No phone calls, please.")]
    [InlineData("No follow-up emails.")]
    [InlineData("Please do not call or email the office regarding your application.")]
    [InlineData("Kindly refrain from following up.")]
    [InlineData("Candidates should not contact the interviewers directly.")]
    [InlineData("Please don't reach out to the interviewers.")]
    [InlineData("Do not contact the interviewers directly.")]
    [InlineData("Please don't call.")]
    [InlineData("We kindly request that candidates refrain from contacting interviewers directly.")]
    [InlineData("Candidates are asked not to contact the panel.")]
    [InlineData("You are kindly requested not to contact the interviewers.")]
    [InlineData("Please refrain from any follow-up.")]
    [InlineData("Please avoid contacting the interviewers.")]
    [InlineData("Please do not call the office.")]
    [InlineData("Please do NOT contact the hiring manager directly.")]
    [InlineData("We appreciate your patience and ask that you not follow up.")]
    [InlineData("No calls or emails please.")]
    [InlineData("We will contact you; please do not contact us.")]
    [InlineData("We ask that candidates do not follow up by phone or email.")]
    [InlineData("No phone calls or emails please.")]
    [InlineData("Please do not send thank-you notes.")]
    [InlineData("No thank-you notes, please.")]
    [InlineData("Please don't send us thank you emails after the interview.")]
    [InlineData("Kindly refrain from calling or emailing our office.")]
    [InlineData("Please do not contact the interviewers directly; all communication goes through your recruiter.")]
    [InlineData("We ask that applicants not reach out to staff after the interview.")]
    [InlineData("Candidates must not contact members of the panel.")]
    [InlineData("Please, no follow-up calls or emails.")]
    [InlineData("Please don't call or email us after your interview.")]
    public void Find_RequestNotToContact_ReturnsTheSentence(string text)
    {
        var found = NoContactDetector.Find("Thank you for interviewing with us.\n" + text + "\nBest regards");

        Assert.NotNull(found);
        Assert.Contains(found, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This is an automated message, please do not reply.")]
    [InlineData("Please do not reply to this email.")]
    [InlineData("Do not reply to this message. For questions, contact careers@contoso.com.")]
    [InlineData("Don't hesitate to contact me with any questions.")]
    [InlineData("Please do not hesitate to call me.")]
    [InlineData("Please do not contact this mailbox.")]
    [InlineData("Please do not email this address; it is not monitored.")]
    [InlineData("Please do not contact the sender of this invitation.")]
    [InlineData("Feel free to reach out if you have any questions.")]
    [InlineData("We will contact you within 2 weeks.")]
    [InlineData("If you cannot attend, please contact the recruiter.")]
    [InlineData("Please do not share this link.")]
    [InlineData("We do not contact references without your consent.")]
    [InlineData("We don't call candidates before the interview.")]
    [InlineData("Please do not reply to this automated message.")]
    [InlineData("Replies to this email are not monitored.")]
    [InlineData("Do not reply; this inbox is unmonitored.")]
    [InlineData("If you have questions, please contact Amy.")]
    [InlineData("You don't need to call us to confirm.")]
    [InlineData("Please do not contact us at this address; reply to your recruiter instead.")]
    [InlineData("We never call candidates from unknown numbers.")]
    [InlineData("Please do not forward this invitation.")]
    [InlineData("")]
    public void Find_NoRequestNotToContact_ReturnsNull(string text)
    {
        Assert.Null(NoContactDetector.Find(text));
    }

    [Theory]
    [InlineData("Please refrain from contacting the hiring team about the status of your application; we will contact you.")]
    [InlineData("Status inquiries will not be answered.")]
    [InlineData("We are unable to respond to status inquiries.")]
    [InlineData("Please do not contact us to check on the status of your application.")]
    [InlineData("We do not give out status updates.")]
    [InlineData("We don't provide updates on the status of individual applications.")]
    [InlineData("Please refrain from contacting us about the status of your application.")]
    [InlineData("No status inquiries, please.")]
    [InlineData("Please do not call regarding the status of your candidacy.")]
    [InlineData("Please don't email the recruiters for updates.")]
    [InlineData("Kindly do not reach out to ask about your application.")]
    [InlineData("Due to the volume of applications, we cannot respond to inquiries about the status of individual applications.")]
    [InlineData("We won't be able to provide updates on individual applications.")]
    [InlineData("Status requests will not be answered.")]
    [InlineData("Please do not email to ask where your application stands.")]
    public void Detect_RequestAboutStatusOnly_IsNoStatusInquiries(string text)
    {
        var found = NoContactDetector.Detect("Thank you for interviewing with us.\n" + text + "\nBest regards");

        Assert.NotNull(found);
        Assert.Equal(ContactRequestKind.NoStatusInquiries, found.Kind);
        Assert.Contains(found.Text, text, StringComparison.Ordinal);
        Assert.Null(NoContactDetector.Find(text));
    }

    [Fact]
    public void Detect_BothKinds_NoContactWins()
    {
        var found = NoContactDetector.Detect("We do not give out status updates.\nPlease do not contact the interviewers.");

        Assert.Equal(new ContactRequest(ContactRequestKind.NoContact, "Please do not contact the interviewers."), found);
    }

    [Theory]
    [InlineData("This is an automated message, please do not reply.")]
    [InlineData("Please do not contact us at this address, use the portal instead.")]
    [InlineData("We will send you an update on the status of your application by Friday.")]
    [InlineData("You can check the status of your application in the portal.")]
    [InlineData("We do not give out parking passes.")]
    [InlineData("Please do not contact us by email; use the candidate portal instead.")]
    [InlineData("Do not hesitate to reach out to Amy if you need to reschedule.")]
    [InlineData("Please do not reply to this automated message; questions about the invite go to careers@contoso.com.")]
    [InlineData("We will reach out to you about the status of your application.")]
    public void Detect_NoRequest_ReturnsNull(string text)
    {
        Assert.Null(NoContactDetector.Detect(text));
    }
}
