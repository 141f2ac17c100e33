namespace Hankevahti.Web.Plans.Communication;

/// <summary>Marker for the text of the communication and monitoring page and partials (CommunicationText.resx and its sv/en files).</summary>
public sealed class CommunicationText;
