using System.Text;
using System.Text.Json;
using Hankevahti.Web.Tests.Support;
using Microsoft.Playwright;

namespace Hankevahti.Web.Tests.Browser.Support;

/// <summary>
/// axe-core (from npm, node_modules/axe-core) run on a page for WCAG 2.1 A and AA. The script is
/// evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern,
/// so the page is tested exactly as users get it.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(SeedFiles.RepoRoot(), "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"axe-core is not installed at {path}: run `npm ci` at the repository root (the build of Hankevahti.Web does).");
    });

    /// <summary>Fails with every violation listed (rule, impact, help and the offending elements) unless there is none.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        await page.EvaluateAsync(Script.Value);
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });" +
            " return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) })); }");
        if (json.GetArrayLength() == 0)
        {
            return;
        }
        var report = new StringBuilder($"axe-core found {json.GetArrayLength()} WCAG 2.1 AA violation(s) on {what} ({page.Url}):\n");
        foreach (var v in json.EnumerateArray())
        {
            report.AppendLine($"- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}");
            foreach (var node in v.GetProperty("nodes").EnumerateArray())
            {
                report.AppendLine($"    {node.GetString()}");
            }
        }
        Assert.Fail(report.ToString());
    }
}
