using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Web.Plans.Work;

/// <summary>A part's place in the work tree as indexes from the top: [0, 1] is work[0].children[1].</summary>
public sealed record PartPlace(IReadOnlyList<int> Indexes)
{
    /// <summary>The JSON path (docs/plan-json.md) that findings and anchors use: "work[0].children[1]".</summary>
    public string Path
    {
        get
        {
            var path = new StringBuilder("work");
            for (var i = 0; i < Indexes.Count; i++)
            {
                path.Append(i == 0 ? "[" : ".children[").Append(Indexes[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            return path.ToString();
        }
    }

    /// <summary>The parent's place; null for a top-level part.</summary>
    public PartPlace? Parent => Indexes.Count > 1 ? new PartPlace(Indexes.Take(Indexes.Count - 1).ToArray()) : null;

    public int Index => Indexes[^1];

    public PartPlace Child(int index) => new([.. Indexes, index]);

    /// <summary>Whether <paramref name="other"/> is this part or lies under it: a part cannot move there.</summary>
    public bool Contains(PartPlace other) =>
        other.Indexes.Count >= Indexes.Count && Indexes.SequenceEqual(other.Indexes.Take(Indexes.Count));

    public string ActionPath(int action) => $"{Path}.actions[{action.ToString(CultureInfo.InvariantCulture)}]";

    public bool Equals(PartPlace? other) => other is not null && Indexes.SequenceEqual(other.Indexes);

    public override int GetHashCode() => Indexes.Aggregate(17, (h, i) => h * 31 + i);

    public override string ToString() => Path;
}

/// <summary>
/// The edits of the work structure (<see cref="Plan.Work"/>): find, add, replace, move and delete parts
/// and actions by their path. They change the lists they are given, so callers give them the private copy
/// of the plan <see cref="PlanEdits"/> hands to an edit. Each returns null or false when the path points
/// nowhere, so a form made on an older tree cannot change the wrong item.
/// </summary>
public static partial class WorkTree
{
    /// <summary>"work[0].children[1]" → [0, 1]; null for anything else, an action's path included.</summary>
    public static PartPlace? ParsePart(string? path)
    {
        var match = PartPathPattern().Match(path ?? "");
        return match.Success ? new PartPlace(Indexes(match)) : null;
    }

    /// <summary>"work[0].actions[2]" → the part's place and 2; null for anything else.</summary>
    public static (PartPlace Part, int Action)? ParseAction(string? path)
    {
        var match = ActionPathPattern().Match(path ?? "");
        return match.Success
            ? (new PartPlace(Indexes(match)), int.Parse(match.Groups["action"].Value, CultureInfo.InvariantCulture))
            : null;
    }

    public static WorkPart? Find(IReadOnlyList<WorkPart> work, PartPlace place) =>
        SiblingsOf(work, place) is { } siblings && place.Index < siblings.Count ? siblings[place.Index] : null;

    public static WorkAction? FindAction(IReadOnlyList<WorkPart> work, PartPlace part, int action) =>
        Find(work, part) is { } p && action >= 0 && action < p.Actions.Count ? p.Actions[action] : null;

    /// <summary>Every part depth-first in the plan's order, with its place and depth (0 at the top).</summary>
    public static IEnumerable<(PartPlace Place, WorkPart Part, int Depth)> Walk(IReadOnlyList<WorkPart> work) => Walk(work, null);

    private static IEnumerable<(PartPlace Place, WorkPart Part, int Depth)> Walk(IReadOnlyList<WorkPart> parts, PartPlace? parent)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var place = parent?.Child(i) ?? new PartPlace([i]);
            yield return (place, parts[i], place.Indexes.Count - 1);
            foreach (var below in Walk(parts[i].Children, place))
            {
                yield return below;
            }
        }
    }

    /// <summary>
    /// Whether another part already has <paramref name="code"/>, compared without case and surrounding
    /// spaces ("tp1" is "TP1"): codes name parts in budgets and findings, so two parts must not share one.
    /// </summary>
    public static bool CodeTaken(IReadOnlyList<WorkPart> work, string code, PartPlace? except = null) =>
        Walk(work).Any(p => (except is null || !p.Place.Equals(except)) && SameCode(p.Part.Code, code));

    /// <summary>Whether another action of the same part already has <paramref name="code"/>.</summary>
    public static bool ActionCodeTaken(WorkPart part, string code, int? except = null) =>
        part.Actions.Where((_, i) => i != except).Any(a => SameCode(a.Code, code));

    public static bool SameCode(string? a, string? b) =>
        string.Equals((a ?? "").Trim(), (b ?? "").Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds a part last under <paramref name="parent"/> (null: at the top); its place, or null if the parent is not there.</summary>
    public static PartPlace? Add(List<WorkPart> work, PartPlace? parent, WorkPart part)
    {
        var list = parent is null ? work : Find(work, parent)?.Children;
        if (list is null)
        {
            return null;
        }
        list.Add(part);
        return parent?.Child(list.Count - 1) ?? new PartPlace([list.Count - 1]);
    }

    public static bool Replace(List<WorkPart> work, PartPlace place, WorkPart part)
    {
        if (SiblingsOf(work, place) is not { } siblings || place.Index >= siblings.Count)
        {
            return false;
        }
        siblings[place.Index] = part;
        return true;
    }

    /// <summary>Removes a part with everything under it.</summary>
    public static bool Delete(List<WorkPart> work, PartPlace place)
    {
        if (SiblingsOf(work, place) is not { } siblings || place.Index >= siblings.Count)
        {
            return false;
        }
        siblings.RemoveAt(place.Index);
        return true;
    }

    /// <summary>Swaps a part with its previous (<paramref name="step"/> -1) or next (+1) sibling; its new place, or null at the end of the list.</summary>
    public static PartPlace? Move(List<WorkPart> work, PartPlace place, int step)
    {
        if (SiblingsOf(work, place) is not { } siblings || !Swap(siblings, place.Index, step))
        {
            return null;
        }
        return place.Parent?.Child(place.Index + step) ?? new PartPlace([place.Index + step]);
    }

    /// <summary>
    /// Moves a part with everything under it to the end of <paramref name="newParent"/>'s children
    /// (null: the top level). Refused (null) when the new parent is the part itself or lies under it,
    /// which would cut the branch off the tree.
    /// </summary>
    public static PartPlace? Reparent(List<WorkPart> work, PartPlace place, PartPlace? newParent)
    {
        if (newParent is not null && place.Contains(newParent))
        {
            return null;
        }
        var part = Find(work, place);
        var target = newParent is null ? null : Find(work, newParent);
        if (part is null || (newParent is not null && target is null))
        {
            return null;
        }
        if (Equals(place.Parent, newParent))
        {
            return place;
        }
        // Removing the part shifts the indexes of later siblings, which may hold the new parent:
        // the new parent is found again by reference afterwards.
        Delete(work, place);
        var list = target?.Children ?? work;
        list.Add(part);
        return Locate(work, part);
    }

    /// <summary>
    /// The place <see cref="Reparent"/> will give the part, worked out without changing the tree: the
    /// address the page returns to after the save. Null when the move is refused.
    /// </summary>
    public static PartPlace? PlaceAfterReparent(IReadOnlyList<WorkPart> work, PartPlace place, PartPlace? newParent)
    {
        if (Find(work, place) is null || (newParent is not null && place.Contains(newParent)))
        {
            return null;
        }
        if (Equals(place.Parent, newParent))
        {
            return place;
        }
        if (newParent is null)
        {
            return new PartPlace([work.Count]);
        }
        if (Find(work, newParent) is not { } target)
        {
            return null;
        }
        // The part leaves its list first: a new parent under a later sibling of the part moves up by one.
        var level = place.Indexes.Count - 1;
        var indexes = newParent.Indexes.ToArray();
        if (indexes.Length > level && indexes.Take(level).SequenceEqual(place.Indexes.Take(level)) && indexes[level] > place.Index)
        {
            indexes[level]--;
        }
        return new PartPlace(indexes).Child(target.Children.Count);
    }

    /// <summary>The place of a part found by reference.</summary>
    public static PartPlace? Locate(IReadOnlyList<WorkPart> work, WorkPart part) =>
        Walk(work).Where(p => ReferenceEquals(p.Part, part)).Select(p => p.Place).FirstOrDefault();

    /// <summary>Swaps an action with its neighbour in its part; false at the end of the list.</summary>
    public static bool MoveAction(List<WorkPart> work, PartPlace part, int action, int step) =>
        Find(work, part) is { } p && Swap(p.Actions, action, step);

    private static bool Swap<T>(List<T> list, int index, int step)
    {
        var other = index + step;
        if (index < 0 || index >= list.Count || other < 0 || other >= list.Count)
        {
            return false;
        }
        (list[index], list[other]) = (list[other], list[index]);
        return true;
    }

    /// <summary>The list that holds the part at <paramref name="place"/> (it may be past the list's end).</summary>
    private static List<WorkPart>? SiblingsOf(IReadOnlyList<WorkPart> work, PartPlace place)
    {
        IReadOnlyList<WorkPart> list = work;
        foreach (var index in place.Indexes.Take(place.Indexes.Count - 1))
        {
            if (index < 0 || index >= list.Count)
            {
                return null;
            }
            list = list[index].Children;
        }
        return list as List<WorkPart>;
    }

    private static int[] Indexes(Match match) =>
        [int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture),
         .. match.Groups["child"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"^work\[(?<first>\d{1,6})\](?:\.children\[(?<child>\d{1,6})\])*$")]
    private static partial Regex PartPathPattern();

    [GeneratedRegex(@"^work\[(?<first>\d{1,6})\](?:\.children\[(?<child>\d{1,6})\])*\.actions\[(?<action>\d{1,6})\]$")]
    private static partial Regex ActionPathPattern();
}
