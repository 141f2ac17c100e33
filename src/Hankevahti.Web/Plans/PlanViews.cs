using System.Collections.Concurrent;
using System.Globalization;
using Hankevahti.Plans;

namespace Hankevahti.Web.Plans;

/// <summary>
/// The <see cref="PlanView"/>s of one stored version, one per interface language: a view holds look-ups
/// and budget figures that every page of the plan needs, and some of its wording is in the reader's language.
/// </summary>
public sealed class PlanViews
{
    private readonly ConcurrentDictionary<string, PlanView> byLanguage = new(StringComparer.Ordinal);

    public PlanView For(Plan plan) => byLanguage.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => new PlanView(plan));
}
