using Hankevahti.Json;

namespace Hankevahti.Tests.Json;

public class PlanJsonDeserializeTests
{
    [Theory]
    // Broken syntax: the reader must report where it stopped, not throw.
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"project\": {\n", @"line 4, position \d+")]
    // A string where a number belongs: the message must lead the reader to the property.
    [InlineData("{\n  \"schemaVersion\": \"yksi\"\n}", @"line 2, position \d+ at \$\.schemaVersion:")]
    // Unknown property: typos must not be silently dropped.
    [InlineData("{\n  \"projekti\": {}\n}", @"line 2, position \d+ at \$\.projekti:")]
    // An enum as its number: the canonical form writes names only, and numbers would shift when enums grow.
    [InlineData("{\"budget\": {\"lines\": [{\"category\": 3}]}}", @"line 1, position \d+ at \$\.budget\.lines\[0\]\.category:")]
    // Null in a non-nullable string.
    [InlineData("{\"project\": {\"name\": null}}", @"line 1, position \d+ at \$\.project\.name:")]
    // Null as a list item: nullable annotations do not cover items, so PlanJson checks them itself.
    [InlineData("{\"budget\": {\"lines\": [null]}}", @"line 1, position \d+ at \$\.budget\.lines:")]
    [InlineData("{\"project\": {\"regions\": [\"Pohjola\", null]}}", @"line 1, position \d+ at \$\.project\.regions:")]
    // Empty input.
    [InlineData("", @"line 1, position \d+")]
    public void Bad_input_is_a_failure_naming_source_and_position(string json, string expectedPlacePattern)
    {
        var result = PlanJson.Deserialize(json, "tuonti/suunnitelma.json");

        Assert.False(result.Success);
        Assert.Null(result.Plan);
        Assert.NotNull(result.Error);
        Assert.StartsWith("tuonti/suunnitelma.json:", result.Error, StringComparison.Ordinal);
        Assert.Matches(expectedPlacePattern, result.Error);
    }

    [Fact]
    public void Json_null_is_a_failure_not_a_null_plan()
    {
        var result = PlanJson.Deserialize("null", "x.json");

        Assert.False(result.Success);
        Assert.Equal("x.json: expected a plan object, found null", result.Error);
    }

    [Fact]
    public void Utf8_bytes_are_read_like_text()
    {
        var result = PlanJson.Deserialize("{\"project\": {\"name\": \"Äänekoski\"}}"u8.ToArray(), "x.json");

        Assert.True(result.Success, result.Error);
        Assert.Equal("Äänekoski", result.Plan!.Project.Name);
    }

    [Fact]
    public void Missing_properties_take_the_model_defaults()
    {
        var result = PlanJson.Deserialize("{}");

        Assert.True(result.Success, result.Error);
        Assert.Equal(Hankevahti.Versions.PlanIds.CurrentSchemaVersion, result.Plan!.SchemaVersion);
        Assert.Empty(result.Plan.Budget.Lines);
        Assert.Equal("", result.Plan.Project.Name);
    }
}
