using System.Net;
using System.Text.Json;

namespace Hankevahti.Web.Tests.Web.Api;

/// <summary>
/// A rule of OpenAPI 3.1 that Microsoft.OpenApi's validation rules do not check: an operationId is unique among all
/// operations of the document (clients generate one method per operationId). The reference validator
/// (openapi-spec-validator 0.9.0, run by hand on 7 December 2026) found PUT, PATCH and DELETE of a stored version under
/// one id. Read from the served JSON itself, not through the app's model.
/// </summary>
public sealed class ApiOperationIdTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    [Fact]
    public async Task Every_operation_has_an_id_of_its_own()
    {
        using var response = await fixture.Client("anonymous").GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name))
                .Select(o => (Name: $"{o.Name.ToUpperInvariant()} {path.Name}", Id: o.Value.TryGetProperty("operationId", out var id) ? id.GetString() : null)))
            .ToList();

        Assert.True(operations.Count >= 15, $"only {operations.Count} operations");
        Assert.Empty(operations.Where(o => string.IsNullOrWhiteSpace(o.Id)).Select(o => o.Name));
        Assert.Empty(operations.GroupBy(o => o.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(o => o.Name))}"));
    }
}
