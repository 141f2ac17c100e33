using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Hankevahti.Web.Tests.Web.Api;

/// <summary>
/// The OpenAPI document: public, read by Microsoft.OpenApi's reader as 3.1 without errors and valid by its rules,
/// and holding every /api endpoint the app maps (taken from the app's own endpoint list, as the authorisation
/// matrix does) with a summary, its parameters, a success answer and its problem answers.
/// </summary>
public sealed partial class ApiDocumentTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private async Task<(OpenApiDocument Document, string Text)> DocumentAsync()
    {
        // Anonymous: the document describes addresses and shapes, no data (docs/security.md).
        using var response = await fixture.Client("anonymous").GetAsync("/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {text}");
        var read = OpenApiDocument.Parse(text, "json", new OpenApiReaderSettings());
        Assert.Empty(read.Diagnostic!.Errors.Select(e => e.ToString()));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic.SpecificationVersion);
        return (read.Document!, text);
    }

    [Fact]
    public async Task The_document_is_openapi_3_1_and_valid()
    {
        var (document, text) = await DocumentAsync();
        Assert.StartsWith("3.1", System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("openapi").GetString());
        var errors = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.Select(e => e.ToString()).ToList() ?? [];
        Assert.Empty(errors);
        var scheme = Assert.Single(document.Components!.SecuritySchemes!);
        Assert.Equal(("bearer", SecuritySchemeType.Http, "bearer"), (scheme.Key, scheme.Value.Type!.Value, scheme.Value.Scheme));
    }

    [Fact]
    public async Task Every_api_endpoint_is_in_the_document_with_its_answers()
    {
        var (document, _) = await DocumentAsync();
        var endpoints = fixture.App.App.Services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith("/api/", StringComparison.Ordinal)
                && !e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/reference", StringComparison.Ordinal))
            .ToList();
        var problems = new List<string>();
        var count = 0;
        foreach (var endpoint in endpoints)
        {
            // "/api/projects/{id:int}/values/{valueId:int}" as OpenAPI writes it: "/api/projects/{id}/values/{valueId}".
            var path = Constraint().Replace("/" + endpoint.RoutePattern.RawText!.TrimStart('/'), "{$1}").TrimEnd('/');
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                count++;
                var name = $"{method} {path}";
                if (document.Paths.FirstOrDefault(p => p.Key.TrimEnd('/') == path).Value is not { } item
                    || item.Operations?.FirstOrDefault(o => o.Key.Method == method).Value is not { } operation)
                {
                    problems.Add($"{name}: not in the document");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(operation.Summary))
                {
                    problems.Add($"{name}: no summary");
                }
                var responses = operation.Responses ?? new OpenApiResponses();
                if (!responses.Keys.Any(k => k.StartsWith('2')))
                {
                    if (!responses.ContainsKey("405"))
                    {
                        problems.Add($"{name}: no success answer");
                    }
                }
                // Every API endpoint needs a sign-in: 401 is among its problems, written as problem+json.
                if (!responses.TryGetValue("401", out var unauthorised) || unauthorised.Content?.ContainsKey("application/problem+json") != true)
                {
                    problems.Add($"{name}: no 401 problem answer");
                }
                foreach (var parameter in endpoint.RoutePattern.Parameters)
                {
                    var all = (operation.Parameters ?? []).Concat(item.Parameters ?? []);
                    if (!all.Any(p => p.Name == parameter.Name && p.In == ParameterLocation.Path))
                    {
                        problems.Add($"{name}: route parameter {parameter.Name} not described");
                    }
                }
                if (method is "PUT" or "POST" && operation.RequestBody is null && !responses.ContainsKey("405"))
                {
                    problems.Add($"{name}: no request body described");
                }
                if (responses.ContainsKey("428") && operation.Parameters?.Any(p => p.Name == "If-Match" && p.Required) != true)
                {
                    problems.Add($"{name}: answers 428 but does not describe If-Match");
                }
            }
        }
        Assert.True(count >= 15, $"only {count} API endpoints found");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_reference_page_is_served_with_its_script_from_the_app_itself()
    {
        using var page = await fixture.Client("anonymous").GetAsync("/api/reference");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {html}");
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        // The script's nonce is the one the page's Content-Security-Policy allows; nothing is loaded from elsewhere.
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", html);
        Assert.DoesNotMatch("src=\"https?://", html);
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex Constraint();
}
