namespace Hankevahti.Web.Following.Ledger;

/// <summary>Marker for the text of the ledger import page (LedgerText.resx, fi; .sv and .en).</summary>
public sealed class LedgerText;
