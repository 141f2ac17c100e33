using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Organisations;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Organisations;

public class SteeringGroupTests
{
    private static GovernanceMember Seat(MemberRole role, string? name = null, string? title = null, string? organisation = null) =>
        new() { Role = role, Name = name, Title = title, Organisation = organisation };

    private static Plan Group(string? text, params GovernanceMember[] members) => new()
    {
        Sections = [new Section { Number = "6.1", Title = "Hankkeen toimijat ja organisoituminen", Kind = "organisation", Text = text ?? "", Source = new SourceRef { Line = 10 } }],
        Governance = [new GovernanceBody { Kind = GovernanceKind.SteeringGroup, Name = "Ohjausryhmä", Members = [.. members], Source = new SourceRef { Line = 20, Table = 5 } }],
    };

    private static readonly GovernanceMember[] Named =
    [
        Seat(MemberRole.Chair, "Päivi Korhonen"),
        Seat(MemberRole.Secretary, title: "hankesuunnittelija"),
        Seat(MemberRole.Member, "Eero Lindqvist", organisation: "Järjestö ry"),
    ];

    [Fact]
    public void Seats_with_nobody_in_them_are_a_warning_listing_the_seats()
    {
        var plan = Group(null, Seat(MemberRole.Chair), Seat(MemberRole.Secretary), Seat(MemberRole.Member), Seat(MemberRole.Member), Seat(MemberRole.Member));

        var f = Assert.Single(CheckRun.Rule<SteeringGroupWithoutNamedMembersRule>(plan));

        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("5 paikkaa (puheenjohtaja, sihteeri, 3 jäsentä)", f.Message.Fi, StringComparison.Ordinal);
        Assert.Equal("governance[0].members", f.Place.Path);
        Assert.Equal(20, f.Place.Source?.Line);
        Assert.Equal("6.1", f.Place.SectionNumber);
    }

    [Theory]
    // Organisations but no people: the plan names the organisations before the people, a remark.
    [InlineData("org", FindingSeverity.Info)]
    // One empty seat next to named ones: a remark.
    [InlineData("one-empty", FindingSeverity.Info)]
    // No seats listed at all (the group is only mentioned): a remark, the importer may have left them in prose.
    [InlineData("none", FindingSeverity.Info)]
    public void Partly_named_groups_are_remarks(string shape, FindingSeverity severity)
    {
        GovernanceMember[] members = shape switch
        {
            "org" => [Seat(MemberRole.Chair, organisation: "HUS"), Seat(MemberRole.Member, organisation: "VAKE")],
            "one-empty" => [.. Named, Seat(MemberRole.Member)],
            _ => [],
        };

        var f = Assert.Single(CheckRun.Rule<SteeringGroupWithoutNamedMembersRule>(Group(null, members)));

        Assert.Equal(severity, f.Severity);
    }

    [Theory]
    // Placeholder names are nobody yet.
    [InlineData("NN")]
    [InlineData("avoin")]
    [InlineData("nimetään hankkeen alussa")]
    public void Placeholder_names_do_not_name_anyone(string placeholder)
    {
        var plan = Group(null, Seat(MemberRole.Chair, placeholder), Seat(MemberRole.Member, placeholder));

        var f = Assert.Single(CheckRun.Rule<SteeringGroupWithoutNamedMembersRule>(plan));

        Assert.Equal(FindingSeverity.Warning, f.Severity);
    }

    [Fact]
    public void A_single_empty_seat_is_counted_in_the_singular()
    {
        var f = Assert.Single(CheckRun.Rule<SteeringGroupWithoutNamedMembersRule>(Group(null, Seat(MemberRole.Chair))));

        Assert.Contains("1 paikka (puheenjohtaja)", f.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("1 seat (chair)", f.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_when_seats_name_people_or_posts()
    {
        Assert.Empty(CheckRun.Rule<SteeringGroupWithoutNamedMembersRule>(Group(null, Named)));
    }

    [Fact]
    public void Other_bodies_are_not_steering_groups()
    {
        var plan = Group(null) with { Governance = [new GovernanceBody { Kind = GovernanceKind.WorkingGroup, Name = "Työryhmä", Members = [Seat(MemberRole.Member)] }] };

        Assert.Empty(CheckRun.Rule<SteeringGroupWithoutNamedMembersRule>(plan));
        Assert.Empty(CheckRun.Rule<SteeringGroupWithoutChairOrSecretaryRule>(plan));
    }

    [Theory]
    // Neither a chair nor a secretary among named members: warning for the chair.
    [InlineData(false, false, FindingSeverity.Warning, "puheenjohtajaa eikä sihteeriä")]
    // A chair but no secretary: a remark.
    [InlineData(true, false, FindingSeverity.Info, "sihteeriä")]
    // A secretary but no chair.
    [InlineData(false, true, FindingSeverity.Warning, "puheenjohtajaa")]
    public void Fires_for_a_missing_chair_or_secretary(bool chair, bool secretary, FindingSeverity severity, string missing)
    {
        var members = new List<GovernanceMember> { Seat(MemberRole.Member, "Eero Lindqvist"), Seat(MemberRole.Member, "Anni Salmi") };
        if (chair)
        {
            members.Add(Seat(MemberRole.Chair, "Päivi Korhonen"));
        }
        if (secretary)
        {
            members.Add(Seat(MemberRole.Secretary, "Laura Koivisto"));
        }

        var f = Assert.Single(CheckRun.Rule<SteeringGroupWithoutChairOrSecretaryRule>(Group("Ohjausryhmä kokoontuu neljästi vuodessa.", [.. members])));

        Assert.Equal(severity, f.Severity);
        Assert.EndsWith($"ei ole nimetty {missing}.", f.Message.Fi, StringComparison.Ordinal);
    }

    [Theory]
    // Both seats in the member list.
    [InlineData(null)]
    // Both named in the text around the group rather than in the list.
    [InlineData("Puheenjohtajana toimii johtaja ja sihteerinä suunnittelija.")]
    public void Quiet_when_chair_and_secretary_are_there(string? text)
    {
        var members = text is null ? Named : [Seat(MemberRole.Member, "Eero Lindqvist")];

        Assert.Empty(CheckRun.Rule<SteeringGroupWithoutChairOrSecretaryRule>(Group(text, members)));
    }

    [Fact]
    public void A_group_with_only_empty_seats_is_left_to_the_named_members_rule()
    {
        Assert.Empty(CheckRun.Rule<SteeringGroupWithoutChairOrSecretaryRule>(Group(null, Seat(MemberRole.Member), Seat(MemberRole.Member))));
    }

    [Fact]
    public void An_organisation_section_without_any_steering_group_gets_a_remark()
    {
        var plan = Group("Hanketta johtaa projektipäällikkö.") with { Governance = [] };

        var f = Assert.Single(CheckRun.Rule<NoSteeringGroupRule>(plan));

        Assert.Equal(FindingSeverity.Info, f.Severity);
        Assert.Equal("6.1", f.Place.SectionNumber);
    }

    [Theory]
    // A steering group in the model.
    [InlineData("Hanketta johtaa projektipäällikkö.", true)]
    // Mentioned only in prose ("the region's steering group also steers this project").
    [InlineData("Alueen ohjausryhmä toimii myös tämän hankkeen ohjausryhmänä.", false)]
    // No organisation section to expect it in.
    [InlineData(null, false)]
    public void No_remark_when_a_steering_group_is_there_or_not_expected(string? text, bool inModel)
    {
        var plan = Group(text, Named);
        if (!inModel)
        {
            plan = plan with { Governance = [] };
        }

        Assert.Empty(CheckRun.Rule<NoSteeringGroupRule>(plan));
    }
}
