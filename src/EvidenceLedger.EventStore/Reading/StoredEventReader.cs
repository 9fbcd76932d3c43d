using System.Text.Json;
using EvidenceLedger.EventStore.Hashing;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.EventStore.Reading;

/// <summary>The one column list every event query selects, and its mapping to <see cref="StoredEvent"/>.</summary>
internal static class StoredEventReader
{
    public const string Columns = """
        position, event_id, stream_id, version, type, data,
        actor, recorded_at, correlation_id, causation_id, reason, previous_hash, hash, actor_id, payload_sha256
        """;

    /// <summary>A row as read: its event has an empty hash until the Merkle log's integrator has chained it.</summary>
    public readonly record struct Row(StoredEvent Event, string? PayloadSha256)
    {
        public byte[] HashAfter(byte[]? previousHash) =>
            StoredEventHash.Compute(previousHash, Event.Version, Event.EventId, Event.StreamId, Event.Type, Event.Actor, Event.RecordedAt,
                Event.CorrelationId, Event.CausationId, PayloadSha256 ?? EventBody.PayloadSha256(Event.Data, Event.Reason));
    }

    /// <summary>
    /// The data is read as jsonb straight into its own <see cref="JsonElement"/>, without a string in between; the payload
    /// hash only for an event not chained yet, the one case that needs it.
    /// </summary>
    public static Row Read(NpgsqlDataReader reader)
    {
        var chained = !reader.IsDBNull(12);
        return new Row(new StoredEvent(
            Position: reader.GetInt64(0),
            EventId: reader.GetGuid(1),
            StreamId: reader.GetString(2),
            Version: reader.GetInt64(3),
            Type: reader.GetString(4),
            Data: reader.GetFieldValue<JsonElement>(5),
            Actor: reader.GetString(6),
            RecordedAt: reader.GetFieldValue<Instant>(7),
            CorrelationId: reader.GetGuid(8),
            CausationId: reader.IsDBNull(9) ? null : reader.GetGuid(9),
            Reason: reader.IsDBNull(10) ? null : reader.GetString(10),
            PreviousHash: reader.IsDBNull(11) ? null : reader.GetFieldValue<byte[]>(11),
            Hash: chained ? reader.GetFieldValue<byte[]>(12) : [],
            ActorId: !reader.IsDBNull(13) && Guid.TryParse(reader.GetString(13), out var actorId) ? actorId : null),
            // An event written around the ledger's append may lack the header: its data and reason give it.
            chained || reader.IsDBNull(14) ? null : reader.GetString(14));
    }
}
