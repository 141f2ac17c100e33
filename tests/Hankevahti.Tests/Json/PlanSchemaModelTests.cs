using System.Text.Json;
using System.Text.Json.Nodes;
using Hankevahti.Plans;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Json;

/// <summary>
/// The schema is written by hand; these tests hold it to the model, so that a property added to a
/// record without a matching schema change fails here rather than in someone's editor.
/// </summary>
public class PlanSchemaModelTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(PlanSchema.Text)!.AsObject();
    private static JsonObject Definitions => Schema["definitions"]!.AsObject();

    public static TheoryData<string> RecordNames => new(PlanModel.RecordTypes.Select(t => t.Name));

    public static TheoryData<string> EnumNames => new(PlanModel.EnumTypes.Select(t => t.Name));

    [Fact]
    public void Schema_is_draft_07()
    {
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)Schema["$schema"]);
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Record_definition_has_exactly_the_serialized_properties(string recordName)
    {
        var type = PlanModel.RecordTypes.Single(t => t.Name == recordName);
        var definition = DefinitionOf(type);

        var expected = PlanModel.Properties(type).Select(p => Camel(p.Name)).Order(StringComparer.Ordinal);
        var actual = definition["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
        Assert.Equal("object", (string?)definition["type"]);
        Assert.False((bool?)definition["additionalProperties"] ?? true, $"{recordName} must set additionalProperties: false");
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Record_definition_requires_what_the_serializer_always_writes(string recordName)
    {
        var type = PlanModel.RecordTypes.Single(t => t.Name == recordName);
        var definition = DefinitionOf(type);

        // Nulls and empty lists are left out; everything else (including "" and default enums) is always written.
        var expected = PlanModel.Properties(type)
            .Where(p => !PlanModel.IsNullable(p) && !PlanModel.IsList(p.PropertyType))
            .Select(p => Camel(p.Name))
            .Order(StringComparer.Ordinal);
        var actual = (definition["required"]?.AsArray().Select(n => (string)n!) ?? []).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void Record_properties_have_the_json_type_of_their_clr_type(string recordName)
    {
        var type = PlanModel.RecordTypes.Single(t => t.Name == recordName);
        var properties = DefinitionOf(type)["properties"]!.AsObject();

        foreach (var property in PlanModel.Properties(type))
        {
            var actual = properties[Camel(property.Name)]!.DeepClone().AsObject();
            actual.Remove("description");
            if (type == typeof(Plan) && property.Name == nameof(Plan.SchemaVersion))
            {
                // The one deliberate narrowing: this schema describes version 1 only.
                Assert.Equal("[2]", actual["enum"]!.ToJsonString());
                actual.Remove("enum");
            }

            var expected = Expected(property.PropertyType);

            Assert.True(JsonNode.DeepEquals(expected, actual),
                $"{type.Name}.{property.Name}: expected {expected.ToJsonString()}, schema has {actual.ToJsonString()}");
        }
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void Enum_definition_lists_the_camel_case_names_in_order(string enumName)
    {
        var type = PlanModel.EnumTypes.Single(t => t.Name == enumName);
        var definition = Definitions[enumName]!.AsObject();

        Assert.Equal("string", (string?)definition["type"]);
        Assert.Equal(Enum.GetNames(type).Select(Camel), definition["enum"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void Schema_has_no_definitions_the_model_lacks()
    {
        var expected = PlanModel.RecordTypes.Where(t => t != typeof(Plan)).Concat(PlanModel.EnumTypes)
            .Select(t => t.Name).Order(StringComparer.Ordinal);

        Assert.Equal(expected, Definitions.Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    private static JsonObject DefinitionOf(Type type) =>
        type == typeof(Plan) ? Schema : Definitions[type.Name]?.AsObject()
            ?? throw new Xunit.Sdk.XunitException($"docs/plan.schema.json has no definition for {type.Name}");

    private static JsonObject Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (PlanModel.IsList(type))
        {
            return new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Expected(type.GetGenericArguments()[0]) };
        }
        if (type.IsEnum || PlanModel.RecordTypes.Contains(type))
        {
            return new JsonObject { ["$ref"] = $"#/definitions/{type.Name}" };
        }
        return type switch
        {
            _ when type == typeof(string) => new JsonObject { ["type"] = "string" },
            _ when type == typeof(int) => new JsonObject { ["type"] = "integer" },
            _ when type == typeof(decimal) => new JsonObject { ["type"] = "number" },
            _ when type == typeof(bool) => new JsonObject { ["type"] = "boolean" },
            _ when type == typeof(DateOnly) => new JsonObject { ["type"] = "string", ["format"] = "date" },
            _ => throw new Xunit.Sdk.XunitException($"No JSON type known for {type}; extend the schema and this test."),
        };
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
