using Hankevahti.Storage.Database;
using Microsoft.Extensions.Configuration;

namespace Hankevahti.Storage.Tests.Database;

// Tests in one class never run in parallel, and no other class reads HANKEVAHTI_DATA, so setting
// the environment variable here cannot leak into another test.
public class DatabaseSettingsTests
{
    private const string Pg = "Host=db.example;Port=5433;Database=hankevahti;Username=hv;Password=salainen";
    private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "hv-settings"));

    public static TheoryData<string, string?, string?, string?, string?, DatabaseProvider, string> Cases()
    {
        // Placeholders: {root} is an absolute folder, {cwd} the current directory at the time of the call.
        var data = new TheoryData<string, string?, string?, string?, string?, DatabaseProvider, string>
        {
            // --data is the operator's choice for this one run: it must beat a PostgreSQL server and a
            // data folder configured for the service, or `hankevahti --data x import` would write elsewhere.
            { "explicit data dir wins over everything", "{root}/cli", Pg, "{root}/config", "{root}/env", DatabaseProvider.Sqlite, "{root}/cli/hankevahti.db" },
            // HANKEVAHTI_DATA arrives as a configuration key when the host adds environment variables or appsettings.
            { "HANKEVAHTI_DATA configuration key", null, null, "{root}/config", null, DatabaseProvider.Sqlite, "{root}/config/hankevahti.db" },
            // The configuration (which may come from a file) is more specific than the process environment.
            { "configuration key before environment variable", null, null, "{root}/config", "{root}/env", DatabaseProvider.Sqlite, "{root}/config/hankevahti.db" },
            // A host that builds configuration without environment variables still honours HANKEVAHTI_DATA.
            { "environment variable when configuration lacks the key", null, null, null, "{root}/env", DatabaseProvider.Sqlite, "{root}/env/hankevahti.db" },
            // A configured server is the deployment's choice; a leftover data folder must not silently win over it.
            { "ConnectionStrings:Postgres selects PostgreSQL", null, Pg, "{root}/config", "{root}/env", DatabaseProvider.Postgres, Pg },
            // `ConnectionStrings__Postgres=` left empty in a compose file means "not configured", not "connect to nothing".
            { "empty Postgres connection string is unset", null, "", null, null, DatabaseProvider.Sqlite, "{cwd}/data/hankevahti.db" },
            // Likewise `HANKEVAHTI_DATA=`: the file belongs in ./data, not loose in the working directory.
            { "empty HANKEVAHTI_DATA is unset", null, null, "", "", DatabaseProvider.Sqlite, "{cwd}/data/hankevahti.db" },
            // With nothing configured a first run just works and keeps its data in ./data.
            { "default is ./data of the current directory", null, null, null, null, DatabaseProvider.Sqlite, "{cwd}/data/hankevahti.db" },
            // A relative --data is fixed to an absolute path once, so a later change of directory cannot move the database.
            { "relative data dir resolves against the current directory", "suhteellinen/kansio", null, null, null, DatabaseProvider.Sqlite, "{cwd}/suhteellinen/kansio/hankevahti.db" },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void From_resolves_the_database(string why, string? dataDirectory, string? postgres, string? dataSetting, string? dataEnvironment,
        DatabaseProvider expectedProvider, string expected)
    {
        var values = new Dictionary<string, string?>();
        if (postgres is not null)
        {
            values["ConnectionStrings:Postgres"] = postgres;
        }
        if (dataSetting is not null)
        {
            values[DatabaseSettings.DataEnvironmentVariable] = Expand(dataSetting);
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var before = Environment.GetEnvironmentVariable(DatabaseSettings.DataEnvironmentVariable);
        DatabaseSettings settings;
        try
        {
            Environment.SetEnvironmentVariable(DatabaseSettings.DataEnvironmentVariable, dataEnvironment is null ? null : Expand(dataEnvironment));
            settings = DatabaseSettings.From(configuration, dataDirectory is null ? null : Expand(dataDirectory));
        }
        finally
        {
            Environment.SetEnvironmentVariable(DatabaseSettings.DataEnvironmentVariable, before);
        }

        Assert.True(expectedProvider == settings.Provider, $"{why}: expected {expectedProvider}, got {settings.Provider}");
        if (expectedProvider == DatabaseProvider.Postgres)
        {
            Assert.Equal(expected, settings.ConnectionString);
            Assert.Null(settings.SqliteFile);
        }
        else
        {
            var file = Path.GetFullPath(Expand(expected));
            Assert.Equal(file, settings.SqliteFile);
            Assert.Contains($"Data Source={file};", settings.ConnectionString);
        }
    }

    private static string Expand(string value) =>
        value.Replace("{root}", Root, StringComparison.Ordinal).Replace("{cwd}", Directory.GetCurrentDirectory(), StringComparison.Ordinal);

    // Describe() goes into log lines and error messages (e.g. MigrationException); a password must never.
    [Fact]
    public void Describe_names_host_and_database_but_not_the_password()
    {
        var description = DatabaseSettings.Postgres(Pg).Describe();

        Assert.Equal("PostgreSQL db.example:5433/hankevahti", description);
        Assert.DoesNotContain("salainen", description);
    }

    [Fact]
    public void Describe_names_the_sqlite_file()
    {
        var settings = DatabaseSettings.Sqlite(Path.Combine(Root, "kansio"));

        Assert.Equal($"SQLite {Path.Combine(Root, "kansio", "hankevahti.db")}", settings.Describe());
    }
}
