using System.Text;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Import.Overview;

public class OverviewInlineTests
{
    private static Plan Import(string text)
    {
        var read = PlanTextReader.Read(Encoding.UTF8.GetBytes(text), "t.txt");
        var result = PlanImporter.Import(read, "t.txt");
        Assert.True(result.Succeeded, result.Error);
        return result.Plan!;
    }

    // A version table with its own approver column, and a stated period in prose that wins over nothing else.
    [Fact]
    public void VersionTableWithApproverAndStatedPeriod()
    {
        var plan = Import(string.Join("\n",
            "Kotona asumisen tuki Hankesuunnitelma",
            "Versio\tPäiväys\tMuokkaaja\tHyväksyjä\tKuvaus",
            "1.0\t3.2.2025\tMaija Meikäläinen\tOhjausryhmä\tHyväksytty ohjausryhmässä",
            "1 Hankkeen tarve",
            "Hankeaika on 1.3.2025–28.2.2027.",
            "2 Tavoitteet",
            "Tavoitteena on parempi tuki."));
        Assert.Equal("Kotona asumisen tuki", plan.Project.Name);
        var v = Assert.Single(plan.Versions);
        Assert.Equal("Ohjausryhmä", v.Approver);
        Assert.Equal("Maija Meikäläinen", v.Editor);
        Assert.Equal(VersionState.Approved, v.State);
        Assert.Equal(new DateOnly(2025, 3, 1), plan.Project.Period?.Start);
        Assert.Equal(new DateOnly(2027, 2, 28), plan.Project.Period?.End);
    }

    // A month range in prose ("09/2026–12/2027") ends on the last day of its last month.
    [Fact]
    public void MonthRangePeriod()
    {
        var plan = Import("Hanke X Hankesuunnitelma\n1 Hankkeen tarve\nHankkeen kesto 09/2026–12/2027.\n2 Tavoitteet\nTavoite.");
        Assert.Equal(new DateOnly(2026, 9, 1), plan.Project.Period?.Start);
        Assert.Equal(new DateOnly(2027, 12, 31), plan.Project.Period?.End);
        Assert.Equal("09/2026–12/2027", plan.Project.Period?.Text);
    }

    // A title page that starts with the document type alone: the title is the line below, not the date.
    [Fact]
    public void TitleBelowDocumentType()
    {
        var plan = Import("HANKESUUNNITELMA\nKotihoidon digitaaliset palvelut\n1.2.2025\n1 Hankkeen tarve\nTarve.\n2 Tavoitteet\nTavoite.");
        Assert.Equal("Kotihoidon digitaaliset palvelut", plan.Project.Name);
        Assert.Equal(2, plan.Project.Source?.Line);
    }

    // A programme banner above the title is the programme, not the title; it is claimed as placed.
    [Fact]
    public void BannerIsProgramme()
    {
        var plan = Import("HYVÄN TYÖN OHJELMA  HANKESUUNNITELMA\nTyön sujuvuus Hankesuunnitelma\n1 Hankkeen tarve\nTarve.\n2 Tavoitteet\nTavoite.");
        Assert.Equal("Työn sujuvuus", plan.Project.Name);
        Assert.Equal("hyvan-tyon-ohjelma", plan.Project.Programme?.Key);
        Assert.DoesNotContain(plan.Sections, s => s.Text.Contains("HYVÄN TYÖN"));
    }
}
