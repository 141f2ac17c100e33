using Hankevahti.Checks.Profiles;

namespace Hankevahti.Checks;

/// <summary>The findings of one check of one plan, in document order, with the profile it was checked against.</summary>
public sealed record CheckReport(string? File, ProgrammeProfile Profile, IReadOnlyList<Finding> Findings)
{
    public int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error);
    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);
    public int Infos => Findings.Count(f => f.Severity == FindingSeverity.Info);
    public bool HasErrors => Errors > 0;

    /// <summary>The same report with the findings below <paramref name="minimum"/> left out.</summary>
    public CheckReport AtLeast(FindingSeverity minimum) => this with { Findings = Findings.Where(f => f.Severity >= minimum).ToList() };

    /// <summary>The findings of one rule, for tests and the web.</summary>
    public IEnumerable<Finding> Of(string code) => Findings.Where(f => f.Code == code);
}
