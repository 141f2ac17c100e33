using Hankevahti.Figures;
using Hankevahti.Import.Money;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Money;

/// <summary>Made-up budget tables in the template's shape, to pin down the rules the seeds rely on.</summary>
public class BudgetTableReaderTests
{
    private const string Table =
        "1 Hankkeen tarve\nTarve on suuri.\n2 Kustannukset\n" +
        "Kustannuslaji\tSuunnitelma 2026-2027\tToteutunut 2026\tEnnuste 2027\tYhteensä\n" +
        "Henkilöstökulut, joista\t1 000\t300\t600\t900\n" +
        "Palkattu henkilöstö\t700\t200\t400\t600\n" +
        "Siirretty henkilöstö\t300\t100\t200\t300\n" +
        "Investoinnit yhteensä, josta\t50\t\t10\t10\n" +
        "Aineettomat hyödykkeet\t\t\t10\t10\n" +
        "Koneet ja kalusto\t\t\t\t\n" +
        "Vuokrat\t120 000 €\t\t\t\n" +
        "Tuntematon rivi\t5\t\t\t\n" +
        "Kokonaiskustannukset\t121 050\t300\t610\t910\n" +
        "Omarahoitus 20 %\t24 210\t60\t122\t182\n" +
        "Valtionavustus 80 %\t96 840\t240\t488\t728\n";

    private static Plan Import() => MoneyImport.Run(Table, new BudgetRecogniser());

    [Fact]
    public void Breakdown_rows_are_the_lines_and_the_group_row_a_subtotal()
    {
        var budget = Import().Budget;
        Assert.Equal(700m, PlanFigures.Total(budget, FigureKind.Planned, category: CostCategory.PersonnelHired));
        Assert.Equal(300m, PlanFigures.Total(budget, FigureKind.Planned, category: CostCategory.PersonnelTransferred));
        Assert.Contains(budget.StatedFigures, f => f.Kind == StatedFigureKind.Subtotal && f.Scope.Kind == FigureKind.Planned && f.Value == 1000m);
        // Plan column: 700 + 300 + 50 (investment group row, its breakdown empty there) + 120 000.
        Assert.Equal(121_050m, PlanFigures.Total(budget, FigureKind.Planned));
    }

    [Fact]
    public void Columns_give_kind_year_and_period()
    {
        var budget = Import().Budget;
        Assert.All(budget.Lines.Where(l => l.Kind == FigureKind.Planned), l => Assert.Equal("2026-2027", l.Period));
        Assert.All(budget.Lines.Where(l => l.Kind == FigureKind.Actual), l => Assert.Equal(2026, l.Year));
        Assert.All(budget.Lines.Where(l => l.Kind == FigureKind.Forecast), l => Assert.Equal(2027, l.Year));
        Assert.Equal(300m, PlanFigures.Total(budget, FigureKind.Actual));
        // Forecast: the investment breakdown has an amount there, so the sub-row is the line, not the group row.
        Assert.Equal(610m, PlanFigures.Total(budget, FigureKind.Forecast));
        Assert.Equal(10m, PlanFigures.Total(budget, FigureKind.Forecast, category: CostCategory.InvestmentIntangible));
    }

    [Fact]
    public void Total_column_is_never_a_line()
    {
        var budget = Import().Budget;
        Assert.DoesNotContain(budget.Lines, l => l.Amount == 910m || l.Amount == 900m);
        var total = Assert.Single(budget.StatedFigures, f => f.Kind == StatedFigureKind.Total && f.Scope.Kind is null);
        Assert.Equal(910m, total.Value);
        Assert.Equal("yhteensä", total.Scope.Period);
    }

    [Fact]
    public void Stated_totals_funding_and_shares()
    {
        var budget = Import().Budget;
        Assert.Contains(budget.StatedFigures, f => f.Kind == StatedFigureKind.Total && f.Scope.Kind == FigureKind.Planned && f.Value == 121_050m && f.Text == "121 050");
        Assert.Contains(budget.StatedFigures, f => f.Kind == StatedFigureKind.OwnFunding && f.Scope.Kind == FigureKind.Actual && f.Value == 60m);
        Assert.Contains(budget.StatedFigures, f => f.Kind == StatedFigureKind.Grant && f.Scope.Kind == FigureKind.Forecast && f.Value == 488m);
        Assert.Equal(0.2m, budget.Funding.OwnFundingShare);
        Assert.Equal(0.8m, budget.Funding.GrantShare);
        Assert.Equal(24_210m, PlanFigures.OwnFunding(budget));
    }

    [Fact]
    public void Unknown_rows_stay_in_the_section_text_and_placed_rows_leave_it()
    {
        var plan = Import();
        var section = MoneyImport.Flatten(plan.Sections).Single(s => s.Title == "Kustannukset");
        Assert.Contains("Tuntematon rivi", section.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vuokrat", section.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kokonaiskustannukset", section.Text, StringComparison.Ordinal);
        Assert.Contains(plan.Import!.Notes, n => n.Message.Contains("Tuntematon rivi", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_without_headings_and_one_amount_column_is_the_plan()
    {
        var plan = MoneyImport.Run("1 Hankkeen tarve\nTeksti.\n2 Talousarvio\nPalkat\t10 000\nMatkat\t2 000\nYhteensä\t12 000\n", new BudgetRecogniser());
        Assert.Equal(12_000m, PlanFigures.Total(plan.Budget));
        Assert.Contains(plan.Budget.StatedFigures, f => f.Kind == StatedFigureKind.Total && f.Value == 12_000m);
    }

    [Fact]
    public void Person_years_column_goes_to_the_planned_line_of_its_row()
    {
        var plan = MoneyImport.Run("1 Hankkeen tarve\nTeksti.\n2 Kustannukset\nKustannuslaji\thtv\t2026\nPalkat\t0,5\t30 000\nMatkat\t\t1 000\nKokonaiskustannukset\t0,5\t31 000\n", new BudgetRecogniser());
        var salaries = Assert.Single(plan.Budget.Lines, l => l.Category == CostCategory.PersonnelHired);
        Assert.Equal(0.5m, salaries.PersonYears);
        Assert.Equal(2026, salaries.Year);
        Assert.Contains(plan.Budget.StatedFigures, f => f.Kind == StatedFigureKind.PersonYears && f.Value == 0.5m);
        Assert.Equal(31_000m, PlanFigures.Total(plan.Budget, year: 2026));
    }

    private sealed class GivenOrganisations : Hankevahti.Import.IRecogniser
    {
        public void Run(Hankevahti.Import.ImportContext context) =>
            context.Plan.Organisations.Add(new Organisation { Name = "Alueen hyvinvointialue", ShortName = "AHVA" });
    }

    [Fact]
    public void A_title_row_naming_an_organisation_makes_the_table_that_organisations_budget()
    {
        var plan = MoneyImport.Run("1 Hankkeen tarve\nTeksti.\n2 Kustannukset\nAHVA\t\nKustannuslaji\t2026\nPalkat\t10\nVuokrat\t5\nYhteensä\t15\n",
            new GivenOrganisations(), new BudgetRecogniser());
        Assert.All(plan.Budget.Lines, l => Assert.Equal("Alueen hyvinvointialue", l.Organisation));
        Assert.Equal(15m, PlanFigures.Total(plan.Budget, organisation: "Alueen hyvinvointialue"));
        Assert.Contains(plan.Budget.StatedFigures, f => f.Kind == StatedFigureKind.Total && f.Scope.Organisation == "Alueen hyvinvointialue");
        var section = MoneyImport.Flatten(plan.Sections).Single(s => s.Title == "Kustannukset");
        Assert.DoesNotContain("AHVA", section.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Annex_tables_are_for_the_part_their_heading_names()
    {
        var plan = MoneyImport.Run("1 Hankkeen tarve\nTeksti.\nLiite 2: Taloussuunnitelma osa-alue 4\nKustannuslaji\tBudjetti\nPalkat\t10\nVuokrat\t5\n", new BudgetRecogniser());
        Assert.All(plan.Budget.Lines, l => Assert.Equal("4", l.PartCode));
        Assert.Equal(15m, PlanFigures.Total(plan.Budget, partCode: "4"));
    }

    [Fact]
    public void Pdf_fragment_table_rows_end_at_their_amount()
    {
        var text = "1 Hankkeen tarve\nTeksti.\n2 Kustannukset\nPilari Investointi Kohde Kustannukset\n€\n" +
            "Pilari 1 Ensimmäinen kokonaisuus 100 000\n" +
            "Pilari 2 Investointi 3\nPitkä nimi joka\njatkuu rivillä\n2 500\n" +
            "Pilari 2 Investointi 3\nToinen\n1 000 000\n" +
            "Tämä kappale ei ole taulukkoa.\n";
        var plan = MoneyImport.Run(text, new BudgetRecogniser());
        Assert.Equal(3, plan.Budget.Lines.Count);
        Assert.Equal(1_102_500m, PlanFigures.Total(plan.Budget));
        var wrapped = Assert.Single(plan.Budget.Lines, l => l.Amount == 2_500m);
        Assert.Equal("Pilari 2 / Investointi 3", wrapped.PartCode);
        Assert.Equal("Pitkä nimi joka jatkuu rivillä", wrapped.Label);
        var section = MoneyImport.Flatten(plan.Sections).Single(s => s.Title == "Kustannukset");
        Assert.Equal("Tämä kappale ei ole taulukkoa.", section.Text.Trim());
    }
}
