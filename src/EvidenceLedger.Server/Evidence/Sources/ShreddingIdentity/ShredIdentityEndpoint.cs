using EvidenceLedger.Evidence.Sources.ShreddingIdentity;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Http;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Sources.ShreddingIdentity;

/// <param name="Reason">Why the identity is erased; required.</param>
public sealed record ShredIdentityRequest(string? Reason);

public static class ShredIdentityEndpoint
{
    [WolverinePost("/api/sources/{id:guid}/identity/shred", OperationId = "ShredSourceIdentity")]
    [LedgerWrite<ShredIdentityRequest>("Sources",
        "Erases the source's protected identity for good: appends source_identity_shredded and destroys the source's key in the same transaction. "
        + "The events (and their hashes) stay; only the ciphertext becomes unreadable.", Policy = LedgerPolicies.Admin)]
    public static async Task<IResult> Post(Guid id, HttpContext http, SourceCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<ShredIdentityRequest>(http);
        if (problem is not null) return problem;
        return await EndpointConventions.RunAsync(http,
            (actor, expected, ct) => commands.ShredIdentityAsync(new ShredSourceIdentity(id, body!.Reason ?? string.Empty), actor, expected, ct),
            done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
    }
}
