using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Tests.Logging.Support;

namespace EvidenceLedger.Integrity.Tests.Verification;

/// <summary>
/// Three streams written in turns, one transaction per event, so the complete order interleaves them: 15 events and a
/// checkpoint the auditor saves, then 6 more and a second checkpoint.
/// </summary>
internal sealed record SeededLedger(TestLedger Ledger, List<StoredEvent> Log, StoredCheckpoint Saved, StoredCheckpoint Latest)
{
    public static readonly string[] Streams = ["incident-1", "source-1", "claim-1"];

    public static async Task<SeededLedger> CreateAsync()
    {
        var ledger = await TestLedger.CreateAsync();
        await AppendRoundsAsync(ledger, 5);
        var saved = await ledger.IntegrateAndSignAsync();
        await AppendRoundsAsync(ledger, 2);
        var latest = await ledger.IntegrateAndSignAsync();
        return new SeededLedger(ledger, await ledger.CompleteLogAsync(), saved, latest);
    }

    private static async Task AppendRoundsAsync(TestLedger ledger, int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            foreach (var stream in Streams)
            {
                await ledger.AppendAsync(stream, 1);
            }
        }
    }
}
