using Hankevahti.Checks.Rules.Template;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Template;

public class NoteToSelfRuleTests
{
    [Theory]
    // A note to complete the passage.
    [InlineData("Kohderyhmän koko TÄYDENNETÄÄN kun luvut saadaan.", "TÄYDENNETÄÄN kun luvut saadaan.")]
    // A note for the co-writers.
    [InlineData("HUOM! Tarkista luvut talousyksiköstä.", "HUOM! Tarkista luvut talousyksiköstä.")]
    // The programmer's habit.
    [InlineData("Tavoitteet TODO", "TODO")]
    // The draft state.
    [InlineData("Tämä luku on KESKENERÄINEN ja muuttuu.", "KESKENERÄINEN ja muuttuu.")]
    // A note alone on its line, although the line is in capitals.
    [InlineData("Tavoitteet on kuvattu.\n\nTÄYDENNETÄÄN", "TÄYDENNETÄÄN")]
    // Question marks for an open question.
    [InlineData("Vastuuhenkilö ??", "??")]
    // "HUOM:" as a label is a note; so is HUOM! followed by a question to the writers.
    [InlineData("HUOM: luvut vielä auki.", "HUOM: luvut vielä auki.")]
    [InlineData("HUOM! Kuka vastaa tästä?", "HUOM! Kuka vastaa tästä?")]
    public void FindsNotes(string text, string quote)
    {
        var finding = Assert.Single(CheckRun.Rule<NoteToSelfRule>(TemplatePlans.WithText(text)));
        Assert.Equal(quote, finding.Place.Quote);
    }

    [Theory]
    // Acronyms in capitals are ordinary text.
    [InlineData("HUS, STM, RRF, VAKE, ICT ja HYTE-palvelut ovat mukana.")]
    // A heading in capitals, even one with a note word in it.
    [InlineData("PILARI 3: TYÖKYKY JA KESKEN JÄÄNEET HOIDOT")]
    // The same words in ordinary case are prose, not notes.
    [InlineData("Huomioidaan kesken jääneet hoidot ja täydennetään palveluja.")]
    // A single question is a question.
    [InlineData("Miten palvelu toimii? Se toimii hyvin.")]
    // HUOM! to the reader and a passive verb in capitals for emphasis are finished sentences.
    [InlineData("HUOM! Kustannukset sisältävät arvonlisäveron.")]
    [InlineData("Riskien toteutuminen TARKISTETAAN neljännesvuosittain.")]
    [InlineData("KESKEN OLEVAT ASIAT käsitellään ohjausryhmässä.")]
    // A compound with a hyphen is a word of its own, not the note word.
    [InlineData("Kentän PUUTTUU-tieto tarkoittaa, ettei arvoa ole.")]
    public void LeavesOrdinaryTextAlone(string text)
    {
        var findings = CheckRun.Rule<NoteToSelfRule>(TemplatePlans.WithText(text));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    // In a heading in capitals, the unmistakable notes still count.
    [Fact]
    public void FindsTodoInCapitalHeading()
    {
        var finding = Assert.Single(CheckRun.Rule<NoteToSelfRule>(TemplatePlans.WithText("Teksti.", title: "RISKIT TODO")));
        Assert.Equal("sections[0].title", finding.Place.Path);
    }
}
