namespace Hankevahti.Plans;

/// <summary>An organisation taking part in the project, with its roles.</summary>
public sealed record Organisation
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string? ShortName { get; init; }
    public List<OrganisationRole> Roles { get; init; } = [];
    /// <summary>The role as the plan describes it ("Päähakija, hallinnoija ja koordinaattori").</summary>
    public string? RoleText { get; init; }
    public string? Responsibilities { get; init; }
    /// <summary>The part of the state grant transferred to a co-implementer (osatoteuttaja), in euros.</summary>
    public decimal? GrantTransfer { get; init; }
    public SourceRef? Source { get; init; }
}

public enum OrganisationRole { LeadApplicant, Administrator, CoImplementer, Partner, Funder, Other }

/// <summary>A governance body: steering group (ohjausryhmä), management group, project office…</summary>
public sealed record GovernanceBody
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public GovernanceKind Kind { get; init; } = GovernanceKind.SteeringGroup;
    public string Name { get; init; } = "";
    public string? Tasks { get; init; }
    public string? MeetingFrequency { get; init; }
    public List<GovernanceMember> Members { get; init; } = [];
    public SourceRef? Source { get; init; }
}

public enum GovernanceKind { SteeringGroup, ManagementGroup, ProjectOffice, WorkingGroup, Other }

/// <summary>A seat in a governance body; the person may not be named yet.</summary>
public sealed record GovernanceMember
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public MemberRole Role { get; init; } = MemberRole.Member;
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public SourceRef? Source { get; init; }
}

public enum MemberRole { Chair, ViceChair, Secretary, Member, Presenter, Supervisor, Expert }

/// <summary>A person or role working for the project (resurssi).</summary>
public sealed record Resource
{
    /// <summary>Stable identifier of the item inside the plan, kept from version to version (docs/plan-json.md, "Identities").</summary>
    public string Id { get; init; } = "";
    public string PersonOrRole { get; init; } = "";
    public string? Organisation { get; init; }
    public string? Description { get; init; }
    public Allocation? Allocation { get; init; }
    public DateRange? Period { get; init; }
    public SourceRef? Source { get; init; }
}

/// <summary>How much of a person the project takes.</summary>
public sealed record Allocation
{
    public decimal? Value { get; init; }
    public AllocationUnit Unit { get; init; } = AllocationUnit.Percent;
    /// <summary>The allocation as written ("20 % / 16 kk", "2 htkk").</summary>
    public string? Text { get; init; }
}

public enum AllocationUnit { Percent, PersonMonths, PersonYears, Hours }
