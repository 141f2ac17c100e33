using Hankevahti.Plans;
using Hankevahti.Versions;
using Hankevahti.Versions.Merge;
using static Hankevahti.Tests.Versions.MergeFixture;

namespace Hankevahti.Tests.Versions;

/// <summary>The three-way merge of a re-import: base (the last import), ours (saved in the web), theirs (the new import).</summary>
public sealed class PlanMergeTests
{
    public sealed record Case(string Name, Func<Plan, Plan> Ours, Func<Plan, Plan> Theirs, Action<Plan, MergeResult> Expect)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases() =>
    [
        // A correction made in the web only (the case number) stays when the document did not change it.
        new("web-only change stays",
            p => Project(p, x => x with { CaseNumber = "VN/123/2026" }),
            p => p,
            (b, r) =>
            {
                Assert.Empty(r.Conflicts);
                Assert.Equal("VN/123/2026", r.Plan.Project.CaseNumber);
                Assert.Contains(r.Changes, c => c is { Change: ChangeKind.KeptFromSaved, Key: "project.caseNumber", Kind: "project", Field: "caseNumber" });
            }),
        // A value changed in the document only is taken, and the web's other correction stays beside it.
        new("document-only change taken",
            p => Project(p, x => x with { Name = "Kylätalot lähellä" }),
            p => Risk(p, "R2", r => r with { Title = "Tilat eivät ole esteettömiä" }),
            (b, r) =>
            {
                Assert.Empty(r.Conflicts);
                Assert.Equal("Tilat eivät ole esteettömiä", r.Plan.Risks.Single(x => x.Code == "R2").Title);
                Assert.Equal("Kylätalot lähellä", r.Plan.Project.Name);
                Assert.Contains(r.Changes, c => c is { Change: ChangeKind.TakenFromDocument, Kind: "risk", Field: "title" } && c.Id == RiskId(b, "R2"));
            }),
        // Changed on both sides to different values: a conflict with the three values; the plan keeps the saved one until decided.
        new("both changed → conflict",
            p => Project(p, x => x with { Name = "Nimi webissä" }),
            p => Project(p, x => x with { Name = "Nimi asiakirjassa" }),
            (b, r) =>
            {
                var c = Assert.Single(r.Conflicts);
                Assert.Equal(new MergeConflict("project.name", ConflictKind.Field, "project", null, "", "name", "Kylätalojen lähipalvelut", "Nimi webissä", "Nimi asiakirjassa"), c);
                Assert.False(r.IsResolved);
                Assert.Equal("Nimi webissä", r.Plan.Project.Name);
            }),
        // Changed on both sides to the same value: no conflict.
        new("both changed alike → no conflict",
            p => Risk(p, "R1", r => r with { Owner = "Hankepäällikkö" }),
            p => Risk(p, "R1", r => r with { Owner = "Hankepäällikkö" }),
            (b, r) =>
            {
                Assert.Empty(r.Conflicts);
                Assert.Equal("Hankepäällikkö", r.Plan.Risks[0].Owner);
            }),
        // A field of a nested item (an action under a work part) and its parent's field changed on different sides: both come in.
        new("nested item and its parent on different sides",
            p => { p.Work[0] = p.Work[0] with { Title = "Palveluohjaus" }; return p; },
            p => { p.Work[0].Actions[1] = p.Work[0].Actions[1] with { Title = "Etävastaanoton laitteet ja yhteydet" }; return p; },
            (b, r) =>
            {
                Assert.Empty(r.Conflicts);
                Assert.Equal("Palveluohjaus", r.Plan.Work[0].Title);
                Assert.Equal("Etävastaanoton laitteet ja yhteydet", r.Plan.Work[0].Actions[1].Title);
                Assert.Equal(b.Work[0].Actions[1].Id, r.Plan.Work[0].Actions[1].Id);
            }),
        // An item the document no longer has, untouched in the web, is removed.
        new("removed in document",
            p => p,
            p => { p.Risks.RemoveAt(2); return p; },
            (b, r) =>
            {
                Assert.Empty(r.Conflicts);
                Assert.Equal(["R1", "R2"], r.Plan.Risks.Select(x => x.Code));
                Assert.Contains(r.Changes, c => c.Change == ChangeKind.RemovedByDocument && c.Id == RiskId(b, "R3"));
            }),
        // Removed in the document but changed in the web: a conflict over the whole item; kept until decided.
        new("removed in document vs changed in web → conflict",
            p => Risk(p, "R3", r => r with { Description = "Vanhat yhteydet, uusitaan 2026" }),
            p => { p.Risks.RemoveAt(2); return p; },
            (b, r) =>
            {
                var c = Assert.Single(r.Conflicts);
                Assert.Equal(ConflictKind.RemovedInDocument, c.Type);
                Assert.Equal(("risk", RiskId(b, "R3"), "", "description"), (c.Kind, c.Id, c.Field, c.Ours));
                Assert.Null(c.Theirs);
                Assert.Equal(3, r.Plan.Risks.Count);
            }),
        // Deleted in the web but changed in the document: a conflict too; stays deleted until decided.
        new("removed in web vs changed in document → conflict",
            p => { p.Risks.RemoveAt(0); return p; },
            p => Risk(p, "R1", r => r with { Title = "Ohjaajat vaihtuvat usein" }),
            (b, r) =>
            {
                var c = Assert.Single(r.Conflicts);
                Assert.Equal(ConflictKind.RemovedInSaved, c.Type);
                Assert.Equal(["R2", "R3"], r.Plan.Risks.Select(x => x.Code));
            }),
        // Deleted in the web and untouched in the document: stays deleted.
        new("removed in web stays removed",
            p => { p.Risks.RemoveAt(1); return p; },
            p => Project(p, x => x with { Name = "Uusi nimi" }),
            (b, r) =>
            {
                Assert.Empty(r.Conflicts);
                Assert.Equal(["R1", "R3"], r.Plan.Risks.Select(x => x.Code));
                Assert.Equal("Uusi nimi", r.Plan.Project.Name);
            }),
        // Items added on either side are both kept: the document's in its order, the web's after the item it followed.
        new("added on both sides",
            p => { p.Risks.Insert(1, new Risk { Id = "r-web001", Code = "R1b", Title = "Sähkökatkot" }); return p; },
            p => { p.Risks.Add(new Risk { Id = "r-doc001", Code = "R4", Title = "Kuljetukset puuttuvat" }); return p; },
            (b, r) =>
            {
                Assert.Empty(r.Conflicts);
                Assert.Equal(["R1", "R1b", "R2", "R3", "R4"], r.Plan.Risks.Select(x => x.Code));
                Assert.Contains(r.Changes, c => c is { Change: ChangeKind.AddedBySaved, Id: "r-web001" });
                Assert.Contains(r.Changes, c => c is { Change: ChangeKind.AddedByDocument, Id: "r-doc001" });
            }),
        // Where a value stands in the document is the document's: a new place is taken, never a conflict.
        new("source is the document's",
            p => Risk(p, "R1", r => r with { Source = new SourceRef { Line = 41 } }),
            p => Risk(p, "R1", r => r with { Source = new SourceRef { Line = 52 } }),
            (b, r) =>
            {
                Assert.Empty(r.Conflicts);
                Assert.Equal(52, r.Plan.Risks[0].Source!.Line);
            }),
        // A list without ids (a risk's mitigations) is one field: changed on both sides, one conflict.
        new("list of strings is one field",
            p => Risk(p, "R1", r => r with { Mitigations = ["Perehdytyskansio", "Varahenkilöt"] }),
            p => Risk(p, "R1", r => r with { Mitigations = ["Perehdytys verkossa"] }),
            (b, r) =>
            {
                var c = Assert.Single(r.Conflicts);
                Assert.Equal(("mitigations", "Perehdytyskansio", "Perehdytyskansio; Varahenkilöt", "Perehdytys verkossa"), (c.Field, c.Base, c.Ours, c.Theirs));
            }),
        // Objects outside items are merged field by field: the funding shares from the document, the period from the web.
        new("non-item objects field by field",
            p => Project(p, x => x with { Period = x.Period! with { End = new DateOnly(2028, 6, 30) } }),
            p => p with { Budget = p.Budget with { Funding = p.Budget.Funding with { OwnFundingShare = 0.25m, GrantShare = 0.75m } } },
            (b, r) =>
            {
                Assert.Empty(r.Conflicts);
                Assert.Equal(new DateOnly(2028, 6, 30), r.Plan.Project.Period!.End);
                Assert.Equal(0.25m, r.Plan.Budget.Funding.OwnFundingShare);
                Assert.Contains(r.Changes, c => c is { Kind: "budget.funding", Field: "ownFundingShare", Change: ChangeKind.TakenFromDocument });
                Assert.Contains(r.Changes, c => c is { Kind: "project", Field: "period.end", Change: ChangeKind.KeptFromSaved });
            }),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Merges(Case c)
    {
        var b = Base();
        var result = PlanMerge.Merge(b, c.Ours(PlanIds.Copy(b)), c.Theirs(PlanIds.Copy(b)));
        c.Expect(b, result);
        Assert.True(PlanIds.IsComplete(result.Plan));
    }

    // Deciding a conflict for the document takes its value; for saved keeps the web's; undecided stays unresolved.
    [Theory]
    [InlineData("document", "Nimi asiakirjassa", "Toinen asiakirjassa")]
    [InlineData("saved", "Nimi webissä", "Toinen webissä")]
    public void Resolve_takes_the_chosen_side(string side, string name, string title)
    {
        var b = Base();
        var ours = Risk(Project(PlanIds.Copy(b), x => x with { Name = "Nimi webissä" }), "R2", r => r with { Title = "Toinen webissä" });
        var theirs = Risk(Project(PlanIds.Copy(b), x => x with { Name = "Nimi asiakirjassa" }), "R2", r => r with { Title = "Toinen asiakirjassa" });
        var merged = PlanMerge.Merge(b, ours, theirs);
        Assert.Equal(2, merged.Conflicts.Count);

        var one = PlanMerge.Resolve(merged, new Dictionary<string, MergeSide> { ["project.name"] = PlanMerge.ParseSide(side)!.Value });
        Assert.False(one.IsResolved);
        Assert.Equal(name, one.Plan.Project.Name);

        var all = PlanMerge.TakeAll(merged, PlanMerge.ParseSide(side)!.Value);
        Assert.True(all.IsResolved);
        Assert.Equal((name, title), (all.Plan.Project.Name, all.Plan.Risks[1].Title));
        Assert.All(all.Conflicts, x => Assert.Equal(PlanMerge.ParseSide(side), x.Decision));
    }

    // A removal conflict decided for the document removes the item; for saved keeps the web's version of it.
    [Theory]
    [InlineData(MergeSide.Document, new[] { "R1", "R2" })]
    [InlineData(MergeSide.Saved, new[] { "R1", "R2", "R3" })]
    public void Resolve_a_removal(MergeSide side, string[] codes)
    {
        var b = Base();
        var ours = Risk(PlanIds.Copy(b), "R3", r => r with { Owner = "Tietohallinto" });
        var theirs = PlanIds.Copy(b);
        theirs.Risks.RemoveAt(2);
        var result = PlanMerge.TakeAll(PlanMerge.Merge(b, ours, theirs), side);
        Assert.Equal(codes, result.Plan.Risks.Select(r => r.Code));
    }

    // The import's report is the document's: a new import brings its own, never a conflict.
    [Fact]
    public void Import_report_is_taken()
    {
        var b = Base() with { Import = new ImportInfo { File = "kylatalot.docx", TotalWords = 100 } };
        var ours = b with { Import = new ImportInfo { File = "kylatalot.docx", TotalWords = 101 } };
        var theirs = b with { Import = new ImportInfo { File = "kylatalot-v2.docx", TotalWords = 120 } };
        var result = PlanMerge.Merge(b, ours, theirs);
        Assert.Empty(result.Conflicts);
        Assert.Equal(120, result.Plan.Import!.TotalWords);
    }

    // A re-import: the new document has no ids of its own; its items get the base's ids, so a web correction
    // stays and the document's change comes in. A risk added in the web and then written into the document is one risk.
    [Fact]
    public void Reimport_matches_the_document_to_the_base_and_to_the_webs_new_items()
    {
        var b = Base();
        var ours = Project(PlanIds.Copy(b), x => x with { CaseNumber = "VN/555/2026" });
        ours.Risks.Add(new Risk { Id = "r-web777", Code = "R4", Title = "Kuljetuspalvelu loppuu", Description = "Kunnan sopimus päättyy" });
        var document = Strip(Risk(PlanIds.Copy(b), "R2", r => r with { Description = "Esteettömyys puuttuu kahdesta talosta" }));
        document.Risks.Add(new Risk { Code = "R4", Title = "Kuljetuspalvelu loppuu", Description = "Kunnan sopimus päättyy" });

        var result = PlanMerge.Reimport(b, ours, document);

        Assert.Empty(result.Conflicts);
        Assert.Equal("VN/555/2026", result.Plan.Project.CaseNumber);
        Assert.Equal("Esteettömyys puuttuu kahdesta talosta", result.Plan.Risks[1].Description);
        Assert.Equal(b.Risks.Select(r => r.Id).Append("r-web777"), result.Plan.Risks.Select(r => r.Id));
    }

    // Without an earlier import (a plan made in the web) the saved plan is the base: the document replaces it.
    [Fact]
    public void Reimport_without_a_base_takes_the_document()
    {
        var ours = Base();
        var document = Strip(Project(PlanIds.Copy(ours), x => x with { Name = "Asiakirjan nimi" }));
        document.Risks.RemoveAt(0);
        var result = PlanMerge.Reimport(null, ours, document);
        Assert.Empty(result.Conflicts);
        Assert.Equal("Asiakirjan nimi", result.Plan.Project.Name);
        Assert.Equal(["R2", "R3"], result.Plan.Risks.Select(r => r.Code));
    }

    // An importer's plan: no ids at all.
    private static Plan Strip(Plan plan)
    {
        foreach (var list in PlanItems.Lists(plan).ToList())
        {
            for (var i = 0; i < list.Count; i++)
            {
                list.SetId(i, "");
            }
        }
        return plan;
    }
}
