using Hankevahti.Plans;
using Hankevahti.Text;

namespace Hankevahti.Versions;

/// <summary>
/// Matches the items of a new plan (a new import of a project's document) to those of the version it
/// follows, and gives each matched item the id it had; an item that cannot be matched is new (a new id
/// that no earlier item had) and a previous item left unmatched is removed. Never a silent rename: two
/// items are the same only by code, by words close enough, or by place with some words in common.
/// </summary>
/// <remarks>
/// Items are matched within their kind wherever they stand (a work part moved under another part keeps
/// its id), in three rounds: (1) the same code, under the same parent first when codes repeat between
/// parents (actions "A", "B" under every part); (2) title and text alike (word overlap ≥ 0.5, or ≥ 0.8
/// when both have codes that differ: a renumbered item); (3) the same place in the same list with a
/// little overlap (≥ 0.25). The new plan's own ids are not trusted: an importer's "g1" is just a place.
/// </remarks>
public static class PlanMatcher
{
    private const double SimilarText = 0.5;
    private const double SimilarRecoded = 0.8;
    private const double SimilarAtPlace = 0.25;

    /// <param name="previous">The version the new plan follows, with ids.</param>
    /// <param name="incoming">The new plan; it is not changed.</param>
    /// <param name="reserved">Ids new items must not take besides the previous plan's (ids of earlier versions).</param>
    public static PlanMatch Match(Plan previous, Plan incoming, IReadOnlySet<string>? reserved = null)
    {
        var plan = PlanIds.Copy(incoming) with { SchemaVersion = PlanIds.CurrentSchemaVersion };
        // The renaming below is keyed by the new plan's ids: they must be there and be unique first.
        PlanIds.FillInPlace(plan, reserved: null);
        var olds = Items(PlanItems.Lists(previous).ToList());
        var news = Items(PlanItems.Lists(plan).ToList());
        // The new plan's item → the previous plan's item it is.
        var matchedTo = new Dictionary<Item, Item>();
        var how = new Dictionary<Item, MatchKind>();
        // The new plan's id of a matched item → the previous plan's id, for finding a child's parent.
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in news.Select(i => i.Kind).Concat(olds.Select(i => i.Kind)).Distinct())
        {
            var oldOfKind = olds.Where(i => i.Kind == kind).ToList();
            var newOfKind = news.Where(i => i.Kind == kind).ToList();
            MatchKindItems(oldOfKind, newOfKind, matchedTo, how, parents);
        }

        var used = PlanIds.All(previous);
        if (reserved is not null)
        {
            used.UnionWith(reserved);
        }
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var matches = new List<ItemMatch>();
        var added = new List<ItemRef>();
        // Matched items first, so a new item's id can never take the id a matched one is about to get.
        foreach (var item in news)
        {
            if (matchedTo.TryGetValue(item, out var old))
            {
                renamed[item.Id] = old.Id;
                matches.Add(new ItemMatch(item.Kind, old.Id, how[item]));
            }
        }
        foreach (var item in news.Where(i => !matchedTo.ContainsKey(i)))
        {
            var id = PlanIds.NewId(item.List.Prefix, ParentOf(item, renamed), item.Code ?? item.Text, used);
            renamed[item.Id] = id;
            added.Add(new ItemRef(item.Kind, id, Label(item)));
        }
        foreach (var item in news)
        {
            item.List.SetId(item.Index, renamed[item.Id]);
        }
        var matchedOld = matchedTo.Values.ToHashSet();
        var removed = olds.Where(o => !matchedOld.Contains(o)).Select(o => new ItemRef(o.Kind, o.Id, Label(o))).ToList();
        plan = Relink(plan, renamed);
        return new PlanMatch(plan, matches, added, removed);
    }

    private static void MatchKindItems(List<Item> olds, List<Item> news, Dictionary<Item, Item> matchedTo, Dictionary<Item, MatchKind> how, Dictionary<string, string> parents)
    {
        var taken = new HashSet<Item>();
        void Pair(Item n, Item o, MatchKind kind)
        {
            matchedTo[n] = o;
            how[n] = kind;
            taken.Add(o);
            parents[n.Id] = o.Id;
        }
        string? ParentMatch(Item item) => item.ParentId is { } p && parents.TryGetValue(p, out var id) ? id : null;
        bool Free(Item n) => !matchedTo.ContainsKey(n);

        // (1) Codes: under the same (matched) parent first, then the same code anywhere when it is unique on both sides.
        foreach (var n in news.Where(n => n.Code is not null))
        {
            var parent = ParentMatch(n);
            var same = olds.Where(o => !taken.Contains(o) && o.Code == n.Code && (n.ParentId is null ? o.ParentId is null : o.ParentId == parent)).ToList();
            if (same.Count > 0)
            {
                Pair(n, Best(n, same), MatchKind.Code);
            }
        }
        foreach (var n in news.Where(n => n.Code is not null && Free(n)))
        {
            var same = olds.Where(o => !taken.Contains(o) && o.Code == n.Code).ToList();
            if (same.Count == 1 && news.Count(x => x.Code == n.Code) == 1)
            {
                Pair(n, same[0], MatchKind.Code);
            }
        }

        // (2) Words: the most alike pairs first.
        var candidates = new List<(Item New, Item Old, double Score)>();
        foreach (var n in news.Where(Free))
        {
            foreach (var o in olds.Where(o => !taken.Contains(o)))
            {
                var score = Similarity(n, o);
                var needed = n.Code is not null && o.Code is not null && n.Code != o.Code ? SimilarRecoded : SimilarText;
                if (score >= needed)
                {
                    candidates.Add((n, o, score));
                }
            }
        }
        foreach (var (n, o, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.New.Order).ThenBy(c => c.Old.Order))
        {
            if (Free(n) && !taken.Contains(o))
            {
                Pair(n, o, MatchKind.Text);
            }
        }

        // (3) Place: the n-th unmatched item of a list and the n-th unmatched of the same list in the previous
        // plan (the same matched parent); the children of a part that was not matched have no list to pair with.
        string PlaceOf(Item item, string? parent) => $"{parent}\n{item.List.Path[(item.List.Path.LastIndexOf(']') + 1)..]}";
        var freeOld = olds.Where(o => !taken.Contains(o)).GroupBy(o => PlaceOf(o, o.ParentId)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var group in news.Where(Free).Where(n => n.ParentId is null || ParentMatch(n) is not null).GroupBy(n => PlaceOf(n, ParentMatch(n))))
        {
            if (!freeOld.TryGetValue(group.Key, out var sameList))
            {
                continue;
            }
            var freeNew = group.ToList();
            for (var i = 0; i < Math.Min(freeNew.Count, sameList.Count); i++)
            {
                var n = freeNew[i];
                var o = sameList[i];
                var bothCoded = n.Code is not null && o.Code is not null;
                if (!bothCoded && (Similarity(n, o) >= SimilarAtPlace || (n.Words.Count == 0 && o.Words.Count == 0)))
                {
                    Pair(n, o, MatchKind.Place);
                }
            }
        }
    }

    private static string? ParentOf(Item item, Dictionary<string, string> renamed) =>
        item.ParentId is { } p && renamed.TryGetValue(p, out var id) ? id : item.ParentId;

    private static Item Best(Item n, List<Item> olds) => olds.Count == 1 ? olds[0] : olds.OrderByDescending(o => Similarity(n, o)).ThenBy(o => o.Order).First();

    /// <summary>Dice coefficient of the two items' word sets: 1 for the same words, 0 for none in common.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var common = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }

    private static double Similarity(Item a, Item b) => Similarity(a.Words, b.Words);

    /// <summary>The words of a text for matching: lower case, letters and digits, in a set.</summary>
    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start > 1)
                {
                    words.Add(text[start..i].ToLowerInvariant());
                }
                start = -1;
            }
        }
        return words;
    }

    private static string Label(Item item)
    {
        var text = item.Text.Length > 80 ? item.Text[..80] + "…" : item.Text;
        return item.Code is { } code && !text.StartsWith(code, StringComparison.Ordinal) ? $"{code} {text}".Trim() : text;
    }

    /// <summary>Goals name their indicators, outcomes their goals, by id: they follow a renaming (old id → new), in place.</summary>
    internal static Plan Relink(Plan plan, Dictionary<string, string> renamed)
    {
        List<string> Map(List<string> ids) => ids.Select(id => renamed.TryGetValue(id, out var to) ? to : id).ToList();
        for (var i = 0; i < plan.Goals.Count; i++)
        {
            plan.Goals[i] = plan.Goals[i] with { IndicatorIds = Map(plan.Goals[i].IndicatorIds) };
        }
        for (var i = 0; i < plan.Outcomes.Count; i++)
        {
            plan.Outcomes[i] = plan.Outcomes[i] with { GoalIds = Map(plan.Outcomes[i].GoalIds) };
        }
        return plan;
    }

    private static List<Item> Items(List<IItemList> lists)
    {
        var items = new List<Item>();
        foreach (var list in lists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                items.Add(new Item(list, i, list.IdAt(i), list.Kind, list.ParentId, Code(list.CodeAt(i)), list.TextAt(i), Words(list.TextAt(i)), items.Count));
            }
        }
        return items;
    }

    private static string? Code(string? code) => code is null ? null : CleanText.SqueezeSpaces(code).Trim().TrimEnd('.', ':').ToLowerInvariant() is { Length: > 0 } c ? c : null;

    private sealed record Item(IItemList List, int Index, string Id, string Kind, string? ParentId, string? Code, string Text, HashSet<string> Words, int Order)
    {
        // Items are one each: equal only to themselves, whatever their words.
        public bool Equals(Item? other) => ReferenceEquals(this, other);
        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
    }
}

/// <summary>How an item of a new plan was found to be one of the previous version.</summary>
public enum MatchKind { Code, Text, Place }

/// <summary>The new plan with the previous version's ids on its matched items, and what was matched, added and removed.</summary>
public sealed record PlanMatch(Plan Plan, IReadOnlyList<ItemMatch> Matched, IReadOnlyList<ItemRef> Added, IReadOnlyList<ItemRef> Removed);

public sealed record ItemMatch(string Kind, string Id, MatchKind How);

/// <summary>An item by kind and id, with a short label for people ("R3 Henkilöstön vaihtuvuus").</summary>
public sealed record ItemRef(string Kind, string Id, string Label);
