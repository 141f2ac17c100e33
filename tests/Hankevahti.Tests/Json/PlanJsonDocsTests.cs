using System.Text.RegularExpressions;
using Hankevahti.Json;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Json;

/// <summary>The examples in docs/plan-json.md are what people copy; they must be valid and canonical.</summary>
public partial class PlanJsonDocsTests
{
    [GeneratedRegex(@"```json\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [Fact]
    public void Examples_are_canonical_and_valid_against_the_schema()
    {
        var examples = JsonBlock().Matches(RepoFiles.ReadText("docs", "plan-json.md").ReplaceLineEndings("\n"))
            .Select(m => m.Groups["json"].Value)
            .ToList();

        Assert.NotEmpty(examples);
        Assert.All(examples, json =>
        {
            Assert.Empty(PlanSchema.Validate(json));
            var read = PlanJson.Deserialize(json, "plan-json.md");
            Assert.True(read.Success, read.Error);
            Assert.Equal(json, PlanJson.Serialize(read.Plan!));
        });
    }

    [Fact]
    public void Points_to_the_schema_file_that_exists()
    {
        Assert.Contains("(plan.schema.json)", RepoFiles.ReadText("docs", "plan-json.md"), StringComparison.Ordinal);
        Assert.True(File.Exists(RepoFiles.Path("docs", "plan.schema.json")));
    }
}
