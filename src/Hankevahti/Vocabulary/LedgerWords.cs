namespace Hankevahti.Vocabulary;

/// <summary>What a column of a ledger export (pääkirjaote) holds, from its heading.</summary>
public enum LedgerColumn { None, Voucher, Line, Date, Account, AccountName, CostCentre, ProjectCode, Amount, Debit, Credit, Text }

/// <summary>
/// The headings of ledger exports as the counties' and municipalities' finance systems write them, in Finnish,
/// Swedish and English. The one place these words are kept: the reader finds its columns only through here.
/// Headings are compared whole after <see cref="Normalise"/>, so "Tilin nimi" is never taken for "Tili".
/// </summary>
public static class LedgerWords
{
    private static readonly Dictionary<string, LedgerColumn> Words = Build(
        (LedgerColumn.Voucher, ["tosite", "tositenumero", "tositenro", "tosite nro", "tositteen numero", "tositetunnus",
            "verifikat", "verifikation", "verifikationsnummer", "verifikatnummer", "voucher", "voucher number", "voucher no", "document number", "document no"]),
        (LedgerColumn.Line, ["rivi", "rivinumero", "rivinro", "rivi nro", "tositerivi", "rad", "radnummer", "line", "line number", "line no"]),
        (LedgerColumn.Date, ["pvm", "päivämäärä", "kirjauspäivä", "kirjauspvm", "kirjauspäivämäärä", "tositepäivä", "tositepvm", "tapahtumapäivä",
            "datum", "bokföringsdag", "bokföringsdatum", "verifikationsdatum", "date", "posting date", "booking date", "entry date"]),
        (LedgerColumn.Account, ["tili", "tilinumero", "tilinro", "tili nro", "kirjanpitotili", "konto", "kontonummer", "kontonr",
            "account", "account number", "account no", "gl account"]),
        (LedgerColumn.AccountName, ["tilin nimi", "tilinimi", "tilin nimike", "tilinnimi", "kontonamn", "kontots namn", "kontobenämning",
            "account name", "account description"]),
        (LedgerColumn.CostCentre, ["kustannuspaikka", "kp", "kustannuspaikka nro", "kustannuspaikan numero", "kustannuspaikkanumero", "kustannuspaikkanro",
            "kostnadsställe", "kst", "cost centre", "cost center", "cost centre code", "cost center code"]),
        (LedgerColumn.ProjectCode, ["projekti", "projektikoodi", "projektinumero", "projektinro", "projektitunnus", "projekt", "projektkod", "projektnummer",
            "project", "project code", "project number", "project no"]),
        (LedgerColumn.Amount, ["summa", "euro", "euroa", "eur", "määrä", "rahamäärä", "summa eur", "summa euroa", "summa €", "kirjattu summa",
            "belopp", "belopp eur", "summa kr", "amount", "amount eur", "sum"]),
        (LedgerColumn.Debit, ["debet", "debit", "per"]),
        (LedgerColumn.Credit, ["kredit", "credit"]),
        (LedgerColumn.Text, ["selite", "teksti", "kuvaus", "tositeteksti", "rivin selite", "rivin teksti", "viesti",
            "text", "beskrivning", "förklaring", "verifikationstext", "description", "memo", "narrative"]));

    /// <summary>The column a heading names, or None.</summary>
    public static LedgerColumn Classify(string? heading) =>
        heading is null ? LedgerColumn.None : Words.GetValueOrDefault(Normalise(heading), LedgerColumn.None);

    /// <summary>Lower case, single spaces, without a trailing colon or full stop and without "(€)" or "(eur)".</summary>
    public static string Normalise(string heading)
    {
        var h = string.Join(' ', heading.Trim().ToLowerInvariant().Split([' ', '\u00a0', '\t', '_'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var tail in new[] { "(€)", "(eur)", "(euroa)", "€" })
        {
            if (h.EndsWith(tail, StringComparison.Ordinal))
            {
                h = h[..^tail.Length].TrimEnd();
            }
        }
        return h.TrimEnd(':', '.').Trim();
    }

    private static Dictionary<string, LedgerColumn> Build(params (LedgerColumn Column, string[] Words)[] groups)
    {
        var words = new Dictionary<string, LedgerColumn>(StringComparer.Ordinal);
        foreach (var (column, list) in groups)
        {
            foreach (var word in list)
            {
                words.Add(word, column);
            }
        }
        return words;
    }
}
