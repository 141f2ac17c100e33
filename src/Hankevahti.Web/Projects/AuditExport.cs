using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Projects;

/// <summary>
/// /projects/{id}/audit.csv: every audit row of one project, oldest first, as CSV (<see cref="AuditCsv"/>: RFC 4180,
/// formulas defused), for the manager and the funder officials, as the audit page is.
/// </summary>
public static class AuditExport
{
    // Excel reads a CSV file as UTF-8 only when it starts with the byte-order mark; without it "ä" turns into two characters.
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/projects/{id:int}/audit.csv", async (int id, HankevahtiDb db, HttpContext http, CancellationToken ct) =>
        {
            if (!await db.Projects.AsNoTracking().AnyAsync(p => p.Id == id, ct))
            {
                return Results.NotFound();
            }
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"hanke-{id}-tapahtumaloki.csv\"";
            await http.Response.Body.WriteAsync(ByteOrderMark, ct);
            await using var writer = new StreamWriter(http.Response.Body, AuditCsv.Encoding, bufferSize: 16 * 1024, leaveOpen: true);
            await AuditCsv.WriteAsync(db, id, writer, ct);
            await writer.FlushAsync(ct);
            return Results.Empty;
        })
        .RequireAuthorization(Policies.AuditRead);
        return app;
    }
}
