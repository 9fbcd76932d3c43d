using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace EvidenceLedger.Server.Tests.Evidence.Support;

/// <summary>The calls the evidence tests make over HTTP, each asserting the happy status it needs for arranging.</summary>
public static class EvidenceApi
{
    public static async Task<HttpResponseMessage> PostJson(this HttpClient client, string url, object body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PutJson(this HttpClient client, string url, object body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostRaw(this HttpClient client, string url, string body, string contentType = "application/json")
    {
        using var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync(url, content);
    }

    /// <summary>Sends a raw JSON body with PUT to an identity, POST anywhere else.</summary>
    public static async Task<HttpResponseMessage> PostOrPut(this HttpClient client, string url, string body)
    {
        var method = url.EndsWith("/identity", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post;
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, MediaTypeHeaderValue.Parse("application/json")) };
        return await client.SendAsync(request);
    }

    /// <summary>Posts a raw JSON body with an optional If-Match header.</summary>
    public static async Task<HttpResponseMessage> PostIfMatch(this HttpClient client, string url, string body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, MediaTypeHeaderValue.Parse("application/json")) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The response's JSON after asserting its status (showing the body when it differs).</summary>
    public static async Task<JsonElement> Expect(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<Guid> RegisterSource(this HttpClient client, object source)
    {
        var created = await (await client.PostJson("/api/sources", source)).Expect(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> RecordIncident(this HttpClient client, object incident)
    {
        var created = await (await client.PostJson("/api/incidents", incident)).Expect(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> RecordClaim(this HttpClient client, Guid incidentId, object claim)
    {
        var created = await (await client.PostJson($"/api/incidents/{incidentId}/claims", claim)).Expect(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetJson(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).Expect(HttpStatusCode.OK);

    public static async Task<JsonElement> Incident(this HttpClient client, Guid incidentId, string query = "") =>
        await client.GetJson($"/api/incidents/{incidentId}{query}");

    public static async Task<JsonElement> Claim(this HttpClient client, Guid incidentId, Guid claimId, string query = "") =>
        await client.GetJson($"/api/incidents/{incidentId}/claims/{claimId}{query}");

    /// <summary>The incident's provenance events (needs an auditor or admin client).</summary>
    public static async Task<JsonElement[]> History(this HttpClient client, Guid incidentId, string query = "") =>
        (await client.GetJson($"/api/incidents/{incidentId}/history{query}")).GetProperty("events").EnumerateArray().ToArray();

    public static async Task<int> EventCount(this HttpClient admin, Guid incidentId) => (await admin.History(incidentId)).Length;

    public static async Task<int> SourceEventCount(this HttpClient admin, Guid sourceId) =>
        (await admin.GetJson($"/api/sources/{sourceId}/history")).GetProperty("events").GetArrayLength();

    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag?.Tag ?? "";

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
