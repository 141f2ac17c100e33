using Hankevahti.Limits;
using Hankevahti.Plans;

namespace Hankevahti.Web.Tests.Web.Limits;

/// <summary>
/// Every edit form of a plan's pages as the tests post it: the page that shows it (and so gives the
/// token and the version), the handler, and the fields it needs besides the one a test varies. The
/// address's choices (?add=org) go as form fields, which the pages bind the same way.
/// </summary>
public sealed record EditForm(string Name, string Page, string Handler, Func<string, (string Name, string Value)[]> Fields)
{
    /// <summary>The fields with <paramref name="field"/> set to <paramref name="value"/>; <paramref name="unique"/> keeps codes apart between saves.</summary>
    public IEnumerable<KeyValuePair<string, string>> With(string field, string value, string unique) =>
        Fields(unique).Where(f => f.Name != field).Append((Name: field, Value: value)).Select(f => new KeyValuePair<string, string>(f.Name, f.Value));

    public static readonly IReadOnlyDictionary<string, EditForm> All = new[]
    {
        new EditForm("facts", "facts?edit=1", "", _ =>
        [
            ("Input.Name", "Hanke"), ("Input.Status", "running"), ("Input.PeriodStart", "1.1.2026"), ("Input.PeriodEnd", "31.12.2027"),
        ]),
        new EditForm("risk", "risks", "Save", _ => [("Input.Title", "Riski"), ("Input.Likelihood", "3"), ("Input.Impact", "3")]),
        new EditForm("need", "needs?edit=new-need", "SaveNeed", _ => [("NeedForm.Title", "Tarve")]),
        new EditForm("group", "needs?edit=new-group", "SaveGroup", _ => [("GroupForm.Name", "Ryhmä")]),
        new EditForm("goal", "goals?edit=new-goal", "SaveGoal", _ => [("GoalForm.Level", "Objective"), ("GoalForm.Text", "Tavoite")]),
        new EditForm("indicator", "goals?edit=new-indicator", "SaveIndicator", _ => [("IndicatorForm.Name", "Mittari"), ("IndicatorForm.Kind", "Count")]),
        new EditForm("outcome", "outcomes?edit=new-output", "Save", _ => [("Form.Kind", "Output"), ("Form.Term", "ShortTerm"), ("Form.Title", "Tuotos")]),
        new EditForm("organisation", "organisations?add=org", "Organisation", _ => [("Add", "org"), ("OrgInput.Name", "Kunta")]),
        new EditForm("body", "organisations?add=body", "Body", _ => [("Add", "body"), ("BodyInput.Kind", "SteeringGroup"), ("BodyInput.Name", "Ohjausryhmä")]),
        new EditForm("member", "organisations?body=0&add=member", "Member", _ => [("Body", "0"), ("Add", "member"), ("MemberInput.Role", "Member")]),
        new EditForm("communication", "communication?edit=communication", "Communication", _ => [("Edit", "communication")]),
        new EditForm("item", "communication?edit=item", "Item", _ => [("Edit", "item"), ("ItemInput.Audience", "Asukkaat")]),
        new EditForm("monitoring", "communication?edit=monitoring", "Monitoring", _ => [("Edit", "monitoring")]),
        new EditForm("related", "related?add=true", "Save", _ => [("Add", "true"), ("Input.Name", "Naapurihanke")]),
        new EditForm("resource", "resources?add=true", "Save", _ => [("Add", "true"), ("Input.PersonOrRole", "Tekijä"), ("Input.AllocationUnit", "Percent")]),
        new EditForm("section", "sections?add=root", "Save", _ => [("Add", "root"), ("Input.Title", "Luku")]),
        new EditForm("part", "work?add=work", "AddPart", unique => [("Input.Target", "work"), ("Input.Code", "L" + unique), ("Input.Kind", "WorkPackage"), ("Input.Title", "Osa")]),
        new EditForm("action", "work?addAction=work[1]", "AddAction", unique => [("Act.Target", "work[1]"), ("Act.Code", "L" + unique), ("Act.Title", "Toimenpide"), ("Act.Status", "Known")]),
    }.ToDictionary(f => f.Name);
}

/// <summary>One text field of a form: its name, the id of its input (its message is "{id}-error"), its kind and its Finnish label.</summary>
public sealed record LimitedField(string Form, string Field, string Id, FieldKind Kind, string Label);
