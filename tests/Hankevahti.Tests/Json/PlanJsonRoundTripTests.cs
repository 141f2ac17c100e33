using Hankevahti.Demo;
using Hankevahti.Json;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Json;

public class PlanJsonRoundTripTests
{
    [Fact]
    public void Demo_json_reads_and_writes_back_byte_identical()
    {
        var read = PlanJson.Deserialize(DemoPlan.Json, "demo-plan.json");

        Assert.True(read.Success, read.Error);
        // Ordinal string equality is byte equality for UTF-8 output; the embedded file must already be canonical.
        Assert.Equal(DemoPlan.Json, PlanJson.Serialize(read.Plan!));
    }

    [Fact]
    public void Serialize_is_stable_through_a_second_round_trip()
    {
        var first = PlanJson.Serialize(DemoPlan.Load());
        var second = PlanJson.Serialize(PlanJson.Deserialize(first).Plan!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Canonical_form_uses_lf_two_space_indent_and_a_trailing_newline()
    {
        var json = PlanJson.Serialize(DemoPlan.Load());

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"project\": {\n    \"name\": ", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Nulls_and_empty_lists_are_left_out_but_defaults_of_non_nullable_values_are_written()
    {
        var json = PlanJson.Serialize(new Plan
        {
            Project = new Project { Name = "Testi" },
            Budget = new Budget { Lines = [new BudgetLine { Amount = 10m }] },
        });

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("shortName", json, StringComparison.Ordinal);
        Assert.DoesNotContain("regions", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"draft\"", json, StringComparison.Ordinal);
        Assert.Contains("\"category\": \"other\"", json, StringComparison.Ordinal);
        Assert.Contains("\"funding\": {}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Finnish_letters_and_dashes_are_written_unescaped()
    {
        var json = PlanJson.Serialize(new Plan { Project = new Project { Name = "Hyvinvointialue – ääni ja öljy €" } });

        Assert.Contains("\"name\": \"Hyvinvointialue – ääni ja öljy €\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimal_scale_survives_a_round_trip()
    {
        // 0.20 and 0.2 are equal decimals but different bytes; a stored plan must come back as it was written.
        var json = PlanJson.Serialize(new Plan { Budget = new Budget { Funding = new Funding { OwnFundingShare = 0.20m } } });

        Assert.Contains("\"ownFundingShare\": 0.20", json, StringComparison.Ordinal);
        Assert.Equal(json, PlanJson.Serialize(PlanJson.Deserialize(json).Plan!));
    }
}
