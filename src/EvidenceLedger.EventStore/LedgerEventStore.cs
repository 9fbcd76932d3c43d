using System.Runtime.CompilerServices;
using System.Text.Json;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.MartenStorage;
using IEvent = JasperFx.Events.IEvent;
using StreamAction = JasperFx.Events.StreamAction;
using Marten;
using Marten.Services;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Time;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.EventStore;

/// <summary>
/// The event store: events appended through Marten's event store (the database guards them; the Merkle log's integrator
/// chains them, see docs/event-store.md), and stream reads with time travel that hand out every event's chain hash.
/// Marten's inline projections run in the append's own transaction.
/// </summary>
/// <param name="marten">Marten's store configured by <see cref="LedgerMarten.ConfigureForAppending"/> on <paramref name="dataSource"/>,
/// with its inline projections; whoever made it owns it (in the server, the container).</param>
/// <param name="actorIds">Finds the user id recorded beside the actor's name (the <c>userId</c> header); none without it.</param>
public sealed class LedgerEventStore(NpgsqlDataSource dataSource, IClock clock, IDocumentStore marten, IActorIds? actorIds = null)
{
    /// <summary>The event header holding the SHA-256 of the event's payload, which the database's hash chain takes in.</summary>
    public const string PayloadHeader = "payloadSha256";
    public const string ReasonHeader = "reason";

    /// <summary>
    /// The event header holding the acting user's id. Outside the hashed body (docs/event-hashing.md): the hashed actor
    /// name already names the user (names are unique and never change), and the id is guarded like every stored event.
    /// </summary>
    public const string ActorIdHeader = "userId";
    private const int MaxAttemptsForAnyVersion = 10;

    /// <summary>
    /// A store with its own Marten store (<see cref="LedgerMarten.ForAppending"/>), for code outside the server's host:
    /// benchmarks, tests, tools.
    /// </summary>
    /// <param name="eventTypes">The event types <see cref="Marten"/> reads back typed (<see cref="MartenHistory"/>).</param>
    public LedgerEventStore(NpgsqlDataSource dataSource, IClock clock, IActorIds? actorIds = null, Events.EventTypeRegistry? eventTypes = null)
        : this(dataSource, clock, LedgerMarten.ForAppending(dataSource, clock, eventTypes), actorIds)
    {
    }

    private readonly IDocumentStore _marten = marten;

    public NpgsqlDataSource DataSource => dataSource;

    /// <summary>Marten's store the events are appended through; it reads them back typed, to any version, instant or position.</summary>
    public IDocumentStore Marten => _marten;

    public async Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<EventToAppend> events,
        AppendMetadata metadata, CancellationToken ct = default)
    {
        metadata = await WithActorIdAsync(metadata, ct);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = _marten.LightweightSession();
                var action = Stage(session, streamId, expected, events, metadata);
                await session.SaveChangesAsync(ct);
                return Result(streamId, action);
            }
            catch (Exception e) when (AppendConflicts.Of(e) is { } conflict)
            {
                await using var connection = await dataSource.OpenConnectionAsync(ct);
                var outcome = await ResolveConflictAsync(connection, null, streamId, expected, events, conflict, attempt, ct);
                if (outcome is not null) return outcome;
            }
        }
    }

    /// <summary>Appends inside a caller's transaction (for work that must commit together with the events).</summary>
    public async Task<AppendResult> AppendAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string streamId, ExpectedVersion expected,
        IReadOnlyList<EventToAppend> events, AppendMetadata metadata, CancellationToken ct = default)
    {
        metadata = await WithActorIdAsync(metadata, ct);
        for (var attempt = 1; ; attempt++)
        {
            // A failed statement aborts the transaction: the savepoint keeps the caller's work and lets the conflict be examined.
            await tx.SaveAsync("ledger_append", ct);
            try
            {
                var result = await AppendCoreAsync(tx, streamId, expected, events, metadata, ct);
                await tx.ReleaseAsync("ledger_append", ct);
                return result;
            }
            catch (Exception e) when (AppendConflicts.Of(e) is { } conflict)
            {
                await tx.RollbackAsync("ledger_append", ct);
                var outcome = await ResolveConflictAsync(connection, tx, streamId, expected, events, conflict, attempt, ct);
                if (outcome is not null) return outcome;
            }
        }
    }

    /// <summary>
    /// Appends to several streams, each named once, inside a caller's transaction and in one Marten session: a round trip
    /// for all of them instead of a savepoint, an append and a read-back each (an import of 5,000 rows made 25,000 round
    /// trips). For work that is all or nothing: a conflict is neither retried nor taken for a retry; it leaves the caller's
    /// transaction failed, and is thrown as the <see cref="ConcurrencyException"/> of a stream that was not at its expected
    /// version (or as an <see cref="EventIdReusedException"/>).
    /// </summary>
    public async Task<IReadOnlyList<AppendResult>> AppendManyAsync(NpgsqlConnection connection, NpgsqlTransaction tx,
        IReadOnlyList<StreamAppend> appends, AppendMetadata metadata, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(appends);
        if (appends.Select(append => append.StreamId).Distinct(StringComparer.Ordinal).Count() != appends.Count)
            throw new ArgumentException("Each stream may appear once in an append to many streams.", nameof(appends));
        metadata = await WithActorIdAsync(metadata, ct);
        var actions = new List<StreamAction>(appends.Count);
        try
        {
            await using var session = _marten.LightweightSession(SessionOptions.ForTransaction(tx));
            foreach (var append in appends) actions.Add(Stage(session, append.StreamId, append.Expected, append.Events, metadata));
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (AppendConflicts.Of(e) is { } conflict)
        {
            throw await ConflictAmongAsync(appends, conflict, ct);
        }

        return [.. appends.Select((append, i) => Result(append.StreamId, actions[i]))];
    }

    /// <summary>Which of the appends lost, read outside the failed transaction: the first stream not at its expected version.</summary>
    private async Task<Exception> ConflictAmongAsync(IReadOnlyList<StreamAppend> appends, AppendConflict conflict, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (conflict == AppendConflict.EventIdReused)
        {
            var taken = (await ReadByIdsAsync(connection, null, [.. appends.SelectMany(append => append.Events)], ct)).Select(e => e.EventId).ToHashSet();
            return new EventIdReusedException(appends.FirstOrDefault(append => append.Events.Any(e => taken.Contains(e.EventId)))?.StreamId ?? appends[0].StreamId);
        }

        await using var command = new NpgsqlCommand("SELECT id, version FROM ledger.mt_streams WHERE id = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = appends.Select(append => append.StreamId).ToArray() });
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) versions[reader.GetString(0)] = reader.GetInt64(1);
        }
        // A rival that has since rolled back leaves every stream where it was expected: the first one is named.
        var lost = appends.FirstOrDefault(append => append.Expected != ExpectedVersion.Any && append.Expected.Value != versions.GetValueOrDefault(append.StreamId))
            ?? appends[0];
        return new ConcurrencyException(lost.StreamId, lost.Expected, versions.GetValueOrDefault(lost.StreamId));
    }

    private async ValueTask<AppendMetadata> WithActorIdAsync(AppendMetadata metadata, CancellationToken ct) =>
        metadata.ActorId is null && actorIds is not null && await actorIds.IdOfAsync(metadata.Actor, ct) is { } id
            ? metadata with { ActorId = id }
            : metadata;

    private async Task<AppendResult> AppendCoreAsync(NpgsqlTransaction tx, string streamId,
        ExpectedVersion expected, IReadOnlyList<EventToAppend> events, AppendMetadata metadata, CancellationToken ct)
    {
        await using var session = _marten.LightweightSession(SessionOptions.ForTransaction(tx));
        var action = Stage(session, streamId, expected, events, metadata);
        await session.SaveChangesAsync(ct);
        return Result(streamId, action);
    }

    /// <summary>
    /// Queues an append on a session the caller saves (a Wolverine handler's, say), staged as every append of the ledger
    /// is; the inline projections run when it saves. No retry is recognised here: a conflict fails the save.
    /// </summary>
    public async Task<StreamAction> StageAsync(IDocumentSession session, string streamId, ExpectedVersion expected,
        IReadOnlyList<EventToAppend> events, AppendMetadata metadata, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Stage(session, streamId, expected, events, await WithActorIdAsync(metadata, ct));
    }

    /// <summary>
    /// Appends to a stream fetched for writing on <paramref name="session"/> (Marten's <c>FetchForWriting</c>, as Wolverine's
    /// aggregate handler workflow does), at the version it was read at: whoever saves the session commits the events,
    /// and a concurrent change makes that save fail.
    /// </summary>
    public async Task StageAsync<TAggregate>(IDocumentSession session, JasperFx.Events.IEventStream<TAggregate> stream, IReadOnlyList<EventToAppend> events,
        AppendMetadata metadata, CancellationToken ct = default)
        where TAggregate : notnull
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(stream);
        var streamId = stream.Key ?? throw new ArgumentException("The ledger's streams are keyed by strings.", nameof(stream));
        metadata = await WithActorIdAsync(metadata, ct);
        stream.AppendMany(Begin(session, streamId, events, metadata));
        Stamp(session, stream.Events, events, streamId, metadata);
    }

    /// <summary>
    /// Saves a session holding an append staged on a stream read at <paramref name="readVersion"/>. When someone else
    /// appended first, nothing is committed, the session forgets what it held, and the conflict comes back.
    /// </summary>
    public async Task<ConcurrencyException?> SaveAsync(IDocumentSession session, string streamId, long readVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        try
        {
            await session.SaveChangesAsync(ct);
            return null;
        }
        catch (Exception e) when (AppendConflicts.Of(e) == AppendConflict.Version)
        {
            session.EjectAllPendingChanges();
            var actual = await FetchStreamStateAsync(streamId, ct);
            return new ConcurrencyException(streamId, readVersion == 0 ? ExpectedVersion.NoStream : ExpectedVersion.Exactly(readVersion), actual?.Version ?? 0);
        }
    }

    /// <summary>Queues the append on a Marten session (see <see cref="Stamp"/>).</summary>
    private StreamAction Stage(IDocumentSession session, string streamId, ExpectedVersion expected, IReadOnlyList<EventToAppend> events,
        AppendMetadata metadata)
    {
        var data = Begin(session, streamId, events, metadata);
        var action = expected.Value switch
        {
            0 => session.Events.StartStream(streamId, data),
            < 0 => session.Events.Append(streamId, data),
            var version => session.Events.Append(streamId, version + events.Count, data),
        };
        Stamp(session, action.Events, events, streamId, metadata);
        return action;
    }

    /// <summary>
    /// The session records who and why; each event travels to Marten as the domain's record when it has one (so Marten's
    /// projections see it), else as the JSON the ledger serialized.
    /// </summary>
    private static object[] Begin(IDocumentSession session, string streamId, IReadOnlyList<EventToAppend> events, AppendMetadata metadata)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        ArgumentException.ThrowIfNullOrWhiteSpace(metadata.Actor);
        if (events.Count == 0) throw new ArgumentException("An append needs at least one event.", nameof(events));
        session.CorrelationId = metadata.CorrelationId.ToString();
        session.CausationId = metadata.CausationId?.ToString();
        session.LastModifiedBy = metadata.Actor;
        return [.. events.Select(e => e.Record ?? new StoredJson(e.Data))];
    }

    /// <summary>
    /// Stamps the last of a stream's queued events as the ledger's: each under its stored name and the client's id, at the
    /// ledger's instant, with the reason, the acting user's id and the payload's hash (which the database's chain takes in)
    /// as headers.
    /// </summary>
    private void Stamp(IDocumentSession session, IReadOnlyList<IEvent> queued, IReadOnlyList<EventToAppend> events, string streamId,
        AppendMetadata metadata)
    {
        var now = LedgerInstant.Truncate(clock.GetCurrentInstant());
        var template = new EventBodyTemplate(streamId, metadata.Actor, now, metadata.CorrelationId, metadata.CausationId, metadata.Reason);
        var first = queued.Count - events.Count;
        for (var i = 0; i < events.Count; i++)
        {
            var stored = queued[first + i];
            stored.Id = events[i].EventId;
            stored.EventTypeName = events[i].Type;
            stored.DotNetTypeName = null!;
            stored.Timestamp = now.ToDateTimeOffset();
            stored.UserName = metadata.Actor;
            stored.SetHeader(PayloadHeader, template.PayloadSha256(StoredData(session, events[i])));
            if (metadata.Reason is not null) stored.SetHeader(ReasonHeader, metadata.Reason);
            if (metadata.ActorId is { } actorId) stored.SetHeader(ActorIdHeader, actorId.ToString("D"));
        }
    }

    /// <summary>
    /// The data as Marten stores it: for a record, Marten's own serialization of it, so the hash covers exactly what is
    /// stored even where Marten's options and the ledger's would differ.
    /// </summary>
    private static JsonElement StoredData(IDocumentSession session, EventToAppend e)
    {
        if (e.Record is null) return e.Data;
        using var json = JsonDocument.Parse(session.DocumentStore.Options.Serializer().ToJson(e.Record));
        return json.RootElement.Clone();
    }

    /// <summary>
    /// After a failed append: the original result when every event id is already stored in this stream (a retry of an
    /// append that committed), null to try again (another append to an any-version stream took the same version), or
    /// the conflict.
    /// </summary>
    private static async Task<AppendResult?> ResolveConflictAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string streamId,
        ExpectedVersion expected, IReadOnlyList<EventToAppend> events, AppendConflict conflict, int attempt, CancellationToken ct)
    {
        var stored = await ReadByIdsAsync(connection, tx, events, ct);
        if (IsTheSameAppend(stored, streamId, expected, events.Count)) return Result(streamId, stored);
        if (stored.Count > 0 || conflict == AppendConflict.EventIdReused) throw new EventIdReusedException(streamId);
        if (expected == ExpectedVersion.Any && attempt < MaxAttemptsForAnyVersion) return null;
        await using var command = new NpgsqlCommand("SELECT version FROM ledger.mt_streams WHERE id = $1", connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        var actual = await command.ExecuteScalarAsync(ct) is long version ? version : 0;
        throw new ConcurrencyException(streamId, expected, actual);
    }

    /// <summary>
    /// A retry finds every one of its events stored in its stream, and, when it expected a version, stored right after
    /// that version: the same ids sent again at the version the stream is at now are a reuse, not a retry.
    /// </summary>
    private static bool IsTheSameAppend(IReadOnlyList<AppendedEventRow> stored, string streamId, ExpectedVersion expected, int count) =>
        stored.Count == count && stored.All(e => e.StreamId == streamId)
        && (expected == ExpectedVersion.Any || stored[0].Version == expected.Value + 1);

    private readonly record struct AppendedEventRow(Guid EventId, string StreamId, long Version, long Position);

    private static async Task<IReadOnlyList<AppendedEventRow>> ReadByIdsAsync(NpgsqlConnection connection, NpgsqlTransaction? tx,
        IReadOnlyList<EventToAppend> events, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id, stream_id, version, seq_id FROM ledger.mt_events WHERE id = ANY($1) ORDER BY seq_id", connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.EventId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        var stored = new List<AppendedEventRow>(events.Count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) stored.Add(new(reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
        return stored;
    }

    private static AppendResult Result(string streamId, IReadOnlyList<AppendedEventRow> stored) =>
        new(streamId, [.. stored.Select(e => new AppendedEvent(e.EventId, e.Position, e.Version))]);

    private static AppendResult Result(string streamId, StreamAction action) =>
        new(streamId, [.. action.Events.Select(e => new AppendedEvent(e.Id, e.Sequence, e.Version))]);

    /// <summary>What a read selects from, with its condition, and the order it asks for (none when the source keeps its own).</summary>
    private sealed record EventSource(string From, string Where, string? OrderBy);

    /// <summary>
    /// A stream is read through ledger.stream_events, which keeps the read on the (stream_id, version) index whatever the
    /// statistics say (see its migration); everything else reads the ledger.events view. The function returns the events
    /// in version order and the scan of its result keeps that order, so the read adds no ORDER BY: sorting the result
    /// again took 12 of 49 ms for a 10,000-event stream.
    /// </summary>
    private static readonly EventSource StreamEvents = new("ledger.stream_events($1)", "true", OrderBy: null);

    private static readonly EventSource AllEvents = new("ledger.events", "true", "position");

    private static readonly EventSource EventsOfStreamsStartingWith = new("ledger.events", "starts_with(stream_id, $1)", "position");

    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(string streamId, ReadLimit? limit = null, CancellationToken ct = default) =>
        ReadAsync(StreamEvents, [streamId], limit, ct);

    /// <summary>The stream's events read on <paramref name="connection"/>, so inside the snapshot of the transaction it has open.</summary>
    public static IAsyncEnumerable<StoredEvent> ReadStreamAsync(NpgsqlConnection connection, string streamId, ReadLimit? limit = null, CancellationToken ct = default) =>
        ReadAsync(connection, StreamEvents, [streamId], limit, ct);

    /// <summary>
    /// Every stored event up to the limit, in position order, optionally only of the streams whose id starts with
    /// <paramref name="streamIdPrefix"/>: the input of an as-of replay across streams.
    /// </summary>
    public IAsyncEnumerable<StoredEvent> ReadAllAsync(ReadLimit? limit = null, string? streamIdPrefix = null, CancellationToken ct = default) =>
        streamIdPrefix is null
            ? ReadAsync(AllEvents, [], limit, ct)
            : ReadAsync(EventsOfStreamsStartingWith, [streamIdPrefix], limit, ct);

    private async IAsyncEnumerable<StoredEvent> ReadAsync(EventSource source, object[] values, ReadLimit? limit,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await foreach (var stored in ReadAsync(connection, source, values, limit, ct)) yield return stored;
    }

    private static async IAsyncEnumerable<StoredEvent> ReadAsync(NpgsqlConnection connection, EventSource source, object[] values,
        ReadLimit? limit, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var stored in await ReadListAsync(connection, source, values, limit, ct)) yield return stored;
    }

    /// <summary>
    /// The events, with the hashes of those the Merkle log's integrator has not chained yet computed as it will compute
    /// them, each from the hash of the version before it in its stream.
    /// </summary>
    private static async Task<List<StoredEvent>> ReadListAsync(NpgsqlConnection connection, EventSource source, object[] values,
        ReadLimit? limit, CancellationToken ct)
    {
        var rows = new List<StoredEventReader.Row>();
        await using (var command = new NpgsqlCommand { Connection = connection })
        {
            foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
            var condition = ReadLimitSql.Condition(limit ?? ReadLimit.None, command);
            var order = source.OrderBy is { } orderBy ? $" ORDER BY {orderBy}" : "";
            command.CommandText = $"SELECT {StoredEventReader.Columns} FROM {source.From} WHERE {source.Where}{condition}{order}";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) rows.Add(StoredEventReader.Read(reader));
        }

        var events = new List<StoredEvent>(rows.Count);
        var heads = new Dictionary<string, StoredEvent>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var stored = row.Event;
            if (stored.Hash.Length == 0)
            {
                var previous = stored.Version == 1 ? null
                    : heads.TryGetValue(stored.StreamId, out var head) && head.Version == stored.Version - 1 ? head.Hash
                    : await HashBeforeAsync(connection, stored.StreamId, stored.Version, ct);
                stored = stored with { PreviousHash = previous, Hash = row.HashAfter(previous) };
            }

            heads[stored.StreamId] = stored;
            events.Add(stored);
        }

        return events;
    }

    /// <summary>The hash of the last event of the stream before <paramref name="version"/>, for a read that did not hold it.</summary>
    private static async Task<byte[]?> HashBeforeAsync(NpgsqlConnection connection, string streamId, long version, CancellationToken ct)
    {
        var before = await ReadListAsync(connection, StreamEvents, [streamId], ReadLimit.ToVersion(version - 1), ct);
        return before.Count == 0 ? null : before[^1].Hash;
    }

    public async Task<StreamState?> FetchStreamStateAsync(string streamId, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT s.id, s.version, s.created_at, s.updated_at
            FROM ledger.streams s WHERE s.id = $1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new StreamState(reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<Instant>(2), reader.GetFieldValue<Instant>(3));
    }
}
