using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Organisations;

/// <summary>
/// A steering group whose seats name nobody. Seats with neither name nor post nor organisation are a
/// gap (warning when no seat names anyone); seats that give only the organisation, or a few empty seats
/// next to named ones, are remarks (info): a plan often names the organisations before the people.
/// </summary>
public sealed class SteeringGroupWithoutNamedMembersRule : Rule
{
    public override string Code => "HV-ORG-001";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Ohjausryhmän jäseniä ei ole nimetty", "Steering group without named members");
    public override Localized Explanation => new(
        "Ohjausryhmän kokoonpano kerrotaan nimin tai tehtävänimikkein, jotta rahoittaja näkee, kuka hanketta ohjaa.",
        "The steering group is given by names or posts so that the funder sees who steers the project.");

    private static readonly Localized Hint = new(
        "Kirjaa ohjausryhmän jäsenet nimineen tai tehtävänimikkeineen ja organisaatioineen; jos nimet eivät ole vielä tiedossa, kerro, mitä organisaatiota ja tehtävää kukin paikka edustaa.",
        "List the steering group's members with their names or posts and organisations; if the names are not known yet, say which organisation and post each seat stands for.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var (body, index) in Governance.SteeringGroups(context.Plan))
        {
            var name = Governance.NameSuffix(body);
            var members = Governance.Seats(body);
            if (members.Count == 0)
            {
                yield return Found(Governance.Place(context, body, index, "members"),
                    new($"Ohjausryhmän{name} jäseniä ei ole lueteltu.", $"The steering group's{name} members are not listed."),
                    Hint, FindingSeverity.Info);
                continue;
            }
            if (members.Any(Governance.NamesPerson))
            {
                var empty = members.Where(Governance.IsEmpty).ToList();
                if (empty.Count > 0)
                {
                    var seats = Governance.Seats(empty);
                    yield return Found(Governance.Place(context, body, index, "members"),
                        new($"Ohjausryhmän{name} paikoista {empty.Count} on ilman nimeä (paikkoja yhteensä {members.Count}): {seats.Fi}.",
                            $"{empty.Count} of the steering group's{name} {members.Count} seats name nobody: {seats.En}."),
                        Hint, FindingSeverity.Info);
                }
                continue;
            }
            var all = Governance.Seats(members);
            if (members.All(Governance.IsEmpty))
            {
                yield return Found(Governance.Place(context, body, index, "members"),
                    new($"Ohjausryhmän{name} jäseniä ei ole nimetty: {Places(members.Count)} ({all.Fi}) ilman nimeä, tehtävänimikettä tai organisaatiota.",
                        $"The steering group{name} has no named members: {SeatsEn(members.Count)} ({all.En}) without a name, post or organisation."),
                    Hint);
                continue;
            }
            yield return Found(Governance.Place(context, body, index, "members"),
                new($"Ohjausryhmän{name} jäsenistä on kerrottu vain organisaatiot: {Places(members.Count)} ({all.Fi}) ilman nimeä tai tehtävänimikettä.",
                    $"The steering group's{name} members are given only by organisation: {SeatsEn(members.Count)} ({all.En}) without a name or post."),
                Hint, FindingSeverity.Info);
        }
    }

    private static string Places(int n) => n == 1 ? "1 paikka" : $"{n} paikkaa";

    private static string SeatsEn(int n) => n == 1 ? "1 seat" : $"{n} seats";
}
