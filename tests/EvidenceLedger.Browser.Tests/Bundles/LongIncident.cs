using EvidenceLedger.Browser.Tests.Support;
using EvidenceLedger.EventStore;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Exporting.Benchmarking;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLedger.Browser.Tests.Bundles;

/// <summary>
/// An incident of a given number of events, written as <c>./ops/ledger export bench</c> writes one: many corrections and
/// verification steps, from a source whose identity is protected (so its bundle carries withheld events too).
/// </summary>
public static class LongIncident
{
    public static Task<Guid> WriteAsync(LedgerInBrowser ledger, int events) =>
        BenchIncident.WriteAsync(ledger.Services.GetRequiredService<LedgerEventStore>(), ledger.Services.GetRequiredService<SourceCommands>(),
            events, "amira", CancellationToken.None);
}
