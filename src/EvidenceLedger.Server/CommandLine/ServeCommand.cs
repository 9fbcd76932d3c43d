using System.CommandLine;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.CommandLine;

public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on (default: ASPNETCORE_URLS, else http://localhost:5000)." };
        var command = new Command("serve", "Run the ledger server (starts its private PostgreSQL unless ConnectionStrings:Ledger is set).")
        {
            urls,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var args = parse.UnmatchedTokens.ToList();
            if (parse.GetValue(urls) is { } addresses) args.AddRange(["--urls", addresses]);
            await using var app = await LedgerApp.CreateAsync([.. args], ct: ct);
            await app.RunAsync();
            return 0;
        });
        return command;
    }
}
