using System.CommandLine;
using EvidenceLedger.Server.Demo.Loading;
using EvidenceLedger.Server.Health;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.CommandLine;

public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on (default: ASPNETCORE_URLS, else http://localhost:5000)." };
        var demo = new Option<bool>("--demo") { Description = "Load the demo data set first, if the ledger holds no evidence yet." };
        var command = new Command("serve", "Run the ledger server (starts its private PostgreSQL unless ConnectionStrings:Ledger is set).")
        {
            urls,
            demo,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var args = parse.UnmatchedTokens.ToList();
            if (parse.GetValue(urls) is { } addresses) args.AddRange(["--urls", addresses]);
            await using var app = await LedgerApp.CreateAsync([.. args], ct: ct);
            using (var demoLoad = parse.GetValue(demo) ? app.Services.GetRequiredService<Readiness>().WaitFor("the demo data set") : null)
            {
                // Started first, so the start-up work (projection tables, the bootstrap admin) has run before the demo loads.
                await app.StartAsync(ct);
                StartupBanner.Print(app.Services, Console.Out);
                if (demoLoad is not null)
                    DemoLoadReport.Print(await app.Services.GetRequiredService<DemoLoader>().LoadAsync(DemoCommand.Actor, ct), Console.Out);
            }
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
