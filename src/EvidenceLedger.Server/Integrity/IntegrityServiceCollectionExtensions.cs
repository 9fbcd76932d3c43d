using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Verification;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Integrity.Integrating;
using EvidenceLedger.Server.Integrity.Keys;
using EvidenceLedger.Server.Witnessing;
using NodaTime;

namespace EvidenceLedger.Server.Integrity;

public static class IntegrityServiceCollectionExtensions
{
    /// <summary>
    /// The Merkle log and its services: <see cref="MerkleLog"/> (leaves, roots, proofs), <see cref="CheckpointLog"/> (signed
    /// checkpoints), <see cref="CheckpointSigner"/>, <see cref="MerkleLogIntegrator"/>, <see cref="LedgerVerifier"/>,
    /// <see cref="LedgerPublicKey"/>, the witnesses that cosign checkpoints, and the leader that integrates, signs and asks the
    /// witnesses in the background.
    /// </summary>
    public static IServiceCollection AddIntegrity(this IServiceCollection services)
    {
        services.AddSingleton(sp => IntegrityConfiguration.Options(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => LedgerKeyFiles.LoadOrCreateSigner(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => new MerkleLog(sp.GetRequiredService<LedgerDatabase>().DataSource));
        services.AddSingleton(sp => new CheckpointLog(sp.GetRequiredService<LedgerDatabase>().DataSource));
        services.AddSingleton(sp => new LedgerVerifier(sp.GetRequiredService<LedgerDatabase>().DataSource));
        services.AddSingleton(sp => new MerkleLogIntegrator(sp.GetRequiredService<LedgerDatabase>().DataSource, sp.GetRequiredService<MerkleLogOptions>()));
        services.AddSingleton(sp => new CheckpointSigner(sp.GetRequiredService<LedgerDatabase>().DataSource,
            sp.GetRequiredService<EvidenceLedger.Integrity.Checkpoints.NoteSigner>(), sp.GetRequiredService<IClock>(), sp.GetRequiredService<MerkleLogOptions>()));
        services.AddSingleton(sp => LedgerPublicKey.Of(sp.GetRequiredService<CheckpointSigner>().Verifier));
        services.AddWitnessing();
        services.AddHostedService<MerkleLogLeaderService>();
        return services;
    }
}
