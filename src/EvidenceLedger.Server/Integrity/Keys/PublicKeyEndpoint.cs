using EvidenceLedger.Server.Authentication;

namespace EvidenceLedger.Server.Integrity.Keys;

public static class PublicKeyEndpoint
{
    /// <summary>GET /api/ledger/public-key: JSON with the verifier key string and the raw Ed25519 public key in base64.</summary>
    public static IEndpointRouteBuilder MapPublicKey(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ledger/public-key", (LedgerPublicKey key) => Results.Ok(key))
            .RequireAuthorization(LedgerPolicies.Read).WithTags("Integrity");
        return app;
    }
}
