namespace Hankevahti.Web.Account;

/// <summary>Marker for the text of the account pages (AccountText.resx and its sv/en files): sign-in, two-factor, password, tokens.</summary>
public sealed class AccountText;
