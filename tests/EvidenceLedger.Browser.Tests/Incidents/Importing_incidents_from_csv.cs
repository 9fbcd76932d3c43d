using System.Text;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Importing_incidents_from_csv(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    private static FilePayload Csv(string text) => new() { Name = "incidents.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public Task A_spreadsheet_imported_from_the_list_page_records_each_row_and_links_to_it() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync("/incidents");

        var import = page.GetByTestId("import-form");
        await import.Locator("summary").ClickAsync();
        await import.GetByLabel("CSV file").SetInputFilesAsync(Csv("""
            title,occurred,place,aliases,summary
            Uploadwave arrests at the Hajin bakery,spring 2015,Hajin,Hajeen,
            Uploadwave shelling of the old market,18/11/2015,Deir ez-Zor,,"Shells fell on the market, two killed"
            """));
        await import.GetByLabel("Reason").FillAsync("Migrated from the team spreadsheet");
        await import.GetByRole(AriaRole.Button, new() { Name = "Import" , Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("done")).ToHaveTextAsync("2 incidents were imported.");
        await Expect(page.GetByTestId("imported-incident")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Link, new() { Name = "Uploadwave arrests at the Hajin bakery" }).ClickAsync();
        var facts = page.GetByTestId("incident-facts");
        await Expect(facts.GetByTestId("occurred-reading")).ToHaveTextAsync("spring 2015 (March to May 2015)");
    });

    [Fact]
    public Task A_file_with_bad_rows_lists_every_problem_by_row_and_records_nothing() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync("/incidents");

        var import = page.GetByTestId("import-form");
        await import.Locator("summary").ClickAsync();
        await import.GetByLabel("CSV file").SetInputFilesAsync(Csv("""
            title,occurred,place
            Badwave raid on the clinic,2015-11-18,al-Ashara
            Badwave looting,the week after the raid,al-Ashara
            ,2015,
            """));
        await import.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        var problems = page.GetByTestId("import-problem");
        await Expect(problems).ToHaveCountAsync(3);
        await Expect(problems.Filter(new() { HasText = "row 2" })).ToContainTextAsync("occurred");
        await Expect(problems.Filter(new() { HasText = "row 2" })).ToContainTextAsync("Forms that work");
        await Expect(problems.Filter(new() { HasText = "title" })).ToContainTextAsync("row 3");
        await Expect(page.GetByTestId("import-form")).ToContainTextAsync("Nothing was imported");

        await page.GotoAsync("/incidents?q=badwave");
        await Expect(page.GetByTestId("incident-item")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_file_larger_than_other_requests_may_be_is_read_whole() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync("/incidents/import");
        var summary = new string('x', 1_000);
        var csv = "titel,occurred,place,summary\n" + string.Concat(Enumerable.Range(1, 2_000).Select(i => $"Largewave {i},2015,Hajin,{summary}\n"));

        var import = page.GetByTestId("import-form");
        await import.GetByLabel("CSV file").SetInputFilesAsync(Csv(csv));
        await import.GetByRole(AriaRole.Button, new() { Name = "Check only" }).ClickAsync();

        await Expect(page.GetByTestId("import-problem").First).ToContainTextAsync("'titel' is not a column the import reads");
    });

    [Fact]
    public Task Checking_a_file_says_it_can_be_imported_without_recording_it() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync("/incidents/import");

        var import = page.GetByTestId("import-form");
        await import.GetByLabel("CSV file").SetInputFilesAsync(Csv("title,occurred,place\nCheckwave gun battle,2015-11,al-Bukamal\n"));
        await import.GetByRole(AriaRole.Button, new() { Name = "Check only" }).ClickAsync();

        await Expect(page.GetByTestId("import-checked")).ToContainTextAsync("1 row can be imported");
        await page.GotoAsync("/incidents?q=checkwave");
        await Expect(page.GetByTestId("incident-item")).ToHaveCountAsync(0);
    });
}
