using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using NpgsqlTypes;

namespace EvidenceLedger.EventStore.Tests.Support;

/// <summary>Records every event it is given under a primary key, so applying one twice fails loudly.</summary>
internal sealed class SeenEventsProjection(string name = "seen") : IProjection
{
    public string Name => name;

    public async Task CreateTablesAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var command = context.Command($"CREATE TABLE {context.Table("seen")} (event_id uuid PRIMARY KEY, stream_id text NOT NULL, version bigint NOT NULL)");
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        await using var command = context.Command($"INSERT INTO {context.Table("seen")} SELECT * FROM unnest($1, $2, $3)");
        command.Parameters.Add(new() { Value = events.Select(e => e.EventId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = events.Select(e => e.StreamId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = events.Select(e => e.Version).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        await command.ExecuteNonQueryAsync(ct);
    }
}
