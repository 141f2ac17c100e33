using System.Text;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Import.Work;

/// <summary>
/// Action tables are read by their header row, whatever the order of the columns, and each action's schedule
/// from its schedule column or from a period in parentheses closing its description.
/// </summary>
public class ActionRowTableTests
{
    private static Plan Import(string table) =>
        PlanImporter.Import(PlanTextReader.Read(Encoding.UTF8.GetBytes(
            "Arjen tuki Hankesuunnitelma\n\n1 Hankkeen tarve\n\nTarve.\n\n2 Toimenpiteet\n\n" + table + "\n3 Riskit\n\nEi riskejä.\n"), "p.txt"), "p.txt").Plan!;

    private static List<WorkAction> Actions(Plan plan) => plan.Work.SelectMany(All).SelectMany(p => p.Actions).ToList();

    private static IEnumerable<WorkPart> All(WorkPart p) => new[] { p }.Concat(p.Children.SelectMany(All));

    public static TheoryData<string, string[], string[]> Tables => new()
    {
        // The schedule at the end of each description, in parentheses: month ranges with a year, a quarter.
        {
            "Toimenpide\tKuvaus\tVastuu\n1.1 Etäkäynnit\tOtetaan käyttöön etäkäynnit (3-11/2024)\tKotihoito\n1.2 Koulutus\tKoulutetaan henkilöstö (Q1/2025)\tHR\n",
            ["1.1|Etäkäynnit|2024-03-01|2024-11-30", "1.2|Koulutus|2025-01-01|2025-03-31"],
            ["Kotihoito", "HR"]
        },
        // The columns in another order, the schedule in a column of its own, actions without codes.
        {
            "Vastuutaho\tAikataulu\tToimenpiteen nimi\tToimenpiteen kuvaus\nKotihoito\t09-10/2026\tEtäkäynnit\tKäynnit videolla.\nHR\t2026 Q4\tKoulutus\tKoulutus kaikille.\n",
            ["|Etäkäynnit|2026-09-01|2026-10-31", "|Koulutus|2026-10-01|2026-12-31"],
            ["Kotihoito", "HR"]
        },
        // Parentheses that hold no period are part of the text: no schedule is invented.
        {
            "Toimenpide\tKuvaus\nKartoitus\tKartoitetaan palvelut (kaikki kunnat)\n",
            ["|Kartoitus||"],
            [""]
        },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Rows_of_an_action_table_are_actions_with_their_schedules(string table, string[] expected, string[] responsible)
    {
        var actions = Actions(Import(table));

        Assert.Equal(expected, actions.Select(a => $"{a.Code}|{a.Title}|{a.Schedule.Periods.FirstOrDefault()?.Start:yyyy-MM-dd}|{a.Schedule.Periods.FirstOrDefault()?.End:yyyy-MM-dd}"));
        Assert.Equal(responsible, actions.Select(a => a.Responsible ?? ""));
    }

    // A table without an action column (a list of organisations, say) is not read as actions.
    [Fact]
    public void A_table_without_an_action_column_gives_no_actions()
    {
        var plan = Import("Organisaatio\tVastuu\nKotihoito\tToteutus\n");

        Assert.Empty(Actions(plan));
    }

    // Actions whose codes name no part of the plan are held by the section that lists them, under its own
    // number and title, not by a part the plan does not name.
    [Fact]
    public void Actions_without_a_known_part_are_held_by_their_section()
    {
        var plan = Import("Toimenpide\tKuvaus\n1.1 Etäkäynnit\tKäynnit (3-11/2024)\n");

        var part = Assert.Single(plan.Work);
        Assert.Equal(("2", "Toimenpiteet", WorkPartKind.Other), (part.Code, part.Title, part.Kind));
        Assert.Single(part.Actions);
    }
}
