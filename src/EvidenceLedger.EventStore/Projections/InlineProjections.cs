using EvidenceLedger.EventStore.Reading;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.EventStore.Projections;

/// <summary>
/// Runs the inline projections in the transaction of every Marten session that appends events, whoever opened it (the
/// store's appends, a Wolverine handler's session): when the session saves, it joins Marten's transaction as a
/// participant, which Marten calls after its batch has run and before it commits. The projections then read the
/// appended events back as stored, with the chain the database gave them, and a failure rolls the append back with them.
/// </summary>
public sealed class InlineProjections(IReadOnlyList<IProjection> projections) : DocumentSessionListenerBase
{
    // Each with its live schema, named once rather than on every append.
    private readonly (IProjection Projection, string Schema)[] _projections =
        [.. projections.Select(projection => (projection, ProjectionSchemas.Live(projection.Name)))];

    public IReadOnlyList<IProjection> Projections => projections;

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(session);
        var eventIds = session.PendingChanges.Streams().SelectMany(stream => stream.Events).Select(e => e.Id).ToArray();
        if (_projections.Length > 0 && eventIds.Length > 0)
        {
            if (session is not ITransactionParticipantRegistrar registrar)
                throw new InvalidOperationException("This Marten session cannot run the inline projections in its transaction.");
            registrar.AddTransactionParticipant(new Participant(_projections, eventIds));
        }
        return Task.CompletedTask;
    }

    private sealed class Participant((IProjection Projection, string Schema)[] projections, Guid[] eventIds) : ITransactionParticipant
    {
        public async Task BeforeCommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken token)
        {
            var stored = await ReadAsync(connection, transaction, token);
            foreach (var (projection, schema) in projections)
                await projection.ApplyAsync(new ProjectionContext(connection, transaction, schema), stored, token);
        }

        public Task AfterCommitAsync(CancellationToken token) => Task.CompletedTask;

        private async Task<IReadOnlyList<StoredEvent>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken token)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT {StoredEventReader.Columns} FROM ledger.events WHERE event_id = ANY($1) ORDER BY position", connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = eventIds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
            var stored = new List<StoredEvent>(eventIds.Length);
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token)) stored.Add(StoredEventReader.Read(reader));
            return stored;
        }
    }
}
