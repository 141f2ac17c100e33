using Hankevahti.Plans;

namespace Hankevahti.Export.Iati;

/// <summary>
/// The IATI 2.03 codes the export writes, each from its codelist (tests check every code written is in the
/// codelist file kept in tests/Hankevahti.Tests/Fixtures/Iati/codelists). docs/iati.md says why each mapping.
/// </summary>
public static class IatiCodes
{
    // OrganisationRole
    public const string RoleFunding = "1";
    public const string RoleAccountable = "2";
    public const string RoleImplementing = "4";

    // ActivityDateType
    public const string PlannedStart = "1";
    public const string ActualStart = "2";
    public const string PlannedEnd = "3";
    public const string ActualEnd = "4";

    // BudgetType, BudgetStatus
    public const string BudgetOriginal = "1";
    public const string BudgetIndicative = "1";
    public const string BudgetCommitted = "2";

    // TransactionType
    public const string Expenditure = "4";

    // DescriptionType
    public const string DescriptionGeneral = "1";
    public const string DescriptionObjectives = "2";

    // ResultType
    public const string ResultOutcome = "2";
    public const string ResultImpact = "3";
    public const string ResultOther = "9";

    /// <summary>The roles an organisation of the plan takes in IATI terms; none for a role IATI has no word for.</summary>
    public static IEnumerable<string> Roles(Organisation organisation)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var role in organisation.Roles)
        {
            switch (role)
            {
                case OrganisationRole.Funder:
                    roles.Add(RoleFunding);
                    break;
                // The lead applicant answers to the funder for the grant and also does the work.
                case OrganisationRole.LeadApplicant:
                    roles.Add(RoleAccountable);
                    roles.Add(RoleImplementing);
                    break;
                case OrganisationRole.Administrator:
                    roles.Add(RoleAccountable);
                    break;
                case OrganisationRole.CoImplementer:
                case OrganisationRole.Partner:
                    roles.Add(RoleImplementing);
                    break;
            }
        }
        return roles;
    }

    /// <summary>ActivityStatus: 1 pipeline (not yet started), 2 implementation, 4 closed, 5 cancelled.</summary>
    public static string Status(ProjectStatus status) => status switch
    {
        ProjectStatus.Running => "2",
        ProjectStatus.Closed => "4",
        ProjectStatus.Cancelled => "5",
        _ => "1",
    };

    /// <summary>BudgetStatus: committed once the funder has approved the plan, indicative before.</summary>
    public static string BudgetStatus(ProjectStatus status) =>
        status is ProjectStatus.Approved or ProjectStatus.Running or ProjectStatus.Closed ? BudgetCommitted : BudgetIndicative;

    /// <summary>IndicatorMeasure: 1 unit, 2 percentage, 3 nominal (yes = 1, no = 0), 4 ordinal (the 1–5 self-assessment).</summary>
    public static string Measure(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Percentage => "2",
        IndicatorKind.YesNo => "3",
        IndicatorKind.SelfAssessment => "4",
        _ => "1",
    };
}
