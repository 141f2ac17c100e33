using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Output;

/// <summary>
/// The report as JSON for scripts and the web: summary counts and each finding with code, severity,
/// message and hint in Finnish and English, and its place (section, model path, source, quote).
/// </summary>
public static class CheckJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="report">The findings to list.</param>
    /// <param name="all">The whole report when <paramref name="report"/> is filtered: the summary counts it and gives the number not listed.</param>
    public static JsonObject ToJson(CheckReport report, CheckReport? all = null)
    {
        all ??= report;
        var findings = new JsonArray();
        foreach (var f in report.Findings)
        {
            var item = new JsonObject
            {
                ["code"] = f.Code,
                ["severity"] = Severity(f.Severity),
                ["message"] = Text(f.Message),
            };
            if (f.Hint is { } hint)
            {
                item["hint"] = Text(hint);
            }
            var place = new JsonObject { ["path"] = f.Place.Path };
            if (f.Place.SectionNumber is { } number)
            {
                place["sectionNumber"] = number;
            }
            if (f.Place.SectionTitle is { } title)
            {
                place["sectionTitle"] = title;
            }
            if (f.Place.Source is { } source)
            {
                place["source"] = Source(source);
            }
            if (f.Place.Quote is { } quote)
            {
                place["quote"] = quote;
            }
            item["place"] = place;
            findings.Add(item);
        }
        var json = new JsonObject
        {
            ["file"] = report.File,
            ["profile"] = report.Profile.Key,
            ["summary"] = new JsonObject { ["errors"] = all.Errors, ["warnings"] = all.Warnings, ["info"] = all.Infos, ["notShown"] = all.Findings.Count - report.Findings.Count },
            ["findings"] = findings,
        };
        return json;
    }

    public static string Format(CheckReport report, CheckReport? all = null) => ToJson(report, all).ToJsonString(Options);

    /// <summary>Several reports (one per file) as an array, each with its unfiltered report.</summary>
    public static string Format(IEnumerable<(CheckReport Shown, CheckReport All)> reports) =>
        new JsonArray(reports.Select(r => (JsonNode)ToJson(r.Shown, r.All)).ToArray()).ToJsonString(Options);

    public static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    private static JsonObject Text(Localized text) => new() { ["fi"] = text.Fi, ["en"] = text.En };

    private static JsonObject Source(SourceRef s)
    {
        var o = new JsonObject();
        void Add(string name, int? value)
        {
            if (value is { } v)
            {
                o[name] = v;
            }
        }
        if (s.File is { } file)
        {
            o["file"] = file;
        }
        Add("line", s.Line);
        Add("endLine", s.EndLine);
        Add("paragraph", s.Paragraph);
        Add("table", s.Table);
        Add("row", s.Row);
        Add("cell", s.Cell);
        Add("page", s.Page);
        return o;
    }
}
