using System.CommandLine;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Projections;

namespace EvidenceLedger.Server.CommandLine;

/// <summary>
/// <c>rebuild [NAME]</c>: replays the whole log into fresh tables of one projection, or of every one, and swaps them in
/// while servers keep running. Exit codes: 0 rebuilt, 1 an async projection while a server leads the daemon, 2 no such name.
/// </summary>
public static class RebuildCommand
{
    public const int Rebuilt = 0;
    public const int DaemonBusy = 1;
    public const int UnknownName = 2;

    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "The projection to rebuild (default: every one).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("rebuild", "Rebuild one projection, or all of them, from the whole event log.") { name };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            await using var app = await LedgerApp.CreateAsync([.. parse.UnmatchedTokens], ct: ct);
            var rebuilds = app.Services.GetRequiredService<ProjectionRebuilds>();
            await ProjectionSetup.EnsureCreatedAsync(app.Services.GetRequiredService<LedgerDatabase>().Owner,
                rebuilds.Registrations.Select(r => r.Projection), ct);
            return await RunAsync(rebuilds, parse.GetValue(name), Console.Out, Console.Error, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(ProjectionRebuilds rebuilds, string? name, TextWriter output, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rebuilds);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var which = rebuilds.Registrations.Where(r => name is null || r.Name == name).ToList();
        var documents = rebuilds.Documents.Where(d => name is null || d.Name == name).ToList();
        if (which.Count == 0 && documents.Count == 0)
        {
            await error.WriteLineAsync($"There is no projection named '{name}'. The projections: {string.Join(", ", rebuilds.Names)}.");
            return UnknownName;
        }

        await using var daemon = which.Any(r => r.Lifecycle == ProjectionLifecycle.Async) ? await rebuilds.TryLeadDaemonAsync(ct) : null;
        if (daemon is null && which.Any(r => r.Lifecycle == ProjectionLifecycle.Async))
        {
            await error.WriteLineAsync("A running server leads the async daemon, which would catch the async projections up while they are rebuilt: "
                + "stop the servers first, or rebuild only inline projections by name.");
            return DaemonBusy;
        }

        foreach (var rebuilt in await rebuilds.RebuildAsync(which, documents, onlyChanged: false, ct))
            await output.WriteLineAsync($"Rebuilt {rebuilt.Name} ({rebuilt.Lifecycle.ToString().ToLowerInvariant()}) from {rebuilt.Events} events.");
        return Rebuilt;
    }
}
