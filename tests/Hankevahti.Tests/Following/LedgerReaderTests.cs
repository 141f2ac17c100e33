using System.Text;
using Hankevahti.Following.Ledger;
using Hankevahti.Plans;
using Hankevahti.Vocabulary;

namespace Hankevahti.Tests.Following;

public class LedgerReaderTests
{
    [Theory]
    [InlineData("1 234,56", "1234.56")]       // Finnish: space thousands, decimal comma
    [InlineData("1\u00a0234,56", "1234.56")]  // Excel's no-break space
    [InlineData("-12,50", "-12.50")]          // leading minus
    [InlineData("12,50-", "-12.50")]          // trailing minus, as SAP-style exports write credits
    [InlineData("\u221212,5", "-12.5")]       // the minus sign character
    [InlineData("1234.56", "1234.56")]        // decimal point
    [InlineData("1.234,56", "1234.56")]       // dot as thousands mark
    [InlineData("1,234.56", "1234.56")]       // comma as thousands mark
    [InlineData("100 €", "100")]              // a currency sign after it
    [InlineData("0,01", "0.01")]
    public void Amounts_are_read_as_the_finance_systems_write_them(string text, string expected)
    {
        Assert.True(LedgerValues.TryAmount(text, out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("")]            // empty
    [InlineData("kaksi")]       // text
    [InlineData("12,5x")]       // a letter after the number
    [InlineData("1-2")]         // a minus inside
    [InlineData("-")]           // a sign alone
    public void Text_that_is_no_amount_is_refused(string text) => Assert.False(LedgerValues.TryAmount(text, out _));

    [Theory]
    [InlineData("2.3.2026")]
    [InlineData("02.03.2026")]
    [InlineData("2026-03-02")]
    [InlineData("2026-03-02 00:00:00")]   // a date-time column of a database export
    [InlineData("2.3.26")]                // two-digit year
    public void Dates_are_read_in_Finnish_and_ISO_form(string text)
    {
        Assert.True(LedgerValues.TryDate(text, out var date));
        Assert.Equal(new DateOnly(2026, 3, 2), date);
    }

    [Theory]
    [InlineData("31.2.2026")]   // no such day
    [InlineData("maaliskuu")]
    [InlineData("2026/13/01")]
    public void Text_that_is_no_date_is_refused(string text) => Assert.False(LedgerValues.TryDate(text, out _));

    [Theory]
    [InlineData("Tosite", LedgerColumn.Voucher)]
    [InlineData("Tositenumero", LedgerColumn.Voucher)]
    [InlineData("Verifikat", LedgerColumn.Voucher)]
    [InlineData("Kirjauspäivä", LedgerColumn.Date)]
    [InlineData("Tili", LedgerColumn.Account)]
    [InlineData("Tilin nimi", LedgerColumn.AccountName)]      // must not be taken for the account
    [InlineData("KP", LedgerColumn.CostCentre)]
    [InlineData("Cost center", LedgerColumn.CostCentre)]
    [InlineData("Projektikoodi", LedgerColumn.ProjectCode)]
    [InlineData("Summa (€)", LedgerColumn.Amount)]
    [InlineData("Belopp:", LedgerColumn.Amount)]
    [InlineData("Selite", LedgerColumn.Text)]
    [InlineData("Asiakas", LedgerColumn.None)]
    public void Headings_are_recognised_in_Finnish_Swedish_and_English(string heading, LedgerColumn column) =>
        Assert.Equal(column, LedgerWords.Classify(heading));

    [Theory]
    [InlineData("4010", CostCategory.PersonnelHired)]
    [InlineData("4299", CostCategory.PersonnelHired)]
    [InlineData("4300", CostCategory.ServicesOther)]
    [InlineData("430010", CostCategory.ServicesOther)]   // a six-digit sub-account of 4300
    [InlineData("4510", CostCategory.Materials)]
    [InlineData("4820", CostCategory.Other)]
    public void Accounts_map_to_categories_by_the_municipal_chart(string account, CostCategory category) =>
        Assert.Equal(category, LedgerMapping.Default.CategoryOf(account));

    [Theory]
    [InlineData("3000")]   // income
    [InlineData("1150")]   // balance sheet
    [InlineData("ABC")]
    public void Accounts_outside_operating_expenses_map_to_nothing(string account) => Assert.Null(LedgerMapping.Default.CategoryOf(account));

    // A saved narrower range wins over the default and over a broader saved one.
    [Fact]
    public void A_saved_range_overrides_the_default_chart()
    {
        var mapping = new LedgerMapping([AccountRange.Parse("4300-4499", CostCategory.ServicesExpert)!, AccountRange.Parse("4460", CostCategory.ServicesTravel)!]);
        Assert.Equal(CostCategory.ServicesTravel, mapping.CategoryOf("4460"));
        Assert.Equal(CostCategory.ServicesExpert, mapping.CategoryOf("4390"));
        Assert.Equal(CostCategory.PersonnelHired, mapping.CategoryOf("4000"));
    }

    // Title rows before the heading, tab separated, Windows-1252, no line column: lines are numbered within a voucher.
    [Fact]
    public void A_windows_1252_tab_file_without_a_line_column_numbers_the_rows_of_each_voucher()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "Pääkirja 1.1.–31.12.2026\n\nTosite\tPvm\tTili\tTilin nimi\tKp\tSumma\tSelite\n" +
            "501\t2.3.2026\t4010\tPalkat\tKP1\t1 000,00\tMaaliskuu\n" +
            "501\t2.3.2026\t4110\tEläkekulut\tKP1\t170,50\t\n" +
            "502\t3.3.2026\t4460\tMatkat\tKP2\t12,40-\tHyvitys €\n";
        var read = LedgerReader.Read(new MemoryStream(Encoding.GetEncoding(1252).GetBytes(text)),
            new LedgerMapping(null, new Dictionary<string, string> { ["KP1"] = "1" }));

        Assert.Empty(read.Errors.Select(e => e.Message));
        Assert.Equal([("501", 1, "1"), ("501", 2, "1"), ("502", 1, (string?)null)], read.Entries.Select(e => (e.Voucher, e.Line, e.PartCode)));
        Assert.Equal("Eläkekulut", read.Entries[1].AccountName);
        Assert.Equal("Hyvitys €", read.Entries[2].Text);
        Assert.Equal(-12.40m, read.Entries[2].Amount);
        Assert.Equal(4, read.Entries[0].Row);
    }

    // Every bad row is reported (up to the limit) with its row number, and the file yields no rows at all.
    [Fact]
    public void Bad_rows_refuse_the_whole_file_with_their_row_numbers()
    {
        var text = "Tosite;Rivi;Pvm;Tili;Summa\n1;1;2.3.2026;4010;10,00\n1;2;31.2.2026;4010;10,00\n2;1;2.3.2026;9999;10,00\n2;1;2.3.2026;4010;10,00\n";
        var read = LedgerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), LedgerMapping.Default);

        Assert.True(read.Refused);
        Assert.Empty(read.Entries);
        Assert.Equal([(3, LedgerProblem.BadDate), (4, LedgerProblem.UnknownAccount)], read.Errors.Select(e => (e.Row, e.Problem)));
        Assert.Equal("row 3: date '31.2.2026': expected a date like 2.3.2026 or 2026-03-02", read.Errors[0].Message);
    }

    // Duplicate keys in one file would silently lose a row on insert: refused instead.
    [Fact]
    public void The_same_voucher_and_line_twice_in_a_file_is_refused()
    {
        var text = "Tosite;Rivi;Pvm;Tili;Summa\n1;1;2.3.2026;4010;10,00\n1;1;2.3.2026;4010;11,00\n";
        var read = LedgerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), LedgerMapping.Default);
        Assert.Equal((3, LedgerProblem.DuplicateLine), (read.Errors.Single().Row, read.Errors.Single().Problem));
    }

    // A file without an amount column says which column is missing and which headings would name it.
    [Fact]
    public void A_missing_column_is_named_with_the_headings_that_would_do()
    {
        var read = LedgerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("Tosite,Pvm,Tili\n1,2.3.2026,4010\n")), LedgerMapping.Default);
        var error = Assert.Single(read.Errors);
        Assert.Equal(LedgerProblem.MissingColumn, error.Problem);
        Assert.Contains("Summa", error.Message);
    }

    // Debit and credit columns instead of one amount: the amount is debit − credit.
    [Fact]
    public void Debit_and_credit_columns_give_the_amount()
    {
        var text = "Tosite;Pvm;Tili;Debet;Kredit\n1;2.3.2026;4010;100,00;\n2;2.3.2026;4010;;25,00\n";
        var read = LedgerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), LedgerMapping.Default);
        Assert.Equal([100m, -25m], read.Entries.Select(e => e.Amount));
    }

    [Fact]
    public void A_mapping_file_is_read_and_its_bad_lines_named()
    {
        var good = MappingFile.Parse(new StringReader("kind;source;target\naccount;4460;servicesTravel\naccount;4420-4429;Koulutus\ncost_centre;KP1;1\n"), ["1", "2"]);
        Assert.Empty(good.Errors);
        Assert.Equal(CostCategory.ServicesTravel, good.Mapping!.CategoryOf("4460"));
        Assert.Equal(CostCategory.ServicesTraining, good.Mapping.CategoryOf("4425"));
        Assert.Equal("1", good.Mapping.PartOf("kp1"));

        var bad = MappingFile.Parse(new StringReader("account;44x;servicesTravel\ncost_centre;KP1;9\nbudget;1;2\n"), ["1", "2"]);
        Assert.Equal([1, 2, 3], bad.Errors.Select(e => e.Line));
    }
}
