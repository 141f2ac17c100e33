using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;

namespace Hankevahti.Storage.Tests.People;

/// <summary>Accounts and projects for the people tests, written straight through EF (Identity's rules are the CLI tests' business).</summary>
internal static class People
{
    public const string Hus = "Helsingin ja Uudenmaan hyvinvointialue";

    public static async Task<string> AddUserAsync(TestDatabase database, string email)
    {
        await using var db = database.NewContext();
        var user = new UserAccount
        {
            Id = Guid.NewGuid().ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>A project whose plan lists two organisations, one with a short name.</summary>
    public static async Task<int> AddProjectAsync(TestDatabase database, string name = "Hanke")
    {
        await using var db = database.NewContext();
        var plan = TestPlans.Summary(name, "Testiohjelma", null, null) with
        {
            Organisations =
            [
                new Organisation { Id = "o1", Name = "Pohjolan hyvinvointialue" },
                new Organisation { Id = "o2", Name = Hus, ShortName = "HUS" },
            ],
        };
        return (await db.AddProjectAsync(plan, "test")).Id;
    }
}
