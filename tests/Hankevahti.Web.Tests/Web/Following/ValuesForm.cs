using System.Net.Http.Headers;
using Hankevahti.Web.Tests.Support;

namespace Hankevahti.Web.Tests.Web.Following;

/// <summary>Posts the values page's forms as a browser does: multipart with files for a save, the page's antiforgery token.</summary>
public static class ValuesForm
{
    public static string Page(int project) => $"/projects/{project}/values";

    public static async Task<HttpResponseMessage> SaveAsync(SignedInClient client, int project, IEnumerable<KeyValuePair<string, string>> fields,
        params (string Name, byte[] Content)[] files)
    {
        var token = Support.People.Token(await client.GetStringAsync(Page(project)));
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "Form.Evidence", name);
        }
        return await client.Http.PostAsync(Page(project) + "?handler=Save", content);
    }

    public static Task<HttpResponseMessage> MoveAsync(SignedInClient client, int project, string handler, int valueId, int? revision, string? reason = null) =>
        client.PostAsync(Page(project), Page(project) + "?handler=" + handler,
            [new("Form.ValueId", valueId.ToString()), new("Form.Revision", revision?.ToString() ?? ""), new("Form.Reason", reason ?? "")]);

    public static KeyValuePair<string, string>[] Fields(string indicator, string period, string value, string? organisation = "", int? revision = null, string? comment = null) =>
    [
        new("Form.Indicator", indicator), new("Form.Period", period), new("Form.Organisation", organisation ?? ""),
        new("Form.Value", value), new("Form.Comment", comment ?? ""), new("Form.Revision", revision?.ToString() ?? ""),
    ];
}
