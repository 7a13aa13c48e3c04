using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Core.Tests.Analysis;

public sealed class FollowUpReasonsTests
{
    [Fact]
    public void NothingToDo_CandidateInterviewWithDrafts_IsNull()
    {
        var analysis = Analyze(new EventBuilder());

        Assert.Null(FollowUpReasons.NothingToDo(analysis));
        Assert.Null(FollowUpReasons.NoStatusCheck(analysis));
    }

    [Fact]
    public void NothingToDo_EachKindOfNothing_OneSentence()
    {
        Assert.Equal(FollowUpReasons.NotInterviewSentence, FollowUpReasons.NothingToDo(Analyze(new EventBuilder().WithSubject("Podcast interview - Founders Hour"))));
        Assert.Equal(FollowUpReasons.InterviewerSentence, FollowUpReasons.NothingToDo(Analyze(new EventBuilder().OrganizedByMe())));
        Assert.Equal(FollowUpReasons.CancelledSentence, FollowUpReasons.NothingToDo(Analyze(new EventBuilder().Cancelled())));
        var noContact = Analyze(new EventBuilder().WithHtmlBody("<p>Please do not contact the interviewers.</p>"));
        Assert.Equal(FollowUpReasons.NoContactSentence("Please do not contact the interviewers."), FollowUpReasons.NothingToDo(noContact));
        Assert.Contains("Please do not contact the interviewers", FollowUpReasons.NoStatusCheck(noContact), StringComparison.Ordinal);
    }

    [Fact]
    public void NoStatusCheck_StatusOnlyRequest_SaysSoWhileThankYousStay()
    {
        var analysis = Analyze(new EventBuilder().WithHtmlBody("<p>We do not give out status updates.</p>"));

        Assert.Null(FollowUpReasons.NothingToDo(analysis));
        Assert.Equal(FollowUpReasons.NoStatusInquiriesSentence("We do not give out status updates."), FollowUpReasons.NoStatusCheck(analysis));
    }

    [Fact]
    public void Sentences_LongRequest_QuotedShort()
    {
        var sentence = FollowUpReasons.NoContactSentence(new string('x', 400));

        Assert.True(sentence.Length < 260);
        Assert.EndsWith("so no thank-you notes or reminder are made.", sentence, StringComparison.Ordinal);
    }

    private static InterviewAnalysis Analyze(EventBuilder builder) =>
        InterviewAnalyzer.Analyze(builder.Build(), new AnalysisContext(EventBuilder.Candidate, UserSchedule.Default));
}
