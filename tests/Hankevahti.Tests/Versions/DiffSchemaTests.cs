using Hankevahti.Tests.Support;
using Hankevahti.Versions.Diff;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Hankevahti.Tests.Versions;

/// <summary>The diff's JSON form against its documented schema (docs/diff.schema.json).</summary>
public class DiffSchemaTests
{
    private static readonly Lazy<JsonSchema> schema = new(() =>
        JsonSchema.FromJsonAsync(RepoFiles.ReadText("docs", "diff.schema.json"), RepoFiles.Path("docs", "diff.schema.json")).GetAwaiter().GetResult());

    [Fact]
    public void Diff_json_with_every_kind_of_change_validates()
    {
        // Every list of the result has an entry: fields, a move, added and removed items, money, funding, targets, schedules.
        var after = DiffPlans.Changed(p =>
        {
            p.Risks[0] = p.Risks[0] with { Title = "Uusi otsikko", Owner = null };
            p.Risks.RemoveAt(1);
            p.Risks.Add(new Hankevahti.Plans.Risk { Id = "r-new", Title = "Uusi riski" });
            var sub = p.Work[0].Children[0];
            p.Work[0].Children.Clear();
            p.Work[1].Children.Add(sub);
            p.Work[0].Actions[0] = p.Work[0].Actions[0] with { Schedule = DiffPlans.Periods(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31)) };
            p.Budget.Lines[0] = p.Budget.Lines[0] with { PartCode = "3", Amount = 700_000m };
            p.Indicators[0] = p.Indicators[0] with { Targets = [] };
            return p with { Budget = p.Budget with { Funding = new Hankevahti.Plans.Funding { OwnFundingShare = 0.3m } } };
        });
        var diff = PlanDiff.Compare(DiffPlans.Base(), after);
        Assert.NotEmpty(diff.Money.Moves);
        Assert.NotEmpty(diff.Money.Unpaired);
        Assert.NotEmpty(diff.ScheduleShifts);
        Assert.NotEmpty(diff.IndicatorTargets);

        var errors = Validate(DiffJson.Serialize(diff, project: 7, from: 1, to: 2));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Empty_diff_json_validates_and_says_it_is_empty()
    {
        var json = DiffJson.Serialize(PlanDiff.Compare(DiffPlans.Base(), DiffPlans.Base()), project: 1, from: 1, to: 1);

        Assert.Empty(Validate(json));
        Assert.Contains("\"empty\": true", json);
    }

    [Fact]
    public void Schema_refuses_an_unknown_property()
    {
        // The schema must be closed, or a renamed property would pass unnoticed.
        var json = DiffJson.Serialize(PlanDiff.Compare(DiffPlans.Base(), DiffPlans.Base())).Replace("\"empty\"", "\"emptee\"");

        Assert.Contains(Validate(json), e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed);
    }

    private static List<ValidationError> Validate(string json) => Flatten(schema.Value.Validate(json)).ToList();

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child ? child.Errors.Values.SelectMany(Flatten).Prepend(e) : [e]);
}
