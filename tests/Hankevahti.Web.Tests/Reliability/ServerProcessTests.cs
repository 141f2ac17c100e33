using System.Net;
using System.Text;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Storage.Tests.Fixtures;
using Hankevahti.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Hankevahti.Web.Tests.Reliability;

/// <summary>
/// The tools of the crash test, checked on their own: a crash test whose server ran on another database,
/// whose kill did not kill, or whose checker passes a damaged file would pass while proving nothing.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ServerProcessTests
{
    [Theory, BothProviders]
    public async Task The_child_server_serves_the_given_database_with_the_given_arguments_and_is_gone_after_Kill(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.NewContext())
        {
            await db.AddProjectAsync(new Plan { Project = new Project { Name = "Lapsiperheiden arjen tuki" } }, "test");
        }
        await using var server = await ServerProcess.StartAsync(database.Settings, "--Limits:Text:Title=20");

        var list = WebUtility.HtmlDecode(await server.Http.GetStringAsync("/"));
        var risks = await server.Http.GetStringAsync("/projects/1/risks");
        var memory = server.WorkingSetBytes();
        server.Kill();

        // The test's project, not the demo an empty or other database would show.
        Assert.Contains("Lapsiperheiden arjen tuki", list);
        Assert.Matches("id=\"Input_Title\"[^>]*maxlength=\"20\"", risks);
        Assert.InRange(memory, 20L << 20, 8L << 30);
        Assert.True(server.HasExited);
        Assert.False(Directory.Exists($"/proc/{server.Pid}"), $"process {server.Pid} is still there after Kill");
        await Assert.ThrowsAsync<HttpRequestException>(() => server.Http.GetAsync("/"));
    }

    [Fact]
    public async Task A_server_that_cannot_start_fails_the_start_with_its_output_and_environment_reaches_it()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            ServerProcess.StartAsync(database.Settings, [], new Dictionary<string, string?> { ["Limits__Text__Title"] = "0" }));

        Assert.Contains("the server exited with", error.Message);
        Assert.Contains("Limits:Text:Title must be at least 1", error.Message);
    }

    [Fact]
    public async Task The_integrity_check_finds_an_index_that_no_longer_matches_its_table()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using (var db = database.NewContext())
        {
            foreach (var name in new[] { "Alfaprojekti", "Betaprojekti", "Gammaprojekti" })
            {
                await db.AddProjectAsync(new Plan { Project = new Project { Name = name } }, "test");
            }
        }
        var sound = await DatabaseIntegrity.CheckAsync(database.Settings);
        var page = (await database.QueryAsync("SELECT rootpage FROM sqlite_master WHERE name = 'ix_projects_name'")).Single()[0];
        var pageSize = (await database.QueryAsync("PRAGMA page_size")).Single()[0];
        // Closing the last connection writes the WAL back into the file, so the bytes below are in it.
        database.ForgetConnections();

        // A name changed in the index only, as a torn or lost write would leave it.
        var file = database.Settings.SqliteFile!;
        var bytes = await File.ReadAllBytesAsync(file);
        var start = (int)((Convert.ToInt64(page) - 1) * Convert.ToInt64(pageSize));
        var at = bytes.AsSpan(start, Convert.ToInt32(pageSize)).IndexOf("Betaprojekti"u8);
        Assert.True(at >= 0, "the index page does not hold the name");
        Encoding.ASCII.GetBytes("Zetaprojekti").CopyTo(bytes, start + at);
        await File.WriteAllBytesAsync(file, bytes);
        var damaged = await DatabaseIntegrity.CheckAsync(database.Settings);
        SqliteConnection.ClearAllPools();

        Assert.Empty(sound.Problems);
        Assert.NotEmpty(damaged.Problems);
        Assert.Contains(damaged.Problems, p => p.Contains("ix_projects_name", StringComparison.Ordinal));
    }
}
