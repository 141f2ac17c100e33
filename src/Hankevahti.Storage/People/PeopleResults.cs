namespace Hankevahti.Storage.People;

/// <summary>How a change to people's roles went; anything but <see cref="Done"/> and <see cref="Unchanged"/> stored nothing.</summary>
public enum PeopleOutcome
{
    /// <summary>Stored, with its audit entry.</summary>
    Done,
    /// <summary>It already was so: nothing written, no audit entry.</summary>
    Unchanged,
    NoSuchProject,
    NoSuchUser,
    /// <summary>The user is not a member of the project, or has no such global role.</summary>
    NoSuchMember,
    /// <summary>A co-implementer needs the organisation whose share it may change.</summary>
    OrganisationRequired,
    /// <summary>The organisation is not one of the latest plan's (by name or short name).</summary>
    OrganisationNotInPlan,
    /// <summary>Only a co-implementer is bound to an organisation.</summary>
    OrganisationNotForRole,
    /// <summary>A funder official needs a programme.</summary>
    ProgrammeRequired,
    /// <summary>No programme profile or stored project knows the programme.</summary>
    UnknownProgramme,
    /// <summary>An administrator's role is across every programme: it takes none.</summary>
    ProgrammeNotForRole,
}

/// <summary>The outcome and a one-line message for a person (English; the web shows its own words by outcome).</summary>
public sealed record PeopleResult(PeopleOutcome Outcome, string Message)
{
    public bool Succeeded => Outcome is PeopleOutcome.Done or PeopleOutcome.Unchanged;

    internal static PeopleResult Of(PeopleOutcome outcome, string message) => new(outcome, message);
}
