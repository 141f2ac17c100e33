using Hankevahti.Checks.Rules.Template;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Template;

public class PlaceholderRuleTests
{
    [Theory]
    // The template's date.
    [InlineData("Suunnitelma hyväksytty pp.kk.vvvv.", "pp.kk.vvvv")]
    // The same in capitals and with a two-digit year.
    [InlineData("Päivitetty PP.KK.VV", "PP.KK.VV")]
    // A version number to fill in.
    [InlineData("Korvaa aiemman version x.xx kokonaan.", "x.xx")]
    // An amount to fill in.
    [InlineData("Hankkeen kustannusarvio on XX € vuodessa.", "XX")]
    // A count to fill in.
    [InlineData("Koulutuksiin osallistuu nn henkilöä.", "nn")]
    // A year to fill in.
    [InlineData("Hanke päättyy vuonna 20XX.", "20XX")]
    // A month and year to fill in.
    [InlineData("Kesto kk/vvvv alkaen.", "kk/vvvv")]
    // A link whose address was never filled in.
    [InlineData("Lähde: [Toimintamallin kuvaus](#)", "[Toimintamallin kuvaus](#)")]
    // A field name in square brackets.
    [InlineData("Hyväksytty [pvm] ohjausryhmässä.", "[pvm]")]
    [InlineData("[Kirjoita tähän hankkeen tausta]", "[Kirjoita tähän hankkeen tausta]")]
    // Word's content control text.
    [InlineData("Napsauta tai napauta tätä ja kirjoita tekstiä.", "Napsauta tai napauta tätä ja kirjoita tekstiä.")]
    public void FindsPlaceholders(string text, string words)
    {
        var finding = Assert.Single(CheckRun.Rule<PlaceholderRule>(TemplatePlans.WithText(text)));
        Assert.Equal(words, finding.Place.Quote);
        Assert.Equal("sections[0].text", finding.Place.Path);
    }

    [Theory]
    // Multiplication and a schedule mark are single x's.
    [InlineData("Työpanos 3 x 20 %, aikataulussa merkintä x.")]
    // Dates and versions filled in.
    [InlineData("Versio 1.02 hyväksytty 7.4.2026.")]
    // Words that contain the letters.
    [InlineData("Anna palautetta XXL-koon vaatteista, Xxon ja annnn.")]
    // A link with an address.
    [InlineData("Lähde: [THL:n tilasto](https://thl.fi/tilasto)")]
    // Checkboxes of a markdown list and a bracketed remark are not field names.
    [InlineData("- [x] Tehty\n- [ ] Tekemättä [ks. liite 2]")]
    // Roman numerals other than XX and abbreviations with dots.
    [InlineData("Luku IV käsittelee asiaa, ks. nn. kohdat.")]
    public void LeavesFilledTextAlone(string text)
    {
        var findings = CheckRun.Rule<PlaceholderRule>(TemplatePlans.WithText(text));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    // The version table of a template: one finding per placeholder for the whole table, naming the count.
    [Fact]
    public void GroupsTheVersionTable()
    {
        var plan = new Plan
        {
            Versions =
            [
                new PlanVersion { Number = "0.1", DateText = "1.2.2026", Source = new SourceRef { Line = 5, Table = 1, Row = 2 } },
                new PlanVersion { Number = "1.00", DateText = "pp.kk.vvvv", Description = "Voimassa pp.kk.vvvv alkaen, korvaa version x.xx", Source = new SourceRef { Line = 6, Table = 1, Row = 3 } },
                new PlanVersion { Number = "1.01", DateText = "pp.kk.vvvv", Source = new SourceRef { Line = 7, Table = 1, Row = 4 } },
            ],
        };
        var findings = CheckRun.Rule<PlaceholderRule>(plan);
        Assert.Equal(2, findings.Count);
        var date = Assert.Single(findings, f => f.Place.Quote == "pp.kk.vvvv");
        Assert.Contains("3", date.Message.Fi);
        Assert.Equal("versions[1].dateText", date.Place.Path);
        Assert.Equal(3, date.Place.Source?.Row);
        Assert.Single(findings, f => f.Place.Quote == "x.xx");
    }

    // Findings in different sections stay apart so each points to its own place.
    [Fact]
    public void SeparateSectionsGiveSeparateFindings()
    {
        var plan = new Plan
        {
            Sections =
            [
                new Section { Number = "1", Title = "Tarve", Text = "Päivätty pp.kk.vvvv." },
                new Section { Number = "2", Title = "Tavoitteet", Text = "Tavoite asetettu pp.kk.vvvv." },
            ],
        };
        var findings = CheckRun.Rule<PlaceholderRule>(plan);
        Assert.Equal(["1", "2"], findings.Select(f => f.Place.SectionNumber));
    }
}
