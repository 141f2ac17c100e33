using System.Net;
using System.Text.Json;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Api;

/// <summary>
/// The costs through the API against SQL: the sums per organisation × part × category × month add up to the sum of
/// the rows in the database, and the raw rows' pages hold each row once with the total the database counts.
/// </summary>
public abstract class ApiCostsTestsBase(ApiFixture fixture)
{
    private const string Org = "Testikunta";

    private async Task<int> ProjectWithCostsAsync()
    {
        // A project of its own, so that other tests' writes do not meet these rows.
        await using var db = HankevahtiDb.Create(fixture.Settings);
        if (await db.ActualCosts.AnyAsync(c => c.ProjectId == fixture.Demo))
        {
            return fixture.Demo;
        }
        var random = new Random(17);
        for (var i = 0; i < 123; i++)
        {
            db.ActualCosts.Add(new ActualCostRow
            {
                ProjectId = fixture.Demo, Organisation = i % 3 == 0 ? Org : Org + " 2", Voucher = $"V{i / 4}", Line = i % 4,
                BookedOn = new DateOnly(2026, 1 + i % 12, 1 + i % 28), Account = "4" + (i % 5) + "00", Category = i % 2 == 0 ? "staff" : "services",
                PartCode = i % 7 == 0 ? null : "T1", Amount = Math.Round((decimal)random.NextDouble() * 10000m, 2),
            });
        }
        await db.SaveChangesAsync();
        return fixture.Demo;
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Cost_sums_and_pages_of_rows_equal_the_database()
    {
        var id = await ProjectWithCostsAsync();
        var client = fixture.Client("manager");
        decimal sqlSum;
        int sqlCount;
        decimal sqlMarch;
        await using (var db = HankevahtiDb.Create(fixture.Settings))
        {
            var rows = await db.ActualCosts.AsNoTracking().Where(c => c.ProjectId == id).Select(c => new { c.Amount, c.BookedOn }).ToListAsync();
            (sqlSum, sqlCount) = (rows.Sum(r => r.Amount), rows.Count);
            sqlMarch = rows.Where(r => r.BookedOn.Month == 3).Sum(r => r.Amount);
        }

        var sums = await JsonAsync(client, $"/api/projects/{id}/costs");
        Assert.Equal(sqlSum, sums.GetProperty("total").GetDecimal());
        Assert.Equal(sqlSum, sums.GetProperty("items").EnumerateArray().Sum(c => c.GetProperty("amount").GetDecimal()));
        var march = await JsonAsync(client, $"/api/projects/{id}/costs?from=2026-03&to=2026-03");
        Assert.Equal(sqlMarch, march.GetProperty("total").GetDecimal());

        var seen = new List<int>();
        var amount = 0m;
        string? path = $"/api/projects/{id}/costs/rows?pageSize=50";
        while (path is not null)
        {
            var page = await JsonAsync(client, path);
            Assert.Equal(sqlCount, page.GetProperty("total").GetInt32());
            foreach (var row in page.GetProperty("items").EnumerateArray())
            {
                seen.Add(row.GetProperty("id").GetInt32());
                amount += row.GetProperty("amount").GetDecimal();
            }
            path = page.GetProperty("links").GetProperty("next").GetString();
        }
        Assert.Equal(sqlCount, seen.Distinct().Count());
        Assert.Equal(sqlCount, seen.Count);
        Assert.Equal(sqlSum, amount);
    }

    [Fact]
    public async Task A_region_is_matched_ignoring_case_and_counts_as_the_database_does()
    {
        await using var db = HankevahtiDb.Create(fixture.Settings);
        var latest = await db.PlanVersions.Where(v => v.ProjectId == fixture.Demo).MaxAsync(v => v.Number);
        var region = await db.PlanRegions.Where(r => r.ProjectId == fixture.Demo && r.VersionNumber == latest).Select(r => r.Region).FirstAsync();
        // The funder of rakenneuudistus sees the demo and the alias project; both plans name the same regions.
        var expected = await db.PlanRegions.Where(r => r.Region == region && (r.ProjectId == fixture.Demo || r.ProjectId == fixture.Alias)
            && r.VersionNumber == db.PlanVersions.Where(v => v.ProjectId == r.ProjectId).Max(v => v.Number)).Select(r => r.ProjectId).Distinct().CountAsync();
        var page = await JsonAsync(fixture.Client("funder"), "/api/projects?region=" + Uri.EscapeDataString(region.ToUpperInvariant()));
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.True(expected >= 1);
    }
}

public sealed class ApiCostsTests(ApiFixture fixture) : ApiCostsTestsBase(fixture), IClassFixture<ApiFixture>;

public sealed class PostgresApiCostsTests(PostgresApiFixture fixture) : ApiCostsTestsBase(fixture), IClassFixture<PostgresApiFixture>;
