using Hankevahti.Checks.Profiles;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Checks;

/// <summary>
/// Runs the rules over a plan. A rule that fails on a plan it did not expect becomes a finding of its
/// own, so one bug never hides the other rules' findings or reaches the user as a stack trace.
/// </summary>
public static class PlanChecker
{
    public const string RuleFailedCode = "HV-CHECK-001";

    /// <param name="plan">The plan, imported or stored.</param>
    /// <param name="profile">The programme profile; by default the plan's programme selects it.</param>
    /// <param name="rules">The rules to run; all of <see cref="RuleCatalog"/> by default.</param>
    /// <param name="source">The document the plan was imported from, when at hand: quotes are then located to their line.</param>
    public static CheckReport Check(Plan plan, ProgrammeProfile? profile = null, IReadOnlyList<Rule>? rules = null, ReadResult? source = null)
    {
        profile ??= ProfileCatalog.For(plan);
        var context = new CheckContext(plan, profile);
        var findings = new List<Finding>();
        foreach (var rule in rules ?? RuleCatalog.All)
        {
            try
            {
                findings.AddRange(rule.Check(context));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                findings.Add(new Finding
                {
                    Code = RuleFailedCode,
                    Severity = FindingSeverity.Warning,
                    Message = new($"Sääntö {rule.Code} ei pystynyt tarkistamaan suunnitelmaa ({e.GetType().Name}: {e.Message}); sen havainnot puuttuvat.",
                        $"Rule {rule.Code} could not check this plan ({e.GetType().Name}: {e.Message}); its findings are missing."),
                    Hint = new("Ilmoita virheestä ja liitä suunnitelma mukaan.", "Please report this with the plan."),
                    Place = new FindingPlace { Path = "" },
                });
            }
        }
        if (source is not null)
        {
            findings = findings.Select(f => SourceLocator.Locate(f, source)).ToList();
        }
        findings = findings.Select(f => Certainty.Temper(f, plan.Import)).ToList();
        return new CheckReport(plan.Import?.File, profile, Order(findings, context));
    }

    /// <summary>
    /// Document order (by section, then line), then the more severe first, then by code. A finding with a
    /// line belongs to the section that line falls in: plans repeat numbers and titles ("Työpaketti 1" under
    /// actions, outputs and monitoring), so the section's name alone would put it in the wrong place.
    /// </summary>
    private static List<Finding> Order(List<Finding> findings, CheckContext context)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var byEntry = new Dictionary<SectionEntry, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < context.Sections.Count; i++)
        {
            byKey.TryAdd(Key(context.Sections[i].Number, context.Sections[i].Title), i);
            byEntry[context.Sections[i]] = i;
        }
        int SectionIndex(FindingPlace place)
        {
            var key = Key(place.SectionNumber, place.SectionTitle);
            if (context.SectionAt(place.Source) is { } at && Key(at.Number, at.Title) == key)
            {
                return byEntry[at];
            }
            return byKey.GetValueOrDefault(key, int.MaxValue);
        }
        return findings
            .Select((f, i) => (f, i, section: SectionIndex(f.Place)))
            .OrderBy(x => x.section)
            .ThenBy(x => x.f.Place.Source?.Line ?? int.MaxValue)
            .ThenByDescending(x => x.f.Severity)
            .ThenBy(x => x.f.Code, StringComparer.Ordinal)
            .ThenBy(x => x.i)
            .Select(x => x.f)
            .ToList();
    }

    private static string Key(string? number, string? title) => $"{number}\u001f{title}";
}
