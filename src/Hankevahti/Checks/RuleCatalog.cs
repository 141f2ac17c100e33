using System.Reflection;
using System.Text.RegularExpressions;

namespace Hankevahti.Checks;

/// <summary>
/// Every rule of the assembly, ordered by code. Rules are discovered rather than listed so that a new
/// rule cannot be forgotten; the codes are checked here once, so a duplicate fails at the first use.
/// </summary>
public static partial class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<Rule>> Rules = new(Discover);

    public static IReadOnlyList<Rule> All => Rules.Value;

    public static Rule? Find(string code) => All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<Rule> Discover()
    {
        var rules = typeof(Rule).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(Rule)) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        foreach (var rule in rules.Where(r => !CodePattern().IsMatch(r.Code)))
        {
            throw new InvalidOperationException($"Rule {rule.GetType().Name} has code '{rule.Code}'; codes look like HV-BUDGET-001.");
        }
        var duplicate = rules.GroupBy(r => r.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Rule code {duplicate.Key} is used by {string.Join(", ", duplicate.Select(r => r.GetType().Name))}.");
        }
        return rules;
    }

    [GeneratedRegex(@"^HV-[A-Z]+-\d{3}$")]
    private static partial Regex CodePattern();
}
