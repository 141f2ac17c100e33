namespace Hankevahti.Storage.Audit;

/// <summary>
/// Who is changing the database and from where, for the audit trail: set on the DbContext by the web app
/// for each request (the signed-in user and the client's address) and by the CLI (the operating-system user).
/// </summary>
public sealed record Actor(string? UserId, string? UserName, string? Address)
{
    /// <summary>Nobody said who: a test or a tool that did not set the actor.</summary>
    public static readonly Actor Unknown = new(null, null, null);

    /// <summary>The command line, as the operating-system user who ran it.</summary>
    public static Actor CommandLine() => new(null, "cli:" + Environment.UserName, "local");
}

/// <summary>What happened, for <see cref="AuditLog.AppendAsync"/>.</summary>
/// <param name="Action">A dotted word: "plan.save", "version.approve", "member.add", "sign-in".</param>
/// <param name="Outcome">"done", "refused" or "failed" (<see cref="AuditOutcomes"/>).</param>
/// <param name="Item">The item the action was on: a plan item's id, a user, a finding's key.</param>
public sealed record AuditEvent(
    string Action,
    string Outcome = AuditOutcomes.Done,
    int? ProjectId = null,
    int? VersionNumber = null,
    string? Item = null,
    string? Before = null,
    string? After = null);

public static class AuditOutcomes
{
    public const string Done = "done";
    public const string Refused = "refused";
    public const string Failed = "failed";
}
