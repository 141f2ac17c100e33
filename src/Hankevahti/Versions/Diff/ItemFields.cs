using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hankevahti.Json;

namespace Hankevahti.Versions.Diff;

/// <summary>
/// An item's values as flat fields named by their JSON path inside the item ("title", "likelihood.min",
/// "schedule.periods"), each with its canonical JSON (to compare) and a short display text (to show).
/// Going through the canonical JSON means a field added to the model is compared without code here.
/// </summary>
internal static class ItemFields
{
    /// <summary>Never compared: the id is what matches items, the source only where a value stood in a document.</summary>
    private static readonly HashSet<string> Ignored = ["id", "source"];

    public const int DisplayLength = 160;

    /// <param name="item">The item or part object.</param>
    /// <param name="skip">Top-level properties left out: lists whose items are compared as items of their own ("children", "actions").</param>
    public static Dictionary<string, Field> Of(object item, IReadOnlyCollection<string> skip)
    {
        var node = JsonSerializer.SerializeToNode(item, item.GetType(), PlanJson.Options);
        var fields = new Dictionary<string, Field>(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj)
            {
                if (!skip.Contains(name))
                {
                    Add(fields, name, value);
                }
            }
        }
        return fields;
    }

    /// <summary>The fields whose values differ, in the order the item writes them (before's fields first).</summary>
    public static List<FieldChange> Compare(Dictionary<string, Field> before, Dictionary<string, Field> after)
    {
        var changes = new List<FieldChange>();
        foreach (var name in before.Keys.Concat(after.Keys.Where(k => !before.ContainsKey(k))))
        {
            before.TryGetValue(name, out var b);
            after.TryGetValue(name, out var a);
            if (b?.Json == a?.Json)
            {
                continue;
            }
            var (shownBefore, shownAfter) = Shorten(b?.Text, a?.Text);
            changes.Add(new FieldChange(name, shownBefore, shownAfter));
        }
        return changes;
    }

    private static void Add(Dictionary<string, Field> fields, string name, JsonNode? value)
    {
        if (Ignored.Contains(LastName(name)))
        {
            return;
        }
        switch (value)
        {
            case null:
                return;
            case JsonObject obj:
                foreach (var (child, childValue) in obj)
                {
                    Add(fields, $"{name}.{child}", childValue);
                }
                return;
            default:
                fields[name] = new Field(Canonical(value), Display(value));
                return;
        }
    }

    private static string LastName(string name) => name[(name.LastIndexOf('.') + 1)..];

    // The JSON without sources, so that a value read from another line of the document is the same value.
    private static string Canonical(JsonNode value) => Stripped(value)?.ToJsonString() ?? "null";

    private static JsonNode? Stripped(JsonNode? value) => value switch
    {
        JsonObject obj => new JsonObject(obj.Where(p => !Ignored.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, Stripped(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Stripped).ToArray()),
        null => null,
        _ => value.DeepClone(),
    };

    /// <summary>A value as people read it: a scalar as written, a list joined, an object by its words.</summary>
    internal static string Display(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        JsonArray array => string.Join(array.All(e => e is JsonValue) ? ", " : "; ", array.Select(Display)),
        JsonObject obj => ObjectText(obj),
        _ => value.ToJsonString(),
    };

    // An object in a list (a schedule period, an indicator target, a stated figure): its own words when it
    // has them ("150 pv", "09-10/2026"), after the year, period or kind it is for; else its values.
    private static string ObjectText(JsonObject obj)
    {
        var words = obj["text"] ?? obj["label"] ?? obj["name"];
        var prefix = string.Join(" ", new[] { "year", "period", "kind" }.Where(k => obj[k] is JsonValue).Select(k => Display(obj[k])));
        if (words is not null)
        {
            return prefix.Length > 0 ? $"{prefix}: {Display(words)}" : Display(words);
        }
        return string.Join(" ", obj.Where(p => !Ignored.Contains(p.Key) && p.Value is JsonValue).Select(p => $"{p.Key}={Display(p.Value)}"));
    }

    /// <summary>
    /// Long texts shortened around where they first differ, so that a change at the end of a section's
    /// text still shows: "…the words before and the change…".
    /// </summary>
    internal static (string? Before, string? After) Shorten(string? before, string? after)
    {
        if (before is null || after is null)
        {
            return (Cut(before, 0), Cut(after, 0));
        }
        var same = 0;
        while (same < before.Length && same < after.Length && before[same] == after[same])
        {
            same++;
        }
        var start = same > DisplayLength / 2 ? same - DisplayLength / 4 : 0;
        return (Cut(before, start), Cut(after, start));
    }

    private static string? Cut(string? text, int start)
    {
        if (text is null)
        {
            return null;
        }
        var result = new StringBuilder();
        if (start > 0)
        {
            result.Append('…');
        }
        var rest = text[Math.Min(start, text.Length)..];
        result.Append(rest.Length > DisplayLength ? rest[..DisplayLength].TrimEnd() + "…" : rest);
        return result.ToString();
    }

    internal sealed record Field(string Json, string Text);
}
