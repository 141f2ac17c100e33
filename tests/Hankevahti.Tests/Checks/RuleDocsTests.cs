using Hankevahti.Checks;
using Hankevahti.Checks.Output;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks;

/// <summary>docs/checks.md lists every rule as `check --rules` does, so the documentation cannot fall behind the code.</summary>
public class RuleDocsTests
{
    [Fact]
    public void The_rule_table_in_the_docs_matches_the_rules()
    {
        var doc = File.ReadAllText(RepoFiles.Path("docs", "checks.md")).ReplaceLineEndings("\n");
        var start = doc.IndexOf("<!-- rules:start -->\n", StringComparison.Ordinal);
        var end = doc.IndexOf("<!-- rules:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/checks.md needs the markers <!-- rules:start --> and <!-- rules:end -->");
        var table = doc[(start + "<!-- rules:start -->\n".Length)..end];

        var expected = "| code | severity | rule | explanation |\n|---|---|---|---|\n"
            + string.Concat(RuleCatalog.All.Select(r =>
                $"| {r.Code} | {CheckJson.Severity(r.Severity)} | {r.Title.Fi} ({r.Title.En}) | {r.Explanation.En} |\n"));
        Assert.True(expected == table,
            "docs/checks.md's rule table is out of date; replace the lines between the markers with:\n" + expected);
    }
}
