using System.Text.Json;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Problems;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Claims.Recording;

/// <param name="Id">Optional caller-made claim id.</param>
/// <param name="SourceId">The registered source the claim is attributed to.</param>
/// <param name="Count">The figure the claim gives: an object {min, max, subject} or an English phrase ("more than 30 IS members killed").</param>
/// <param name="Credibility">Admiralty digit 1–6 (or its name); default 6 (truth cannot be judged). 1 is never allowed on a new claim.</param>
/// <param name="Occurred">Optional: when the reported thing happened, per the source, as EDTF or plain English (read like an incident's
/// date: "mid-November 2015", "18/11/2015" day first); stored as EDTF.</param>
public sealed record RecordClaimRequest(Guid? Id, string? Statement, Guid? SourceId, string? Category, JsonElement? Count, JsonElement? Credibility,
    string? Occurred = null);

public static class RecordClaimEndpoint
{
    [WolverinePost("/api/incidents/{id:guid}/claims", OperationId = "RecordClaim")]
    [LedgerWrite<RecordClaimRequest>("Claims", "Records what a registered source says about the incident; the claim starts unverified.",
        StatusCodes.Status201Created)]
    public static async Task<IResult> Post(Guid id, HttpContext http, IMessageBus bus, IncidentDecisions decisions, IClock clock)
    {
        var read = await JsonBody.ReadAllAsync<RecordClaimRequest>(http);
        if (read.Problem is not null) return read.Problem;
        var body = read.Value!;
        var errors = new RequestErrors(read.WrongTypes);
        var (count, badCount) = CountOf(body.Count);
        errors.Add(badCount);
        var (credibility, badCredibility) = RequestValues.Credibility(body.Credibility, required: false);
        errors.Add(badCredibility);

        var claimId = body.Id ?? Guid.CreateVersion7();
        var command = new RecordClaim(id, claimId, body.Statement ?? string.Empty, body.SourceId ?? Guid.Empty, body.Category, count,
            credibility ?? InformationCredibility.TruthCannotBeJudged, body.Occurred, clock.GetCurrentInstant());
        if (errors.Any) return errors.Answer(await decisions.CheckAsync(command, http.RequestAborted));
        return await EndpointConventions.RunAsync(http, bus, command,
            done => Results.Created(EndpointConventions.ClaimLocation(id, claimId), new WriteResponse(claimId, done.Version, done.Position)));
    }

    internal static (CountRange? Value, IResult? Problem) CountOf(JsonElement? count)
    {
        if (count is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return (null, null);
        if (element.ValueKind == JsonValueKind.String)
        {
            return CountRange.TryParse(element.GetString(), out var parsed, out var error)
                ? (parsed, null)
                : (null, ApiProblems.Invalid("count", error));
        }
        if (element.ValueKind != JsonValueKind.Object)
            return (null, ApiProblems.Invalid("count", "A count is an object {min, max, subject} or a phrase such as \"more than 30 IS members killed\"."));

        var unknown = element.EnumerateObject().Select(member => member.Name).Where(name => name is not ("min" or "max" or "subject")).ToList();
        if (unknown.Count > 0)
            return (null, ApiProblems.Invalid([.. unknown.Select(name => ($"count.{name}", $"'count.{name}' is not a field of a count; the fields here are: min, max, subject."))]));
        var (min, badMin) = Bound(element, "min");
        if (badMin is not null) return (null, badMin);
        var (max, badMax) = Bound(element, "max");
        if (badMax is not null) return (null, badMax);
        string? subject = null;
        if (element.TryGetProperty("subject", out var subjectElement) && subjectElement.ValueKind != JsonValueKind.Null)
        {
            if (subjectElement.ValueKind != JsonValueKind.String) return (null, ApiProblems.Invalid("count.subject", "The subject is text, e.g. \"civilians killed\"."));
            subject = subjectElement.GetString();
        }
        return (new CountRange(min, max, subject), null);
    }

    private static (int? Value, IResult? Problem) Bound(JsonElement count, string name)
    {
        if (!count.TryGetProperty(name, out var bound) || bound.ValueKind == JsonValueKind.Null) return (null, null);
        return bound.ValueKind == JsonValueKind.Number && bound.TryGetInt32(out var value)
            ? (value, null)
            : (null, ApiProblems.Invalid($"count.{name}", $"count.{name} must be a whole number."));
    }
}
