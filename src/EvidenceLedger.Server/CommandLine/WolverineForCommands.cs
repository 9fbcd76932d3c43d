using Wolverine.Runtime;

namespace EvidenceLedger.Server.CommandLine;

/// <summary>
/// A command-line command runs on the app without starting it: no web server, no leader, no background work beside a
/// server that may be running. A command that hands commands to Wolverine starts Wolverine's runtime alone, which
/// refuses any message until it has been started.
/// </summary>
internal static class WolverineForCommands
{
    public static async Task<IAsyncDisposable> StartAsync(IServiceProvider services, CancellationToken ct)
    {
        var runtime = services.GetServices<IHostedService>().OfType<IWolverineRuntime>().Cast<IHostedService>().Single();
        await runtime.StartAsync(ct);
        return new Started(runtime);
    }

    private sealed class Started(IHostedService runtime) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await runtime.StopAsync(CancellationToken.None);
    }
}
