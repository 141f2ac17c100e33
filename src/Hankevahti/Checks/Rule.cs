using Hankevahti.Plans;

namespace Hankevahti.Checks;

/// <summary>
/// A check of one kind of error or gap. Each rule is a small class with a stable code that users,
/// tests and the web refer to; its findings are data, never exceptions. Rules are found by
/// <see cref="RuleCatalog"/>, so adding a rule is adding a class.
/// </summary>
public abstract class Rule
{
    /// <summary>Stable code, "HV-AREA-NNN"; never reused for another meaning.</summary>
    public abstract string Code { get; }

    /// <summary>The severity of the rule's findings unless a finding says otherwise.</summary>
    public abstract FindingSeverity Severity { get; }

    /// <summary>Short name of the rule, as listed by `hankevahti check --rules`.</summary>
    public abstract Localized Title { get; }

    /// <summary>What the rule checks and why it matters, a sentence or two.</summary>
    public abstract Localized Explanation { get; }

    public abstract IEnumerable<Finding> Check(CheckContext context);

    /// <summary>A finding of this rule at <paramref name="place"/>.</summary>
    protected Finding Found(FindingPlace place, Localized message, Localized? hint = null, FindingSeverity? severity = null) =>
        new()
        {
            Code = Code,
            Severity = severity ?? Severity,
            Message = message,
            Hint = hint,
            Place = place,
        };
}
