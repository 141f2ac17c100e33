namespace Hankevahti.Web.Tests.Support;

/// <summary>One app started on an empty data folder, so that it has stored the demo plan; shared by read-only tests.</summary>
public sealed class DemoAppFixture : IAsyncLifetime
{
    private readonly TempDataFolder data = new();

    public RunningApp App { get; private set; } = null!;
    public TempDataFolder Data => data;

    public async Task InitializeAsync() => App = await RunningApp.StartAsync(data.Settings);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        data.Dispose();
    }
}
