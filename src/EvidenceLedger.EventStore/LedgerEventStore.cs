using System.Runtime.CompilerServices;
using System.Text.Json;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Time;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.EventStore;

/// <summary>
/// The event store: appends checked and written by ledger.append_events in one round trip, stream reads with
/// time travel, and the complete global log. Inline projections run in the append's own transaction.
/// </summary>
public sealed class LedgerEventStore(NpgsqlDataSource dataSource, IClock clock, IReadOnlyList<IProjection>? inlineProjections = null)
{
    // Each with its live schema, named once rather than on every append.
    private readonly (IProjection Projection, string Schema)[] _inline =
        [.. (inlineProjections ?? []).Select(projection => (projection, ProjectionSchemas.Live(projection.Name)))];

    public NpgsqlDataSource DataSource => dataSource;

    public async Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<EventToAppend> events,
        AppendMetadata metadata, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (_inline.Length == 0) return (await AppendCoreAsync(connection, null, streamId, expected, events, metadata, ct)).Result;

        await using var tx = await connection.BeginTransactionAsync(ct);
        var result = await AppendAsync(connection, tx, streamId, expected, events, metadata, ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>Appends inside a caller's transaction (for work that must commit together with the events).</summary>
    public async Task<AppendResult> AppendAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string streamId, ExpectedVersion expected,
        IReadOnlyList<EventToAppend> events, AppendMetadata metadata, CancellationToken ct = default)
    {
        var (result, stored) = await AppendCoreAsync(connection, tx, streamId, expected, events, metadata, ct);
        if (stored.Count > 0)
        {
            foreach (var (projection, schema) in _inline)
                await projection.ApplyAsync(new ProjectionContext(connection, tx, schema), stored, ct);
        }
        return result;
    }

    private async Task<(AppendResult Result, IReadOnlyList<StoredEvent> Stored)> AppendCoreAsync(NpgsqlConnection connection, NpgsqlTransaction? tx,
        string streamId, ExpectedVersion expected, IReadOnlyList<EventToAppend> events, AppendMetadata metadata, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        ArgumentException.ThrowIfNullOrWhiteSpace(metadata.Actor);
        if (events.Count == 0) throw new ArgumentException("An append needs at least one event.", nameof(events));

        var recordedAt = LedgerInstant.Truncate(clock.GetCurrentInstant());
        var template = new EventBodyTemplate(streamId, metadata.Actor, recordedAt, metadata.CorrelationId, metadata.CausationId, metadata.Reason);
        var eventIds = new Guid[events.Count];
        var types = new string[events.Count];
        var data = new string[events.Count];
        var bodies = new byte[events.Count][];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            eventIds[i] = e.EventId;
            types[i] = e.Type;
            data[i] = e.Data.GetRawText();
            bodies[i] = template.Body(e.EventId, e.Type, e.Data);
        }

        await using var command = new NpgsqlCommand("""
            SELECT event_position, event_tx_id, event_version, event_previous_hash, event_hash, already_stored
            FROM ledger.append_events($1, $2, $3, $4, $5, $6, $7, timestamptz 'epoch' + $8 * interval '1 microsecond', $9, $10, $11)
            """, connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = expected.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = eventIds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = types, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = data, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = bodies, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        command.Parameters.Add(new NpgsqlParameter { Value = metadata.Actor, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = LedgerInstant.ToUnixMicroseconds(recordedAt), NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = metadata.CorrelationId, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)metadata.CausationId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)metadata.Reason ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        // Parsed and planned once per pooled connection (a no-op once it is): the append is the hot path.
        await command.PrepareAsync(ct);

        var appended = new List<AppendedEvent>(events.Count);
        // Only inline projections need the stored events.
        var stored = _inline.Length == 0 ? null : new List<StoredEvent>(events.Count);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var i = 0;
            while (await reader.ReadAsync(ct))
            {
                var (e, position, version, hash) = (events[i++], reader.GetInt64(0), reader.GetInt64(2), (byte[])reader[4]);
                appended.Add(new AppendedEvent(e.EventId, position, version, hash));
                if (reader.GetBoolean(5))
                    stored = null; // a retry: its events were projected when they were first stored
                else
                    stored?.Add(new StoredEvent(position, reader.GetInt64(1), e.EventId, streamId, version, e.Type, e.Data, metadata.Actor,
                        recordedAt, metadata.CorrelationId, metadata.CausationId, metadata.Reason, reader.IsDBNull(3) ? null : (byte[])reader[3], hash));
            }
        }
        catch (PostgresException e) when (e.SqlState == "EL409")
        {
            using var conflict = JsonDocument.Parse(e.Hint!);
            throw new ConcurrencyException(streamId, expected, conflict.RootElement.GetProperty("actual").GetInt64());
        }
        catch (PostgresException e) when (e.SqlState is "EL422" or PostgresErrorCodes.UniqueViolation)
        {
            throw new EventIdReusedException(streamId);
        }
        return (new AppendResult(streamId, appended), stored ?? []);
    }

    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, ReadLimit? limit = null, CancellationToken ct = default) =>
        ReadAsync("stream_id = $1", "version", [streamId], limit, ct);

    /// <summary>
    /// Every stored event up to the limit, in position order, optionally only of the streams whose id starts with
    /// <paramref name="streamIdPrefix"/>: the input of an as-of replay across streams.
    /// </summary>
    public IAsyncEnumerable<StoredEvent> ReadAllAsync(ReadLimit? limit = null, string? streamIdPrefix = null, CancellationToken ct = default) =>
        streamIdPrefix is null
            ? ReadAsync("true", "position", [], limit, ct)
            : ReadAsync("starts_with(stream_id, $1)", "position", [streamIdPrefix], limit, ct);

    private async IAsyncEnumerable<StoredEvent> ReadAsync(string where, string orderBy, object[] values, ReadLimit? limit,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand { Connection = connection };
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        var condition = ReadLimitSql.Condition(limit ?? ReadLimit.None, command);
        command.CommandText = $"SELECT {StoredEventReader.Columns} FROM ledger.events WHERE {where}{condition} ORDER BY {orderBy}";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return StoredEventReader.Read(reader);
    }

    /// <summary>
    /// The next events of the complete log after <paramref name="after"/>: ordered by (transaction id, position),
    /// and only from transactions older than every running one, so none can later commit behind the cursor.
    /// </summary>
    public async Task<IReadOnlyList<StoredEvent>> ReadLogAsync(LogCursor after, int maxCount, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await ReadLogAsync(connection, after, maxCount, ct);
    }

    public static Task<IReadOnlyList<StoredEvent>> ReadLogAsync(NpgsqlConnection connection, LogCursor after, int maxCount, CancellationToken ct = default) =>
        ReadLogAsync(connection, null, after, maxCount, belowHorizon: true, ct);

    /// <summary>
    /// The log after <paramref name="after"/> in (transaction id, position) order. Below the horizon it is complete: no
    /// transaction can still commit behind it. Without the horizon it is what <paramref name="tx"/> sees committed, for
    /// a reader that has locked out every later writer.
    /// </summary>
    internal static async Task<IReadOnlyList<StoredEvent>> ReadLogAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, LogCursor after,
        int? maxCount, bool belowHorizon, CancellationToken ct)
    {
        var horizon = belowHorizon ? " AND tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint" : "";
        var limit = maxCount is null ? "" : " LIMIT $3";
        await using var command = new NpgsqlCommand(
            $"SELECT {StoredEventReader.Columns} FROM ledger.events WHERE (tx_id, position) > ($1, $2){horizon} ORDER BY tx_id, position{limit}",
            connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = after.TxId });
        command.Parameters.Add(new NpgsqlParameter { Value = after.Position });
        if (maxCount is { } count) command.Parameters.Add(new NpgsqlParameter { Value = count });
        var events = new List<StoredEvent>(Math.Min(maxCount ?? 1024, 1024));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) events.Add(StoredEventReader.Read(reader));
        return events;
    }

    /// <summary>The complete log from a cursor to the horizon of the moment, in batches, never loading it whole.</summary>
    public async IAsyncEnumerable<StoredEvent> ReadLogToHorizonAsync(LogCursor after, int batchSize = 1000,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        while (true)
        {
            var batch = await ReadLogAsync(after, batchSize, ct);
            foreach (var e in batch) yield return e;
            if (batch.Count < batchSize) yield break;
            after = batch[^1].Cursor;
        }
    }

    public async Task<StreamState?> FetchStreamStateAsync(string streamId, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT s.id, s.version, (SELECT e.hash FROM ledger.events e WHERE e.stream_id = s.id AND e.version = s.version),
                   (extract(epoch FROM s.created_at) * 1000000)::bigint, (extract(epoch FROM s.updated_at) * 1000000)::bigint
            FROM ledger.streams s WHERE s.id = $1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new StreamState(reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : (byte[])reader[2],
            LedgerInstant.FromUnixMicroseconds(reader.GetInt64(3)), LedgerInstant.FromUnixMicroseconds(reader.GetInt64(4)));
    }
}
