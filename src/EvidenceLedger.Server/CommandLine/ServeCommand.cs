using System.CommandLine;
using EvidenceLedger.Server.Demo.Loading;
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
            // Started first, so the start-up work (projection tables, the bootstrap admin) has run before the demo loads.
            await app.StartAsync(ct);
            if (parse.GetValue(demo))
                DemoLoadReport.Print(await app.Services.GetRequiredService<DemoLoader>().LoadAsync(DemoCommand.Actor, ct), Console.Out);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
