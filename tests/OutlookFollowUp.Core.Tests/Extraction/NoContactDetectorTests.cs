using OutlookFollowUp.Core.Extraction;

namespace OutlookFollowUp.Core.Tests.Extraction;

public sealed class NoContactDetectorTests
{
    [Theory]
    [InlineData("Please refrain from contacting the hiring team about the status of your application; we will contact you.")]
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
    [InlineData("Status inquiries will not be answered.")]
    [InlineData("We are unable to respond to status inquiries.")]
    [InlineData("Please don't reach out to the interviewers.")]
    [InlineData("Do not contact the interviewers directly.")]
    [InlineData("Please do not contact us to check on the status of your application.")]
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
    [InlineData("")]
    public void Find_NoRequestNotToContact_ReturnsNull(string text)
    {
        Assert.Null(NoContactDetector.Find(text));
    }
}
