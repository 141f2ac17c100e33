using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Organisations;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using PlanOrganisation = Hankevahti.Plans.Organisation;

namespace Hankevahti.Tests.Checks.Organisations;

public class CoImplementerTests
{
    private static PlanOrganisation Lead => new() { Name = "Pohjolan hyvinvointialue", Roles = [OrganisationRole.LeadApplicant], Responsibilities = "Hallinnoi hanketta.", Source = new SourceRef { Line = 50, Table = 6, Row = 2 } };

    private static PlanOrganisation CoImplementer(string name, string? shortName = null, string? responsibilities = "Vastaa arvioinnista.", decimal? transfer = null, int row = 3) => new()
    {
        Name = name,
        ShortName = shortName,
        Roles = [OrganisationRole.CoImplementer],
        RoleText = "Osatoteuttaja",
        Responsibilities = responsibilities,
        GrantTransfer = transfer,
        Source = new SourceRef { Line = 48 + row, Table = 6, Row = row },
    };

    private static Plan With(params PlanOrganisation[] organisations) => new()
    {
        Sections = [new Section { Number = "6.1", Title = "Toimijat", Kind = "organisation", Source = new SourceRef { Line = 45 } }],
        Organisations = [.. organisations],
    };

    private static BudgetLine Line(string? organisation, decimal amount) => new() { Organisation = organisation, Amount = amount, Category = CostCategory.PersonnelHired };

    [Theory]
    // No responsibilities while the lead's are stated: the table has a place for them.
    [InlineData(null, true, FindingSeverity.Warning)]
    // A blank cell counts as none.
    [InlineData(" ", true, FindingSeverity.Warning)]
    // No organisation's tasks stated at all: the plan only names its co-implementer, a remark.
    [InlineData(null, false, FindingSeverity.Info)]
    public void Fires_for_a_co_implementer_without_responsibilities(string? responsibilities, bool leadDescribed, FindingSeverity severity)
    {
        var lead = leadDescribed ? Lead : Lead with { Responsibilities = null, RoleText = "hallinnoija" };
        var plan = With(lead, CoImplementer("Pohjolan ammattikorkeakoulu", "PAMK", responsibilities));

        var f = Assert.Single(CheckRun.Rule<CoImplementerWithoutResponsibilitiesRule>(plan));

        Assert.Equal(severity, f.Severity);
        Assert.Contains("Pohjolan ammattikorkeakoulu (PAMK)", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("organisations[1].responsibilities", f.Place.Path);
        Assert.Equal(51, f.Place.Source?.Line);
    }

    [Fact]
    public void Several_co_implementers_without_responsibilities_are_one_finding()
    {
        var plan = With(Lead, CoImplementer("Alue A", responsibilities: null, row: 3), CoImplementer("Alue B", responsibilities: null, row: 4));

        var f = Assert.Single(CheckRun.Rule<CoImplementerWithoutResponsibilitiesRule>(plan));

        Assert.Contains("Alue A, Alue B", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("organisations", f.Place.Path);
    }

    [Theory]
    // Responsibilities stated.
    [InlineData("Vastaa arvioinnista.", "Osatoteuttaja")]
    // A role text that says what it does ("Mallin levittäjä ja käyttöönottaja").
    [InlineData(null, "Mallin levittäjä ja käyttöönottaja")]
    public void Quiet_when_the_co_implementer_s_tasks_are_stated(string? responsibilities, string roleText)
    {
        var plan = With(Lead, CoImplementer("Alue A", responsibilities: responsibilities) with { RoleText = roleText });

        Assert.Empty(CheckRun.Rule<CoImplementerWithoutResponsibilitiesRule>(plan));
    }

    [Fact]
    public void Partners_are_not_co_implementers()
    {
        var plan = With(Lead, CoImplementer("Järjestö ry", responsibilities: null) with { Roles = [OrganisationRole.Partner] });

        Assert.Empty(CheckRun.Rule<CoImplementerWithoutResponsibilitiesRule>(plan));
        Assert.Empty(CheckRun.Rule<CoImplementerWithoutBudgetRule>(plan with { Budget = new Budget { Lines = [Line(null, 1000)] } }));
    }

    [Fact]
    public void A_budget_by_organisation_without_the_co_implementer_is_a_warning()
    {
        var plan = With(Lead, CoImplementer("Pohjolan ammattikorkeakoulu", "PAMK")) with
        {
            Budget = new Budget { Lines = [Line("Pohjolan hyvinvointialue", 1000)] },
        };

        var f = Assert.Single(CheckRun.Rule<CoImplementerWithoutBudgetRule>(plan));

        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("PAMK", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("organisations[1].grantTransfer", f.Place.Path);
    }

    [Fact]
    public void A_budget_not_split_by_organisation_gives_a_remark()
    {
        var plan = With(Lead, CoImplementer("Keravan kaupunki")) with { Budget = new Budget { Lines = [Line(null, 1000)] } };

        var f = Assert.Single(CheckRun.Rule<CoImplementerWithoutBudgetRule>(plan));

        Assert.Equal(FindingSeverity.Info, f.Severity);
        Assert.Contains("Keravan kaupunki", f.Message.En, StringComparison.Ordinal);
    }

    [Theory]
    // A grant transfer stated for it.
    [InlineData(136800, null)]
    // Budget lines under its short name.
    [InlineData(null, "PAMK")]
    // Budget lines under a longer form of its name.
    [InlineData(null, "Pohjolan ammattikorkeakoulu Oy")]
    // No budget lines at all: the budget rules report a missing budget, not this one.
    [InlineData(null, "")]
    public void Quiet_when_the_co_implementer_has_a_budget(int? transfer, string? lineOrganisation)
    {
        var lines = lineOrganisation switch
        {
            "" => new List<BudgetLine>(),
            _ => [Line("Pohjolan hyvinvointialue", 1000), Line(lineOrganisation, 500)],
        };
        var plan = With(Lead, CoImplementer("Pohjolan ammattikorkeakoulu", "PAMK", transfer: transfer)) with { Budget = new Budget { Lines = lines } };

        Assert.Empty(CheckRun.Rule<CoImplementerWithoutBudgetRule>(plan));
    }
}
