using System.Globalization;
using System.Text;
using Hankevahti.Plans;
using MiniExcelLibs;

namespace Hankevahti.Web.Tests.Support;

/// <summary>One row of a made-up ledger export.</summary>
public sealed record LedgerFileRow(string Voucher, int Line, DateOnly Date, string Account, string AccountName, string CostCentre, decimal Amount, string Text);

/// <summary>
/// Ledger exports made at test time for a plan's organisation and work parts, as a county's finance system would
/// give them: CSV (';' by default, Finnish decimal comma, thousands spaces, d.M.yyyy, a trailing minus on some
/// corrections) or .xlsx with typed cells. Each work part gets a cost centre "KP" + 1001…; one cost centre,
/// <see cref="UnmappedCostCentre"/>, maps to no part. Deterministic for a seed. Shared by the web, storage and
/// browser tests and the bench (linked into those projects), so all of them import the same kind of file.
/// </summary>
public static class LedgerFiles
{
    public const string UnmappedCostCentre = "KP9999";

    private static readonly (string Account, string Name)[] Accounts =
    [
        ("4010", "Kuukausipalkat"), ("4110", "Eläkekulut"), ("4390", "Asiantuntijapalvelut"), ("4420", "Koulutuspalvelut"),
        ("4460", "Matkustuspalvelut"), ("4510", "Toimistotarvikkeet"), ("4560", "Elintarvikkeet"), ("4820", "Tilavuokrat"),
    ];

    /// <summary>The plan's work parts' codes (all levels), the cost centres map to them in this order.</summary>
    public static IReadOnlyList<string> PartCodes(Plan plan)
    {
        var codes = new List<string>();
        void Walk(IEnumerable<WorkPart> parts)
        {
            foreach (var p in parts)
            {
                if (p.Code.Length > 0 && !codes.Contains(p.Code))
                {
                    codes.Add(p.Code);
                }
                Walk(p.Children);
            }
        }
        Walk(plan.Work);
        return codes;
    }

    /// <summary>Cost centre → work part code: "KP1001" → the first part, and so on.</summary>
    public static IReadOnlyDictionary<string, string> CostCentres(Plan plan) =>
        PartCodes(plan).Select((code, i) => (Centre: $"KP{1001 + i}", code)).ToDictionary(p => p.Centre, p => p.code);

    /// <summary>The CLI's mapping file (kind;source;target) of <see cref="CostCentres"/>.</summary>
    public static string MappingCsv(Plan plan) =>
        "kind;source;target\n" + string.Concat(CostCentres(plan).Select(c => $"cost_centre;{c.Key};{c.Value}\n"));

    /// <summary><paramref name="count"/> rows dated within the plan's period (2026 when it has none), 1–4 lines a voucher.</summary>
    public static IReadOnlyList<LedgerFileRow> Rows(Plan plan, int count, int seed = 1)
    {
        var random = new Random(seed);
        var centres = CostCentres(plan).Keys.Append(UnmappedCostCentre).ToArray();
        var start = plan.Project.Period?.Start ?? new DateOnly(2026, 1, 1);
        var end = plan.Project.Period?.End ?? new DateOnly(2026, 12, 31);
        var days = Math.Max(1, end.DayNumber - start.DayNumber);
        var rows = new List<LedgerFileRow>(count);
        var voucher = 100000 + seed * 1000;
        while (rows.Count < count)
        {
            voucher++;
            var date = start.AddDays(random.Next(days));
            var lines = Math.Min(count - rows.Count, 1 + random.Next(4));
            for (var line = 1; line <= lines; line++)
            {
                var (account, name) = Accounts[random.Next(Accounts.Length)];
                // One row in twenty is a correction (a credit); one in twenty on the cost centre no part maps.
                var amount = random.Next(100, 500_000) / 100m * (random.Next(20) == 0 ? -1 : 1);
                var centre = random.Next(20) == 0 ? UnmappedCostCentre : centres[random.Next(centres.Length - 1)];
                rows.Add(new LedgerFileRow(voucher.ToString(CultureInfo.InvariantCulture), line, date, account, name, centre, amount, $"Lasku {voucher}/{line}"));
            }
        }
        return rows;
    }

    /// <summary>The rows as a CSV export; <paramref name="lineColumn"/> false leaves the line out (the reader numbers a voucher's rows).</summary>
    public static string Csv(IEnumerable<LedgerFileRow> rows, char separator = ';', bool lineColumn = true)
    {
        var fi = CultureInfo.GetCultureInfo("fi-FI");
        var s = separator.ToString();
        var text = new StringBuilder();
        text.Append("Pääkirjaote\n\n");
        text.AppendJoin(s, lineColumn
            ? ["Tosite", "Rivi", "Kirjauspäivä", "Tili", "Tilin nimi", "Kustannuspaikka", "Summa", "Selite"]
            : new[] { "Tosite", "Kirjauspäivä", "Tili", "Tilin nimi", "Kustannuspaikka", "Summa", "Selite" }).Append('\n');
        var n = 0;
        foreach (var r in rows)
        {
            // Amounts as Finnish spreadsheets write them: "1 234,56" (a no-break space), some credits with a trailing minus.
            var amount = Math.Abs(r.Amount).ToString("#,0.00", fi);
            amount = r.Amount < 0 ? (n++ % 2 == 0 ? "-" + amount : amount + "-") : amount;
            if (separator == ',')
            {
                amount = $"\"{amount}\"";
            }
            text.Append(r.Voucher).Append(s);
            if (lineColumn)
            {
                text.Append(r.Line.ToString(CultureInfo.InvariantCulture)).Append(s);
            }
            text.Append(r.Date.ToString("d.M.yyyy", CultureInfo.InvariantCulture)).Append(s).Append(r.Account).Append(s).Append(r.AccountName).Append(s)
                .Append(r.CostCentre).Append(s).Append(amount).Append(s).Append(r.Text).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The CSV in an encoding: UTF-8 (with its byte-order mark, as Excel saves it) or Windows-1252.</summary>
    public static byte[] CsvBytes(IEnumerable<LedgerFileRow> rows, bool windowsAnsi = false, char separator = ';')
    {
        var text = Csv(rows, separator);
        if (windowsAnsi)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetBytes(text);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>The rows as an .xlsx workbook: numbers and dates as typed cells.</summary>
    public static byte[] Xlsx(IEnumerable<LedgerFileRow> rows)
    {
        var sheet = rows.Select(r => new Dictionary<string, object>
        {
            ["Tosite"] = r.Voucher, ["Rivi"] = r.Line, ["Kirjauspäivä"] = r.Date.ToDateTime(TimeOnly.MinValue), ["Tili"] = r.Account,
            ["Tilin nimi"] = r.AccountName, ["Kustannuspaikka"] = r.CostCentre, ["Summa"] = r.Amount, ["Selite"] = r.Text,
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
