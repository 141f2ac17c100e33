using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hankevahti.Versions.Merge;

/// <summary>
/// The three-way merge on the plans' JSON trees: objects property by property, arrays of objects with
/// an <c>id</c> item by item (by id, whatever their place), anything else (text, numbers, lists of
/// strings, target values, schedule periods) as one value. A value equal on both sides is kept; changed
/// on one side only, that side's is taken; changed on both to different values, a conflict, decided by
/// <c>decisions</c> or, undecided, left at the saved value.
/// </summary>
internal sealed class JsonMerger(IReadOnlyDictionary<string, (string Kind, string Label)> items, IReadOnlyDictionary<string, MergeSide>? decisions)
{
    private static readonly JsonSerializerOptions Display = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public List<MergeConflict> Conflicts { get; } = [];
    public List<MergeChange> Changes { get; } = [];

    /// <summary>Whose a value is: the nearest item, or outside items the top-level object ("project", "budget.funding").</summary>
    private sealed record Owner(string Kind, string? Id, string Label, string Path);

    public JsonNode? MergeRoot(JsonNode b, JsonNode o, JsonNode t) => Node("", new Owner("", null, "", ""), b, o, t);

    private JsonNode? Node(string path, Owner owner, JsonNode? b, JsonNode? o, JsonNode? t)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        // Where a value was found in the document, and the import's report, are the document's facts.
        if (name == "source" || path == "import")
        {
            return t?.DeepClone();
        }
        if (JsonNode.DeepEquals(o, t))
        {
            return o?.DeepClone();
        }
        if (o is JsonObject oo && t is JsonObject to && b is null or JsonObject)
        {
            return Object(path, owner, b as JsonObject, oo, to);
        }
        if (IsItemList(b) && IsItemList(o) && IsItemList(t) && (o is JsonArray || t is JsonArray))
        {
            return List(path, owner, b as JsonArray, o as JsonArray, t as JsonArray);
        }
        var (kind, id, label, field) = Describe(owner, path);
        if (JsonNode.DeepEquals(o, b))
        {
            Changes.Add(new MergeChange(ChangeKind.TakenFromDocument, path, kind, id, label, field));
            return t?.DeepClone();
        }
        if (JsonNode.DeepEquals(t, b))
        {
            Changes.Add(new MergeChange(ChangeKind.KeptFromSaved, path, kind, id, label, field));
            return o?.DeepClone();
        }
        var decision = Decide(path);
        Conflicts.Add(new MergeConflict(path, ConflictKind.Field, kind, id, label, field, Text(b), Text(o), Text(t), decision));
        return (decision == MergeSide.Document ? t : o)?.DeepClone();
    }

    private JsonObject Object(string path, Owner owner, JsonObject? b, JsonObject o, JsonObject t)
    {
        var result = new JsonObject();
        var names = t.Select(p => p.Key).Concat(o.Select(p => p.Key)).Concat(b?.Select(p => p.Key) ?? []).Distinct();
        foreach (var name in names)
        {
            var child = path.Length == 0 ? name : $"{path}.{name}";
            // Outside items, each top-level object owns its fields, and the budget's funding its own.
            var childOwner = owner.Id is null && (path.Length == 0 || path == "budget") && (o[name] ?? t[name]) is JsonObject
                ? new Owner(child, null, "", child)
                : owner;
            if (Node(child, childOwner, b?[name], o[name], t[name]) is { } value)
            {
                result[name] = value;
            }
        }
        return result;
    }

    private JsonArray? List(string path, Owner owner, JsonArray? b, JsonArray? o, JsonArray? t)
    {
        var bs = ById(b);
        var os = ById(o);
        var ts = ById(t);
        var kept = new List<(string Id, JsonNode Node)>();
        var keptIds = new HashSet<string>(StringComparer.Ordinal);
        void Keep(string id, JsonNode node, int at = -1)
        {
            if (at < 0)
            {
                kept.Add((id, node));
            }
            else
            {
                kept.Insert(at, (id, node));
            }
            keptIds.Add(id);
        }

        // The document's order first: it is the document's list. Items only the web has are then put
        // after the item they followed in the saved version.
        foreach (var (id, ti) in ts)
        {
            var item = Item(path, id, owner);
            var bi = bs.GetValueOrDefault(id);
            var oi = os.GetValueOrDefault(id);
            if (oi is not null)
            {
                if (bi is null)
                {
                    Changes.Add(new MergeChange(ChangeKind.AddedByDocument, item.Path, item.Kind, id, item.Label, ""));
                }
                Keep(id, Node(item.Path, item, bi, oi, ti)!);
            }
            else if (bi is null)
            {
                Changes.Add(new MergeChange(ChangeKind.AddedByDocument, item.Path, item.Kind, id, item.Label, ""));
                Keep(id, ti.DeepClone());
            }
            else if (JsonNode.DeepEquals(WithoutSource(ti), WithoutSource(bi)))
            {
                Changes.Add(new MergeChange(ChangeKind.RemovedBySaved, item.Path, item.Kind, id, item.Label, ""));
            }
            else
            {
                var decision = Decide(item.Path);
                Conflicts.Add(new MergeConflict(item.Path, ConflictKind.RemovedInSaved, item.Kind, id, item.Label, "",
                    item.Label, null, Changed(bi, ti), decision));
                if (decision == MergeSide.Document)
                {
                    Keep(id, ti.DeepClone());
                }
            }
        }
        string? previous = null;
        foreach (var (id, oi) in os)
        {
            if (!ts.ContainsKey(id))
            {
                var item = Item(path, id, owner);
                var bi = bs.GetValueOrDefault(id);
                var keep = true;
                if (bi is null)
                {
                    Changes.Add(new MergeChange(ChangeKind.AddedBySaved, item.Path, item.Kind, id, item.Label, ""));
                }
                else if (JsonNode.DeepEquals(WithoutSource(oi), WithoutSource(bi)))
                {
                    Changes.Add(new MergeChange(ChangeKind.RemovedByDocument, item.Path, item.Kind, id, item.Label, ""));
                    keep = false;
                }
                else
                {
                    var decision = Decide(item.Path);
                    Conflicts.Add(new MergeConflict(item.Path, ConflictKind.RemovedInDocument, item.Kind, id, item.Label, "",
                        item.Label, Changed(bi, oi), null, decision));
                    keep = decision != MergeSide.Document;
                }
                if (keep)
                {
                    var at = previous is null ? 0 : kept.FindIndex(k => k.Id == previous) + 1;
                    Keep(id, oi.DeepClone(), at);
                }
            }
            if (keptIds.Contains(id))
            {
                previous = id;
            }
        }
        foreach (var (id, _) in bs)
        {
            if (!os.ContainsKey(id) && !ts.ContainsKey(id))
            {
                var item = Item(path, id, owner);
                Changes.Add(new MergeChange(ChangeKind.RemovedByDocument, item.Path, item.Kind, id, item.Label, ""));
            }
        }
        if (kept.Count == 0)
        {
            // Empty lists are left out of the canonical JSON.
            return null;
        }
        return new JsonArray(kept.Select(k => k.Node).ToArray());
    }

    private Owner Item(string listPath, string id, Owner parent)
    {
        var (kind, label) = items.TryGetValue(id, out var known) ? known : (listPath[(listPath.LastIndexOf('.') + 1)..], id);
        return new Owner(kind, id, label, $"{listPath}[{id}]");
    }

    private MergeSide? Decide(string key) => decisions is not null && decisions.TryGetValue(key, out var side) ? side : null;

    private static (string Kind, string? Id, string Label, string Field) Describe(Owner owner, string path) =>
        (owner.Kind, owner.Id, owner.Label, owner.Path.Length == 0 ? path : path.Length > owner.Path.Length ? path[(owner.Path.Length + 1)..] : "");

    // True for an array whose items are objects with ids (or a missing list, which the canonical JSON leaves out when empty).
    private static bool IsItemList(JsonNode? node) =>
        node is null || node is JsonArray { Count: > 0 } a && a.All(i => i is JsonObject x && x["id"] is JsonValue v && v.GetValueKind() == JsonValueKind.String);

    private static List<(string Id, JsonObject Node)> ByIdList(JsonArray? array) =>
        array is null ? [] : array.Select(i => ((string)i!["id"]!, (JsonObject)i)).ToList();

    private static OrderedById ById(JsonArray? array)
    {
        var map = new OrderedById();
        foreach (var (id, node) in ByIdList(array))
        {
            map.TryAdd(id, node);
        }
        return map;
    }

    private static JsonNode WithoutSource(JsonObject item)
    {
        var copy = (JsonObject)item.DeepClone();
        copy.Remove("source");
        return copy;
    }

    // "changed: title, description" for an item one side changed and the other removed.
    private static string Changed(JsonObject before, JsonObject after)
    {
        var names = after.Select(p => p.Key).Concat(before.Select(p => p.Key)).Distinct()
            .Where(n => n != "source" && !JsonNode.DeepEquals(before[n], after[n]));
        return string.Join(", ", names);
    }

    /// <summary>A value as text for people: text as it is, a list of texts one after another, anything else as compact JSON.</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonArray a when a.All(i => i is JsonValue s && s.GetValueKind() == JsonValueKind.String) => string.Join("; ", a.Select(i => i!.GetValue<string>())),
        _ => node.ToJsonString(Display),
    };

    /// <summary>Items by id in their order (a dictionary keeps insertion order only while nothing is removed; nothing is).</summary>
    private sealed class OrderedById : IEnumerable<KeyValuePair<string, JsonObject>>
    {
        private readonly List<KeyValuePair<string, JsonObject>> order = [];
        private readonly Dictionary<string, JsonObject> map = new(StringComparer.Ordinal);

        public void TryAdd(string id, JsonObject node)
        {
            if (map.TryAdd(id, node))
            {
                order.Add(new(id, node));
            }
        }

        public bool ContainsKey(string id) => map.ContainsKey(id);
        public JsonObject? GetValueOrDefault(string id) => map.GetValueOrDefault(id);
        public IEnumerator<KeyValuePair<string, JsonObject>> GetEnumerator() => order.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
