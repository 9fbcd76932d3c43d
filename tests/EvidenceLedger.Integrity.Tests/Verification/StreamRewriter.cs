using System.Text.Json;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Integrity.Tests.Logging.Support;

namespace EvidenceLedger.Integrity.Tests.Verification;

/// <summary>
/// What an attacker who knows the hashing scheme does: change one event's data, its payload hash header with it, and
/// recompute its stream's chain from there on.
/// </summary>
internal static class StreamRewriter
{
    public static async Task<List<StoredEvent>> RewriteFromAsync(TestLedger ledger, string streamId, long fromVersion, JsonElement forgedData)
    {
        var stream = new List<StoredEvent>();
        await foreach (var e in ledger.Store.ReadStreamAsync(streamId))
        {
            stream.Add(e);
        }

        var rewritten = new List<StoredEvent>();
        var previous = stream.Single(e => e.Version == fromVersion - 1).Hash;
        foreach (var e in stream.Where(e => e.Version >= fromVersion))
        {
            var data = e.Version == fromVersion ? forgedData : e.Data;
            var body = EventBody.Canonical(e.EventId, e.StreamId, e.Type, data, e.Actor, e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason);
            var hash = EventHash.Compute(previous, e.Version, body);
            await ledger.TamperAsync("UPDATE ledger.events SET data = $1::jsonb, previous_hash = $2, hash = $3, payload_sha256 = $5 WHERE event_id = $4",
                data.GetRawText(), previous, hash, e.EventId, EventBody.PayloadSha256(data, e.Reason));
            rewritten.Add(e with { Data = data, PreviousHash = previous, Hash = hash });
            previous = hash;
        }

        return rewritten;
    }
}
