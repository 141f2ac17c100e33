using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Cli;

/// <summary>
/// `hankevahti terms`: a programme's reporting deadlines listed, set and cleared from the command line, stored and
/// audited as the programme's page stores them, so every calendar (reports, reminders, portfolio) follows.
/// </summary>
public sealed class CliTermsTests
{
    [Fact]
    public async Task A_deadline_set_by_alias_is_listed_stored_audited_and_cleared_again()
    {
        using var data = new TempDataFolder();
        var listed = await CliRun.RunAsync("terms", "rrf", "--data", data.Path);
        Assert.Equal(0, listed.ExitCode);
        // No shipped profile fixes a due date: every period "none".
        Assert.All(Lines(listed.Out), l => Assert.Equal("none", l[2]));

        // Named by its alias, set as days after the period's end.
        var set = await CliRun.RunAsync("terms", "kestavan-kasvun-ohjelma", "--period", "1", "--days", "31", "--data", data.Path);
        Assert.Equal(0, set.ExitCode);
        Assert.Empty(set.Error);
        Assert.StartsWith("hankevahti terms: rrf: period 1 saved, on ", set.Out);
        var first = Lines(set.Out)[0];
        Assert.Equal(["1", "set", "31 days"], [first[0], first[2], first[3]]);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            Assert.Equal(31, (await ReportingTerms.ProfileAsync(db, "rrf")).ReportingPeriods[0].ReportDueDays);
            var audit = await db.AuditLog.SingleAsync(r => r.Action == ReportingTerms.AuditAction);
            Assert.Equal("rrf", audit.Item);
        }

        // The same again saves nothing and audits nothing; --clear gives the shipped rule back.
        Assert.Contains("nothing saved", (await CliRun.RunAsync("terms", "rrf", "--period", "1", "--days", "31", "--data", data.Path)).Out);
        var cleared = await CliRun.RunAsync("terms", "rrf", "--period", "1", "--clear", "--data", data.Path);
        Assert.Equal(0, cleared.ExitCode);
        Assert.Equal("none", Lines(cleared.Out)[0][2]);
        await using (var db = HankevahtiDb.Create(data.Settings))
        {
            Assert.Null((await ReportingTerms.ProfileAsync(db, "rrf")).ReportingPeriods[0].ReportDueDays);
            Assert.Equal(2, await db.AuditLog.CountAsync(r => r.Action == ReportingTerms.AuditAction));
        }
    }

    // Each bad command line: why it exists, the arguments, the exit code (2 usage, 1 refused) and what the message names.
    public static TheoryData<string, string[], int, string> Refused => new()
    {
        { "no programme named", [], 2, "name the programme" },
        { "an unknown programme lists the known ones", ["nope"], 1, "known programmes: " },
        { "a rule without a period", ["rrf", "--due", "01-31"], 2, "need --period" },
        { "a period without a rule", ["rrf", "--period", "1"], 2, "give one of" },
        { "two rules at once", ["rrf", "--period", "1", "--due", "01-31", "--days", "5"], 2, "give one of" },
        { "a period that is no number", ["rrf", "--period", "x", "--clear"], 2, "--period must be a period's number" },
        { "a period the programme does not have", ["rrf", "--period", "9", "--clear"], 1, "has periods 1 to 2" },
        { "a month-day no year has", ["rrf", "--period", "1", "--due", "02-30"], 1, "MM-DD" },
        { "days out of range", ["rrf", "--period", "1", "--days", "400"], 1, "1 to 365" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_bad_command_line_is_refused_with_what_was_expected_and_nothing_stored(string why, string[] args, int exitCode, string message)
    {
        using var data = new TempDataFolder();
        var result = await CliRun.RunAsync(["terms", .. args, "--data", data.Path]);
        Assert.True(exitCode == result.ExitCode, $"{why}: exit code {result.ExitCode}");
        Assert.Contains(message, result.Error);
        Assert.Empty(result.Out);
        if (File.Exists(Path.Combine(data.Path, "hankevahti.db")))
        {
            await using var db = HankevahtiDb.Create(data.Settings);
            Assert.Equal(0, await db.ReportingTerms.CountAsync());
        }
    }

    private static List<string[]> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains('\t')).Select(l => l.Split('\t')).ToList();
}
