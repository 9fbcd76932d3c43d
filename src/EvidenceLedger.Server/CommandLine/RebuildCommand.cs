using System.CommandLine;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Projections;

namespace EvidenceLedger.Server.CommandLine;

/// <summary>
/// <c>rebuild [NAME]</c>: folds the streams of one projection, or of every one, into fresh documents in one transaction
/// while servers keep running. Exit codes: 0 rebuilt, 2 no such name.
/// </summary>
public static class RebuildCommand
{
    public const int Rebuilt = 0;
    public const int UnknownName = 2;

    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "The projection to rebuild (default: every one).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("rebuild", "Rebuild one projection, or all of them, from the whole event log.") { name };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            await using var app = await LedgerApp.CreateAsync([.. parse.UnmatchedTokens], ct: ct);
            return await RunAsync(app.Services.GetRequiredService<ProjectionRebuilds>(), parse.GetValue(name), Console.Out, Console.Error, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(ProjectionRebuilds rebuilds, string? name, TextWriter output, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rebuilds);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var which = rebuilds.Documents.Where(d => name is null || d.Name == name).ToList();
        if (which.Count == 0)
        {
            await error.WriteLineAsync($"There is no projection named '{name}'. The projections: {string.Join(", ", rebuilds.Names)}.");
            return UnknownName;
        }

        foreach (var rebuilt in await rebuilds.RebuildAsync(which, onlyChanged: false, ct))
            await output.WriteLineAsync(rebuilt.Lifecycle == JasperFx.Events.Projections.ProjectionLifecycle.Async
                ? $"Rebuilt {rebuilt.Name} (async) from {rebuilt.Events} events: emptied, the leader's async daemon replays them."
                : $"Rebuilt {rebuilt.Name} (inline) from {rebuilt.Events} events.");
        return Rebuilt;
    }
}
