using Hankevahti.Following.Values;
using Hankevahti.People;
using Hankevahti.Storage.Audit;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hankevahti.Web.Api;

/// <summary>
/// Measured indicator values (docs/following.md): read by anyone who may read the project; a new draft (POST) or a
/// change of a draft or returned one (PUT with If-Match) by <see cref="Policies.FollowRecord"/>, a co-implementer for
/// its own organisation only, as on the values page. The revision check and the write are one transaction with the
/// project's row locked and a conditional UPDATE (<see cref="IndicatorValues.SaveAsync"/>): of two writes with the
/// same ETag one is stored and the other gets 412.
/// </summary>
public static class ValuesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/{id:int}/values", ListAsync)
            .WithName("listValues").WithSummary("A project's measured indicator values, filtered by indicator, period, organisation and status")
            .Produces<IReadOnlyList<ValueDto>>().ApiErrors(400, 401, 403, 404)
            .RequireAuthorization(Policies.ProjectRead);

        api.MapGet("/{id:int}/values/{valueId:int}", GetAsync)
            .WithName("getValue").WithSummary("One measured value; its ETag (\"r3\", its revision) goes back in If-Match to change it")
            .Produces<ValueDto>().ApiErrors(401, 403, 404)
            .RequireAuthorization(Policies.ProjectRead);

        api.MapPost("/{id:int}/values", CreateAsync)
            .WithName("createValue").WithSummary("Records a new draft value of an indicator for a period")
            .WithDescription("Value as the indicator's kind says: a number, a percentage (0–100), yes/no, or 1–5. Organisation empty for the project as a whole; a co-implementer records only its own organisation's (its own by default). 409 when the value exists: change it with PUT.")
            .JsonBody<NewValue>()
            .Produces<ValueDto>(StatusCodes.Status201Created).ApiErrors(400, 401, 403, 404, 409)
            .RequireAuthorization(Policies.FollowRecord);

        api.MapPut("/{id:int}/values/{valueId:int}", ChangeAsync)
            .WithName("changeValue").WithSummary("Changes a draft or returned value; If-Match is required")
            .JsonBody<ValueChange>()
            .Produces<ValueDto>().ApiErrors(400, 401, 403, 404, 409, 412, 428)
            .RequireAuthorization(Policies.FollowRecord);
    }

    private static readonly string[] StatusNames = [.. Enum.GetValues<VersionStatus>().Select(VersionStatuses.Name)];

    private static async Task<IResult> ListAsync(int id, HankevahtiDb db, CancellationToken ct,
        string? indicator = null, string? period = null, string? organisation = null, string? status = null)
    {
        if (!await ProjectExistsAsync(db, id, ct))
        {
            return ApiProblems.NotFound($"There is no project with id {id}.");
        }
        if (status is not null && !StatusNames.Contains(status.Trim().ToLowerInvariant()))
        {
            return ApiProblems.Invalid("status", $"status must be one of {string.Join(", ", StatusNames)}, not \"{status.Trim()}\".");
        }
        var values = (await IndicatorValues.ListAsync(db, id, ct)).Where(v =>
            (indicator is null || v.Value.IndicatorId == indicator.Trim())
            && (period is null || v.Value.PeriodCode == period.Trim())
            && (organisation is null || v.Value.Organisation == organisation.Trim())
            && (status is null || VersionStatuses.Name(v.Value.Status) == status.Trim().ToLowerInvariant()));
        return Results.Ok(values.Select(Dto).ToList());
    }

    private static async Task<IResult> GetAsync(int id, int valueId, HttpContext http, HankevahtiDb db, CancellationToken ct)
    {
        if ((await IndicatorValues.ListAsync(db, id, ct)).FirstOrDefault(v => v.Id == valueId) is not { } value)
        {
            return ApiProblems.NotFound($"Project {id} has no value {valueId}.");
        }
        http.Response.Headers.ETag = ApiETags.Revision(value.Revision);
        return Results.Ok(Dto(value));
    }

    private static async Task<IResult> CreateAsync(int id, HttpContext http, HankevahtiDb db, RequestAccess access, CancellationToken ct)
    {
        if (await ApiProblems.RefuseCookieWriteAsync(http, access, ct) is { } refused)
        {
            return refused;
        }
        var (body, unread) = await ApiBodies.ReadAsync<NewValue>(http);
        if (body is null)
        {
            return unread!;
        }
        var member = await access.MembershipAsync(id, ct);
        var organisation = string.IsNullOrWhiteSpace(body.Organisation) && member is { Role: ProjectRole.CoImplementer } ? member.Organisation : body.Organisation;
        if (await RefuseOtherOrganisationAsync(db, id, member, body.Indicator, body.Period, organisation, ct) is { } other)
        {
            return other;
        }
        var result = await IndicatorValues.SaveAsync(db, id, body.Indicator, body.Period, organisation, body.Value, body.Comment, revision: null, ct: ct);
        if (result.Outcome == ValueOutcome.ChangedMeanwhile)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "The value exists",
                $"A value of {body.Indicator} for {body.Period} is already recorded{(result.ValueId is { } v ? $" (/api/projects/{id}/values/{v})" : "")}: change it with PUT and its ETag in If-Match.");
        }
        if (!result.Ok)
        {
            return Refusal(id, result);
        }
        var saved = await ReadAsync(db, id, result.ValueId!.Value, ct);
        http.Response.Headers.ETag = ApiETags.Revision(saved.Revision);
        return Results.Created($"/api/projects/{id}/values/{saved.Id}", Dto(saved));
    }

    private static async Task<IResult> ChangeAsync(int id, int valueId, HttpContext http, HankevahtiDb db, RequestAccess access, CancellationToken ct)
    {
        if (await ApiProblems.RefuseCookieWriteAsync(http, access, ct) is { } refused)
        {
            return refused;
        }
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return ApiProblems.PreconditionRequired("\"r1\"");
        }
        var (body, unread) = await ApiBodies.ReadAsync<ValueChange>(http);
        if (body is null)
        {
            return unread!;
        }
        if ((await IndicatorValues.ListAsync(db, id, ct)).FirstOrDefault(v => v.Id == valueId) is not { } stored)
        {
            return ApiProblems.NotFound($"Project {id} has no value {valueId}.");
        }
        if (ApiETags.RevisionIn(ifMatch) is not { } revision)
        {
            return ApiProblems.Stale(ApiETags.Revision(stored.Revision));
        }
        var v = stored.Value;
        if (await RefuseOtherOrganisationAsync(db, id, await access.MembershipAsync(id, ct), v.IndicatorId, v.PeriodCode, v.Organisation, ct) is { } other)
        {
            return other;
        }
        var result = await IndicatorValues.SaveAsync(db, id, v.IndicatorId, v.PeriodCode, v.Organisation, body.Value, body.Comment, revision, ct: ct);
        if (result.Outcome == ValueOutcome.ChangedMeanwhile)
        {
            return ApiProblems.Stale(ApiETags.Revision(result.Revision ?? stored.Revision));
        }
        if (!result.Ok)
        {
            return Refusal(id, result);
        }
        var saved = await ReadAsync(db, id, valueId, ct);
        http.Response.Headers.ETag = ApiETags.Revision(saved.Revision);
        return Results.Ok(Dto(saved));
    }

    // As the values page: a co-implementer's own organisation only; anything else is 403 with an audit row.
    private static async Task<IResult?> RefuseOtherOrganisationAsync(HankevahtiDb db, int id, Membership? member, string? indicator, string? period, string? organisation, CancellationToken ct)
    {
        if (member is not { Role: ProjectRole.CoImplementer } || (organisation ?? "").Trim() == (member.Organisation ?? ""))
        {
            return null;
        }
        await AuditLog.AppendAsync(db, new AuditEvent("value.save", AuditOutcomes.Refused, id,
            Item: IndicatorValues.ItemOf(indicator ?? "", period ?? "", (organisation ?? "").Trim()), After: "another organisation's value"), ct);
        return ApiProblems.Problem(StatusCodes.Status403Forbidden, "Another organisation's value",
            $"As a co-implementer of {member.Organisation} you may record only its values; nothing was saved.");
    }

    private static IResult Refusal(int id, ValueResult result) => result.Outcome switch
    {
        ValueOutcome.ProjectNotFound => ApiProblems.NotFound($"There is no project with id {id}."),
        ValueOutcome.ValueNotFound => ApiProblems.NotFound("There is no such value."),
        ValueOutcome.BadEntry => ApiProblems.Invalid(FieldOf(result.Entry!.Code), result.English + "."),
        ValueOutcome.NotAllowed => ApiProblems.Problem(StatusCodes.Status409Conflict, "The value cannot be changed now",
            result.English + ": only a draft or returned value is changed."),
        _ => ApiProblems.Problem(StatusCodes.Status409Conflict, "The value cannot be recorded", result.English + "."),
    };

    private static string FieldOf(string code) => code switch
    {
        EntryProblem.UnknownIndicator => "indicator",
        EntryProblem.UnknownPeriod => "period",
        EntryProblem.UnknownOrganisation => "organisation",
        EntryProblem.CommentTooLong => "comment",
        _ => "value",
    };

    private static async Task<StoredValue> ReadAsync(HankevahtiDb db, int id, int valueId, CancellationToken ct) =>
        (await IndicatorValues.ListAsync(db, id, ct)).Single(v => v.Id == valueId);

    private static Task<bool> ProjectExistsAsync(HankevahtiDb db, int id, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Projects, p => p.Id == id, ct);

    public static ValueDto Dto(StoredValue s) => new(s.Id, s.Value.IndicatorId, s.Value.PeriodCode, s.Value.Organisation, s.Value.Number, s.Value.YesNo,
        s.Value.Comment, VersionStatuses.Name(s.Value.Status), s.Value.StatusReason, s.Revision, ApiETags.Revision(s.Revision), s.UpdatedBy, s.UpdatedAt,
        s.Evidence.Select(e => new EvidenceDto(e.Id, e.FileName, e.ContentType, e.Size, e.UploadedAt)).ToList());
}
