using Microsoft.Extensions.Configuration;

namespace Hankevahti.Storage.Database;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Which database to use. PostgreSQL when a connection string "Postgres" is configured
/// (appsettings, or the environment variable ConnectionStrings__Postgres); otherwise the embedded
/// SQLite file in the data folder (--data DIR, HANKEVAHTI_DATA, or ./data).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string? SqliteFile)
{
    public const string DataEnvironmentVariable = "HANKEVAHTI_DATA";
    public const string PostgresConnectionName = "Postgres";
    public const string DatabaseFileName = "hankevahti.db";

    public static DatabaseSettings Sqlite(string dataDirectory)
    {
        var file = Path.GetFullPath(Path.Combine(dataDirectory, DatabaseFileName));
        return new(DatabaseProvider.Sqlite, $"Data Source={file};Foreign Keys=True", file);
    }

    public static DatabaseSettings Postgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString, null);

    /// <summary>Resolves the settings: an explicit data folder wins over configuration.</summary>
    public static DatabaseSettings From(IConfiguration configuration, string? dataDirectory = null)
    {
        dataDirectory = Given(dataDirectory);
        if (dataDirectory is null && Given(configuration.GetConnectionString(PostgresConnectionName)) is { } pg)
        {
            return Postgres(pg);
        }
        var dir = dataDirectory
            ?? Given(configuration[DataEnvironmentVariable])
            ?? Given(Environment.GetEnvironmentVariable(DataEnvironmentVariable))
            ?? Path.Combine(Directory.GetCurrentDirectory(), "data");
        return Sqlite(dir);
    }

    // An empty value (`HANKEVAHTI_DATA=` in a compose file) means "not set": without this the database
    // landed loose in the working directory instead of ./data.
    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Where the data is, for messages: the SQLite file, or the PostgreSQL host and database without the password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite {SqliteFile}";
        }
        var b = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
    }
}
