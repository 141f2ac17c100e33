using System.Globalization;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Web.People;
using Hankevahti.Web.Plans;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Projects;

/// <summary>
/// A project's members (/projects/{id}/members): who is in it in which role, and a co-implementer's
/// organisation; the project manager adds people by e-mail, changes their roles and removes them. Members are
/// the manager's business, so the list too is the manager's only. A refusal is a message on the page with
/// what was typed kept; the project's last manager cannot be removed or demoted.
/// </summary>
[Authorize(Policy = Policies.ProjectManage)]
public sealed class MembersModel(HankevahtiDb db, PlanCache cache, UserManager<UserAccount> users, IStringLocalizer<PeopleText> text) : PageModel
{
    public sealed record Row(string UserId, string Email, string Role, string? Organisation, bool Disabled);

    public int ProjectId { get; private set; }

    public string ProjectName { get; private set; } = "";

    public IReadOnlyList<Row> Members { get; private set; } = [];

    /// <summary>The latest plan's organisations, for a co-implementer's select.</summary>
    public IReadOnlyList<string> Organisations { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    /// <summary>The member a change or removal was about: their row shows what was posted, and the message.</summary>
    [BindProperty]
    public string? UserId { get; set; }

    /// <summary>A refusal: shown at the top, and next to the form it came from.</summary>
    public string? Error { get; private set; }

    /// <summary>Which form the error belongs to: "add", or the member's user id.</summary>
    public string? ErrorFor { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    [HandlerPolicy(Policies.ProjectManage)]
    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return Refuse("add", text["EmailRequired"]);
        }
        if (!RoleNames.TryProjectRole(Role, out var role))
        {
            return Refuse("add", text["RoleRequired"]);
        }
        var (checkedOrganisation, organisation) = MemberChanges.CheckOrganisation(role, Organisation, Organisations);
        if (checkedOrganisation != MemberOutcome.Done)
        {
            return Refuse("add", Message(checkedOrganisation, organisation ?? ""));
        }
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return Refuse("add", Format("UnknownEmail", email));
        }
        var outcome = await MemberChanges.AddAsync(db, id, user, role, organisation, ct);
        return outcome == MemberOutcome.Done ? Redirected(id, Format("MemberAdded", user.Email ?? email)) : Refuse("add", Message(outcome, user.Email ?? email));
    }

    [HandlerPolicy(Policies.ProjectManage)]
    public async Task<IActionResult> OnPostChangeAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var member = Members.FirstOrDefault(m => m.UserId == UserId);
        if (member is null)
        {
            return Refuse("add", text["NotMember"]);
        }
        if (!RoleNames.TryProjectRole(Role, out var role))
        {
            return Refuse(member.UserId, text["RoleRequired"]);
        }
        var (checkedOrganisation, organisation) = MemberChanges.CheckOrganisation(role, Organisation, Organisations);
        if (checkedOrganisation != MemberOutcome.Done)
        {
            return Refuse(member.UserId, Message(checkedOrganisation, organisation ?? ""));
        }
        var outcome = await MemberChanges.ChangeAsync(db, id, member.UserId, role, organisation, ct);
        return outcome == MemberOutcome.Done ? Redirected(id, Format("MemberChanged", member.Email)) : Refuse(member.UserId, Message(outcome, member.Email));
    }

    [HandlerPolicy(Policies.ProjectManage)]
    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var member = Members.FirstOrDefault(m => m.UserId == UserId);
        if (member is null)
        {
            return Refuse("add", text["NotMember"]);
        }
        var outcome = await MemberChanges.RemoveAsync(db, id, member.UserId, ct);
        if (outcome == MemberOutcome.Done)
        {
            return Redirected(id, Format("MemberRemoved", member.Email));
        }
        // The row shows its stored role again, not what a change form had.
        Role = null;
        return Refuse(member.UserId, Message(outcome, member.Email));
    }

    /// <summary>The role a member's row shows: what was posted for them after a refusal, else the stored one.</summary>
    public string ShownRole(Row member) => ErrorFor == member.UserId && Role is not null ? Role : member.Role;

    public string? ShownOrganisation(Row member) => ErrorFor == member.UserId && Role is not null ? Organisation : member.Organisation;

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var loaded = await cache.LatestAsync(db, id, ct);
        if (loaded is null)
        {
            return false;
        }
        ProjectId = id;
        ProjectName = loaded.Project.Name;
        Organisations = loaded.Plan?.Organisations.Select(o => o.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().ToList() ?? [];
        var rows = await (from m in db.ProjectMembers.AsNoTracking()
                          join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                          where m.ProjectId == id
                          select new { m.UserId, u.Email, m.Role, m.Organisation, u.DisabledAt })
            .ToListAsync(ct);
        Members = rows
            .Select(r => new Row(r.UserId, r.Email ?? r.UserId, r.Role, r.Organisation, r.DisabledAt is not null))
            .OrderBy(r => RoleOrder(r.Role)).ThenBy(r => r.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return true;
    }

    private static int RoleOrder(string role) => RoleNames.TryProjectRole(role, out var r) ? (int)r : int.MaxValue;

    private IActionResult Refuse(string form, string message)
    {
        Error = message;
        ErrorFor = form;
        return Page();
    }

    private IActionResult Redirected(int id, string message)
    {
        Done = message;
        return LocalRedirect($"/projects/{id}/members");
    }

    private string Message(MemberOutcome outcome, string subject) => outcome switch
    {
        MemberOutcome.AlreadyMember => Format("AlreadyMember", subject),
        MemberOutcome.NotMember => text["NotMember"],
        MemberOutcome.OrganisationRequired => text["OrganisationRequired"],
        MemberOutcome.OrganisationNotForRole => text["OrganisationNotForRole"],
        MemberOutcome.OrganisationNotInPlan => Format("OrganisationNotInPlan", subject),
        MemberOutcome.LastManager => text["LastManager"],
        MemberOutcome.Unchanged => Format("Unchanged", subject),
        _ => outcome.ToString(),
    };

    private string Format(string key, params object[] values) => string.Format(CultureInfo.CurrentCulture, text[key], values);
}
