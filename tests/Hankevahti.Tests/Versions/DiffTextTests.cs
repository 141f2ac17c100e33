using Hankevahti.Plans;
using Hankevahti.Versions.Diff;

namespace Hankevahti.Tests.Versions;

/// <summary>The diff as text: what a person reading the terminal sees for each kind of change.</summary>
public class DiffTextTests
{
    [Fact]
    public void Added_removed_changed_and_moved_items_are_each_one_marked_line()
    {
        var after = DiffPlans.Changed(p =>
        {
            p.Risks.RemoveAt(1);
            p.Risks.Add(new Risk { Id = "r-three", Code = "R3", Title = "Rahoitus ei riitä" });
            p.Risks[0] = p.Risks[0] with { Owner = null };
            var sub = p.Work[0].Children[0];
            p.Work[0].Children.Clear();
            p.Work[1].Children.Add(sub);
            return p;
        });

        var text = DiffText.Format(PlanDiff.Compare(DiffPlans.Base(), after), "hanke 1, versio 1 → 2");

        Assert.StartsWith("Muutokset: hanke 1, versio 1 → 2\n", text);
        Assert.Contains("\nToteutus\n  ~ osa 2.1 Alatyöpaketti\n      siirretty: 2 Palveluohjaus → 3 Digitaaliset palvelut\n", text);
        Assert.Contains("\nRiskit\n  + riski R3 Rahoitus ei riitä\n  − riski R2 Järjestelmä viivästyy\n  ~ riski R1 Henkilöstö vaihtuu\n      owner: «Hankepäällikkö» → (ei arvoa)\n", text);
    }

    [Fact]
    public void A_long_text_changed_at_its_end_shows_the_change_not_the_same_beginning()
    {
        var words = string.Join(" ", Enumerable.Range(1, 80).Select(i => $"sana{i}"));
        var after = DiffPlans.Changed(p =>
        {
            p.Risks[0] = p.Risks[0] with { Description = words + " loppu muuttui" };
            return p;
        });
        var before = DiffPlans.Base();
        before.Risks[0] = before.Risks[0] with { Description = words + " loppu" };

        var field = Assert.Single(Assert.Single(Assert.Single(PlanDiff.Compare(before, after).Parts).Changed).Fields);

        Assert.StartsWith("…", field.After);
        Assert.EndsWith("loppu muuttui", field.After);
        Assert.EndsWith("sana80 loppu", field.Before);
        Assert.True(field.After!.Length <= 162, field.After);
    }
}
