using Hankevahti.Plans;
using Hankevahti.Web.Plans.Work;

namespace Hankevahti.Web.Tests.Work;

/// <summary>The edits of the work tree: moving among siblings, moving under another part, and the codes' uniqueness.</summary>
public sealed class WorkTreeTests
{
    // The tree every case starts from:
    // A ─ A1 ─ A1a
    //   └ A2
    // B ─ B1
    // C
    private static List<WorkPart> Tree() =>
    [
        Part("A", Part("A1", Part("A1a")), Part("A2")),
        Part("B", Part("B1")),
        Part("C"),
    ];

    private static WorkPart Part(string code, params WorkPart[] children) => new() { Code = code, Title = "t " + code, Children = [.. children] };

    /// <summary>The tree as "A(A1(A1a),A2),B(B1),C".</summary>
    private static string Shape(IEnumerable<WorkPart> parts) =>
        string.Join(",", parts.Select(p => p.Children.Count == 0 ? p.Code : $"{p.Code}({Shape(p.Children)})"));

    private static PartPlace At(params int[] indexes) => new(indexes);

    public static TheoryData<string, int[], int, string?, int[]?> Moves => new()
    {
        // The second child moves above the first; its new place is index 0.
        { "A2 up", [0, 1], -1, "A(A2,A1(A1a)),B(B1),C", [0, 0] },
        // A top-level part moves down with everything under it.
        { "B down", [1], 1, "A(A1(A1a),A2),C,B(B1)", [2] },
        // The first part cannot move up: nothing changes.
        { "A up", [0], -1, null, null },
        // The last part cannot move down.
        { "C down", [2], 1, null, null },
        // An only child has nowhere to go.
        { "A1a down", [0, 0, 0], 1, null, null },
        // A place that is not in the tree changes nothing.
        { "missing", [5], -1, null, null },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void Move_swaps_a_part_with_its_sibling(string name, int[] from, int step, string? shape, int[]? to)
    {
        var work = Tree();
        var place = WorkTree.Move(work, At(from), step);

        Assert.True(shape is null ? place is null : place is not null, name);
        Assert.Equal(shape ?? Shape(Tree()), Shape(work));
        if (to is not null)
        {
            Assert.Equal(At(to), place);
        }
    }

    public static TheoryData<string, int[], int[]?, string?, int[]?> Reparents => new()
    {
        // A child moves to the top level, last.
        { "A2 to top", [0, 1], null, "A(A1(A1a)),B(B1),C,A2", [3] },
        // A later part moves under an earlier one: no index shifts.
        { "C under A1", [2], [0, 0], "A(A1(A1a,C),A2),B(B1)", [0, 0, 1] },
        // The new parent is a later sibling's child: it moves up by one when A leaves the top list.
        { "A under B1", [0], [1, 0], "B(B1(A(A1(A1a),A2))),C", [0, 0, 0] },
        // The same at a deeper level: A2 becomes A's first child when A1 leaves.
        { "A1 under A2", [0, 0], [0, 1], "A(A2(A1(A1a))),B(B1),C", [0, 0, 0] },
        // A part from another branch joins A's children, last.
        { "B1 under A", [1, 0], [0], "A(A1(A1a),A2,B1),B,C", [0, 2] },
        // Under its own parent again: nothing moves.
        { "A1 under A", [0, 0], [0], "A(A1(A1a),A2),B(B1),C", [0, 0] },
        // Under its own descendant: refused, the branch would be cut off the tree.
        { "A under A1a", [0], [0, 0, 0], null, null },
        // Under itself: refused.
        { "A under A", [0], [0], null, null },
        // Under a part that is not there: refused.
        { "C under missing", [2], [7], null, null },
    };

    [Theory]
    [MemberData(nameof(Reparents))]
    public void Reparent_moves_a_branch_under_another_part_but_never_under_itself(string name, int[] from, int[]? parent, string? shape, int[]? to)
    {
        var work = Tree();
        var predicted = WorkTree.PlaceAfterReparent(work, At(from), parent is null ? null : At(parent));
        var place = WorkTree.Reparent(work, At(from), parent is null ? null : At(parent));

        Assert.True(shape is null ? place is null : place is not null, name);
        Assert.Equal(shape ?? Shape(Tree()), Shape(work));
        // The page returns to the place it works out before saving: it must be where the part went.
        Assert.Equal(place, predicted);
        if (to is not null)
        {
            Assert.Equal(At(to), place);
            // The part found there is the one that moved.
            Assert.Equal(WorkTree.Find(Tree(), At(from))!.Code, WorkTree.Find(work, place!)!.Code);
        }
    }

    public static TheoryData<string, string, int[]?, bool> Codes => new()
    {
        // Another part has the code.
        { "exact", "B1", null, true },
        // Codes are compared without case: "b1" is B1.
        { "other case", "b1", null, true },
        // Spaces around the code do not make it new.
        { "spaces", "  A1a ", null, true },
        // A code nobody has.
        { "new", "D", null, false },
        // The part's own code is not a clash with itself.
        { "own code", "a2", [0, 1], false },
        // Another part's code is a clash even when editing.
        { "other's code", "A", [0, 1], true },
        // A prefix of a code is a different code.
        { "prefix", "A1x", null, false },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_code_is_taken_when_another_part_anywhere_in_the_tree_has_it(string name, string code, int[]? except, bool taken) =>
        Assert.True(taken == WorkTree.CodeTaken(Tree(), code, except is null ? null : At(except)), name);

    [Fact]
    public void An_action_code_is_taken_only_by_another_action_of_the_same_part()
    {
        var part = new WorkPart { Code = "1", Actions = [new WorkAction { Code = "1.A" }, new WorkAction { Code = "1.B" }] };

        Assert.True(WorkTree.ActionCodeTaken(part, "1.b"));
        Assert.False(WorkTree.ActionCodeTaken(part, "1.B", except: 1));
        Assert.False(WorkTree.ActionCodeTaken(part, "1.C"));
    }

    public static TheoryData<string, string, int[]?, int?> Paths => new()
    {
        // A top-level part.
        { "top", "work[0]", [0], null },
        // A part two levels down.
        { "nested", "work[1].children[0].children[2]", [1, 0, 2], null },
        // An action of a nested part.
        { "action", "work[0].children[1].actions[3]", [0, 1], 3 },
        // Another part of the plan is not a work path.
        { "risk", "risks[0]", null, null },
        // A path into an action's schedule is not an item the page edits.
        { "schedule", "work[0].actions[0].schedule", null, null },
        // Missing index.
        { "no index", "work", null, null },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void Paths_read_back_to_places_and_are_written_the_same_way(string name, string path, int[]? part, int? action)
    {
        if (action is { } a)
        {
            var parsed = WorkTree.ParseAction(path);
            Assert.NotNull(parsed);
            Assert.Equal(At(part!), parsed.Value.Part);
            Assert.Equal(a, parsed.Value.Action);
            Assert.Equal(path, parsed.Value.Part.ActionPath(a));
            Assert.Null(WorkTree.ParsePart(path));
        }
        else if (part is not null)
        {
            Assert.Equal(path, WorkTree.ParsePart(path)?.Path);
            Assert.Null(WorkTree.ParseAction(path));
        }
        else
        {
            Assert.True(WorkTree.ParsePart(path) is null && WorkTree.ParseAction(path) is null, name);
        }
    }

    [Fact]
    public void Add_and_delete_work_at_any_level()
    {
        var work = Tree();

        Assert.Equal(At(1, 1), WorkTree.Add(work, At(1), Part("B2")));
        Assert.Equal(At(3), WorkTree.Add(work, null, Part("D")));
        Assert.Null(WorkTree.Add(work, At(9), Part("X")));
        Assert.True(WorkTree.Delete(work, At(0)));
        Assert.False(WorkTree.Delete(work, At(0, 5)));

        Assert.Equal("B(B1,B2),C,D", Shape(work));
    }
}
