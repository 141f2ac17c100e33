using Hankevahti.Plans;
using Hankevahti.Versions;

namespace Hankevahti.Tests.Versions;

/// <summary>A small invented plan with ids, and copies of it changed the way the web or a new document would.</summary>
internal static class MergeFixture
{
    public static Plan Base() => PlanIds.Fill(new Plan
    {
        Project = new Project
        {
            Name = "Kylätalojen lähipalvelut",
            CaseNumber = "VN/100/2026",
            Period = new DateRange { Start = new DateOnly(2026, 1, 1), End = new DateOnly(2027, 12, 31), Text = "2026–2027" },
            Source = new SourceRef { File = "kylatalot.docx", Line = 1 },
        },
        Work =
        [
            new WorkPart
            {
                Code = "TP1", Title = "Palveluohjaus kylätaloilla",
                Actions = [new WorkAction { Code = "1.1", Title = "Ohjaajien vuorolistat" }, new WorkAction { Code = "1.2", Title = "Etävastaanoton laitteet" }],
            },
            new WorkPart { Code = "TP2", Title = "Vapaaehtoisten verkosto" },
        ],
        Indicators = [new Indicator { Name = "Käyntien määrä kylätaloilla" }, new Indicator { Name = "Vapaaehtoisten määrä" }],
        Goals = [new Goal { Code = "T1", Text = "Palvelut lähemmäs asukkaita" }],
        Risks =
        [
            new Risk { Code = "R1", Title = "Ohjaajat vaihtuvat", Description = "Lyhyet työsuhteet", Mitigations = ["Perehdytyskansio"], Source = new SourceRef { Line = 40 } },
            new Risk { Code = "R2", Title = "Tilat eivät sovellu", Description = "Esteettömyys puuttuu" },
            new Risk { Code = "R3", Title = "Laitteet vikaantuvat", Description = "Vanhat yhteydet" },
        ],
        Budget = new Budget { Funding = new Funding { OwnFundingShare = 0.2m, GrantShare = 0.8m } },
    });

    /// <summary>A copy of the plan changed by <paramref name="change"/>; ids stay as they are.</summary>
    public static Plan Change(Plan plan, Func<Plan, Plan> change) => change(PlanIds.Copy(plan));

    public static Plan Risk(Plan plan, string code, Func<Risk, Risk> change)
    {
        var i = plan.Risks.FindIndex(r => r.Code == code);
        plan.Risks[i] = change(plan.Risks[i]);
        return plan;
    }

    public static Plan Project(Plan plan, Func<Project, Project> change) => plan with { Project = change(plan.Project) };

    public static string RiskId(Plan plan, string code) => plan.Risks.Single(r => r.Code == code).Id;
}
