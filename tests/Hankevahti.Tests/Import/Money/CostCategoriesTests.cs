using Hankevahti.Import.Money;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Money;

public class CostCategoriesTests
{
    [Theory]
    // The template's names and the wordings real plans use for them.
    [InlineData("Palkkakustannukset", CostCategory.PersonnelHired)]
    [InlineData("Projektiin palkattu henkilöstö", CostCategory.PersonnelHired)]
    [InlineData("Henkilöstökulut", CostCategory.PersonnelHired)]
    // Transferred work input is its own grant category; "siirretty" must win over "henkilöstö".
    [InlineData("Siirretty henkilöstö", CostCategory.PersonnelTransferred)]
    [InlineData("Työpanoksen siirto", CostCategory.PersonnelTransferred)]
    [InlineData("Asiantuntijapalvelut", CostCategory.ServicesExpert)]
    [InlineData("Ostopalvelut", CostCategory.ServicesExpert)]
    [InlineData("Matkakustannukset", CostCategory.ServicesTravel)]
    [InlineData("Matkustus- ja majoituskulut", CostCategory.ServicesTravel)]
    [InlineData("Koulutuspalvelut", CostCategory.ServicesTraining)]
    // "Muut palvelut" contains "palvelut" but is the other-services category, not expert services.
    [InlineData("Muut palvelut", CostCategory.ServicesOther)]
    [InlineData("Muut palvelujen ostot", CostCategory.ServicesOther)]
    [InlineData("Aineet, tarvikkeet ja tavarat", CostCategory.Materials)]
    [InlineData("Vuokrat", CostCategory.Rents)]
    [InlineData("Muut kulut", CostCategory.Other)]
    // "Aineettomat" contains "aine" but is an investment, not materials.
    [InlineData("Aineettomat hyödykkeet", CostCategory.InvestmentIntangible)]
    [InlineData("Koneet ja kalusto", CostCategory.InvestmentMachinery)]
    [InlineData("Muut investointikulut", CostCategory.InvestmentOther)]
    // Emphasis left by Word exports does not change the category.
    [InlineData("**Vuokrat**", CostCategory.Rents)]
    public void Category_rows(string label, CostCategory expected)
    {
        var read = CostCategories.Classify(label);
        Assert.Equal(BudgetRowKind.Category, read.Kind);
        Assert.Equal(expected, read.Category);
    }

    [Theory]
    // "joista/josta" and "yhteensä" on a category word make a group row that the rows below break down.
    [InlineData("Henkilöstökulut, joista", CostGroup.Personnel)]
    [InlineData("Palvelujen ostot yhteensä, josta", CostGroup.Services)]
    [InlineData("Investointikulut yhteensä", CostGroup.Investments)]
    public void Group_rows(string label, CostGroup group)
    {
        var read = CostCategories.Classify(label);
        Assert.Equal(BudgetRowKind.Group, read.Kind);
        Assert.Equal(group, read.Group);
    }

    [Theory]
    // Totals under the names plans give them.
    [InlineData("Kokonaiskulut", BudgetRowKind.Total, null)]
    [InlineData("Kokonaiskustannukset", BudgetRowKind.Total, null)]
    [InlineData("Yhteensä", BudgetRowKind.Total, null)]
    // A funding row may carry its share in the label; the share is a fraction.
    [InlineData("Omarahoitus 20 %", BudgetRowKind.OwnFunding, 0.2)]
    [InlineData("Omarahoitus", BudgetRowKind.OwnFunding, null)]
    [InlineData("Haettava valtionavustus 80 %", BudgetRowKind.Grant, 0.8)]
    [InlineData("Valtionavustus 80%", BudgetRowKind.Grant, 0.8)]
    // Words that are not budget rows stay unknown, so their rows stay text.
    [InlineData("Hankkeen tavoitteet", BudgetRowKind.Unknown, null)]
    [InlineData("", BudgetRowKind.Unknown, null)]
    public void Total_funding_and_unknown_rows(string label, BudgetRowKind kind, double? share)
    {
        var read = CostCategories.Classify(label);
        Assert.Equal(kind, read.Kind);
        Assert.Equal(share is null ? null : (decimal)share.Value, read.Share);
    }
}
