using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;

namespace EvidenceLedger.Server.Tests.Evidence.Http;

public sealed class OpenApi_document(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Theory]
    [InlineData("/api/sources", "post", "RegisterSource", "Sources")]
    [InlineData("/api/sources", "get", "ListSources", "Sources")]
    [InlineData("/api/sources/{id}", "get", "GetSource", "Sources")]
    [InlineData("/api/sources/{id}/history", "get", "GetSourceHistory", "Sources")]
    [InlineData("/api/sources/{id}/reliability", "post", "RegradeSourceReliability", "Sources")]
    [InlineData("/api/sources/{id}/aliases", "post", "AddSourceAlias", "Sources")]
    [InlineData("/api/sources/{id}/identity", "put", "AttachSourceIdentity", "Sources")]
    [InlineData("/api/sources/{id}/identity/shred", "post", "ShredSourceIdentity", "Sources")]
    [InlineData("/api/sources/similar", "get", "SimilarSources", "Sources")]
    [InlineData("/api/sources/{id}/same-as", "post", "IdentifySourceAsSame", "Sources")]
    [InlineData("/api/incidents/similar", "get", "SimilarIncidents", "Incidents")]
    [InlineData("/api/incidents", "post", "RecordIncident", "Incidents")]
    [InlineData("/api/incidents", "get", "SearchIncidents", "Incidents")]
    [InlineData("/api/incidents/{id}", "get", "GetIncident", "Incidents")]
    [InlineData("/api/incidents/{id}/history", "get", "GetIncidentHistory", "Incidents")]
    [InlineData("/api/incidents/{id}/description", "post", "ReviseIncidentDescription", "Incidents")]
    [InlineData("/api/incidents/{id}/occurrence", "post", "ReviseIncidentOccurrence", "Incidents")]
    [InlineData("/api/incidents/{id}/claims/{claimId}/occurrence", "post", "ReviseClaimOccurrence", "Claims")]
    [InlineData("/api/incidents/{id}/place", "post", "RelocateIncident", "Incidents")]
    [InlineData("/api/incidents/{id}/place/aliases", "post", "AddIncidentPlaceAlias", "Incidents")]
    [InlineData("/api/incidents/{id}/claims", "post", "RecordClaim", "Claims")]
    [InlineData("/api/incidents/{id}/claims/{claimId}", "get", "GetClaim", "Claims")]
    [InlineData("/api/incidents/{id}/claims/{claimId}/corrections", "post", "CorrectClaim", "Claims")]
    [InlineData("/api/incidents/{id}/claims/{claimId}/retraction", "post", "RetractClaim", "Claims")]
    [InlineData("/api/incidents/{id}/claims/{claimId}/citations", "post", "CiteDocument", "Claims")]
    [InlineData("/api/incidents/{id}/claims/{claimId}/verifications", "post", "RecordVerificationStep", "Claims")]
    [InlineData("/api/incidents/{id}/claims/{claimId}/assessment", "post", "AssessClaim", "Claims")]
    public async Task Every_evidence_route_is_described_with_its_name_and_tag(string path, string method, string operationId, string tag)
    {
        var document = await (await (await server.As(EvidenceServer.NoOne)).GetAsync("/openapi/v1.json")).Expect(HttpStatusCode.OK);

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Equal(operationId, operation.Str("operationId"));
        Assert.Contains(tag, operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.True(operation.GetProperty("responses").EnumerateObject().Any(), "Responses are described.");
        if (method != "get") Assert.True(operation.TryGetProperty("requestBody", out _), "The request body is described.");
    }
}
