using Hankevahti.Storage.Database;
using Hankevahti.Storage.People;
using Hankevahti.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Tests.People;

/// <summary>Personal API tokens: shown once, kept as a hash, stop working when revoked or when the user is disabled.</summary>
public class ApiTokenTests
{
    [Theory, BothProviders]
    public async Task A_token_finds_its_user_and_only_its_hash_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var user = await People.AddUserAsync(database, "aino@example.fi");
        await using var db = database.NewContext();

        var created = await db.CreateApiTokenAsync(user, " raportointi ");

        Assert.Equal(ApiTokenOutcome.Done, created.Outcome);
        var token = created.Token!;
        Assert.Matches("^hv_[A-Za-z0-9_-]{43}$", token);
        var stored = (await database.QueryAsync("SELECT token_hash, name FROM api_tokens")).Single();
        Assert.Equal(ApiTokens.Hash(token), stored[0]);
        Assert.Matches("^[0-9a-f]{64}$", (string)stored[0]!);
        Assert.Equal("raportointi", stored[1]);
        Assert.Equal(0, await database.CountAsync($"SELECT COUNT(*) FROM api_tokens WHERE token_hash LIKE '%{token[3..13]}%'"));
        Assert.Equal(user, (await db.FindUserByTokenAsync(token))?.Id);
        Assert.Equal("raportointi", Assert.Single(await db.ApiTokensAsync(user)).Name);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'token.create'"));
    }

    // Each way a token must not work.
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "revoked")]
    [InlineData(DatabaseProvider.Postgres, "revoked")]
    [InlineData(DatabaseProvider.Sqlite, "user disabled")]
    [InlineData(DatabaseProvider.Postgres, "user disabled")]
    [InlineData(DatabaseProvider.Sqlite, "one character changed")]
    [InlineData(DatabaseProvider.Postgres, "one character changed")]
    [InlineData(DatabaseProvider.Sqlite, "the hash given as the token")]
    [InlineData(DatabaseProvider.Postgres, "the hash given as the token")]
    public async Task A_token_does_not_work_when(DatabaseProvider provider, string why)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var user = await People.AddUserAsync(database, "aino@example.fi");
        await using var db = database.NewContext();
        var created = await db.CreateApiTokenAsync(user, "skripti");
        var token = created.Token!;

        switch (why)
        {
            case "revoked":
                Assert.Equal(ApiTokenOutcome.Done, await db.RevokeApiTokenAsync(user, created.Info!.Id));
                Assert.Equal(ApiTokenOutcome.Unchanged, await db.RevokeApiTokenAsync(user, created.Info!.Id));
                Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'token.revoke'"));
                break;
            case "user disabled":
                await db.Users.Where(u => u.Id == user).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisabledAt, DateTimeOffset.UtcNow));
                break;
            case "one character changed":
                token = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');
                break;
            default:
                token = ApiTokens.Hash(token);
                break;
        }

        Assert.Null(await db.FindUserByTokenAsync(token));
    }

    [Theory, BothProviders]
    public async Task Another_users_token_cannot_be_revoked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var owner = await People.AddUserAsync(database, "aino@example.fi");
        var other = await People.AddUserAsync(database, "eero@example.fi");
        await using var db = database.NewContext();
        var created = await db.CreateApiTokenAsync(owner, "skripti");

        Assert.Equal(ApiTokenOutcome.NoSuchToken, await db.RevokeApiTokenAsync(other, created.Info!.Id));
        Assert.NotNull(await db.FindUserByTokenAsync(created.Token));
    }

    // Writing the time of use on every request would make every API read a write.
    [Theory, BothProviders]
    public async Task The_time_of_use_is_written_at_most_once_a_minute(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var user = await People.AddUserAsync(database, "aino@example.fi");
        await using var db = database.NewContext();
        var created = await db.CreateApiTokenAsync(user, "skripti");
        Assert.Null(Assert.Single(await db.ApiTokensAsync(user)).LastUsedAt);

        await db.FindUserByTokenAsync(created.Token);
        var first = Assert.Single(await db.ApiTokensAsync(user)).LastUsedAt;
        await db.FindUserByTokenAsync(created.Token);
        var second = Assert.Single(await db.ApiTokensAsync(user)).LastUsedAt;

        Assert.NotNull(first);
        Assert.Equal(first, second);
        // An hour ago: the next use writes the time again.
        var old = first!.Value.AddHours(-1);
        await db.ApiTokens.ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, old));
        await db.FindUserByTokenAsync(created.Token);
        Assert.True(Assert.Single(await db.ApiTokensAsync(user)).LastUsedAt > old.AddMinutes(30));
    }
}
