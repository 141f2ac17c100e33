using System.Xml.Linq;
using Hankevahti.Figures;
using Hankevahti.Following;
using Hankevahti.Plans;
using static Hankevahti.Export.Iati.IatiXml;

namespace Hankevahti.Export.Iati;

/// <summary>What one activity is made from: the project's id in this database, its latest plan, what has been recorded, its periods.</summary>
public sealed record IatiProject(int Id, Plan Plan, FollowUp FollowUp, ReportingCalendarResult Calendar);

/// <summary>One iati-activity, or why the project cannot be one (said in one line, naming the project).</summary>
public sealed record IatiActivityResult(XElement? Activity, string? Problem);

/// <summary>
/// Writes one project as an IATI 2.03 iati-activity. The children come in the order the schema's sequence
/// (iati-activities-schema.xsd, element iati-activity) demands; a schema-valid file is tested for each seed.
/// </summary>
public static class IatiActivity
{
    public static IatiActivityResult Write(IatiProject project, IatiOptions options)
    {
        var plan = project.Plan;
        var name = Clean(plan.Project.Name);
        var label = name.Length == 0 ? $"project {project.Id}" : $"project {project.Id} ({name})";
        var dates = Dates(project);
        if (dates.Count == 0)
        {
            // activity-date is required (1..n) and needs a real date; a plan without one cannot be an activity.
            return new(null, $"{label}: the plan gives no start or end date, and IATI requires at least one activity date");
        }
        var activity = new XElement("iati-activity",
            Lang(PlanLanguage),
            new XAttribute("default-currency", options.Currency),
            new XElement("iati-identifier", options.Identifier(project.Id)),
            new XElement("reporting-org",
                new XAttribute("ref", options.ReportingOrgReference.Trim()),
                new XAttribute("type", options.ReportingOrgType),
                Narrative(options.ReportingOrgName)),
            Texts("title", name.Length == 0 ? label : name),
            Descriptions(plan, name.Length == 0 ? label : name),
            ParticipatingOrgs(plan),
            new XElement("activity-status", new XAttribute("code", IatiCodes.Status(plan.Project.Status))),
            dates,
            Budgets(plan, options),
            Transactions(project.FollowUp, options),
            IatiResults.Write(project),
            IatiExtension.Write(project));
        return new(activity, null);
    }

    /// <summary>The objectives (the overall goal first) as one description; the name when the plan states no goal.</summary>
    private static XElement Descriptions(Plan plan, string fallback)
    {
        var goals = plan.Goals.OrderBy(g => g.Level == GoalLevel.Overall ? 0 : 1)
            .Select(g => Clean(g.Text)).Where(t => t.Length > 0).ToList();
        return goals.Count == 0
            ? new XElement("description", new XAttribute("type", IatiCodes.DescriptionGeneral), Narrative(fallback))
            : new XElement("description", new XAttribute("type", IatiCodes.DescriptionObjectives), Narrative(string.Join(" ", goals)));
    }

    /// <summary>
    /// Each organisation once per IATI role it has. The funder is the programme's funder when no organisation of the
    /// plan is marked as one (the ministry names the programme, not itself, in most plans). participating-org is
    /// required, so a plan naming nobody still gets its programme, or else the reporting organisation, as funder.
    /// </summary>
    private static List<XElement> ParticipatingOrgs(Plan plan)
    {
        var orgs = new List<XElement>();
        foreach (var organisation in plan.Organisations)
        {
            var orgName = Clean(organisation.Name);
            if (orgName.Length == 0)
            {
                continue;
            }
            orgs.AddRange(IatiCodes.Roles(organisation).Select(role =>
                new XElement("participating-org", new XAttribute("role", role), Narrative(orgName))));
        }
        if (!plan.Organisations.Any(o => o.Roles.Contains(OrganisationRole.Funder)))
        {
            var programme = plan.Project.Programme;
            var funder = Clean(programme?.Funder is { Length: > 0 } f ? f : programme?.Name);
            if (funder.Length > 0)
            {
                orgs.Insert(0, new XElement("participating-org", new XAttribute("role", IatiCodes.RoleFunding), Narrative(funder)));
            }
        }
        if (orgs.Count == 0)
        {
            orgs.Add(new XElement("participating-org", new XAttribute("role", IatiCodes.RoleAccountable), Narrative("Hankevahti")));
        }
        // The schema takes them in any order; funders first, then accountable, then implementing, reads best.
        return orgs.OrderBy(o => (string)o.Attribute("role")!, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Planned start and end from the plan's period. Actual start is the first month with a recorded cost (money
    /// spent means the work began); actual end is the planned end once the plan says the project is closed.
    /// </summary>
    private static List<XElement> Dates(IatiProject project)
    {
        var period = project.Plan.Project.Period;
        var dates = new List<XElement>();
        if (period?.Start is { } start)
        {
            dates.Add(ActivityDate(IatiCodes.PlannedStart, start));
        }
        if (project.FollowUp.Costs.Count > 0)
        {
            dates.Add(ActivityDate(IatiCodes.ActualStart, project.FollowUp.Costs.Min(c => c.Month)));
        }
        if (period?.End is { } end)
        {
            dates.Add(ActivityDate(IatiCodes.PlannedEnd, end));
            if (project.Plan.Project.Status == ProjectStatus.Closed)
            {
                dates.Add(ActivityDate(IatiCodes.ActualEnd, end));
            }
        }
        return dates;
    }

    private static XElement ActivityDate(string type, DateOnly date) =>
        new("activity-date", new XAttribute("type", type), new XAttribute("iso-date", Date(date)));

    /// <summary>
    /// One budget per year of the planned lines, cut to the project's dates (IATI wants a budget to cover a year at
    /// most). Lines without a year are not spread over the years by guess: their sum goes in the extension.
    /// </summary>
    private static List<XElement> Budgets(Plan plan, IatiOptions options)
    {
        var period = plan.Project.Period;
        var status = IatiCodes.BudgetStatus(plan.Project.Status);
        return plan.Budget.Lines
            .Where(l => l.Kind == FigureKind.Planned && l.Year is >= 1 and <= 9999)
            .GroupBy(l => l.Year!.Value)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var from = new DateOnly(g.Key, 1, 1);
                var to = new DateOnly(g.Key, 12, 31);
                if (period?.Start is { } s && s > from && s <= to)
                {
                    from = s;
                }
                if (period?.End is { } e && e < to && e >= from)
                {
                    to = e;
                }
                return new XElement("budget",
                    new XAttribute("type", IatiCodes.BudgetOriginal),
                    new XAttribute("status", status),
                    Dated("period-start", from),
                    Dated("period-end", to),
                    Value(g.Sum(l => l.Amount), options.Currency, from));
            })
            .ToList();
    }

    /// <summary>
    /// Expenditure per organisation and month, dated the month's last day, from the recorded costs as they are
    /// (nothing rounded): their sum is the follow-up's cost total to the cent. A month that nets to zero is left out.
    /// </summary>
    private static IEnumerable<XElement> Transactions(FollowUp followUp, IatiOptions options) =>
        followUp.Costs
            .GroupBy(c => (c.Month, c.Organisation))
            .Select(g => (g.Key.Month, Organisation: Clean(g.Key.Organisation), Amount: g.Sum(c => c.Amount)))
            .Where(t => t.Amount != 0m)
            .OrderBy(t => t.Month).ThenBy(t => t.Organisation, StringComparer.Ordinal)
            .Select(t =>
            {
                var day = new DateOnly(t.Month.Year, t.Month.Month, DateTime.DaysInMonth(t.Month.Year, t.Month.Month));
                var month = $"{t.Month.Year:0000}-{t.Month.Month:00}";
                return new XElement("transaction",
                    new XElement("transaction-type", new XAttribute("code", IatiCodes.Expenditure)),
                    Dated("transaction-date", day),
                    Value(t.Amount, options.Currency, day),
                    Texts("description", t.Organisation.Length == 0 ? $"Toteutuneet kustannukset {month}" : $"Toteutuneet kustannukset {month}: {t.Organisation}"),
                    t.Organisation.Length == 0 ? null : new XElement("provider-org", Narrative(t.Organisation)));
            });
}
