using System.Globalization;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Replies;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Replies;

// Dates used below: 2026-12-08 is a Tuesday, 2026-12-11 a Friday, 2026-12-13 a Sunday, 2026-12-14 a Monday.
public sealed class OutOfOfficeReaderTests
{
    private const string Tue = "2026-12-08";

    [Theory]
    // "until X": back on X (on the first working day from X)
    [InlineData("I am out of the office until December 14.", "2026-12-14")]
    [InlineData("I'm out of the office until Monday, December 14, with limited access to email.", "2026-12-14")]
    [InlineData("Thank you for your email. I have limited access to email until Friday.", "2026-12-11")]
    [InlineData("I am away until Sunday.", "2026-12-14")]
    [InlineData("I'm out until the 14th and will reply then.", "2026-12-14")]
    [InlineData("I'm on vacation till Dec. 14th.", "2026-12-14")]
    // back, returning, available again: that day
    [InlineData("Returning 12/14.", "2026-12-14")]
    [InlineData("Back on Monday the 14th.", "2026-12-14")]
    [InlineData("I will return on 14 December.", "2026-12-14")]
    [InlineData("I will be available again from Dec 15.", "2026-12-15")]
    [InlineData("I will be back in the office on Thursday, 12/10.", "2026-12-10")]
    [InlineData("I will be back tomorrow.", "2026-12-09")]
    [InlineData("I will be back next week.", "2026-12-14")]
    [InlineData("I am back from vacation on December 14.", "2026-12-14")]
    [InlineData("I will respond to your message when I return on 2026-12-14.", "2026-12-14")]
    // through, inclusive, ranges: the day after the last day away
    [InlineData("I am out of the office from 10 to 14 December.", "2026-12-15")]
    [InlineData("Out of office Dec 10-14, back soon.", "2026-12-15")]
    [InlineData("I'm out from December 10 to December 14.", "2026-12-15")]
    [InlineData("I'm out through Friday, December 11.", "2026-12-14")]
    [InlineData("I'm out until and including December 14.", "2026-12-15")]
    [InlineData("I'm out of the office from Dec 10 until Dec 14.", "2026-12-15")]
    [InlineData("I'm away from December 9th through December 11th.", "2026-12-14")]
    [InlineData("Out of office: Wednesday 9 December to Friday 11 December.", "2026-12-14")]
    [InlineData("Ich bin vom 9.12. bis 11.12. nicht im Büro.", "2026-12-14")]
    [InlineData("Estoy de vacaciones del 9 al 11 de diciembre.", "2026-12-14")]
    // several dates: the latest return
    [InlineData("I'm away until Friday and will respond to emails on Monday.", "2026-12-14")]
    // year: January or February said in December roll over
    [InlineData("I'm on vacation until January 4.", "2027-01-04")]
    // other languages
    [InlineData("Ich bin bis zum 14. Dezember nicht im Büro.", "2026-12-14")]
    [InlineData("Ab dem 15.12. bin ich wieder erreichbar.", "2026-12-15")]
    [InlineData("Ich bin bis einschließlich 11.12. abwesend.", "2026-12-14")]
    [InlineData("Je suis absente jusqu'au 14 décembre inclus.", "2026-12-15")]
    [InlineData("De retour le lundi 14 décembre.", "2026-12-14")]
    [InlineData("Estaré fuera de la oficina hasta el 14 de diciembre.", "2026-12-14")]
    [InlineData("Regresaré el lunes 14.", "2026-12-14")]
    [InlineData("Estarei ausente até 14/12.", "2026-12-14")]
    [InlineData("Retorno em 14 de dezembro.", "2026-12-14")]
    [InlineData("Estou fora do escritório e retorno no dia 14/12.", "2026-12-14")]
    [InlineData("Vielen Dank für Ihre Nachricht. Ich bin ab Montag, 14. Dezember, wieder im Büro.", "2026-12-14")]
    [InlineData("Merci pour votre message. Je suis en congés jusqu'au 4 janvier.", "2027-01-04")]
    // more English forms
    [InlineData("Thank you for your message. I am currently out of the office, returning on Monday, December 14th. For urgent matters please contact hr@contoso.com.", "2026-12-14")]
    [InlineData("I'm OOO until 12/14 with limited access to email.", "2026-12-14")]
    [InlineData("I will be out of the office starting December 9 and returning December 14.", "2026-12-14")]
    [InlineData("Our offices are closed from December 24 through January 1. We will respond when we reopen on January 4.", "2027-01-04")]
    [InlineData("I'm on annual leave till 14th December 2026.", "2026-12-14")]
    [InlineData("Hi, I'm on vacation with no access to email. I will be back in the office December 14.", "2026-12-14")]
    [InlineData("I'm out until next Monday.", "2026-12-14")]
    [InlineData("Back 14 Dec.", "2026-12-14")]
    [InlineData("Out of office until 14.12.2026", "2026-12-14")]
    public void ReadText_ReturnDate_IsTheFirstDayBack(string preview, string expected)
    {
        var back = OutOfOfficeReader.ReadText("Automatic reply: Interview follow-up", preview, Date(Tue), WorkWeek.MondayToFriday);

        Assert.NotNull(back);
        Assert.Equal(Date(expected), back.FirstDayBack);
        Assert.Contains(back.Phrase, preview, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I am currently out of the office with limited access to email.")]
    [InlineData("Our office will be closed on December 25.")]
    [InlineData("I'm out of the office from December 10.")]
    [InlineData("I was out until December 1 and am catching up.")]
    [InlineData("I am out of the office until further notice.")]
    [InlineData("I am out of the office until February 30.")]
    [InlineData("I am out of the office until March 2.")]
    [InlineData("We have received your application and will get back to you by December 14.")]
    [InlineData("")]
    public void ReadText_NoUsableDate_IsNull(string preview)
    {
        Assert.Null(OutOfOfficeReader.ReadText("Automatic reply: Thank you", preview, Date(Tue), WorkWeek.MondayToFriday));
    }

    [Theory]
    [InlineData("Automatic reply: Out of office until Dec 14", "", "until Dec 14")]
    [InlineData("Automatic reply", "I'm out of the office until Mon 12/14.", "until Mon 12/14")]
    [InlineData("Automatic reply", "Je suis en congés jusqu'au 4 janvier.", "jusqu'au 4 janvier")]
    [InlineData("Automatic reply", "Ich bin bis einschließlich 11.12. abwesend.", "bis einschließlich 11.12.")]
    [InlineData("Automatic reply", "Je suis absente jusqu'au 14 décembre inclus.", "jusqu'au 14 décembre inclus")]
    [InlineData("Automatic reply", "I am out of the office from 10 to 14 December.", "from 10 to 14 December")]
    public void ReadText_Phrase_IsTheWordsThatSaidIt(string subject, string preview, string expected)
    {
        Assert.Equal(expected, OutOfOfficeReader.ReadText(subject, preview, Date(Tue), WorkWeek.MondayToFriday)?.Phrase);
    }

    [Fact]
    public void ReadText_JanuarySaidInNovember_DoesNotRollOver()
    {
        Assert.Null(OutOfOfficeReader.ReadText("Automatic reply", "I'm on leave until January 4.", Date("2026-11-20"), WorkWeek.MondayToFriday));
        Assert.Equal(Date("2027-01-04"), OutOfOfficeReader.ReadText("Automatic reply", "I'm on leave until January 4, 2027.", Date("2026-11-20"), WorkWeek.MondayToFriday)?.FirstDayBack);
    }

    [Theory]
    [InlineData("Returning 10/12.", false, null)]
    [InlineData("Returning 10/12.", true, "2026-12-10")]
    [InlineData("Returning 14/12.", false, "2026-12-14")]
    [InlineData("Returning 12/14.", true, "2026-12-14")]
    [InlineData("Returning 14.12.", false, "2026-12-14")]
    [InlineData("Returning 10.12.2026.", false, "2026-12-10")]
    [InlineData("Returning 12/10/26.", false, "2026-12-10")]
    public void ReadText_NumericDate_FollowsTheLocaleUnlessUnambiguous(string preview, bool dayFirst, string? expected)
    {
        var back = OutOfOfficeReader.ReadText("Automatic reply", preview, Date(Tue), WorkWeek.MondayToFriday, dayFirst);

        Assert.Equal(expected is null ? null : Date(expected), back?.FirstDayBack);
    }

    [Fact]
    public void ReadText_SpanishNumericDate_IsDayFirstWhateverTheMailbox()
    {
        var back = OutOfOfficeReader.ReadText("Respuesta automática", "Estaré de vacaciones hasta el 10/12.", Date(Tue), WorkWeek.MondayToFriday, dayFirst: false);

        Assert.Equal(Date("2026-12-10"), back?.FirstDayBack);
    }

    [Fact]
    public void ReadText_DateInSubject_IsRead()
    {
        var back = OutOfOfficeReader.ReadText("Automatic reply: Out of office until Dec 14", "Thank you for your message.", Date(Tue), WorkWeek.MondayToFriday);

        Assert.Equal(Date("2026-12-14"), back?.FirstDayBack);
        Assert.Equal("until Dec 14", back?.Phrase);
    }

    [Fact]
    public void ReadText_QuotedMessage_IsNotRead()
    {
        var back = OutOfOfficeReader.ReadText(
            "Automatic reply: Thank you",
            "I am out of the office until December 14. From: Ana Lopez Sent: Monday I will be back on December 20 myself.",
            Date(Tue),
            WorkWeek.MondayToFriday);

        Assert.Equal(Date("2026-12-14"), back?.FirstDayBack);
    }

    [Fact]
    public void ReadText_ReturnOnAHoliday_IsTheNextWorkingDay()
    {
        var week = WorkWeek.MondayToFriday.WithHolidays([Date("2026-12-14")]);

        var back = OutOfOfficeReader.ReadText("Automatic reply", "I am out of the office until December 14.", Date(Tue), week);

        Assert.Equal(Date("2026-12-15"), back?.FirstDayBack);
        Assert.Equal(Date("2026-12-14"), back?.Stated);
    }

    [Fact]
    public void Read_MessageThatIsNotAutomatic_IsNull()
    {
        var message = Message("Re: Thank you", "I am out of the office until December 14.");

        Assert.Null(OutOfOfficeReader.Read(message, Date(Tue), WorkWeek.MondayToFriday));
    }

    [Fact]
    public void Read_AutomaticReplyByHeader_IsRead()
    {
        var message = Message("Thank you", "I am out of the office until December 14.") with
        {
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" },
        };

        Assert.Equal(Date("2026-12-14"), OutOfOfficeReader.Read(message, Date(Tue), WorkWeek.MondayToFriday)?.FirstDayBack);
    }

    [Theory]
    // due Friday, back Monday: the first business day after the return
    [InlineData("2026-12-11", "2026-12-14", "2026-12-15")]
    // back on the due date itself: moves too
    [InlineData("2026-12-14", "2026-12-14", "2026-12-15")]
    // back before the due date: no change
    [InlineData("2026-12-15", "2026-12-14", null)]
    [InlineData("2026-12-15", "2026-12-09", null)]
    public void DeferredDue_ReturnAndDue_FollowsTheDesignRule(string due, string back, string? expected)
    {
        Assert.Equal(expected is null ? null : Date(expected), OutOfOfficeReader.DeferredDue(Date(due), Date(back), WorkWeek.MondayToFriday));
    }

    [Fact]
    public void DeferredDue_HolidayAfterTheReturn_IsSkipped()
    {
        var week = WorkWeek.MondayToFriday.WithHolidays([Date("2026-12-25")]);

        Assert.Equal(Date("2026-12-28"), OutOfOfficeReader.DeferredDue(Date("2026-12-23"), Date("2026-12-24"), week));
    }

    [Fact]
    public void DeferredDue_SundayToThursdayWeek_SkipsTheWeekend()
    {
        Assert.Equal(Date("2026-12-13"), OutOfOfficeReader.DeferredDue(Date("2026-12-10"), Date("2026-12-10"), WorkWeek.SundayToThursday));
    }

    [Theory]
    [InlineData("en-US", false)]
    [InlineData("en-GB", true)]
    [InlineData("de-DE", true)]
    [InlineData("fr-FR", true)]
    [InlineData("fr-CA", true)]
    [InlineData("es-MX", true)]
    [InlineData("es-US", false)]
    [InlineData("pt-BR", true)]
    [InlineData("en-CA", false)]
    [InlineData("en_PH", false)]
    [InlineData("ja-JP", false)]
    [InlineData("zh-Hans-CN", false)]
    [InlineData("en", false)]
    [InlineData("de", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    public void WritesDayFirst_Locale_IsKnown(string? locale, bool expected)
    {
        Assert.Equal(expected, OutOfOfficeReader.WritesDayFirst(locale));
    }

    [Fact]
    public void ReadText_LongHostileText_IsFast()
    {
        var text = string.Concat(Enumerable.Repeat("until 12/ back on Monday the 1 from 10 to ", 300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        _ = OutOfOfficeReader.ReadText(text, text, Date(Tue), WorkWeek.MondayToFriday);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    private static InboundMessage Message(string subject, string preview) =>
        new("m1", new EmailAddress("amy@contoso.com"), new DateTimeOffset(2026, 12, 8, 15, 0, 0, TimeSpan.Zero), subject, preview, IsDraft: false);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
