using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Verification;
using EvidenceLedger.Server.Integrity.Verifying;
using EvidenceLedger.Testing.Server;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace EvidenceLedger.Server.Tests.Integrity;

/// <summary>Every finished verification is recorded in the ledger, so its report is found again after a restart.</summary>
public sealed class Verification_runs_on_record(IntegrityServer server) : IClassFixture<IntegrityServer>
{
    [Fact]
    public async Task A_finished_run_is_an_event_by_who_started_it_and_is_found_by_a_restarted_server()
    {
        await server.AppendAsync("probe-recorded-run", 3);
        await server.IntegrateAndSignAsync();
        using var auditor = await server.ClientFor("auditor");
        var started = await auditor.PostAsync("/api/ledger/verify", null);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var report = await auditor.VerifyLedgerAsync();
        Assert.True(report.GetProperty("ok").GetBoolean());

        var history = await WaitForRecordAsync(id);
        var restarted = new VerificationRuns(server.Get<LedgerVerifier>(), server.Get<CheckpointSigner>(), server.Get<LedgerEventStore>(),
            server.Get<IClock>(), server.Get<IHostApplicationLifetime>(), NullLogger<VerificationRuns>.Instance);
        var found = await restarted.FindAsync(id, CancellationToken.None);
        var recent = await restarted.RecentAsync(CancellationToken.None);

        Assert.Equal("ledger_verified", history.Type);
        Assert.Equal(history.Actor, found!.StartedBy);
        Assert.True(found.IsFinished);
        Assert.True(found.Report!.Ok);
        Assert.Contains(recent, run => run.Id == id);
        Assert.Null(await restarted.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    private async Task<EvidenceLedger.EventStore.Reading.StoredEvent> WaitForRecordAsync(Guid runId)
    {
        var store = server.Get<LedgerEventStore>();
        for (var i = 0; i < 100; i++)
        {
            await foreach (var stored in store.ReadStreamAsync(LedgerVerified.StreamOf(runId))) return stored;
            await Task.Delay(50);
        }
        throw new TimeoutException("The run was never recorded.");
    }
}
