using System.Text;
using Hankevahti.Checks;
using Hankevahti.Plans;
using Hankevahti.Text;

namespace Hankevahti.Versions.Diff;

/// <summary>
/// A diff as text for a terminal, Finnish by default or English: the parts with their items added (+),
/// removed (−) and changed (~, each changed field «before» → «after»), then money moves, funding,
/// indicator targets and schedule shifts. Whatever comes from the plan passes through
/// <see cref="TerminalText.Visible"/>, as in the check report.
/// </summary>
public static class DiffText
{
    /// <param name="title">The first line ("project 3: version 2 → 4").</param>
    /// <param name="language">fi or en.</param>
    public static string Format(PlanDiffResult diff, string title, string language = "fi")
    {
        var en = language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        string Say(string fi, string english) => en ? english : fi;
        var text = new StringBuilder();
        text.Append(Say("Muutokset: ", "Changes: ")).Append(TerminalText.Visible(title)).Append('\n');
        if (diff.IsEmpty)
        {
            text.Append('\n').Append(Say("Ei muutoksia.", "No changes.")).Append('\n');
            return text.ToString();
        }

        foreach (var part in diff.Parts)
        {
            text.Append('\n').Append(PartName(part.Part, en)).Append('\n');
            foreach (var item in part.Added)
            {
                text.Append("  + ").Append(Item(item.Kind, item.Label, en)).Append(Under(item.Parent, en)).Append('\n');
            }
            foreach (var item in part.Removed)
            {
                text.Append("  − ").Append(Item(item.Kind, item.Label, en)).Append(Under(item.Parent, en)).Append('\n');
            }
            foreach (var item in part.Changed)
            {
                text.Append("  ~ ").Append(Item(item.Kind, item.Label, en)).Append('\n');
                if (item.Moved is { } moved)
                {
                    text.Append("      ").Append(Say("siirretty: ", "moved: "))
                        .Append(ParentText(moved.From, en)).Append(" → ").Append(ParentText(moved.To, en)).Append('\n');
                }
                foreach (var field in item.Fields)
                {
                    text.Append("      ").Append(field.Field).Append(": ")
                        .Append(Value(field.Before, en)).Append(" → ").Append(Value(field.After, en)).Append('\n');
                }
            }
        }

        var money = diff.Money;
        if (money.Moves.Count > 0 || money.Unpaired.Count > 0 || money.TotalBefore != money.TotalAfter)
        {
            text.Append('\n').Append(Say("Raha (suunnitellut kustannukset)", "Money (planned costs)")).Append('\n');
            text.Append("  ").Append(Say("yhteensä: ", "total: ")).Append(Euros(money.TotalBefore, en)).Append(" → ").Append(Euros(money.TotalAfter, en)).Append('\n');
            foreach (var move in money.Moves)
            {
                // "800 000 € moved from Osa-alue 2 to Osa-alue 3"; in Finnish without inflecting the plan's words.
                var from = KeyText(move.Dimension, move.From, move.FromLabel, en);
                var to = KeyText(move.Dimension, move.To, move.ToLabel, en);
                text.Append("  ").Append(Euros(move.Amount, en))
                    .Append(en ? $" moved from {from} to {to}" : $" siirretty: {from} → {to}").Append('\n');
            }
            foreach (var change in money.Unpaired)
            {
                text.Append("  ").Append(change.Amount > 0 ? "+" : "−").Append(Euros(Math.Abs(change.Amount), en)).Append(": ")
                    .Append(KeyText(change.Dimension, change.Key, change.Label, en))
                    .Append(" (").Append(Euros(change.Before, en)).Append(" → ").Append(Euros(change.After, en)).Append(")\n");
            }
        }

        if (diff.Funding.Changed)
        {
            var (b, a) = (diff.Funding.Before, diff.Funding.After);
            text.Append('\n').Append(Say("Rahoitus", "Funding")).Append('\n');
            Line(text, Say("omarahoitusosuus", "own funding share"), Share(b.OwnFundingShare, en), Share(a.OwnFundingShare, en));
            Line(text, Say("omarahoitus", "own funding"), Euros(b.OwnFunding, en), Euros(a.OwnFunding, en));
            Line(text, Say("valtionavustuksen osuus", "state grant share"), Share(b.GrantShare, en), Share(a.GrantShare, en));
            Line(text, Say("valtionavustus", "state grant"), Euros(b.Grant, en), Euros(a.Grant, en));
            Line(text, Say("siirrot osatoteuttajille", "grant transferred to co-implementers"), Euros(b.GrantTransfers, en), Euros(a.GrantTransfers, en));
            Line(text, Say("muut tulot", "other income"), Euros(b.OtherIncome, en), Euros(a.OtherIncome, en));
        }

        if (diff.IndicatorTargets.Count > 0)
        {
            text.Append('\n').Append(Say("Mittareiden tavoitteet", "Indicator targets")).Append('\n');
            foreach (var t in diff.IndicatorTargets)
            {
                text.Append("  ").Append(TerminalText.Visible(t.Name)).Append(": ")
                    .Append(Value(t.Before.Count > 0 ? string.Join("; ", t.Before) : null, en)).Append(" → ")
                    .Append(Value(t.After.Count > 0 ? string.Join("; ", t.After) : null, en)).Append('\n');
            }
        }

        if (diff.ScheduleShifts.Count > 0)
        {
            text.Append('\n').Append(Say("Aikataulujen siirrot", "Schedules shifted")).Append('\n');
            foreach (var s in diff.ScheduleShifts)
            {
                text.Append("  ").Append(TerminalText.Visible(string.Join(" ", new[] { s.Code, s.Title }.Where(w => w.Length > 0)))).Append(": ")
                    .Append(Say("alku ", "start ")).Append(Date(s.StartBefore)).Append(" → ").Append(Date(s.StartAfter)).Append(Months(s.StartMonths, en))
                    .Append(Say(", loppu ", ", end ")).Append(Date(s.EndBefore)).Append(" → ").Append(Date(s.EndAfter)).Append(Months(s.EndMonths, en)).Append('\n');
            }
        }
        return text.ToString();
    }

    private static void Line(StringBuilder text, string name, string before, string after)
    {
        if (before != after)
        {
            text.Append("  ").Append(name).Append(": ").Append(before).Append(" → ").Append(after).Append('\n');
        }
    }

    private static string Item(string kind, string label, bool en) => $"{KindName(kind, en)} {TerminalText.Visible(label)}".TrimEnd();

    private static string Under(ItemParent? parent, bool en) =>
        parent is null ? "" : (en ? " (under " : " (kohdassa ") + TerminalText.Visible(parent.Label) + ")";

    private static string ParentText(ItemParent? parent, bool en) =>
        parent is null ? (en ? "top level" : "ylin taso") : TerminalText.Visible(parent.Label);

    private static string Value(string? value, bool en) => value is null ? (en ? "(none)" : "(ei arvoa)") : $"«{TerminalText.Visible(value)}»";

    /// <summary>A key of a money dimension for people: the part's label, the category's name, the organisation.</summary>
    public static string KeyText(string dimension, string? key, string? label, bool en)
    {
        if (key is null)
        {
            return dimension switch
            {
                MoneyDimension.Part => en ? "no part" : "ei osaa",
                MoneyDimension.Organisation => en ? "no organisation" : "ei organisaatiota",
                _ => en ? "none" : "ei mitään",
            };
        }
        if (dimension == MoneyDimension.Category && Enum.TryParse<CostCategory>(key, ignoreCase: true, out var category))
        {
            return Checks.Rules.Budgets.BudgetWords.Category(category).In(en ? "en" : "fi");
        }
        if (dimension == MoneyDimension.Part)
        {
            // A bare number ("2") says little alone; a code with words of its own ("Pilari 3") says enough.
            return TerminalText.Visible(label ?? (key.Length > 0 && char.IsDigit(key[0]) ? (en ? $"part {key}" : $"osa {key}") : key));
        }
        return TerminalText.Visible(label ?? key);
    }

    /// <summary>The part's name for people.</summary>
    public static string PartName(string part, bool en) => (part, en) switch
    {
        ("project", false) => "Hankkeen tiedot", ("project", true) => "Project",
        ("versions", false) => "Versiohistoria", ("versions", true) => "Version history",
        ("sections", false) => "Luvut", ("sections", true) => "Sections",
        ("needs", false) => "Tarpeet", ("needs", true) => "Needs",
        ("targetGroups", false) => "Kohderyhmät", ("targetGroups", true) => "Target groups",
        ("goals", false) => "Tavoitteet", ("goals", true) => "Goals",
        ("work", false) => "Toteutus", ("work", true) => "Work",
        ("outcomes", false) => "Tuotokset ja tulokset", ("outcomes", true) => "Outcomes",
        ("indicators", false) => "Mittarit", ("indicators", true) => "Indicators",
        ("organisations", false) => "Toimijat", ("organisations", true) => "Organisations",
        ("governance", false) => "Hallinto", ("governance", true) => "Governance",
        ("resources", false) => "Resurssit", ("resources", true) => "Resources",
        ("budget", false) => "Kustannusarvio", ("budget", true) => "Budget",
        ("communication", false) => "Viestintä", ("communication", true) => "Communication",
        ("monitoring", false) => "Seuranta ja arviointi", ("monitoring", true) => "Monitoring",
        ("relatedProjects", false) => "Rajapinnat", ("relatedProjects", true) => "Related projects",
        ("risks", false) => "Riskit", ("risks", true) => "Risks",
        _ => part,
    };

    /// <summary>The item kind's name for people.</summary>
    public static string KindName(string kind, bool en) => (kind, en) switch
    {
        ("section", false) => "luku", ("section", true) => "section",
        ("need", false) => "tarve", ("need", true) => "need",
        ("targetGroup", false) => "kohderyhmä", ("targetGroup", true) => "target group",
        ("goal", false) => "tavoite", ("goal", true) => "goal",
        ("workPart", false) => "osa", ("workPart", true) => "part",
        ("action", false) => "toimenpide", ("action", true) => "action",
        ("outcome", false) => "tuotos", ("outcome", true) => "outcome",
        ("indicator", false) => "mittari", ("indicator", true) => "indicator",
        ("organisation", false) => "toimija", ("organisation", true) => "organisation",
        ("governanceBody", false) => "toimielin", ("governanceBody", true) => "body",
        ("member", false) => "jäsen", ("member", true) => "member",
        ("resource", false) => "resurssi", ("resource", true) => "resource",
        ("budgetLine", false) => "kustannusrivi", ("budgetLine", true) => "budget line",
        ("income", false) => "tulo", ("income", true) => "income",
        ("transfer", false) => "budjettisiirto", ("transfer", true) => "transfer",
        ("communication", false) => "viestintä", ("communication", true) => "communication",
        ("relatedProject", false) => "hanke", ("relatedProject", true) => "project",
        ("risk", false) => "riski", ("risk", true) => "risk",
        ("version", false) => "versio", ("version", true) => "version",
        ("project", false) => "hanke", ("project", true) => "project",
        ("funding", false) => "rahoitus", ("funding", true) => "funding",
        ("statedFigures", false) => "ilmoitetut luvut", ("statedFigures", true) => "stated figures",
        ("monitoring", false) => "seuranta", ("monitoring", true) => "monitoring",
        _ => kind,
    };

    private static string Euros(decimal? amount, bool en) => amount is { } a ? Checks.Say.Euros(a).In(en ? "en" : "fi") : "–";

    private static string Share(decimal? share, bool en) => share is { } s ? Checks.Say.Share(s).In(en ? "en" : "fi") : "–";

    private static string Date(DateOnly? date) => date is { } d ? Checks.Say.Date(d) : "–";

    private static string Months(int? months, bool en) => months switch
    {
        null or 0 => "",
        > 0 => en ? $" (+{months} mo)" : $" (+{months} kk)",
        _ => en ? $" (−{-months} mo)" : $" (−{-months} kk)",
    };
}
