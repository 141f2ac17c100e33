using System.Text;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Import.Risks;

public class RiskInlineTests
{
    private static ImportResult Import(params string[] lines)
    {
        var read = PlanTextReader.Read(Encoding.UTF8.GetBytes(string.Join("\n", lines)), "r.txt");
        var result = PlanImporter.Import(read, "r.txt");
        Assert.True(result.Succeeded, result.Error);
        return result;
    }

    // A numbered risk table with 1–5 ratings and a stated score; the number becomes the code.
    [Fact]
    public void RatedTable()
    {
        var plan = Import(
            "1 Hankkeen tarve", "Tarve.",
            "2 Riskit ja niihin varautuminen",
            "Nro\tRiski\tTodennäköisyys (1–5)\tVaikutus (1–5)\tRiskin suuruus\tVarautuminen\tVastuuhenkilö",
            "1\tRekrytointi viivästyy\t3\t4\t12\t• Aikainen haku • Varahenkilöt\tProjektipäällikkö",
            "2\tTietojärjestelmä ei valmistu\t2\t2–3\t4–6\tVaiheistus\t").Plan!;
        Assert.Equal(2, plan.Risks.Count);
        var r = plan.Risks[0];
        Assert.Equal(("1", "Rekrytointi viivästyy"), (r.Code, r.Title));
        Assert.Equal(12m, r.StatedScore?.Min);
        Assert.Equal(["Aikainen haku", "Varahenkilöt"], r.Mitigations);
        Assert.Equal("Projektipäällikkö", r.Owner);
        Assert.Null(plan.Risks[1].Owner);
        Assert.Equal(3m, plan.Risks[1].Impact?.Max);
    }

    // A caption row above the header does not hide the table; the caption stays as text.
    [Fact]
    public void CaptionRowAboveHeader()
    {
        var result = Import(
            "1 Hankkeen tarve", "Tarve.",
            "2 Riskit",
            "Riskiarvio\t\t",
            "Riski\tVarautuminen\tVastuu",
            "Rahoitus viivästyy\tVaiheistus\tHankejohtaja");
        var r = Assert.Single(result.Plan!.Risks);
        Assert.Equal(("Rahoitus viivästyy", "Hankejohtaja"), (r.Title, r.Owner));
    }

    // A prose record with a responsible party label; the next ordinary paragraph ends the record.
    [Fact]
    public void ProseRecord()
    {
        var plan = Import(
            "1 Hankkeen tarve", "Tarve.",
            "2 Riskit",
            "Riski: Henkilöstö vaihtuu",
            "- **Kuvaus:** Avainhenkilöt lähtevät.",
            "- **Todennäköisyys:** 2",
            "- **Vaikutus:** Suuri",
            "- **Varautuminen:** Dokumentointi.",
            "- **Vastuu:** Hankejohtaja",
            "Riskejä seurataan kuukausittain.").Plan!;
        var r = Assert.Single(plan.Risks);
        Assert.Equal("Henkilöstö vaihtuu", r.Title);
        Assert.Equal(2m, r.Likelihood?.Min);
        Assert.Equal("Suuri", r.Impact?.Text);
        Assert.Equal("Hankejohtaja", r.Owner);
        var section = plan.Sections.SelectMany(Flatten).Single(s => s.Title.StartsWith("Riskit"));
        Assert.Contains("seurataan kuukausittain", section.Text);
        Assert.DoesNotContain("Avainhenkilöt lähtevät", section.Text);
    }

    private static IEnumerable<Section> Flatten(Section s) => new[] { s }.Concat(s.Children.SelectMany(Flatten));
}
