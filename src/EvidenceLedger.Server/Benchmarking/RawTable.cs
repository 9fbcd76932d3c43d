using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Server.Benchmarking;

/// <summary>
/// The baseline: a plain table shaped like ledger.events (its columns and indexes), written with ordinary INSERTs and no
/// checks. Each row carries its own event id, type and data, as the rows of a real batch would.
/// </summary>
internal static class RawTable
{
    public static async Task CreateAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            DROP TABLE IF EXISTS public.raw_events;
            CREATE TABLE public.raw_events (
                position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tx_id bigint NOT NULL, event_id uuid NOT NULL UNIQUE,
                stream_id text NOT NULL, version bigint NOT NULL, type text NOT NULL, data jsonb NOT NULL, actor text NOT NULL,
                recorded_at timestamptz NOT NULL, correlation_id uuid NOT NULL, causation_id uuid, reason text,
                previous_hash bytea, hash bytea NOT NULL, UNIQUE (stream_id, version));
            CREATE INDEX ON public.raw_events (tx_id, position);
            """);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <param name="prepared">Sends the INSERT as a server-prepared statement (parsed and planned once per connection).</param>
    public static async Task InsertAsync(NpgsqlDataSource dataSource, string streamId, long firstVersion, int count, string data, CancellationToken ct,
        bool prepared = false)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("""
            INSERT INTO public.raw_events (tx_id, event_id, stream_id, version, type, data, actor, recorded_at, correlation_id, reason, previous_hash, hash)
            SELECT 0, e.id, $1, $2 + e.n - 1, e.type, e.data, 'bench', now(), $6, NULL, NULL, $7
            FROM unnest($3::uuid[], $4::text[], $5::jsonb[]) WITH ORDINALITY AS e(id, type, data, n)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        command.Parameters.Add(new NpgsqlParameter { Value = firstVersion });
        command.Parameters.Add(new NpgsqlParameter { Value = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = Enumerable.Repeat(BenchEvent.TypeName, count).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = Enumerable.Repeat(data, count).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.NewGuid() });
        command.Parameters.Add(new NpgsqlParameter { Value = new byte[32] });
        if (prepared) await command.PrepareAsync(ct);
        await command.ExecuteNonQueryAsync(ct);
    }
}
