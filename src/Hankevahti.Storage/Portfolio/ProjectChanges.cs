using Hankevahti.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Storage.Portfolio;

/// <summary>
/// The per-project change counters that the database's triggers move on with every write to a table the portfolio
/// reads (migration 0015_project_changes): which projects' figures a later read must read again. Project 0 stands
/// for everything (a write that names no project, such as a TRUNCATE).
/// </summary>
internal static class ProjectChanges
{
    public const int Everything = 0;

    public static async Task<Dictionary<int, long>> ReadAsync(HankevahtiDb db, CancellationToken ct)
    {
        var counters = new Dictionary<int, long>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT project_id, counter FROM project_changes";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                counters[Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)] =
                    Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return counters;
    }

    /// <summary>The projects whose counter moved between two reads, or null when everything must be read again.</summary>
    public static HashSet<int>? Changed(IReadOnlyDictionary<int, long> before, IReadOnlyDictionary<int, long> now)
    {
        if (before.GetValueOrDefault(Everything) != now.GetValueOrDefault(Everything))
        {
            return null;
        }
        var changed = new HashSet<int>();
        foreach (var (project, counter) in now)
        {
            if (before.GetValueOrDefault(project) != counter)
            {
                changed.Add(project);
            }
        }
        // A counter never goes away (the table keeps deleted projects' rows); one that did means the table was rewritten.
        return before.Keys.Any(k => !now.ContainsKey(k)) ? null : changed;
    }
}
