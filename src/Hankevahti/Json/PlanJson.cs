using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hankevahti.Plans;

using Hankevahti.Versions;

namespace Hankevahti.Json;

/// <summary>
/// The canonical JSON form of a plan (docs/plan-json.md): camelCase, enums as camelCase strings,
/// nulls and empty lists left out, indented. Writing the same plan always gives the same bytes,
/// which is what makes round-trip comparison and stored versions meaningful.
/// </summary>
public static class PlanJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            // The default is Environment.NewLine, which would make the canonical bytes differ between Windows and Linux.
            NewLine = "\n",
            // Finnish text stays readable (ä, ö) in files and diffs; HTML safety is the web layer's job.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = 64,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
            {
                Modifiers = { SkipEmptyLists, RejectNullItems },
            },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    // Empty lists carry no information and would make every small plan a wall of "[]".
    private static void SkipEmptyLists(System.Text.Json.Serialization.Metadata.JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>))
            {
                property.ShouldSerialize = static (_, value) => value is System.Collections.ICollection { Count: > 0 };
            }
        }
    }

    // Nullable annotations are not enforced on list items, so "[null]" would otherwise be read into a
    // model that has no nullable items and fail later, far from the input, as a NullReferenceException.
    private static void RejectNullItems(System.Text.Json.Serialization.Metadata.JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
                && property.Set is { } set)
            {
                var name = property.Name;
                property.Set = (target, value) =>
                {
                    if (value is System.Collections.IList list && list.Contains(null))
                    {
                        // Thrown as JsonException so that the serializer adds the path and position.
                        throw new JsonException($"The list '{name}' must not contain null.");
                    }
                    set(target, value);
                };
            }
        }
    }

    /// <summary>The canonical JSON of the plan; items without an id are given one first (<see cref="PlanIds.Fill"/>), so no written plan lacks them.</summary>
    public static string Serialize(Plan plan) => JsonSerializer.Serialize(PlanIds.Fill(plan), Options) + "\n";

    /// <summary>Reads a plan; bad JSON is a result with a message naming the place, never an exception.</summary>
    public static PlanReadResult Deserialize(string json, string sourceName = "plan.json")
    {
        try
        {
            var plan = JsonSerializer.Deserialize<Plan>(json, Options);
            if (plan is null)
            {
                return PlanReadResult.Fail($"{sourceName}: expected a plan object, found null");
            }
            if (plan.SchemaVersion > PlanIds.CurrentSchemaVersion || plan.SchemaVersion < 1)
            {
                return PlanReadResult.Fail($"{sourceName}: schemaVersion {plan.SchemaVersion} is not one this version reads (1 to {PlanIds.CurrentSchemaVersion}); a newer Hankevahti wrote it.");
            }
            // A version 1 plan (no ids) or one with an item lacking its id is read as version 2 with ids given.
            return PlanReadResult.Ok(PlanIds.Fill(plan));
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" line {line + 1}, position {ex.BytePositionInLine + 1}" : "";
            var path = string.IsNullOrEmpty(ex.Path) ? "" : $" at {ex.Path}";
            return PlanReadResult.Fail($"{sourceName}:{where}{path}: {FirstSentence(ex.Message)}");
        }
    }

    public static PlanReadResult Deserialize(byte[] utf8, string sourceName = "plan.json") =>
        Deserialize(Encoding.UTF8.GetString(utf8), sourceName);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

/// <summary>A plan read from JSON, or the reason it could not be read.</summary>
public sealed record PlanReadResult(Plan? Plan, string? Error)
{
    public bool Success => Plan is not null;
    public static PlanReadResult Ok(Plan plan) => new(plan, null);
    public static PlanReadResult Fail(string error) => new(null, error);
}
