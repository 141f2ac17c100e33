using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Organisations;

/// <summary>
/// A steering group with members but no chair (warning) or no secretary (info). Skipped when the text
/// around the group names a chair or secretary in prose, and when no seat is filled at all (HV-ORG-001 says that).
/// </summary>
public sealed class SteeringGroupWithoutChairOrSecretaryRule : Rule
{
    public override string Code => "HV-ORG-002";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Ohjausryhmältä puuttuu puheenjohtaja tai sihteeri", "Steering group without a chair or secretary");
    public override Localized Explanation => new(
        "Ohjausryhmällä on puheenjohtaja, joka johtaa ryhmän työtä, ja sihteeri, joka valmistelee kokoukset ja pitää pöytäkirjaa.",
        "A steering group has a chair who leads it and a secretary who prepares the meetings and keeps the minutes.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var (body, index) in Governance.SteeringGroups(context.Plan))
        {
            var members = Governance.Seats(body);
            if (members.All(Governance.IsEmpty))
            {
                continue;
            }
            var texts = Governance.TextsAround(context, body).ToList();
            var noChair = members.All(m => m.Role != MemberRole.Chair) && !Governance.Mentions(texts, "puheenjohtaja");
            var noSecretary = members.All(m => m.Role != MemberRole.Secretary) && !Governance.Mentions(texts, "sihteeri");
            if (!noChair && !noSecretary)
            {
                continue;
            }
            var name = Governance.NameSuffix(body);
            var (fi, en) = (noChair, noSecretary) switch
            {
                (true, true) => ("puheenjohtajaa eikä sihteeriä", "neither a chair nor a secretary"),
                (true, false) => ("puheenjohtajaa", "no chair"),
                _ => ("sihteeriä", "no secretary"),
            };
            yield return Found(Governance.Place(context, body, index, "members"),
                new($"Ohjausryhmälle{name} ei ole nimetty {fi}.", $"The steering group{name} has {en}."),
                new("Kerro, kuka toimii ohjausryhmän puheenjohtajana ja kuka sihteerinä (nimi tai tehtävänimike).",
                    "Say who chairs the steering group and who is its secretary (name or post)."),
                noChair ? FindingSeverity.Warning : FindingSeverity.Info);
        }
    }
}
