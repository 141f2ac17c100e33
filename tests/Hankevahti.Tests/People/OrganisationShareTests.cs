using Hankevahti.People;
using Hankevahti.Plans;

namespace Hankevahti.Tests.People;

/// <summary>
/// A co-implementer's share: its organisation's budget lines and the actions it is responsible for. An edit is
/// allowed when nothing else differs; these cases are the ways an edit can reach outside the share.
/// </summary>
public sealed class OrganisationShareTests
{
    private static readonly Plan Base = new()
    {
        Organisations =
        [
            new Organisation { Id = "org-1", Name = "Pohjolan hyvinvointialue", ShortName = "PHVA" },
            new Organisation { Id = "org-2", Name = "Pohjolan ammattikorkeakoulu", ShortName = "PAMK" },
        ],
        Budget = new Budget
        {
            Lines =
            [
                new BudgetLine { Id = "b-1", Organisation = "Pohjolan hyvinvointialue", Category = CostCategory.PersonnelHired, Amount = 100_000m },
                new BudgetLine { Id = "b-2", Organisation = "PAMK", Category = CostCategory.ServicesExpert, Amount = 20_000m },
            ],
            Funding = new Funding { OwnFundingShare = 0.2m },
        },
        Work =
        [
            new WorkPart
            {
                Id = "w-1", Code = "1", Title = "Osa 1", Responsible = "Pohjolan ammattikorkeakoulu",
                Actions =
                [
                    // A person, not an organisation: the part's organisation answers for it.
                    new WorkAction { Id = "a-1", Code = "1.1", Title = "Koulutus", Responsible = "Lehtori N.N." },
                    // Named for another organisation of the plan: that one answers for it.
                    new WorkAction { Id = "a-2", Code = "1.2", Title = "Pilotti", Responsible = "PHVA" },
                ],
                Children = [new WorkPart { Id = "w-2", Code = "1.A", Title = "Alaosa", Actions = [new WorkAction { Id = "a-3", Code = "1.A.1", Title = "Perii" }] }],
            },
            new WorkPart { Id = "w-3", Code = "2", Title = "Osa 2", Responsible = "Pohjolan hyvinvointialue", Actions = [new WorkAction { Id = "a-4", Code = "2.1", Title = "Muu" }] },
        ],
    };

    public static TheoryData<string, Func<Plan, Plan>, bool> Edits => new()
    {
        // Its own line, named by the short name: its to change.
        { "own line's amount", p => Line(p, "b-2", l => l with { Amount = 25_000m }), true },
        // A line added for itself, and its own line removed.
        { "line added for itself", p => p with { Budget = p.Budget with { Lines = [.. p.Budget.Lines, new BudgetLine { Id = "b-9", Organisation = "Pohjolan ammattikorkeakoulu", Amount = 1m }] } }, true },
        { "own line removed", p => p with { Budget = p.Budget with { Lines = p.Budget.Lines.Where(l => l.Id != "b-2").ToList() } }, true },
        // The lead's line, directly or by moving its own line's money to the lead's.
        { "lead's line", p => Line(p, "b-1", l => l with { Amount = 1m }), false },
        { "own line given to the lead", p => Line(p, "b-2", l => l with { Organisation = "PHVA" }), false },
        { "lead's line taken over", p => Line(p, "b-1", l => l with { Organisation = "PAMK" }), false },
        // Whole-project figures and anything else are outside every share.
        { "funding share", p => p with { Budget = p.Budget with { Funding = p.Budget.Funding with { OwnFundingShare = 0.5m } } }, false },
        { "part's title", p => p with { Work = [p.Work[0] with { Title = "Uusi" }, p.Work[1]] }, false },
        { "a goal added", p => p with { Goals = [new Goal { Id = "g-1", Text = "Uusi" }] }, false },
        // Actions: its own (through the part, through the parent part) and another organisation's.
        { "own action by the part", p => Act(p, 0, -1, 0, a => a with { Title = "Uusi" }), true },
        { "own action in a sub-part", p => Act(p, 0, 0, 0, a => a with { Title = "Uusi" }), true },
        { "action named for the lead", p => Act(p, 0, -1, 1, a => a with { Title = "Uusi" }), false },
        { "action of the lead's part", p => p with { Work = [p.Work[0], p.Work[1] with { Actions = [p.Work[1].Actions[0] with { Title = "Uusi" }] }] }, false },
        { "own action given to the lead", p => Act(p, 0, -1, 0, a => a with { Responsible = "PHVA" }), false },
        { "nothing changed", p => p, true },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_is_within_the_share_only_when_nothing_else_changed(string why, Func<Plan, Plan> edit, bool allowed)
    {
        var share = OrganisationShare.Of("Pohjolan ammattikorkeakoulu", Base);

        Assert.True(allowed == share.Allows(Base, edit(Base)), why);
    }

    [Fact]
    public void An_organisation_not_in_the_plan_owns_nothing()
    {
        var share = OrganisationShare.Of("Muu yhdistys", Base);

        Assert.False(share.Allows(Base, Line(Base, "b-2", l => l with { Amount = 1m })));
        Assert.True(share.Allows(Base, Base));
    }

    private static Plan Line(Plan p, string id, Func<BudgetLine, BudgetLine> change) =>
        p with { Budget = p.Budget with { Lines = p.Budget.Lines.Select(l => l.Id == id ? change(l) : l).ToList() } };

    private static Plan Act(Plan p, int part, int child, int action, Func<WorkAction, WorkAction> change)
    {
        var top = p.Work[part];
        WorkPart Changed(WorkPart w) => w with { Actions = w.Actions.Select((a, i) => i == action ? change(a) : a).ToList() };
        var updated = child < 0 ? Changed(top) : top with { Children = top.Children.Select((c, i) => i == child ? Changed(c) : c).ToList() };
        return p with { Work = p.Work.Select((w, i) => i == part ? updated : w).ToList() };
    }
}
