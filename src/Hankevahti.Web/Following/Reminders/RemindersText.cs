namespace Hankevahti.Web.Following.Reminders;

/// <summary>Marker for the text of the reminders in the app (RemindersText.resx and its sv/en files); the reminders' own sentences are in <see cref="Hankevahti.Following.Reminders.ReminderTexts"/>.</summary>
public sealed class RemindersText;
