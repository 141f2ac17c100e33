using Hankevahti.Checks;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks;

/// <summary>
/// The key a dismissal is stored under: the same for the same finding on a later version with an
/// unrelated edit, different when the finding's words or place change.
/// </summary>
public class FindingKeyTests
{
    private static readonly Finding Base = new()
    {
        Code = "HV-RISK-001",
        Severity = FindingSeverity.Warning,
        Message = new("Riskiltä \"Henkilöstön vaihtuvuus\" puuttuu vastuutaho.", "The risk \"Staff turnover\" has no owner."),
        Hint = new("Nimeä vastuutaho.", "Name an owner."),
        Place = new FindingPlace
        {
            SectionNumber = "6.5",
            SectionTitle = "Riskit",
            Path = "risks[2].owner",
            Source = new SourceRef { File = "suunnitelma.docx", Line = 120 },
            Quote = "Henkilöstön vaihtuvuus",
        },
    };

    public static TheoryData<string, Finding> SameFinding => new()
    {
        // An unrelated risk added before it: the list index moves, the finding does not.
        { "index moved", Base with { Place = Base.Place with { Path = "risks[3].owner" } } },
        // Paragraphs added above it in the document: the source line moves.
        { "line moved", Base with { Place = Base.Place with { Source = new SourceRef { File = "suunnitelma.docx", Line = 131 } } } },
        // A section inserted before renumbers the section; its title stays.
        { "section renumbered", Base with { Place = Base.Place with { SectionNumber = "6.6" } } },
        // A later import from another file name.
        { "other file", Base with { Place = Base.Place with { Source = Base.Place.Source! with { File = "v2.docx" } } } },
        // Only the white space of the words differs.
        { "white space", Base with { Message = new("Riskiltä  \"Henkilöstön vaihtuvuus\"\npuuttuu vastuutaho. ", Base.Message.En) } },
        // Decomposed ä (a + combining diaeresis) as some editors paste it.
        { "decomposed letters", Base with { Message = new(Base.Message.Fi.Normalize(System.Text.NormalizationForm.FormD), Base.Message.En) } },
        // The severity lowered by an uncertain reading, or the hint or English reworded: not the finding itself.
        { "severity and hint", Base with { Severity = FindingSeverity.Info, Hint = null, Message = Base.Message with { En = "Owner missing." } } },
    };

    [Theory]
    [MemberData(nameof(SameFinding))]
    public void The_same_finding_has_the_same_key(string why, Finding later)
    {
        Assert.True(FindingKey.Of(Base) == FindingKey.Of(later), why);
    }

    public static TheoryData<string, Finding> OtherFinding => new()
    {
        // The words changed: another risk, or the same risk now named differently.
        { "message", Base with { Message = Base.Message with { Fi = "Riskiltä \"Rekrytointi\" puuttuu vastuutaho." } } },
        // Another field of the item.
        { "path", Base with { Place = Base.Place with { Path = "risks[2].mitigation" } } },
        // Another section.
        { "section", Base with { Place = Base.Place with { SectionTitle = "Hankkeen riskit" } } },
        // Other offending words.
        { "quote", Base with { Place = Base.Place with { Quote = "Rekrytointi" } } },
        // Another rule.
        { "code", Base with { Code = "HV-RISK-002" } },
    };

    [Theory]
    [MemberData(nameof(OtherFinding))]
    public void A_change_of_words_place_or_rule_gives_another_key(string why, Finding changed)
    {
        Assert.True(FindingKey.Of(Base) != FindingKey.Of(changed), why);
    }

    [Fact]
    public void Keys_are_32_hex_digits_and_do_not_depend_on_the_run()
    {
        var key = FindingKey.Of(Base);

        Assert.Matches("^[0-9a-f]{32}$", key);
        Assert.True(FindingKey.IsWellFormed(key));
        // A constant: the key is stored in the database and must read the same after an upgrade.
        Assert.Equal("HV-RISK-001\u001frisks[].owner\u001fRiskit\u001fHenkilöstön vaihtuvuus\u001fRiskiltä \"Henkilöstön vaihtuvuus\" puuttuu vastuutaho.", FindingKey.Canonical(Base));
    }

    [Fact]
    public void Findings_with_the_same_words_in_one_report_get_keys_of_their_own_in_order()
    {
        var other = Base with { Message = Base.Message with { Fi = "Toinen." } };

        var keys = FindingKey.ForAll([Base, other, Base with { Place = Base.Place with { Path = "risks[7].owner" } }]);

        Assert.Equal([FindingKey.Of(Base), FindingKey.Of(other), FindingKey.Of(Base) + "-2"], keys);
        Assert.All(keys, k => Assert.True(FindingKey.IsWellFormed(k)));
    }

    [Theory]
    // What a form could post that no finding has.
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCDEF0123456789abcdef0123456789")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef-0")]
    [InlineData("0123456789abcdef0123456789abcdef\n")]
    [InlineData("<script>")]
    public void Posted_keys_of_another_shape_are_not_well_formed(string? key)
    {
        Assert.False(FindingKey.IsWellFormed(key));
    }

    private static Plan PlanWith(params Section[] sections) => new() { Sections = [.. sections] };

    private static Section Schedule(string text) => new() { Number = "3", Title = "Aikataulu", Text = text };

    private static Finding Placeholder(Plan plan) => Assert.Single(PlanChecker.Check(plan).Of("HV-TEMPLATE-002"));

    // The rules themselves, on a plan edited as the web edits it.
    [Fact]
    public void A_checked_plan_keeps_the_key_across_an_unrelated_edit_and_loses_it_when_the_finding_changes()
    {
        var intro = new Section { Number = "1", Title = "Tausta", Text = "Hanke parantaa palveluja." };
        var first = PlanWith(intro, Schedule("Hanke alkaa pp.kk.vvvv ja päättyy vuonna 2027."));
        var key = FindingKey.Of(Placeholder(first));

        // A section added before it and the text of another section edited: the finding moves to sections[2].
        var unrelated = PlanWith(new Section { Number = "0", Title = "Tiivistelmä", Text = "Lyhyesti hankkeesta." },
            intro with { Text = "Hanke parantaa palveluja koko alueella." }, Schedule("Hanke alkaa pp.kk.vvvv ja päättyy vuonna 2027."));
        Assert.Equal("sections[2].text", Placeholder(unrelated).Place.Path);
        Assert.Equal(key, FindingKey.Of(Placeholder(unrelated)));

        // Another placeholder: other words.
        var otherWords = PlanWith(intro, Schedule("Hanke alkaa XX ja päättyy vuonna 2027."));
        Assert.NotEqual(key, FindingKey.Of(Placeholder(otherWords)));

        // The same placeholder in another section: another place.
        var otherPlace = PlanWith(intro with { Text = "Hanke alkaa pp.kk.vvvv." }, Schedule("Hanke alkaa 1.1.2026."));
        Assert.NotEqual(key, FindingKey.Of(Placeholder(otherPlace)));
    }
}
