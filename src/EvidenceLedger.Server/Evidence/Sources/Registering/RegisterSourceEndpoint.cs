using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Sources.Registering;

/// <param name="Id">Optional caller-made id (a retry with the same id is refused with 409 rather than registering twice).</param>
/// <param name="Kind">organization, media, individual, anonymous or social_media.</param>
/// <param name="Reliability">Admiralty letter A–F (or its name, e.g. usually_reliable).</param>
/// <param name="ProtectedIdentity">Who the source really is; stored encrypted under a key of the source's own, readable only by admins.</param>
public sealed record RegisterSourceRequest(
    Guid? Id,
    string? Name,
    string? Kind,
    string? Reliability,
    IReadOnlyList<string>? Aliases,
    ProtectedIdentityRequest? ProtectedIdentity);

public sealed record ProtectedIdentityRequest(string? RealName, string? Contact);

public static class RegisterSourceEndpoint
{
    [WolverinePost("/api/sources", OperationId = "RegisterSource")]
    [LedgerWrite<RegisterSourceRequest>("Sources", "Registers a source with its kind and Admiralty reliability grade.", StatusCodes.Status201Created)]
    public static async Task<IResult> Post(HttpContext http, SourceCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<RegisterSourceRequest>(http);
        if (problem is not null) return problem;
        var (kind, badKind) = RequestValues.Enum<SourceKind>(body!.Kind, "kind");
        if (badKind is not null) return badKind;
        var (reliability, badReliability) = RequestValues.Reliability(body.Reliability);
        if (badReliability is not null) return badReliability;

        var id = body.Id ?? Guid.CreateVersion7();
        var identity = body.ProtectedIdentity is { } given ? new ProtectedIdentityDetails(given.RealName ?? string.Empty, given.Contact) : null;
        var outcome = await commands.RegisterAsync(new RegisterSource(id, body.Name ?? string.Empty, kind!.Value, reliability!.Value),
            http.User.Actor(), body.Aliases?.Select(alias => alias ?? string.Empty).ToList(), identity, ct: http.RequestAborted);
        return EvidenceResults.Written(http, outcome,
            done => Results.Created(EndpointConventions.SourceLocation(id), new WriteResponse(id, done.Version, done.Position)));
    }
}
