using Hankevahti.Storage.Database;
using Hankevahti.Storage.Tests.Fixtures;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Reliability;

/// <summary>
/// A save refused because another was stored first is an answer, not a failure: before, every such
/// refusal logged a "fail:" line with a stack trace (the unique index's exception), which buried real
/// errors in the log of a busy server. The served app's own output is read.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ConflictLoggingTests
{
    [Theory, BothProviders]
    public async Task Refused_saves_log_no_failure_and_no_stack_trace(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var projectId = await ConcurrentSaveTests.StoreAsync(database.Settings);
        await using var server = await ServerProcess.StartAsync(database.Settings);

        var refused = 0;
        for (var trial = 0; trial < 10; trial++)
        {
            refused += (await ConcurrentSaveTests.TwoAtOnceAsync(server.Http, projectId, $"t{trial}")).Count(o => o.Conflict);
        }
        await Task.Delay(500);

        Assert.Equal(10, refused);
        Assert.DoesNotContain("fail:", server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", server.Output, StringComparison.Ordinal);
    }
}
