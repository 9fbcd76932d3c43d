using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Evidence.Sources.Deciding;
using JasperFx;
using JasperFx.CodeGeneration;
using Wolverine;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// Wolverine as the ledger uses it: the HTTP endpoints and the aggregate handlers of the evidence commands, run in
/// process (no message transport; its message storage only backs the Marten sessions it opens), from handler code generated ahead of time and compiled into this assembly
/// (<c>Internal/Generated</c>; <c>./ops/ledger codegen write</c> writes it, and a test fails when it is stale). No Roslyn at
/// run time: a cold server answers its first write as fast as any later one.
/// </summary>
public static class LedgerWolverine
{
    /// <summary>Where <c>codegen write</c> puts the generated code, relative to the server's project folder.</summary>
    public const string GeneratedFolder = "Internal/Generated";

    public static void Configure(WolverineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ApplicationAssembly = typeof(LedgerWolverine).Assembly;
        options.Durability.Mode = DurabilityMode.MediatorOnly;
        // The owner role creates Wolverine's tables when it migrates the database (WolverineMessageStorage); the server never does.
        options.AutoBuildMessageStorageOnStartup = AutoCreate.None;
        // The ledger's handlers are named here: conventions would also take any class that happens to be named *Handler.
        options.Discovery.DisableConventionalDiscovery();
        options.Discovery.IncludeType(typeof(DecideIncidentHandler));
        options.Discovery.IncludeType(typeof(DecideSourceHandler));
        options.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
    }
}
