using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Tests.Exporting.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Exporting;

public sealed class Recording_exports(ExportServer server) : IClassFixture<ExportServer>
{
    [Fact]
    public async Task Each_export_is_recorded_in_the_incidents_export_stream_with_who_why_what_the_bundle_holds_and_its_sha256()
    {
        var incident = await server.DocumentAsync();

        var zip = await server.ExportAsync(incident.IncidentId, reason: "Submission to the UN Commission of Inquiry");

        var events = new List<EvidenceLedger.EventStore.Reading.StoredEvent>();
        await foreach (var e in server.Get<LedgerEventStore>().ReadStreamAsync($"export-{incident.IncidentId}")) events.Add(e);
        Assert.Equal(["incident_exported", "incident_export_sealed"], events.Select(e => e.Type));
        var (recorded, sealedBy) = (events[0], events[1]);
        Assert.StartsWith("legal-", recorded.Actor, StringComparison.Ordinal);
        Assert.Equal("Submission to the UN Commission of Inquiry", recorded.Reason);
        Assert.Equal(incident.IncidentId, recorded.Data.GetProperty("incidentId").GetGuid());
        Assert.Equal("evidence-ledger/provenance-bundle/v2", recorded.Data.GetProperty("format").GetString());
        Assert.Equal(4, recorded.Data.GetProperty("streams").GetArrayLength());
        var bundle = new BundleZipFiles(zip);
        Assert.Equal(bundle.Paths.Where(path => path is not ("export-event.json" or "export-checkpoint.txt" or "manifest.sha256")).Order(StringComparer.Ordinal),
            recorded.Data.GetProperty("files").EnumerateArray().Select(file => file.Str("path")));
        Assert.Equal(recorded.EventId, bundle.Json("export-event.json")["event"]!["eventId"]!.GetValue<Guid>());

        Assert.Equal(recorded.EventId, sealedBy.Data.GetProperty("exportId").GetGuid());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(zip)), sealedBy.Data.GetProperty("bundleSha256").GetString());
        Assert.Equal(recorded.Actor, sealedBy.Actor);

        var listed = Assert.Single(await server.Get<ExportQueries>().OfIncidentAsync(incident.IncidentId));
        Assert.Equal(recorded.EventId, listed.ExportId);
        Assert.Equal(recorded.Actor, listed.ExportedBy);
        Assert.Equal(zip.LongLength, listed.BundleBytes);
        Assert.Equal(recorded.Position, listed.Position);
    }

    [Fact]
    public async Task Past_exports_are_listed_per_incident_and_overall_newest_first()
    {
        var first = await server.DocumentAsync();
        var second = await server.DocumentAsync();
        await server.ExportAsync(first.IncidentId, reason: "first");
        await server.ExportAsync(second.IncidentId, Role.Admin, reason: "second");
        await server.ExportAsync(first.IncidentId, reason: "third");
        var auditor = await server.As(Role.Auditor);

        var ofFirst = (await auditor.GetJson($"/api/exports?incidentId={first.IncidentId}")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["third", "first"], ofFirst.Select(e => e.Str("reason")));
        Assert.All(ofFirst, e => Assert.Equal(first.IncidentId, e.GetProperty("incidentId").GetGuid()));

        var all = (await auditor.GetJson("/api/exports")).GetProperty("items").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.Equal(["third", "second", "first"], all.Take(3));
        var byAdmin = (await auditor.GetJson("/api/exports")).GetProperty("items")[1];
        Assert.DoesNotContain("legal", byAdmin.Str("exportedBy"), StringComparison.Ordinal);
        Assert.Equal(64, byAdmin.Str("bundleSha256").Length);
    }

    [Fact]
    public async Task The_list_pages_by_ledger_position()
    {
        var incident = await server.DocumentAsync();
        foreach (var reason in new[] { "one", "two", "three" }) await server.ExportAsync(incident.IncidentId, reason: reason);
        var legal = await server.As(Role.Legal);

        var page = await legal.GetJson($"/api/exports?incidentId={incident.IncidentId}&pageSize=2");
        var next = await legal.GetJson($"/api/exports?incidentId={incident.IncidentId}&pageSize=2&before={page.GetProperty("nextBefore").GetInt64()}");

        Assert.Equal(["three", "two"], page.GetProperty("items").EnumerateArray().Select(e => e.Str("reason")));
        Assert.Equal(["one"], next.GetProperty("items").EnumerateArray().Select(e => e.Str("reason")));
        Assert.Equal(JsonValueKindNull, next.GetProperty("nextBefore").ValueKind);
    }

    [Theory]
    [InlineData(EvidenceServer.NoOne, HttpStatusCode.Unauthorized)]
    [InlineData(Role.Documenter, HttpStatusCode.Forbidden)]
    [InlineData(Role.Legal, HttpStatusCode.OK)]
    [InlineData(Role.Auditor, HttpStatusCode.OK)]
    [InlineData(Role.Admin, HttpStatusCode.OK)]
    public async Task Legal_auditors_and_admins_may_list_exports(string role, HttpStatusCode expected)
    {
        using var anonymous = role == EvidenceServer.NoOne ? server.Anonymous() : null;

        using var response = await (anonymous ?? await server.As(role)).GetAsync("/api/exports");

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("incidentId=not-a-uuid", "incidentId")]
    [InlineData("before=0", "before")]
    [InlineData("pageSize=1001", "pageSize")]
    public async Task A_bad_list_parameter_is_a_400_naming_it(string query, string field)
    {
        var problem = await (await (await server.As(Role.Legal)).GetAsync($"/api/exports?{query}")).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task An_export_is_listed_only_once_sealed_with_its_bundles_sha256()
    {
        var incidentId = Guid.NewGuid();
        var exported = new IncidentExported("evidence-ledger/provenance-bundle/v2", incidentId, "Shelling of the market", "2026-01-05T10:00:00.000000Z",
            $"incident-{incidentId}-provenance-20260105T100000Z.zip", 3, 3, new RecordedCheckpoint(40, Convert.ToBase64String(new byte[32])),
            [new RecordedStream($"incident-{incidentId}", 3, new string('b', 64), 39)], [new RecordedFile("VERIFY.txt", new string('c', 64))]);
        var recorder = server.Get<ExportRecorder>();

        var stored = await recorder.RecordAsync(exported, "legal-sealing", "Court filing", CancellationToken.None);
        Assert.Empty(await server.Get<ExportQueries>().OfIncidentAsync(incidentId));
        var record = await recorder.SealAsync(stored, [1, 2, 3], CancellationToken.None);

        var listed = Assert.Single(await server.Get<ExportQueries>().OfIncidentAsync(incidentId));
        Assert.Equal(record, listed);
        Assert.Equal((stored.EventId, stored.Position, Convert.ToHexStringLower(SHA256.HashData(new byte[] { 1, 2, 3 })), 3L, 40L),
            (listed.ExportId, listed.Position, listed.BundleSha256, listed.BundleBytes, listed.CheckpointTreeSize));
    }

    [Fact]
    public async Task An_export_that_fails_records_nothing()
    {
        var unknown = Guid.NewGuid();

        await (await (await server.As(Role.Legal)).GetAsync($"/api/incidents/{unknown}/export")).Expect(HttpStatusCode.NotFound);

        Assert.Empty(await server.Get<ExportQueries>().OfIncidentAsync(unknown));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
