using System.Net;
using System.Text.Json;
using Hankevahti.People;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Versions;

/// <summary>The versions API: the list shows each version's approval status; no method alters a stored version.</summary>
public sealed class VersionsApiTests : IAsyncLifetime
{
    private readonly TempDataFolder data = new();
    private RunningApp app = null!;

    public async Task InitializeAsync() => app = await RunningApp.StartAsync(data.Settings);

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task The_list_shows_each_versions_status_and_reason()
    {
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            Assert.Equal(VersionMoveOutcome.Moved, (await db.MoveVersionAsync(1, 1, VersionStatus.Submitted, null)).Outcome);
            Assert.Equal(VersionMoveOutcome.Moved, (await db.MoveVersionAsync(1, 1, VersionStatus.Returned, "Budjetti puuttuu")).Outcome);
        }
        var (status, body) = await app.GetAsync("/api/projects/1/versions");

        Assert.Equal(HttpStatusCode.OK, status);
        var first = JsonDocument.Parse(body).RootElement[0];
        Assert.Equal((1, "returned", "Budjetti puuttuu"), (first.GetProperty("number").GetInt32(), first.GetProperty("status").GetString(), first.GetProperty("reason").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync("/api/projects/999/versions")).Status);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task No_method_alters_a_stored_version(string method)
    {
        string before;
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            before = (await db.VersionPlanAsync(1, 1))!.Version.PlanJson;
        }
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/projects/1/versions/1") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        using var response = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("read-only", await response.Content.ReadAsStringAsync());
        await using var check = HankevahtiDb.Create(data.Settings);
        Assert.Equal(before, (await check.VersionPlanAsync(1, 1))!.Version.PlanJson);
    }
}
