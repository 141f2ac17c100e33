namespace Hankevahti.Checks.Rules.Template;

/// <summary>
/// HV-TEMPLATE-002: fill-in marks of the template left unfilled, in section text and in structured
/// fields alike (a version row dated "pp.kk.vvvv"). One finding per placeholder and section, or per
/// placeholder and table, so a template's version table gives two findings rather than six.
/// </summary>
public sealed class PlaceholderRule : Rule
{
    public override string Code => "HV-TEMPLATE-002";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Täyttämätön paikkamerkki", "Unfilled placeholder");
    public override Localized Explanation => new(
        "Pohjan paikkamerkit, kuten pp.kk.vvvv, x.xx, XX tai linkki ilman osoitetta, korvataan oikeilla tiedoilla. Täyttämätön paikkamerkki jättää tiedon puuttumaan.",
        "The template's placeholders such as pp.kk.vvvv, x.xx, XX or a link without an address are replaced with the real values. An unfilled placeholder leaves the value missing.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var groups = new Dictionary<(string Words, string Where), List<(PlanText Text, Placeholder Placeholder)>>();
        var order = new List<(string, string)>();
        foreach (var text in PlanTexts.Of(context))
        {
            foreach (var placeholder in Placeholders.In(text.Text))
            {
                var key = (Key(placeholder), text.Section?.Path ?? text.Area);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                    order.Add(key);
                }
                list.Add((text, placeholder));
            }
        }
        foreach (var key in order)
        {
            var hits = groups[key];
            var (first, placeholder) = hits[0];
            var words = placeholder.Words;
            var where = first.Section is null ? PlanAreas.Name(first.Area)
                : first.Section.Kind == "preamble" ? new Localized("Suunnitelman alku ennen ensimmäistä otsikkoa", "The start of the plan before the first heading")
                : null;
            var count = hits.Count;
            var prefix = where is null ? new Localized("", "") : new Localized(Capital(where.Fi) + ": ", Capital(where.En) + ": ");
            var times = count == 1 ? new Localized("", "") : new Localized($" {count} kohdassa", $" in {count} places");
            if (words.StartsWith('['))
            {
                var label = CheckContext.Shorten(words[1..words.LastIndexOf(']')], 60);
                yield return Found(
                    first.Place(context, words),
                    new(Capital($"{prefix.Fi}linkiltä \"{label}\" puuttuu osoite{times.Fi}."),
                        Capital($"{prefix.En}the link \"{label}\" has no address{times.En}.")),
                    new("Lisää linkin osoite tai kirjoita lähde auki tekstiksi.",
                        "Add the link's address or write the reference out as text."));
                continue;
            }
            yield return Found(
                first.Place(context, words),
                new(Capital($"{prefix.Fi}paikkamerkki \"{words}\" on jäänyt täyttämättä{times.Fi}; sen paikalle kuuluu {placeholder.Stands.Fi}."),
                    Capital($"{prefix.En}the placeholder \"{words}\" was left unfilled{times.En}; it stands for {placeholder.Stands.En}.")),
                new("Kirjoita paikkamerkin tilalle oikea tieto tai poista kohta, jos se ei koske hanketta.",
                    "Put the real value in place of the placeholder, or delete the passage if it does not apply."));
        }
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Empty links are grouped as one kind whatever their label; other placeholders by their words.</summary>
    private static string Key(Placeholder p) => p.Words.StartsWith('[') ? "[](#)" : p.Words.ToLowerInvariant();
}
