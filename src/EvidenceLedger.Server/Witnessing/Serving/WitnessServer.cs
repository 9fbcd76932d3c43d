using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Hosting;
using NodaTime;

namespace EvidenceLedger.Server.Witnessing.Serving;

/// <summary>
/// The witness's own small web server: Kestrel with one route, <c>POST /add-checkpoint</c>. It has no database and
/// shares nothing with the ledger's app but the program: a partner organisation runs it with its own key and state.
/// </summary>
public static class WitnessServer
{
    public static WebApplication Create(WitnessServerOptions options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var log = new NoteVerifier(options.LogVerifierKey);
        var state = OwnerOnlyFiles.CreateFolder(options.State.FullName, tighten: true);

        var signer = WitnessKeyFile.LoadOrCreate(state, options.Name);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--urls", options.Listen] });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = AddCheckpointEndpoint.MaxBodyBytes);
        builder.Services.AddSingleton(_ => new WitnessService(signer, log, state, clock));
        var app = builder.Build();
        app.MapAddCheckpoint();
        return app;
    }
}
