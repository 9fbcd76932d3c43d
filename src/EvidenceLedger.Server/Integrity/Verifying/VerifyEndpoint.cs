using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Verification;
using EvidenceLedger.Server.Authentication;

namespace EvidenceLedger.Server.Integrity.Verifying;

public static class VerifyEndpoint
{
    /// <summary>POST /api/ledger/verify (auditor, admin): the full verification report as JSON; 200 whether or not it found problems (see "ok").</summary>
    public static IEndpointRouteBuilder MapVerify(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ledger/verify", async (VerifyRequest? request, LedgerVerifier verifier, CheckpointSigner signer, CancellationToken ct) =>
            Results.Ok(await verifier.VerifyAsync(new VerificationOptions { TrustedKey = signer.Verifier, SavedCheckpoint = request?.SavedCheckpoint }, ct)))
            .RequireAuthorization(LedgerPolicies.Verify).WithTags("Integrity");
        return app;
    }
}
