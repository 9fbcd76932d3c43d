using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Verification;
using EvidenceLedger.Server.Authentication;

namespace EvidenceLedger.Server.Integrity.Verifying;

public static class VerifyEndpoint
{
    /// <summary>POST /api/ledger/verify (auditor, admin): the full verification report as JSON; 200 whether or not it found problems (see "ok").</summary>
    public static IEndpointRouteBuilder MapVerify(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ledger/verify", async (HttpContext http, LedgerVerifier verifier, CheckpointSigner signer, CancellationToken ct) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<VerifyRequest>(http, optional: true);
                if (problem is not null) return problem;
                return Results.Ok(await verifier.VerifyAsync(new VerificationOptions { TrustedKey = signer.Verifier, SavedCheckpoint = request?.SavedCheckpoint }, ct));
            })
            .Accepts<VerifyRequest>(EndpointConventions.Json)
            .RequireAuthorization(LedgerPolicies.Verify).WithTags("Integrity");
        return app;
    }
}
