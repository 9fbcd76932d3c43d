using System.Text.Json;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.EventStore.Reading;

/// <summary>The one column list every event query selects, and its mapping to <see cref="StoredEvent"/>.</summary>
internal static class StoredEventReader
{
    public const string Columns = """
        position, tx_id, event_id, stream_id, version, type, data::text,
        actor, recorded_at, correlation_id, causation_id, reason, previous_hash, hash, actor_id
        """;

    public static StoredEvent Read(NpgsqlDataReader reader)
    {
        using var data = JsonDocument.Parse(reader.GetString(6));
        return new StoredEvent(
            Position: reader.GetInt64(0),
            TxId: reader.GetInt64(1),
            EventId: reader.GetGuid(2),
            StreamId: reader.GetString(3),
            Version: reader.GetInt64(4),
            Type: reader.GetString(5),
            Data: data.RootElement.Clone(),
            Actor: reader.GetString(7),
            RecordedAt: reader.GetFieldValue<Instant>(8),
            CorrelationId: reader.GetGuid(9),
            CausationId: reader.IsDBNull(10) ? null : reader.GetGuid(10),
            Reason: reader.IsDBNull(11) ? null : reader.GetString(11),
            PreviousHash: reader.IsDBNull(12) ? null : (byte[])reader[12],
            Hash: (byte[])reader[13],
            ActorId: !reader.IsDBNull(14) && Guid.TryParse(reader.GetString(14), out var actorId) ? actorId : null);
    }
}
