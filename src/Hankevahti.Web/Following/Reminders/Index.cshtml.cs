using Hankevahti.Storage.Database;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hankevahti.Web.Following.Reminders;

/// <summary>The signed-in person's reminders in every project (/reminders): what _RemindersOverview shows on its own page.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(HankevahtiDb db, RequestAccess access, ReminderSettings settings, TimeProvider time) : PageModel
{
    public RemindersOverviewModel Reminders { get; private set; } = new([], false, null);

    public async Task OnGetAsync(CancellationToken ct) =>
        Reminders = await RemindersOverviewModel.LoadAsync(db, await access.CurrentAsync(ct), settings, time, ct: ct);
}
