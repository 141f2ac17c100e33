using Microsoft.AspNetCore.Identity;

namespace Hankevahti.Storage.People;

/// <summary>
/// An account: ASP.NET Core Identity's user (name, e-mail, password hash, lockout, two-factor) with what
/// Hankevahti adds. The user name is the e-mail address.
/// </summary>
public sealed class UserAccount : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set when an administrator disabled the account: it cannot sign in or use its tokens; its history stays.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}

/// <summary>A user's role across projects: administrator, or funder official of one programme.</summary>
public sealed class GlobalRoleRow
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    /// <summary>The role's word (<see cref="Hankevahti.People.RoleNames"/>).</summary>
    public string Role { get; set; } = "";
    /// <summary>The programme a funder official follows (projects.programme_key); null for an administrator.</summary>
    public string? ProgrammeKey { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>A user's role in a project; a co-implementer's organisation.</summary>
public sealed class ProjectMemberRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string UserId { get; set; } = "";
    public string Role { get; set; } = "";
    public string? Organisation { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>A personal API token: its SHA-256 only; the token is shown once when made.</summary>
public sealed class ApiTokenRow
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
