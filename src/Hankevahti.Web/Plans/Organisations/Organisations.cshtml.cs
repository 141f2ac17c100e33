using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Hankevahti.Limits;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Plans.Limits;
using Hankevahti.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans.Organisations;

/// <summary>What the organisation form sends; strings, so that a wrong amount stays in its field.</summary>
[LabelsFrom(typeof(OrganisationsText))]
public sealed class OrganisationInput
{
    [Limit(FieldKind.Title)]
    public string? Name { get; set; }
    [Limit(FieldKind.Code)]
    public string? ShortName { get; set; }
    public List<OrganisationRole>? Roles { get; set; }
    [Limit(FieldKind.ShortText)]
    public string? RoleText { get; set; }
    [Limit(FieldKind.Description)]
    public string? Responsibilities { get; set; }
    [Limit(FieldKind.Number)]
    public string? GrantTransfer { get; set; }
}

[LabelsFrom(typeof(OrganisationsText))]
public sealed class BodyInput
{
    public GovernanceKind Kind { get; set; } = GovernanceKind.SteeringGroup;
    [Limit(FieldKind.Title, Label = "BodyName")]
    public string? Name { get; set; }
    [Limit(FieldKind.Description)]
    public string? Tasks { get; set; }
    [Limit(FieldKind.ShortText)]
    public string? MeetingFrequency { get; set; }
}

[LabelsFrom(typeof(OrganisationsText))]
public sealed class MemberInput
{
    public MemberRole Role { get; set; } = MemberRole.Member;
    [Limit(FieldKind.Person, Label = "MemberName")]
    public string? Name { get; set; }
    [Limit(FieldKind.Person, Label = "MemberTitle")]
    public string? Title { get; set; }
    [Limit(FieldKind.Title, Label = "MemberOrganisation")]
    public string? Organisation { get; set; }
}

/// <summary>
/// The organisations taking part and the governance bodies with their members (/projects/{id}/organisations).
/// One form is open at a time, chosen by the address: ?org=2 edits the third organisation, ?add=org adds one,
/// ?body=1 edits a body, ?body=1&amp;member=2 a member of it, ?body=1&amp;add=member adds a member.
/// </summary>
[Authorize(Policy = Policies.ProjectRead)]
public sealed class OrganisationsModel(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui, IStringLocalizer<OrganisationsText> text)
    : EditablePartPage(db, cache, ui)
{
    public override string PartKey => "organisations";

    [BindProperty(SupportsGet = true)]
    public int? Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Body { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Member { get; set; }

    /// <summary>"org", "body" or "member": which kind of item the open form adds.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Add { get; set; }

    [BindProperty]
    public OrganisationInput OrgInput { get; set; } = new();

    [BindProperty]
    public BodyInput BodyInput { get; set; } = new();

    [BindProperty]
    public MemberInput MemberInput { get; set; } = new();

    public bool AddingOrg => Add == "org";
    public bool AddingBody => Add == "body";
    public bool AddingMember => Add == "member" && Body is not null;
    public bool EditingOrg(int i) => Add is null && Org == i;
    public bool EditingBody(int i) => Add is null && Body == i && Member is null;
    public bool EditingMember(int b, int m) => Add is null && Body == b && Member == m;

    public static string OrgPath(int i) => $"organisations[{i}]";
    public static string BodyPath(int b) => $"governance[{b}]";
    public static string MemberPath(int b, int m) => $"governance[{b}].members[{m}]";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (!TargetExists())
        {
            return NotFound();
        }
        if (Org is { } o && Add is null)
        {
            var org = Plan.Organisations[o];
            OrgInput = new OrganisationInput
            {
                Name = org.Name,
                ShortName = org.ShortName,
                Roles = [.. org.Roles],
                RoleText = org.RoleText,
                Responsibilities = org.Responsibilities,
                GrantTransfer = org.GrantTransfer is { } g ? FormValues.Amount(g) : "",
            };
        }
        if (Body is { } b && Add is null)
        {
            var body = Plan.Governance[b];
            if (Member is { } m)
            {
                var member = body.Members[m];
                MemberInput = new MemberInput { Role = member.Role, Name = member.Name, Title = member.Title, Organisation = member.Organisation };
            }
            else
            {
                BodyInput = new BodyInput { Kind = body.Kind, Name = body.Name, Tasks = body.Tasks, MeetingFrequency = body.MeetingFrequency };
            }
        }
        return Page();
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostOrganisationAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (!TargetExists() || (Org is null && !AddingOrg))
        {
            return NotFound();
        }
        CheckRequired("OrgInput.Name", OrgInput.Name, text["Name"]);
        TryOptionalAmount("OrgInput.GrantTransfer", OrgInput.GrantTransfer, text["GrantTransfer"], out var grant);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var index = Org ?? Plan.Organisations.Count;
        return await SaveAsync(id, plan =>
        {
            var old = Org is { } o ? plan.Organisations[o] : new Organisation();
            var org = old with
            {
                Name = OrgInput.Name!.Trim(),
                ShortName = Clean(OrgInput.ShortName),
                Roles = (OrgInput.Roles ?? []).Distinct().Order().ToList(),
                RoleText = Clean(OrgInput.RoleText),
                Responsibilities = Clean(Text(OrgInput.Responsibilities)),
                GrantTransfer = grant,
            };
            if (Org is { } i)
            {
                plan.Organisations[i] = org;
            }
            else
            {
                plan.Organisations.Add(org);
            }
            return plan;
        }, Org is null ? text["NoteOrgAdded"] : text["NoteOrgEdited"], PlanParts.Anchor(OrgPath(index)), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostDeleteOrganisationAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Org is not { } o || !TargetExists())
        {
            return NotFound();
        }
        return await SaveAsync(id, plan =>
        {
            plan.Organisations.RemoveAt(o);
            return plan;
        }, text["NoteOrgDeleted"], "organisations", ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostBodyAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (!TargetExists() || (Body is null && !AddingBody))
        {
            return NotFound();
        }
        CheckRequired("BodyInput.Name", BodyInput.Name, text["BodyName"]);
        if (!Enum.IsDefined(BodyInput.Kind))
        {
            FieldError("BodyInput.Kind", "Required", text["Kind"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var index = Body ?? Plan.Governance.Count;
        return await SaveAsync(id, plan =>
        {
            var old = Body is { } b ? plan.Governance[b] : new GovernanceBody();
            var body = old with
            {
                Kind = BodyInput.Kind,
                Name = BodyInput.Name!.Trim(),
                Tasks = Clean(Text(BodyInput.Tasks)),
                MeetingFrequency = Clean(BodyInput.MeetingFrequency),
            };
            if (Body is { } i)
            {
                plan.Governance[i] = body;
            }
            else
            {
                plan.Governance.Add(body);
            }
            return plan;
        }, Body is null ? text["NoteBodyAdded"] : text["NoteBodyEdited"], PlanParts.Anchor(BodyPath(index)), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostDeleteBodyAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Body is not { } b || !TargetExists())
        {
            return NotFound();
        }
        return await SaveAsync(id, plan =>
        {
            plan.Governance.RemoveAt(b);
            return plan;
        }, text["NoteBodyDeleted"], "governance", ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostMemberAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Body is not { } b || !TargetExists() || (Member is null && !AddingMember))
        {
            return NotFound();
        }
        // The seat may be unfilled, so the name is optional; the role says what the seat is.
        if (!Enum.IsDefined(MemberInput.Role))
        {
            FieldError("MemberInput.Role", "Required", text["MemberRole"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var index = Member ?? Plan.Governance[b].Members.Count;
        return await SaveAsync(id, plan =>
        {
            var members = plan.Governance[b].Members;
            var old = Member is { } m ? members[m] : new GovernanceMember();
            var member = old with
            {
                Role = MemberInput.Role,
                Name = Clean(MemberInput.Name),
                Title = Clean(MemberInput.Title),
                Organisation = Clean(MemberInput.Organisation),
            };
            if (Member is { } i)
            {
                members[i] = member;
            }
            else
            {
                members.Add(member);
            }
            return plan;
        }, Member is null ? text["NoteMemberAdded"] : text["NoteMemberEdited"], PlanParts.Anchor(MemberPath(b, index)), ct);
    }

    [HandlerPolicy(Policies.PlanEdit)]
    public async Task<IActionResult> OnPostDeleteMemberAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Body is not { } b || Member is not { } m || !TargetExists())
        {
            return NotFound();
        }
        return await SaveAsync(id, plan =>
        {
            plan.Governance[b].Members.RemoveAt(m);
            return plan;
        }, text["NoteMemberDeleted"], PlanParts.Anchor(BodyPath(b)), ct);
    }

    /// <summary>Moves a member one place up (<paramref name="direction"/> "up") or down in the body's list.</summary>
    [HandlerPolicy(Policies.PlanEdit)]

    public async Task<IActionResult> OnPostMoveMemberAsync(int id, string? direction, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } early)
        {
            return early;
        }
        if (Body is not { } b || Member is not { } m || !TargetExists() || direction is not ("up" or "down"))
        {
            return NotFound();
        }
        var to = direction == "up" ? m - 1 : m + 1;
        if (to < 0 || to >= Plan.Governance[b].Members.Count)
        {
            // Already first or last: nothing to save.
            return Redirect(PlanParts.ByKey(PartKey).Url(id) + "#" + PlanParts.Anchor(MemberPath(b, m)));
        }
        return await SaveAsync(id, plan =>
        {
            var members = plan.Governance[b].Members;
            (members[m], members[to]) = (members[to], members[m]);
            return plan;
        }, text["NoteMemberMoved"], PlanParts.Anchor(MemberPath(b, to)), ct);
    }

    /// <summary>Whether the items the address names are in the plan shown.</summary>
    private bool TargetExists() =>
        (Org is not { } o || (o >= 0 && o < Plan.Organisations.Count))
        && (Body is not { } b || (b >= 0 && b < Plan.Governance.Count
            && (Member is not { } m || (m >= 0 && m < Plan.Governance[b].Members.Count))));
}
