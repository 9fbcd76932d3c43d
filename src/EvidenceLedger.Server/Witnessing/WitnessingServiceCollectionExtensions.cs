using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Witnessing;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Witnessing.Cosigning;
using NodaTime;

namespace EvidenceLedger.Server.Witnessing;

public static class WitnessingServiceCollectionExtensions
{
    /// <summary>Bounds each add-checkpoint request, so an unreachable witness never holds a round for long.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The witnesses of <c>Ledger:Witnesses</c> and what asks them (<see cref="CheckpointWitnessing"/>, started by the Merkle
    /// log's leader after each round), and <see cref="CheckpointCosignatures"/>, the cosignatures kept.
    /// </summary>
    public static IServiceCollection AddWitnessing(this IServiceCollection services)
    {
        services.AddSingleton(sp => new WitnessConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => new CheckpointCosignatures(sp.GetRequiredService<LedgerDatabase>().DataSource));
        services.AddSingleton(_ => new WitnessClient(new HttpClient { Timeout = RequestTimeout }));
        services.AddSingleton(sp => new CheckpointWitnessing(sp.GetRequiredService<WitnessConfiguration>(), sp.GetRequiredService<WitnessClient>(),
            sp.GetRequiredService<CheckpointLog>(), sp.GetRequiredService<MerkleLog>(), sp.GetRequiredService<CheckpointCosignatures>(),
            sp.GetRequiredService<IClock>(), sp.GetRequiredService<ILogger<CheckpointWitnessing>>()));
        return services;
    }
}
