using System.CommandLine;
using EvidenceLedger.Server.Demo.Loading;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Projections;

namespace EvidenceLedger.Server.CommandLine;

public static class DemoCommand
{
    /// <summary>Who the ledger records for loading the demo from the command line.</summary>
    public const string Actor = "system:demo";

    public static Command Create()
    {
        var command = new Command("demo", "Load the demo data set (2015 reports from al-Bukamal and Deir ez-Zor) into an empty ledger.");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            await using var app = await LedgerApp.CreateAsync([.. parse.UnmatchedTokens], ct: ct);
            await using var wolverine = await WolverineForCommands.StartAsync(app.Services, ct);
            var result = await LoadAsync(app.Services, ct);
            DemoLoadReport.Print(result, Console.Out);
            return 0;
        });
        return command;
    }

    /// <summary>Loads the demo with the app's own services; a projection whose definition changed is rebuilt first, as at start-up.</summary>
    public static async Task<DemoLoadResult> LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        await ProjectionStartup.RebuildChangedAsync(services, ct);
        return await services.GetRequiredService<DemoLoader>().LoadAsync(Actor, ct);
    }
}
