using EvidenceLedger.Server.Integrity.Checkpoints;
using EvidenceLedger.Server.Integrity.Keys;
using EvidenceLedger.Server.Integrity.Proofs;
using EvidenceLedger.Server.Integrity.Verifying;

namespace EvidenceLedger.Server.Integrity;

public static class IntegrityEndpoints
{
    /// <summary>The Merkle log's API under /api/ledger: checkpoints, the public key, proofs and verify (docs/merkle-log.md).</summary>
    public static IEndpointRouteBuilder MapIntegrityApi(this IEndpointRouteBuilder app) =>
        app.MapCheckpoints().MapPublicKey().MapProofs().MapVerify();
}
