using System.Reflection;
using Hankevahti.Checks.Profiles;
using Hankevahti.Checks.Rules.Sections;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Sections;

/// <summary>The profiles' required sections as data: spelled as the importer names kinds, and used by the rules.</summary>
public class ProfileSectionTests
{
    private static readonly HashSet<string> KnownKinds = typeof(SectionKinds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    // A misspelt kind in a data file would silently make a section impossible to find.
    [Theory]
    [MemberData(nameof(ProfileKeys))]
    public void RequiredKindsAreKindsTheImporterGives(string key)
    {
        var profile = ProfileCatalog.All.Single(p => p.Key == key);
        Assert.NotEmpty(profile.RequiredSections);
        Assert.All(profile.RequiredSections, r =>
        {
            Assert.NotEmpty(r.Kinds);
            Assert.All(r.Kinds, k => Assert.Contains(k, KnownKinds));
            Assert.False(string.IsNullOrWhiteSpace(r.Name.Fi) || string.IsNullOrWhiteSpace(r.Name.En));
        });
    }

    // The RRF template has a section that keeps the project apart from other projects; a plan without it is told so.
    [Fact]
    public void RrfRequiresItsScopeSection()
    {
        var plan = new Plan
        {
            Project = new Project { Programme = new Programme { Key = "rrf" } },
            Sections = [new Section { Number = "1", Title = "Hankkeen tarve", Kind = "need", Text = "Jonot ovat pitkät." }],
        };
        var findings = CheckRun.Rule<RequiredSectionMissingRule>(plan);
        Assert.Contains(findings, f => f.Message.Fi.Contains("Rajaukset", StringComparison.Ordinal));
        var withScope = plan with { Sections = [.. plan.Sections, new Section { Number = "6", Title = "Rajaukset muihin hankkeisiin", Kind = "scope", Text = "Ei päällekkäisyyksiä." }] };
        Assert.DoesNotContain(CheckRun.Rule<RequiredSectionMissingRule>(withScope), f => f.Message.Fi.Contains("Rajaukset", StringComparison.Ordinal));
    }

    public static TheoryData<string> ProfileKeys() => [.. ProfileCatalog.All.Select(p => p.Key)];
}
