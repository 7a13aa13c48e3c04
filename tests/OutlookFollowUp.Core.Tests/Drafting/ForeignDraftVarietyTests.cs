using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Drafting;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Recipients;
using OutlookFollowUp.Core.Text;

namespace OutlookFollowUp.Core.Tests.Drafting;

/// <summary>The structure and panel variety of the English drafts, in every language and register.</summary>
public sealed class ForeignDraftVarietyTests
{
    private static readonly string[] PanelNames =
        ["Amy", "Bob", "Raj", "Fiona", "José", "Grace", "Peter", "Nina", "Oliver", "Hector", "Irene", "Victor"];

    public static TheoryData<Language, Formality> Registers => new()
    {
        { Language.Spanish, Formality.Formal }, { Language.Spanish, Formality.Informal },
        { Language.French, Formality.Formal }, { Language.French, Formality.Informal },
        { Language.German, Formality.Formal }, { Language.German, Formality.Informal },
        { Language.Portuguese, Formality.Formal }, { Language.Portuguese, Formality.Informal },
    };

    [Theory]
    [MemberData(nameof(Registers))]
    public void ThankYou_PanelOfTwelveWithoutNotes_NoTwoBodiesAreTheSameButForTheName(Language language, Formality formality)
    {
        AssertDistinctButForNames(Panel(language, formality, _ => null));
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void ThankYou_PanelOfTwelveWithTheSameNote_NoTwoBodiesAreTheSameButForTheName(Language language, Formality formality)
    {
        AssertDistinctButForNames(Panel(language, formality, _ => Note(language)));
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void ThankYou_EveryPanelDraft_IsShortNamesRoleAndCompanyAndCarriesTheNoteOrOnePlaceholder(Language language, Formality formality)
    {
        var drafts = Panel(language, formality, i => i % 2 == 0 ? null : Note(language));

        for (var i = 0; i < drafts.Count; i++)
        {
            var body = drafts[i].Text.BodyText;
            Assert.InRange(PlainText.CountWords(body), 1, DraftLinter.MaxWords - 1);
            Assert.Contains("Data Analyst", body, StringComparison.Ordinal);
            Assert.Contains("Contoso", body, StringComparison.Ordinal);
            Assert.Contains("Data Analyst", drafts[i].Text.Subject, StringComparison.Ordinal);
            Assert.Equal(formality == Formality.Formal ? "Ana Souza" : "Ana", body.Split('\n')[^1]);
            if (i % 2 == 0)
            {
                var placeholder = Assert.Single(Regex.Matches(body, @"\[[^\]]+\]"));
                Assert.True(DraftComposer.IsOwnPlaceholder(placeholder.Value), placeholder.Value);
                Assert.Contains(PanelNames[i], placeholder.Value, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("[", body, StringComparison.Ordinal);
                Assert.Contains(Note(language).TrimEnd('.')[1..], body, StringComparison.Ordinal);
            }

            // The linter reads every language's greeting and placeholder: the only warning is the missing note.
            var warnings = DraftLinter.Lint(new LintRequest(drafts[i].Text.Subject, body, drafts[i].Recipient, "Data Analyst", "Contoso", i % 2 == 1));
            Assert.Equal(i % 2 == 0 ? 1 : 0, warnings.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void ThankYou_NoteAndPlaceholder_NeverLeaveTheRegister(Language language, Formality formality)
    {
        var drafts = Panel(language, formality, i => i % 2 == 0 ? null : Note(language));
        var status = DraftComposer.StatusCheck(new StatusCheckRequest(drafts[0].Recipient, "Data Analyst", "Contoso", new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 13), "Ana")
        {
            Language = language,
            Formality = formality,
        });

        foreach (var text in drafts.Select(d => d.Text.BodyText).Append(status.BodyText))
        {
            foreach (var word in OtherRegister(language, formality))
            {
                Assert.DoesNotMatch(new Regex($@"(?<!\p{{L}}){word}(?!\p{{L}})"), text);
            }
        }
    }

    [Fact]
    public void ThankYou_FormalGermanAndFrench_GreetWithFirstAndLastName_OthersWithTheFirstName()
    {
        var r = new Recipient("anna.weber@contoso.com", "Weber, Anna", "Anna", true, Core.Model.AttendeeType.Required);
        string Greeting(Language l, Formality f) => DraftComposer.ThankYou(new ThankYouRequest(r, "Data Analyst", "Contoso", null, "Ana", 0) { Language = l, Formality = f }).BodyText.Split('\n')[0];

        Assert.Equal("Guten Tag Anna Weber,", Greeting(Language.German, Formality.Formal));
        Assert.Equal("Hallo Anna,", Greeting(Language.German, Formality.Informal));
        Assert.Equal("Bonjour Anna Weber,", Greeting(Language.French, Formality.Formal));
        Assert.Equal("Bonjour Anna,", Greeting(Language.French, Formality.Informal));
        Assert.Equal("Hola, Anna:", Greeting(Language.Spanish, Formality.Formal));
        Assert.Equal("Olá, Anna,", Greeting(Language.Portuguese, Formality.Formal));
    }

    [Theory]
    [InlineData(Language.Spanish, "Buenos días:")]
    [InlineData(Language.French, "Bonjour,")]
    [InlineData(Language.German, "Guten Tag,")]
    [InlineData(Language.Portuguese, "Olá,")]
    public void ThankYou_NoName_GreetsWithoutANameAndNoGender(Language language, string greeting)
    {
        var r = new Recipient("talent@contoso.com", null, null, true, Core.Model.AttendeeType.Required);

        var body = DraftComposer.ThankYou(new ThankYouRequest(r, "Data Analyst", "Contoso", null, "Ana", 0) { Language = language }).BodyText;

        Assert.Equal(greeting, body.Split('\n')[0]);
        Assert.DoesNotMatch(new Regex(@"\b(?:Estimad[oa]|Querid[oa]|Cher|Chère|Madame|Monsieur|Sehr geehrte[rs]?|Frau|Herr|Prezad[oa]|obrigad[oa]|interessad[oa]|interesad[oa])\b"), body);
    }

    private static string Note(Language language) => language switch
    {
        Language.Spanish => "el nuevo modelo de previsión de demanda.",
        Language.French => "la migration vers le cloud.",
        Language.German => "die Roadmap für das neue Dashboard.",
        _ => "o projeto de migração para a nuvem.",
    };

    /// <summary>Words of the other register that a draft must not contain (whole words, case-sensitive).</summary>
    private static string[] OtherRegister(Language language, Formality formality) => (language, formality) switch
    {
        (Language.Spanish, Formality.Formal) => ["tú", "tu", "tus", "te", "contigo", "estés", "necesites", "dedicaste"],
        (Language.Spanish, _) => ["usted", "su", "sus", "le", "se encuentre", "necesite", "dedicó"],
        (Language.French, Formality.Formal) => ["tu", "te", "toi", "ton", "ta", "tes"],
        (Language.French, _) => ["vous", "votre", "vos"],
        (Language.German, Formality.Formal) => ["du", "dich", "dir", "dein", "deine", "deinen", "deiner"],
        (Language.German, _) => ["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrer"],
        // Formal Portuguese is impersonal: no "você", and no "o senhor / a senhora", which would guess a gender.
        (Language.Portuguese, Formality.Formal) => ["você", "te", "senhor", "senhora", "obrigado", "obrigada"],
        _ => ["senhor", "senhora", "obrigado", "obrigada"],
    };

    private static List<(Recipient Recipient, DraftText Text)> Panel(Language language, Formality formality, Func<int, string?> note) =>
        Enumerable.Range(0, PanelNames.Length)
            .Select(i =>
            {
                var r = new Recipient($"{PanelNames[i].ToLowerInvariant()}@contoso.com", $"{PanelNames[i]} Example", PanelNames[i], i == 0, Core.Model.AttendeeType.Required);
                return (r, DraftComposer.ThankYou(new ThankYouRequest(r, "Data Analyst", "Contoso", note(i), formality == Formality.Formal ? "Ana Souza" : "Ana", i)
                {
                    Language = language,
                    Formality = formality,
                }));
            })
            .ToList();

    private static void AssertDistinctButForNames(List<(Recipient Recipient, DraftText Text)> drafts)
    {
        var masked = drafts.Select(d => Regex.Replace(d.Text.BodyText, $@"\b{Regex.Escape(d.Recipient.GreetingName!)}\b(?:\s+Example)?", "{NAME}")).ToList();
        Assert.Equal(masked.Count, masked.Distinct(StringComparer.Ordinal).Count());
    }
}
