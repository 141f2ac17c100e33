using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Hankevahti.Plans;

namespace Hankevahti.Versions;

/// <summary>
/// Gives ids to the items of a plan that have none (an import, a plan of schema version 1, an item
/// added in the web) and keeps every id it finds. A new id is the kind's prefix and six letters from a
/// hash of the item's code or words and its parent ("r-k3m9qa"): the same plan always gets the same
/// ids, and an unchanged item imported twice gets the same id without any matching. Ids are unique in
/// the plan; a repeated one is replaced on its second occurrence.
/// </summary>
public static class PlanIds
{
    /// <summary>The schema version whose items have ids (docs/plan-json.md).</summary>
    public const int CurrentSchemaVersion = 2;

    private const string Letters = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>True when every item has an id, no id is used twice and the schema version is current.</summary>
    public static bool IsComplete(Plan plan)
    {
        if (plan.SchemaVersion != CurrentSchemaVersion)
        {
            return false;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in PlanItems.Lists(plan))
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list.IdAt(i) is not { Length: > 0 } id || !seen.Add(id))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// The plan with ids on every item, at the current schema version: the same instance when nothing
    /// was missing, else a copy (the given plan may be shared, e.g. by the web's cache, and is never changed).
    /// </summary>
    public static Plan Fill(Plan plan)
    {
        if (IsComplete(plan))
        {
            return plan;
        }
        var copy = Copy(plan) with { SchemaVersion = CurrentSchemaVersion };
        FillInPlace(copy, reserved: null);
        return copy;
    }

    /// <summary>
    /// Gives ids to the items of a plan the caller owns, in place. <paramref name="reserved"/> are ids that
    /// new ones must not take (those of earlier versions, so that a new item never takes a removed one's id).
    /// </summary>
    public static void FillInPlace(Plan plan, IReadOnlySet<string>? reserved)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        // Kept ids first, so that a new item's id can never take one that an item further on already has.
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in PlanItems.Lists(plan))
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list.IdAt(i) is { Length: > 0 } id && !kept.Add(id))
                {
                    list.SetId(i, "");
                }
            }
        }
        used.UnionWith(kept);
        if (reserved is not null)
        {
            used.UnionWith(reserved);
        }
        foreach (var list in PlanItems.Lists(plan))
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list.IdAt(i).Length == 0)
                {
                    list.SetId(i, NewId(list.Prefix, list.ParentId, list.CodeAt(i) ?? list.TextAt(i), used));
                }
            }
        }
    }

    /// <summary>A new id of the kind for an item with these words, not in <paramref name="used"/>, which it is added to.</summary>
    public static string NewId(string prefix, string? parentId, string words, ISet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{prefix}\n{parentId}\n{words}\n{attempt}"));
            var id = new StringBuilder(prefix.Length + 7).Append(prefix).Append('-');
            for (var i = 0; i < 6; i++)
            {
                id.Append(Letters[hash[i] & 31]);
            }
            var text = id.ToString();
            if (used.Add(text))
            {
                return text;
            }
        }
    }

    /// <summary>Every id in the plan.</summary>
    public static HashSet<string> All(Plan plan)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in PlanItems.Lists(plan))
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list.IdAt(i) is { Length: > 0 } id)
                {
                    ids.Add(id);
                }
            }
        }
        return ids;
    }

    /// <summary>A deep copy the caller may change in place (lists included).</summary>
    public static Plan Copy(Plan plan) =>
        JsonSerializer.Deserialize<Plan>(JsonSerializer.SerializeToUtf8Bytes(plan, Json.PlanJson.Options), Json.PlanJson.Options)!;
}
