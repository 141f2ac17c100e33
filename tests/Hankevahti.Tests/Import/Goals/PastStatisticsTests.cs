using System.Text;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Import.Goals;

/// <summary>
/// Tables of yearly figures are indicator targets only where the plan sets targets; counts of the years before
/// the project, in its need or background, are statistics and stay as text with a note.
/// </summary>
public class PastStatisticsTests
{
    private static Plan Import(string body) =>
        PlanImporter.Import(PlanTextReader.Read(Encoding.UTF8.GetBytes("Arjen tuki Hankesuunnitelma\n\nHankkeen kesto: 1.1.2024–31.12.2025\n\n" + body), "p.txt"), "p.txt").Plan!;

    [Theory]
    // Counts of clients and visits in the need section: the situation before the project.
    [InlineData("1 Hankkeen tarve\n\nVuosi\t2019\t2020\t2021\nAsiakkaat\t4 210\t4 380\t4 655\n\n2 Tavoitteet\n\nTavoite.\n", 0)]
    // The same table in the background section.
    [InlineData("1 Hankkeen tausta\n\nVuosi\t2020\t2021\nKäynnit\t100\t120\n\n2 Tavoitteet\n\nTavoite.\n", 0)]
    // Years before the project start, even outside the need: statistics, not targets.
    [InlineData("1 Hankkeen tarve\n\nTarve.\n\n2 Seuranta ja arviointi\n\nVuosi\t2021\t2022\nKäynnit\t100\t120\n", 0)]
    // A table in the need section whose header names targets is a target table after all.
    [InlineData("1 Hankkeen tarve\n\nMittari\tLähtötaso\t2024\t2025\nKäynnit\t100\t120\t140\n\n2 Tavoitteet\n\nTavoite.\n", 1)]
    // Yearly values in the monitoring section within the project's years are targets.
    [InlineData("1 Hankkeen tarve\n\nTarve.\n\n2 Seuranta ja arviointi\n\nIndikaattori\t2024\t2025\nKäynnit\t100\t120\n", 1)]
    public void Yearly_figures_are_targets_only_where_the_plan_sets_targets(string body, int indicators)
    {
        var plan = Import(body);

        Assert.Equal(indicators, plan.Indicators.Count);
        Assert.Equal(indicators == 0, plan.Import!.Notes.Any(n => n.Code == ImportNoteCodes.PastStatistics));
    }
}
