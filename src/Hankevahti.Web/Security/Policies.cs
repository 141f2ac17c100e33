namespace Hankevahti.Web.Security;

/// <summary>
/// The authorisation policies: every page (its [Authorize]), form handler ([HandlerPolicy]) and API endpoint
/// (RequireAuthorization) names one of these, and anything that names none is refused (the fallback policy,
/// <see cref="Authorisation"/>). What each allows to whom is in <see cref="Permissions"/>; docs/security.md has the table.
/// </summary>
public static class Policies
{
    /// <summary>Everyone, signed in or not: sign-in, the error pages, static files, the language switch.</summary>
    public const string Public = "public";

    /// <summary>Any signed-in account, also one without any role: the project list (only what they may see), their own account.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>A project's members in any role, and the funder officials of its programme.</summary>
    public const string ProjectRead = "project.read";

    /// <summary>The project manager and editors: the whole plan.</summary>
    public const string PlanEdit = "plan.edit";

    /// <summary>As <see cref="PlanEdit"/>, and co-implementers, who may save only their own organisation's share (checked on saving).</summary>
    public const string ShareEdit = "plan.edit-share";

    /// <summary>The project manager: members, submitting versions for approval.</summary>
    public const string ProjectManage = "project.manage";

    /// <summary>Funder officials of the project's programme: approve or return a submitted version.</summary>
    public const string VersionDecide = "version.decide";

    /// <summary>The project manager and the funder officials of the programme: the project's audit trail.</summary>
    public const string AuditRead = "audit.read";

    /// <summary>Importing a plan as a new project (its importer becomes its manager): administrators and project managers.</summary>
    public const string ProjectCreate = "project.create";

    /// <summary>
    /// Recording what happens in a running project (measured values, costs, ledger imports, forecasts, transfers): the
    /// project manager and editors, and co-implementers, who may record only their own organisation's (checked on saving).
    /// </summary>
    public const string FollowRecord = "follow.record";
    /// <summary>
    /// The manager's and editors' part of following: actions' status, risks reassessed, the reports' narrative.
    /// Submitting a report is <see cref="ProjectManage"/>.
    /// </summary>
    public const string FollowEdit = "follow.edit";
    /// <summary>Funder officials of the project's programme: approve or return submitted values, reports and budget transfers.</summary>
    public const string FollowDecide = "follow.decide";
    /// <summary>Administrators: users and their roles across projects.</summary>
    public const string Administer = "administer";

    /// <summary>
    /// The operating models' catalogue and their adoption: administrators, and the managers and editors of a project
    /// linked to the model (the route's {model}); a new model, any project's manager or editor (it is linked to their project).
    /// </summary>
    public const string ModelEdit = "model.edit";

    /// <summary>
    /// A programme's reporting deadlines (/programmes/{key}/reporting), to read and to set: administrators and the funder
    /// officials of that programme (the route's {key}). Project members see the deadlines as due dates on their reports.
    /// </summary>
    public const string ProgrammeTerms = "programme.terms";

    /// <summary>Every policy, for the registration and the authorisation matrix test.</summary>
    public static readonly IReadOnlyList<string> All =
        [Public, SignedIn, ProjectRead, PlanEdit, ShareEdit, ProjectManage, VersionDecide, AuditRead, FollowRecord, FollowEdit, FollowDecide, ProjectCreate, Administer, ModelEdit, ProgrammeTerms];

    /// <summary>The policies that are about one project: the project is the route's {id}.</summary>
    public static bool IsProjectPolicy(string policy) =>
        policy is ProjectRead or PlanEdit or ShareEdit or ProjectManage or VersionDecide or AuditRead or FollowRecord or FollowEdit or FollowDecide;
}
