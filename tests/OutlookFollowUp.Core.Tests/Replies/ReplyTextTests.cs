using OutlookFollowUp.Core.Replies;

namespace OutlookFollowUp.Core.Tests.Replies;

public sealed class ReplyTextTests
{
    [Theory]
    [InlineData("Re: Thank you", "Thank you", true)]
    [InlineData("RE: RE: Fwd: Thank you", "Thank you", true)]
    [InlineData("AW: Vielen Dank", "Vielen Dank", true)]
    [InlineData("WG: Bewerbung", "Bewerbung", true)]
    [InlineData("TR : Candidature", "Candidature", true)]
    [InlineData("RES: Obrigada", "Obrigada", true)]
    [InlineData("[EXT] Re: Thank you", "Thank you", true)]
    [InlineData("Re[2]: Thank you", "Thank you", true)]
    [InlineData("Resume: Ana Lopez", "Resume: Ana Lopez", false)]
    [InlineData("Your application to Contoso", "Your application to Contoso", false)]
    [InlineData(null, "", false)]
    public void Subject_Prefixes_AreRemoved(string? subject, string expected, bool prefixed)
    {
        Assert.Equal(expected, ReplyText.Subject(subject, out var hadPrefix));
        Assert.Equal(prefixed, hadPrefix);
    }

    [Theory]
    [InlineData("Thanks, Ana! On Tue, Dec 8, 2026 at 10:00 AM Amy Chen <amy@contoso.com> wrote: Hi", "Thanks, Ana!")]
    [InlineData("Merci ! Le mar. 8 déc. 2026 à 10:00, Amy Chen a écrit : Bonjour", "Merci !")]
    [InlineData("Danke! Am Di., 8. Dez. 2026 um 10:00 Uhr schrieb Amy Chen <amy@contoso.com>: Hallo", "Danke!")]
    [InlineData("¡Gracias! El mar, 8 dic 2026 a las 10:00, Amy Chen escribió: Hola", "¡Gracias!")]
    [InlineData("Obrigada! Em ter., 8 de dez. de 2026 às 10:00, Amy Chen escreveu: Olá", "Obrigada!")]
    [InlineData("Thanks!\r\n\r\n-----Original Message-----\r\nFrom: Amy", "Thanks!")]
    [InlineData("Thanks! From: Amy Chen Sent: Tuesday, December 8, 2026 To: Ana", "Thanks!")]
    [InlineData("Danke! Von: Amy Chen Gesendet: Dienstag, 8. Dezember 2026", "Danke!")]
    [InlineData("Merci ! De : Amy Chen Envoyé : mardi 8 décembre 2026", "Merci !")]
    [InlineData("Thanks!\n> On Tuesday you wrote", "Thanks!")]
    [InlineData("On Monday we will let you know.", "On Monday we will let you know.")]
    [InlineData("We heard from the team. Sent: no", "We heard from the team. Sent: no")]
    public void Own_QuotedMessage_IsCut(string preview, string expected)
    {
        Assert.Equal(expected, ReplyText.Own(preview, out _));
    }

    [Fact]
    public void Sentences_AbbreviationsAndDayNumbers_DoNotEndASentence()
    {
        Assert.Equal(
            ["Back on Dec. 14 or bis zum 14. Dezember.", "Thanks!", "Dr. Chen will reply", "Bye"],
            ReplyText.Sentences("Back on Dec. 14 or bis zum 14. Dezember. Thanks! Dr. Chen will reply\nBye"));
    }
}
