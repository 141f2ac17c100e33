using System.Text.Json.Nodes;
using Hankevahti.Demo;
using Hankevahti.Tests.Support;
using NJsonSchema.Validation;

namespace Hankevahti.Tests.Json;

public class PlanSchemaTests
{
    [Fact]
    public void Schema_accepts_the_demo_plan()
    {
        var errors = PlanSchema.Validate(DemoPlan.Json);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));
    }

    [Fact]
    public void Schema_accepts_the_smallest_plan_the_serializer_writes()
    {
        var errors = PlanSchema.Validate(Hankevahti.Json.PlanJson.Serialize(new Hankevahti.Plans.Plan()));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));
    }

    /// <summary>
    /// Each case breaks the demo plan in one place. <paramref name="pointer"/> is a JSON pointer;
    /// <paramref name="newValue"/> is the JSON to put there, or null to remove the property.
    /// </summary>
    [Theory]
    // Unknown property at the root: additionalProperties false must hold on the root object.
    [InlineData("/vat", "24", ValidationErrorKind.NoAdditionalPropertiesAllowed, "vat")]
    // Unknown property deep inside: every definition, not only the root, must be closed.
    [InlineData("/budget/lines/0/vatIncluded", "true", ValidationErrorKind.NoAdditionalPropertiesAllowed, "vatIncluded")]
    // A misspelt property is the most likely hand-editing error; it must not pass as "unknown but allowed".
    [InlineData("/work/0/children/0/children/0/actions/0/schedul", "{}", ValidationErrorKind.NoAdditionalPropertiesAllowed, "schedul")]
    // A value outside an enum.
    [InlineData("/budget/lines/0/category", "\"salaries\"", ValidationErrorKind.NotInEnumeration, "category")]
    // The C# member name instead of the camelCase value: enums are case-sensitive in the canonical form.
    [InlineData("/indicators/0/kind", "\"Days\"", ValidationErrorKind.NotInEnumeration, "kind")]
    // A document of a future schema version must not pass as version 1.
    [InlineData("/schemaVersion", "1", ValidationErrorKind.NotInEnumeration, "schemaVersion")]
    // Money written as text, as a plan's table would show it.
    [InlineData("/budget/lines/0/amount", "\"96 000\"", ValidationErrorKind.NumberExpected, "amount")]
    // A share as a percentage string instead of a decimal fraction.
    [InlineData("/budget/funding/ownFundingShare", "\"20 %\"", ValidationErrorKind.NumberExpected, "ownFundingShare")]
    // Years are integers, not decimals.
    [InlineData("/indicators/0/targets/0/year", "2026.5", ValidationErrorKind.IntegerExpected, "year")]
    // A date in Finnish notation: the canonical form is ISO yyyy-mm-dd only.
    [InlineData("/project/period/start", "\"1.1.2026\"", ValidationErrorKind.DateExpected, "start")]
    // The canonical form never writes null; a null means the writer was not PlanJson.
    [InlineData("/project/shortName", "null", ValidationErrorKind.StringExpected, "shortName")]
    // The canonical form never writes an empty list.
    [InlineData("/project/regions", "[]", ValidationErrorKind.TooFewItems, "regions")]
    // Missing required property at the root.
    [InlineData("/budget", null, ValidationErrorKind.PropertyRequired, "budget")]
    // Missing required string: non-nullable strings are always written, even when empty.
    [InlineData("/project/name", null, ValidationErrorKind.PropertyRequired, "name")]
    // Missing required object inside a list item: every action has a schedule object.
    [InlineData("/work/0/children/0/children/0/actions/0/schedule", null, ValidationErrorKind.PropertyRequired, "schedule")]
    // Missing required enum: non-nullable enums are always written, even at their default.
    [InlineData("/budget/lines/0/kind", null, ValidationErrorKind.PropertyRequired, "kind")]
    public void Schema_rejects_a_broken_variant(string pointer, string? newValue, ValidationErrorKind expectedKind, string expectedProperty)
    {
        var root = JsonNode.Parse(DemoPlan.Json)!;
        Change(root, pointer, newValue);

        var errors = PlanSchema.Validate(root.ToJsonString());

        Assert.Contains(errors, e => e.Kind == expectedKind && e.Property == expectedProperty);
    }

    private static void Change(JsonNode root, string pointer, string? newValue)
    {
        var steps = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = steps[..^1].Aggregate(root, (node, step) =>
            (node is JsonArray array ? array[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)] : node[step])
            ?? throw new InvalidOperationException($"The demo plan has nothing at '{step}' of {pointer}; the test case is stale."));
        var obj = parent.AsObject();
        var name = steps[^1];
        if (newValue is null)
        {
            Assert.True(obj.Remove(name), $"The demo plan has no '{pointer}' to remove; the test case is stale.");
        }
        else
        {
            obj[name] = JsonNode.Parse(newValue);
        }
    }
}
