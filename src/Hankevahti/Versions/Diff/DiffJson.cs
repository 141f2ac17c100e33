using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hankevahti.Versions.Diff;

/// <summary>
/// A diff as JSON for scripts (docs/diff-json.md, schema docs/diff.schema.json): camelCase, nulls left out,
/// money as numbers of euros, dates as yyyy-mm-dd.
/// </summary>
public static class DiffJson
{
    /// <summary>The version of this JSON form; raised when old readers could not read it.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="project">The project's id, when the plans are stored versions.</param>
    /// <param name="from">The version compared from.</param>
    /// <param name="to">The version compared to.</param>
    public static string Serialize(PlanDiffResult diff, int? project = null, int? from = null, int? to = null) =>
        JsonSerializer.Serialize(new Document(SchemaVersion, project, from, to, diff.IsEmpty, diff.Parts, diff.Money, diff.Funding, diff.IndicatorTargets, diff.ScheduleShifts), Options) + "\n";

    private sealed record Document(int SchemaVersion, int? Project, int? From, int? To, bool Empty,
        IReadOnlyList<PartDiff> Parts, MoneySummary Money, FundingChange Funding,
        IReadOnlyList<IndicatorTargetChange> IndicatorTargets, IReadOnlyList<ScheduleShift> ScheduleShifts);
}
