using NJsonSchema;
using NJsonSchema.Validation;

namespace Hankevahti.Tests.Support;

/// <summary>The repository's plan schema (docs/plan.schema.json), loaded once per test run.</summary>
internal static class PlanSchema
{
    private static readonly Lazy<JsonSchema> schema = new(() =>
        JsonSchema.FromJsonAsync(Text, RepoFiles.Path("docs", "plan.schema.json")).GetAwaiter().GetResult());

    public static string Text => RepoFiles.ReadText("docs", "plan.schema.json");

    /// <summary>All errors, including those nested under array items and child schemas, which NJsonSchema reports as a tree.</summary>
    public static IReadOnlyList<ValidationError> Validate(string json) => Flatten(schema.Value.Validate(json)).ToList();

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(Flatten).Prepend(e)
            : [e]);
}
