namespace Hankevahti.Following.Ledger;

/// <summary>The names of the columns the import needs, for messages: "voucher" with the headings that name it.</summary>
public static class LedgerColumnNames
{
    public const string Voucher = "voucher";
    public const string Date = "date";
    public const string Account = "account";
    public const string Amount = "amount";

    public static string Examples(string? column) => column switch
    {
        Voucher => "Tosite, Tositenumero, Verifikat, Voucher",
        Date => "Pvm, Kirjauspäivä, Datum, Date",
        Account => "Tili, Tilinumero, Konto, Account",
        Amount => "Summa, Euro, Belopp, Amount, or Debet and Kredit",
        _ => "",
    };
}
