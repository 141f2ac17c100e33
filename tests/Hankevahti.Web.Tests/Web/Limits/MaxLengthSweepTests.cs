using System.Net;
using System.Text.RegularExpressions;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Limits;

/// <summary>
/// Every text input and textarea of every edit form of the demo plan's pages carries a maxlength: a
/// field added without a kind (<c>[Limit(…)]</c> on the property it binds) fails here, before a user can
/// store megabytes through it.
/// </summary>
public sealed partial class MaxLengthSweepTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    /// <summary>Each page with each of its forms opened (the forms open one at a time, chosen by the address).</summary>
    public static TheoryData<string> Pages() =>
    [
        "facts?edit=1",
        "budget",
        "risks", "risks?edit=0",
        "needs?edit=new-need", "needs?edit=need-0", "needs?edit=new-group", "needs?edit=group-0",
        "goals?edit=new-goal", "goals?edit=goal-0", "goals?edit=new-indicator", "goals?edit=indicator-0",
        "outcomes?edit=new-output", "outcomes?edit=outcome-0",
        "organisations?add=org", "organisations?org=0", "organisations?add=body", "organisations?body=0", "organisations?body=0&add=member", "organisations?body=0&member=0",
        "communication?edit=communication", "communication?edit=monitoring", "communication?edit=item", "communication?edit=item&item=0",
        "related?add=true", "related?edit=0",
        "resources?add=true", "resources?edit=0",
        "sections?add=root", "sections?edit=0",
        "work?add=work", "work?edit=work[0]", "work?addAction=work[1]",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_text_field_has_a_maxlength(string page)
    {
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        var id = await db.Projects.MinAsync(p => p.Id);
        var (status, html) = await fixture.App.GetAsync($"/projects/{id}/{page}");
        Assert.Equal(HttpStatusCode.OK, status);

        var fields = Field().Matches(html).Select(m => m.Value)
            .Where(tag => !NotText().IsMatch(tag))
            .ToList();
        // A page whose form did not open would pass with nothing to check.
        Assert.NotEmpty(fields);
        Assert.All(fields, tag => Assert.Matches(MaxLength(), tag));
        // A text field's limit is shown beside it and tied to it (numbers and dates have their format's help instead).
        foreach (var tag in fields.Where(t => !t.Contains("inputmode=", StringComparison.Ordinal)))
        {
            var described = Regex.Match(tag, "aria-describedby=\"([^\"]*)\"").Groups[1].Value.Split(' ');
            var limit = described.FirstOrDefault(d => d.EndsWith("-limit", StringComparison.Ordinal));
            if (limit is not null)
            {
                Assert.Matches($"id=\"{Regex.Escape(limit)}\">enintään \\d+ merkkiä|id=\"{Regex.Escape(limit)}\">rivillä enintään", html);
            }
        }
    }

    [GeneratedRegex("<(input|textarea)\\b[^>]*>")]
    private static partial Regex Field();

    /// <summary>Inputs that are not typed into: hidden, choices, buttons.</summary>
    [GeneratedRegex("type=\"(hidden|checkbox|radio|submit|button|file)\"")]
    private static partial Regex NotText();

    [GeneratedRegex("maxlength=\"\\d+\"")]
    private static partial Regex MaxLength();
}
