using EvidenceLedger.Server.Evidence.Http;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

/// <param name="RealName">Who the source really is; required.</param>
/// <param name="Contact">How to reach them, if known.</param>
public sealed record AttachIdentityRequest(string? RealName, string? Contact);

public static class AttachIdentityEndpoint
{
    [WolverinePut("/api/sources/{id:guid}/identity", OperationId = "AttachSourceIdentity")]
    [LedgerWrite<AttachIdentityRequest>("Sources",
        "Attaches or replaces the source's protected identity, encrypted under the source's own key; only admins can read it back.")]
    public static async Task<IResult> Put(Guid id, HttpContext http, SourceCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<AttachIdentityRequest>(http);
        if (problem is not null) return problem;
        var identity = new ProtectedIdentityDetails(body!.RealName ?? string.Empty, body.Contact);
        return await EndpointConventions.RunAsync(http,
            (actor, expected, ct) => commands.AttachIdentityAsync(id, identity, actor, expected, ct),
            done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
    }
}
