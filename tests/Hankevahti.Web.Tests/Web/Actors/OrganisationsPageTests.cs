using System.Net;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hankevahti.Web.Tests.Web.Actors;

/// <summary>The organisations page: organisations, governance bodies and their members saved as new versions, and the forms' validation.</summary>
public sealed class OrganisationsPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly RunningApp app = fixture.App;

    private async Task<int> ProjectIdAsync()
    {
        await using var db = HankevahtiDb.Create(fixture.Data.Settings);
        return await db.Projects.MinAsync(p => p.Id);
    }

    [Fact]
    public async Task The_page_shows_every_organisation_body_and_member_with_its_anchor()
    {
        var id = await ProjectIdAsync();
        var form = new FormSession(app);
        var html = await form.OpenAsync($"/projects/{id}/organisations");
        var plan = await form.StoredPlanAsync(id);

        Assert.Contains("<h1>Toimijat ja hallinto</h1>", html);
        Assert.NotEmpty(plan.Organisations);
        for (var i = 0; i < plan.Organisations.Count; i++)
        {
            Assert.Contains($"id=\"organisations-{i}\"", html);
            Assert.Contains(plan.Organisations[i].Name, html);
        }
        var steering = plan.Governance.FindIndex(b => b.Kind == GovernanceKind.SteeringGroup);
        Assert.Contains($"id=\"governance-{steering}\"", html);
        Assert.Contains($"id=\"governance-{steering}-members-0\"", html);
        Assert.Contains(plan.Governance[steering].Members[0].Name!, html);
    }

    [Fact]
    public async Task Adding_an_organisation_saves_a_new_version_with_its_roles_and_grant_transfer()
    {
        var id = await ProjectIdAsync();
        var form = new FormSession(app);
        await form.OpenAsync($"/projects/{id}/organisations?add=org");
        var before = form.BaseVersion;
        var count = (await form.StoredPlanAsync(id)).Organisations.Count;

        await form.SaveAsync($"/projects/{id}/organisations?handler=Organisation&add=org", $"/projects/{id}/organisations#organisations-{count}",
            ("OrgInput.Name", "Testikunta"), ("OrgInput.ShortName", "TK"), ("OrgInput.Roles", "CoImplementer"), ("OrgInput.Roles", "Partner"),
            ("OrgInput.GrantTransfer", "12 500,50 €"), ("OrgInput.Responsibilities", "Vastaa kokeilusta."));

        var html = await form.OpenAsync($"/projects/{id}/organisations");
        Assert.Equal(before + 1, form.BaseVersion);
        Assert.Contains("Testikunta (TK)", html);
        Assert.Contains("12\u00A0500,50 €", html);
        var saved = (await form.StoredPlanAsync(id)).Organisations[count];
        Assert.Equal("Testikunta", saved.Name);
        Assert.Equal([OrganisationRole.CoImplementer, OrganisationRole.Partner], saved.Roles);
        Assert.Equal(12_500.50m, saved.GrantTransfer);
    }

    [Fact]
    public async Task An_organisation_without_a_name_or_with_a_wrong_amount_is_refused_with_messages_and_the_input_kept()
    {
        var id = await ProjectIdAsync();
        var form = new FormSession(app);
        await form.OpenAsync($"/projects/{id}/organisations?org=0");
        var before = form.BaseVersion;

        var html = await form.RefusedAsync($"/projects/{id}/organisations?handler=Organisation&org=0",
            ("OrgInput.Name", "  "), ("OrgInput.ShortName", "XY"), ("OrgInput.GrantTransfer", "12 000 markkaa"));

        Assert.Equal("Kenttä ”Organisaation nimi” on pakollinen.", FormSession.FieldMessage(html, "OrgInput_Name"));
        Assert.StartsWith("Kentän ”Valtionavustuksen siirto” pitää olla euromäärä", FormSession.FieldMessage(html, "OrgInput_GrantTransfer"));
        Assert.Null(FormSession.FieldMessage(html, "OrgInput_ShortName"));
        // What the user typed stays in the fields.
        Assert.Equal("12 000 markkaa", FormSession.InputValue(html, "OrgInput_GrantTransfer"));
        Assert.Equal("XY", FormSession.InputValue(html, "OrgInput_ShortName"));
        Assert.Contains("Lomakkeessa on virheitä", html);
        await form.OpenAsync($"/projects/{id}/organisations");
        Assert.Equal(before, form.BaseVersion);
    }

    [Fact]
    public async Task A_steering_group_member_is_added_edited_moved_up_and_deleted()
    {
        var id = await ProjectIdAsync();
        var form = new FormSession(app);
        var plan = await form.StoredPlanAsync(id);
        var b = plan.Governance.FindIndex(x => x.Kind == GovernanceKind.SteeringGroup);
        var count = plan.Governance[b].Members.Count;
        var page = $"/projects/{id}/organisations";

        await form.OpenAsync($"{page}?body={b}&add=member");
        await form.SaveAsync($"{page}?handler=Member&body={b}&add=member", $"{page}#governance-{b}-members-{count}",
            ("MemberInput.Role", "Expert"), ("MemberInput.Name", "Testi Henkilö"), ("MemberInput.Organisation", "Testikunta"));
        var html = await form.OpenAsync(page);
        Assert.Contains("Testi Henkilö", html);
        Assert.Equal(MemberRole.Expert, (await form.StoredPlanAsync(id)).Governance[b].Members[count].Role);

        await form.SaveAsync($"{page}?handler=Member&body={b}&member={count}", $"{page}#governance-{b}-members-{count}",
            ("MemberInput.Role", "Secretary"), ("MemberInput.Name", "Testi Toinen"), ("MemberInput.Title", ""));
        await form.OpenAsync(page);
        await form.SaveAsync($"{page}?handler=MoveMember&body={b}&member={count}", $"{page}#governance-{b}-members-{count - 1}", ("direction", "up"));
        var moved = (await form.StoredPlanAsync(id)).Governance[b].Members;
        Assert.Equal("Testi Toinen", moved[count - 1].Name);
        Assert.Equal(MemberRole.Secretary, moved[count - 1].Role);
        Assert.Null(moved[count - 1].Organisation);
        Assert.Equal(plan.Governance[b].Members[count - 1].Name, moved[count].Name);

        await form.OpenAsync(page);
        await form.SaveAsync($"{page}?handler=DeleteMember&body={b}&member={count - 1}", $"{page}#governance-{b}", []);
        var after = (await form.StoredPlanAsync(id)).Governance[b].Members;
        Assert.Equal(plan.Governance[b].Members.Select(m => m.Name), after.Select(m => m.Name));
    }

    [Fact]
    public async Task A_body_is_added_edited_and_deleted_and_needs_a_name()
    {
        var id = await ProjectIdAsync();
        var form = new FormSession(app);
        var page = $"/projects/{id}/organisations";
        await form.OpenAsync($"{page}?add=body");
        var count = (await form.StoredPlanAsync(id)).Governance.Count;

        var refused = await form.RefusedAsync($"{page}?handler=Body&add=body", ("BodyInput.Kind", "WorkingGroup"), ("BodyInput.Name", ""), ("BodyInput.MeetingFrequency", "kuukausittain"));
        Assert.Equal("Kenttä ”Toimielimen nimi” on pakollinen.", FormSession.FieldMessage(refused, "BodyInput_Name"));
        Assert.Equal("kuukausittain", FormSession.InputValue(refused, "BodyInput_MeetingFrequency"));
        Assert.Contains("<option value=\"WorkingGroup\" selected=\"selected\">", refused);

        await form.SaveAsync($"{page}?handler=Body&add=body", $"{page}#governance-{count}",
            ("BodyInput.Kind", "WorkingGroup"), ("BodyInput.Name", "Testiryhmä"), ("BodyInput.Tasks", "Valmistelee.\n\nSeuraa."));
        var edit = await form.OpenAsync($"{page}?body={count}");
        Assert.Equal("Testiryhmä", FormSession.InputValue(edit, "BodyInput_Name"));
        Assert.Equal("Valmistelee.\n\nSeuraa.", FormSession.TextareaValue(edit, "BodyInput_Tasks"));
        var saved = (await form.StoredPlanAsync(id)).Governance[count];
        Assert.Equal(GovernanceKind.WorkingGroup, saved.Kind);

        await form.SaveAsync($"{page}?handler=DeleteBody&body={count}", $"{page}#governance", []);
        Assert.Equal(count, (await form.StoredPlanAsync(id)).Governance.Count);
    }

    [Theory]
    // An organisation the plan does not have.
    [InlineData("?org=99")]
    // A member of a body that does not exist.
    [InlineData("?body=99&member=0")]
    // A negative index.
    [InlineData("?org=-1")]
    public async Task An_item_the_plan_does_not_have_is_not_found(string query)
    {
        var (status, _) = await app.GetAsync($"/projects/{await ProjectIdAsync()}/organisations{query}");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var id = await ProjectIdAsync();
        using var response = await app.Http.PostAsync($"/projects/{id}/organisations?handler=DeleteOrganisation&org=0",
            new FormUrlEncodedContent([new("BaseVersion", "1")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
